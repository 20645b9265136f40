package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Shift struct {
	Worker string
	Start  time.Time
	End    time.Time
}

func (s Shift) Duration() time.Duration { return s.End.Sub(s.Start) }

func (s Shift) Overlaps(o Shift) bool {
	return s.Start.Before(o.End) && o.Start.Before(s.End)
}

type Schedule struct {
	shifts []Shift
	byName map[string][]int
}

func NewSchedule() *Schedule { return &Schedule{byName: map[string][]int{}} }

func (s *Schedule) Add(worker string, day time.Time, startHour, hours int) error {
	start := day.Add(time.Duration(startHour) * time.Hour)
	sh := Shift{Worker: worker, Start: start, End: start.Add(time.Duration(hours) * time.Hour)}
	for _, i := range s.byName[worker] {
		if s.shifts[i].Overlaps(sh) {
			return fmt.Errorf("%s: shift at %s overlaps %s", worker,
				sh.Start.Format("Mon 15:04"), s.shifts[i].Start.Format("Mon 15:04"))
		}
	}
	s.byName[worker] = append(s.byName[worker], len(s.shifts))
	s.shifts = append(s.shifts, sh)
	return nil
}

func (s *Schedule) Hours() map[string]time.Duration {
	h := make(map[string]time.Duration)
	for _, sh := range s.shifts {
		h[sh.Worker] += sh.Duration()
	}
	return h
}

func (s *Schedule) Coverage(day time.Time) [24]int {
	var cov [24]int
	end := day.Add(24 * time.Hour)
	for _, sh := range s.shifts {
		for t := sh.Start; t.Before(sh.End); t = t.Add(time.Hour) {
			if !t.Before(day) && t.Before(end) {
				cov[t.Hour()]++
			}
		}
	}
	return cov
}

func gaps(cov [24]int, from, to int) []string {
	var out []string
	for h := from; h < to; h++ {
		if cov[h] == 0 {
			out = append(out, fmt.Sprintf("%02d:00", h))
		}
	}
	return out
}

func main() {
	monday := time.Date(2024, time.March, 4, 0, 0, 0, 0, time.UTC)
	s := NewSchedule()
	plan := []struct {
		who         string
		day, at, hr int
	}{
		{"ana", 0, 6, 8}, {"ben", 0, 12, 8}, {"ana", 0, 13, 4}, {"cy", 1, 0, 12}, {"ben", 1, 9, 9},
	}
	for _, p := range plan {
		if err := s.Add(p.who, monday.AddDate(0, 0, p.day), p.at, p.hr); err != nil {
			fmt.Println("rejected:", err)
		}
	}
	hours := s.Hours()
	names := make([]string, 0, len(hours))
	for n := range hours {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-4s %v\n", n, hours[n])
	}
	cov := s.Coverage(monday)
	fmt.Println("monday gaps:", strings.Join(gaps(cov, 6, 22), " "))
	tue := s.Coverage(monday.AddDate(0, 0, 1))
	fmt.Println("tuesday:", tue[0], tue[10], tue[20], monday.AddDate(0, 0, 1).Weekday())
}
