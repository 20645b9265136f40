// meeting_rooms.go - scheduling with intervals: minimum rooms via a
// min-heap of end times, room assignment, free slots in a working day,
// and conflict detection, with times parsed from "HH:MM" strings.
package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Minute int

func ParseHM(s string) (Minute, error) {
	h, m, ok := strings.Cut(s, ":")
	if !ok {
		return 0, fmt.Errorf("bad time %q", s)
	}
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || hh > 23 || mm > 59 {
		return 0, fmt.Errorf("bad time %q", s)
	}
	return Minute(hh*60 + mm), nil
}

func (m Minute) String() string { return fmt.Sprintf("%02d:%02d", m/60, m%60) }

type Meeting struct {
	Title      string
	Start, End Minute
	Room       int
}

type endHeap []*Meeting

func (h endHeap) Len() int            { return len(h) }
func (h endHeap) Less(i, j int) bool  { return h[i].End < h[j].End }
func (h endHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *endHeap) Push(x interface{}) { *h = append(*h, x.(*Meeting)) }
func (h *endHeap) Pop() interface{} {
	old := *h
	m := old[len(old)-1]
	*h = old[:len(old)-1]
	return m
}

func AssignRooms(ms []*Meeting) int {
	sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	h := &endHeap{}
	rooms := 0
	for _, m := range ms {
		if h.Len() > 0 && (*h)[0].End <= m.Start {
			freed := heap.Pop(h).(*Meeting)
			m.Room = freed.Room
		} else {
			rooms++
			m.Room = rooms
		}
		heap.Push(h, m)
	}
	return rooms
}

func FreeSlots(ms []*Meeting, dayStart, dayEnd Minute, minLen Minute) [][2]Minute {
	sorted := append([]*Meeting(nil), ms...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	var free [][2]Minute
	cursor := dayStart
	for _, m := range sorted {
		if m.Start-cursor >= minLen {
			free = append(free, [2]Minute{cursor, m.Start})
		}
		if m.End > cursor {
			cursor = m.End
		}
	}
	if dayEnd-cursor >= minLen {
		free = append(free, [2]Minute{cursor, dayEnd})
	}
	return free
}

func Conflicts(ms []*Meeting) [][2]string {
	var out [][2]string
	for i := 0; i < len(ms); i++ {
		for j := i + 1; j < len(ms); j++ {
			a, b := ms[i], ms[j]
			if a.Start < b.End && b.Start < a.End {
				out = append(out, [2]string{a.Title, b.Title})
			}
		}
	}
	return out
}

func main() {
	raw := [][3]string{
		{"standup", "09:00", "09:15"}, {"design", "09:10", "10:30"}, {"1:1", "10:00", "10:30"},
		{"lunch", "12:00", "13:00"}, {"review", "10:30", "11:45"}, {"planning", "14:00", "15:30"},
		{"bad", "25:00", "26:00"},
	}
	var ms []*Meeting
	for _, r := range raw {
		s, err1 := ParseHM(r[1])
		e, err2 := ParseHM(r[2])
		if err1 != nil || err2 != nil {
			fmt.Println("skip", r[0], err1)
			continue
		}
		ms = append(ms, &Meeting{Title: r[0], Start: s, End: e})
	}
	fmt.Println("rooms needed:", AssignRooms(ms))
	for _, m := range ms {
		fmt.Printf("  %-9s %v-%v room %d\n", m.Title, m.Start, m.End, m.Room)
	}
	for _, f := range FreeSlots(ms, 9*60, 17*60, 30) {
		fmt.Printf("free %v-%v\n", f[0], f[1])
	}
	fmt.Println(Conflicts(ms))
}
