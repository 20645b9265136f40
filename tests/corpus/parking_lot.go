package main

import (
	"errors"
	"fmt"
	"time"
)

type Size int

const (
	Small Size = iota
	Medium
	Large
)

type Vehicle interface {
	Plate() string
	Size() Size
}

type Car struct{ plate string }
type Truck struct{ plate string }
type Bike struct{ plate string }

func (c Car) Plate() string    { return c.plate }
func (c Car) Size() Size       { return Medium }
func (t *Truck) Plate() string { return t.plate }
func (t *Truck) Size() Size    { return Large }
func (b Bike) Plate() string   { return b.plate }
func (b Bike) Size() Size      { return Small }

type Spot struct {
	ID       int
	Size     Size
	Occupant Vehicle
	Since    time.Time
}

type Lot struct {
	spots  []*Spot
	byPlat map[string]*Spot
	rates  [3]int
}

var ErrFull = errors.New("lot full")

func NewLot(sizes ...Size) *Lot {
	l := &Lot{byPlat: map[string]*Spot{}, rates: [3]int{100, 200, 500}}
	for i, s := range sizes {
		l.spots = append(l.spots, &Spot{ID: i + 1, Size: s})
	}
	return l
}

func (l *Lot) Park(v Vehicle, at time.Time) (*Spot, error) {
	for _, s := range l.spots {
		if s.Occupant == nil && s.Size >= v.Size() {
			s.Occupant, s.Since = v, at
			l.byPlat[v.Plate()] = s
			return s, nil
		}
	}
	return nil, fmt.Errorf("%s: %w", v.Plate(), ErrFull)
}

func (l *Lot) Leave(plate string, at time.Time) (int, error) {
	s, ok := l.byPlat[plate]
	if !ok {
		return 0, fmt.Errorf("no vehicle %q", plate)
	}
	hours := int(at.Sub(s.Since).Hours())
	if at.Sub(s.Since) > time.Duration(hours)*time.Hour {
		hours++
	}
	fee := hours * l.rates[s.Occupant.Size()]
	s.Occupant = nil
	delete(l.byPlat, plate)
	return fee, nil
}

func (l *Lot) Free() (n int) {
	for _, s := range l.spots {
		if s.Occupant == nil {
			n++
		}
	}
	return
}

func main() {
	t0 := time.Date(2023, 5, 1, 8, 0, 0, 0, time.UTC)
	lot := NewLot(Small, Medium, Medium, Large)
	vehicles := []Vehicle{Bike{"B-1"}, Car{"C-1"}, &Truck{"T-1"}, Car{"C-2"}, Car{"C-3"}}
	for _, v := range vehicles {
		s, err := lot.Park(v, t0)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(v.Plate(), "->", s.ID)
	}
	fee, err := lot.Leave("T-1", t0.Add(150*time.Minute))
	fmt.Println(fee, err, lot.Free())
	_, err = lot.Leave("X", t0)
	fmt.Println(err)
}
