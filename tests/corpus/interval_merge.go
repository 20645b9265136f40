// A meeting-room booking calendar: interval merging, overlap detection, free-slot
// search between working hours and per-room utilisation.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Minute int

func At(h, m int) Minute { return Minute(h*60 + m) }

func (m Minute) String() string { return fmt.Sprintf("%02d:%02d", m/60, m%60) }

type Interval struct {
	Start, End Minute
	Title      string
}

func (iv Interval) Overlaps(o Interval) bool { return iv.Start < o.End && o.Start < iv.End }
func (iv Interval) Len() Minute              { return iv.End - iv.Start }
func (iv Interval) String() string           { return iv.Start.String() + "-" + iv.End.String() }

type Room struct {
	Name     string
	Bookings []Interval
}

type ConflictError struct {
	Room     string
	Want     Interval
	Existing Interval
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("%s: %q %v overlaps %q %v", e.Room, e.Want.Title, e.Want, e.Existing.Title, e.Existing)
}

func (r *Room) Book(iv Interval) error {
	for _, b := range r.Bookings {
		if b.Overlaps(iv) {
			return &ConflictError{Room: r.Name, Want: iv, Existing: b}
		}
	}
	i := sort.Search(len(r.Bookings), func(i int) bool { return r.Bookings[i].Start >= iv.Start })
	r.Bookings = append(r.Bookings, Interval{})
	copy(r.Bookings[i+1:], r.Bookings[i:])
	r.Bookings[i] = iv
	return nil
}

func Merge(ivs []Interval) []Interval {
	if len(ivs) == 0 {
		return nil
	}
	sorted := append([]Interval(nil), ivs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	out := []Interval{sorted[0]}
	for _, iv := range sorted[1:] {
		last := &out[len(out)-1]
		if iv.Start <= last.End {
			if iv.End > last.End {
				last.End = iv.End
			}
			last.Title += "+" + iv.Title
			continue
		}
		out = append(out, iv)
	}
	return out
}

func FreeSlots(busy []Interval, from, to, min Minute) []Interval {
	var free []Interval
	cur := from
	for _, b := range Merge(busy) {
		if b.Start-cur >= min {
			free = append(free, Interval{Start: cur, End: b.Start, Title: "free"})
		}
		if b.End > cur {
			cur = b.End
		}
	}
	if to-cur >= min {
		free = append(free, Interval{Start: cur, End: to, Title: "free"})
	}
	return free
}

func Common(rooms []*Room, from, to, min Minute) []Interval {
	var all []Interval
	for _, r := range rooms {
		all = append(all, r.Bookings...)
	}
	return FreeSlots(all, from, to, min)
}

func (r *Room) Utilisation(from, to Minute) float64 {
	var used Minute
	for _, b := range Merge(r.Bookings) {
		used += b.Len()
	}
	return float64(used) / float64(to-from)
}

func main() {
	dayStart, dayEnd := At(9, 0), At(18, 0)
	a := &Room{Name: "Ada"}
	b := &Room{Name: "Babbage"}
	reqs := []struct {
		room *Room
		iv   Interval
	}{
		{a, Interval{At(9, 30), At(10, 30), "standup"}},
		{a, Interval{At(13, 0), At(14, 0), "lunch talk"}},
		{a, Interval{At(10, 0), At(11, 0), "design"}},
		{b, Interval{At(11, 0), At(12, 30), "interview"}},
		{b, Interval{At(15, 0), At(17, 45), "workshop"}},
		{a, Interval{At(16, 0), At(16, 30), "1:1"}},
	}
	for _, r := range reqs {
		if err := r.room.Book(r.iv); err != nil {
			fmt.Println("rejected:", err)
		}
	}
	for _, r := range []*Room{a, b} {
		var parts []string
		for _, bk := range r.Bookings {
			parts = append(parts, bk.Title+"@"+bk.String())
		}
		fmt.Printf("%-8s %-60s %.0f%%\n", r.Name, strings.Join(parts, ", "), 100*r.Utilisation(dayStart, dayEnd))
	}
	fmt.Println("both free (>=45m):", Common([]*Room{a, b}, dayStart, dayEnd, 45))
	fmt.Println("merged:", Merge(append(a.Bookings, b.Bookings...)))
}
