// date_recurrence.go - calendar recurrence rules: every N days, weekly on
// given weekdays, monthly on the "2nd Tuesday" or the last day, with
// exceptions, computed with time.AddDate and time.Weekday.
package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Rule interface {
	Next(after time.Time) time.Time
	Describe() string
}

type EveryNDays struct {
	Start time.Time
	N     int
}

func (r EveryNDays) Next(after time.Time) time.Time {
	if after.Before(r.Start) {
		return r.Start
	}
	days := int(after.Sub(r.Start).Hours()/24)/r.N*r.N + r.N
	return r.Start.AddDate(0, 0, days)
}

func (r EveryNDays) Describe() string { return fmt.Sprintf("every %d days", r.N) }

type Weekly struct {
	Days []time.Weekday
}

func (r Weekly) Next(after time.Time) time.Time {
	for i := 1; i <= 7; i++ {
		d := after.AddDate(0, 0, i)
		for _, wd := range r.Days {
			if d.Weekday() == wd {
				return d
			}
		}
	}
	return time.Time{}
}

func (r Weekly) Describe() string {
	names := make([]string, len(r.Days))
	for i, d := range r.Days {
		names[i] = d.String()[:3]
	}
	return "weekly on " + strings.Join(names, ",")
}

// NthWeekday is the nth given weekday of each month; n = -1 means the last.
type NthWeekday struct {
	N   int
	Day time.Weekday
}

func nthInMonth(year int, month time.Month, n int, wd time.Weekday) time.Time {
	if n > 0 {
		first := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
		offset := (int(wd) - int(first.Weekday()) + 7) % 7
		return first.AddDate(0, 0, offset+7*(n-1))
	}
	last := time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC)
	offset := (int(last.Weekday()) - int(wd) + 7) % 7
	return last.AddDate(0, 0, -offset)
}

func (r NthWeekday) Next(after time.Time) time.Time {
	y, m, _ := after.Date()
	for i := 0; i < 14; i++ {
		d := nthInMonth(y, m+time.Month(i), r.N, r.Day)
		if d.After(after) && (r.N < 0 || d.Month() == time.Date(y, m+time.Month(i), 1, 0, 0, 0, 0, time.UTC).Month()) {
			return d
		}
	}
	return time.Time{}
}

func (r NthWeekday) Describe() string {
	ord := map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", -1: "last"}[r.N]
	return fmt.Sprintf("%s %s of the month", ord, r.Day)
}

type Schedule struct {
	Rule   Rule
	Except map[string]bool
}

func (s Schedule) Upcoming(from time.Time, n int) []time.Time {
	var out []time.Time
	t := from
	for len(out) < n {
		t = s.Rule.Next(t)
		if t.IsZero() {
			break
		}
		if s.Except[t.Format("2006-01-02")] {
			continue
		}
		out = append(out, t)
	}
	return out
}

func main() {
	from := time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC)
	schedules := []Schedule{
		{Rule: EveryNDays{time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), 10}},
		{Rule: Weekly{[]time.Weekday{time.Monday, time.Thursday}}, Except: map[string]bool{"2024-01-18": true}},
		{Rule: NthWeekday{2, time.Tuesday}},
		{Rule: NthWeekday{-1, time.Friday}},
	}
	var all []string
	for _, s := range schedules {
		dates := s.Upcoming(from, 4)
		parts := make([]string, len(dates))
		for i, d := range dates {
			parts[i] = d.Format("Mon Jan 2")
			all = append(all, d.Format("2006-01-02"))
		}
		fmt.Printf("%-28s %s\n", s.Rule.Describe(), strings.Join(parts, " | "))
	}
	sort.Strings(all)
	fmt.Println(all[0], all[len(all)-1], len(all))
}
