package main

import (
	"fmt"
	"sort"
	"strings"
)

type Direction int

const (
	Idle Direction = iota
	Up
	Down
)

func (d Direction) String() string { return [...]string{"idle", "up", "down"}[d] }

type Elevator struct {
	ID       int
	Floor    int
	Dir      Direction
	requests map[int]bool
	log      []string
}

func NewElevator(id, floor int) *Elevator {
	return &Elevator{ID: id, Floor: floor, requests: map[int]bool{}}
}

func (e *Elevator) Request(floor int) { e.requests[floor] = true }

func (e *Elevator) targets() []int {
	var t []int
	for f := range e.requests {
		t = append(t, f)
	}
	sort.Ints(t)
	return t
}

func (e *Elevator) Step() {
	if e.requests[e.Floor] {
		delete(e.requests, e.Floor)
		e.log = append(e.log, fmt.Sprintf("stop@%d", e.Floor))
	}
	t := e.targets()
	if len(t) == 0 {
		e.Dir = Idle
		return
	}
	above, below := false, false
	for _, f := range t {
		if f > e.Floor {
			above = true
		}
		if f < e.Floor {
			below = true
		}
	}
	switch {
	case e.Dir == Up && above, e.Dir != Down && above && !below:
		e.Dir = Up
	case se below:
		e.Dir = Down
	default:
		e.Dir = Up
	}
	if e.Dir == Up {
		e.Floor++
	} else {
		e.Floor--
	}
}

type Building struct {
	elevators []*Elevator
}

func (b *Building) Call(floor int) *Elevator {
	var best *Elevator
	bestDist := 1 << 30
	for _, e := range b.elevators {
		d := e.Floor - floor
		if d < 0 {
			d = -d
		}
		if e.Dir == Idle {
			d -= 1
		}
		if d < bestDist {
			best, bestDist = e, d
		}
	}
	best.Request(floor)
	return best
}

func (b *Building) Run(steps int) {
	for i := 0; i < steps; i++ {
		for _, e := range b.elevators {
			e.Step()
		}
	}
}

func main() {
	b := &Building{elevators: []*Elevator{NewElevator(1, 0), NewElevator(2, 10)}}
	for _, f := range []int{3, 8, 1, 9} {
		e := b.Call(f)
		fmt.Printf("floor %d -> elevator %d\n", f, e.ID)
	}
	b.Run(12)
	for _, e := range b.elevators {
		fmt.Println(e.ID, e.Floor, e.Dir, strings.Join(e.log, " "))
	}
}
