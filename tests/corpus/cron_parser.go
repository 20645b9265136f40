// A cron expression parser (minute hour day-of-month month day-of-week) with
// ranges, steps, lists and names, computing the next run times.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

type field struct {
	name     string
	min, max int
	names    map[string]int
}

var fields = [5]field{
	{"minute", 0, 59, nil},
	{"hour", 0, 23, nil},
	{"day", 1, 31, nil},
	{"month", 1, 12, map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
		"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}},
	{"weekday", 0, 6, map[string]int{"sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6}},
}

type Schedule struct {
	sets [5]uint64
	expr string
}

func (f *field) value(s string) (int, error) {
	if n, ok := f.names[strings.ToLower(s)]; ok {
		return n, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < f.min || n > f.max {
		return 0, fmt.Errorf("%s: bad value %q", f.name, s)
	}
	return n, nil
}

func (f *field) parse(spec string) (uint64, error) {
	var set uint64
	for _, part := range strings.Split(spec, ",") {
		step := 1
		if i := strings.IndexByte(part, '/'); i >= 0 {
			n, err := strconv.Atoi(part[i+1:])
			if err != nil || n <= 0 {
				return 0, fmt.Errorf("%s: bad step in %q", f.name, part)
			}
			step, part = n, part[:i]
		}
		lo, hi := f.min, f.max
		if part != "*" {
			bounds := strings.SplitN(part, "-", 2)
			var err error
			if lo, err = f.value(bounds[0]); err != nil {
				return 0, err
			}
			hi = lo
			if len(bounds) == 2 {
				if hi, err = f.value(bounds[1]); err != nil {
					return 0, err
				}
			} else if step > 1 {
				hi = f.max
			}
		}
		if lo > hi {
			return 0, fmt.Errorf("%s: empty range %q", f.name, part)
		}
		for v := lo; v <= hi; v += step {
			set |= 1 << uint(v)
		}
	}
	return set, nil
}

var macros = map[string]string{
	"@hourly": "0 * * * *", "@daily": "0 0 * * *", "@weekly": "0 0 * * 0", "@monthly": "0 0 1 * *",
}

func Parse(expr string) (*Schedule, error) {
	if m, ok := macros[expr]; ok {
		expr = m
	}
	parts := strings.Fields(expr)
	if len(parts) != len(fields) {
		return nil, fmt.Errorf("want %d fields, got %d", len(fields), len(parts))
	}
	s := &Schedule{expr: expr}
	for i := range fields {
		set, err := fields[i].parse(parts[i])
		if err != nil {
			return nil, err
		}
		s.sets[i] = set
	}
	return s, nil
}

func (s *Schedule) has(i, v int) bool { return s.sets[i]&(1<<uint(v)) != 0 }

func (s *Schedule) Matches(t time.Time) bool {
	return s.has(0, t.Minute()) && s.has(1, t.Hour()) && s.has(2, t.Day()) &&
		s.has(3, int(t.Month())) && s.has(4, int(t.Weekday()))
}

func (s *Schedule) Next(after time.Time, n int) []time.Time {
	var out []time.Time
	t := after.Truncate(time.Minute).Add(time.Minute)
	for limit := 0; len(out) < n && limit < 366*24*60; limit++ {
		if !s.has(3, int(t.Month())) {
			t = time.Date(t.Year(), t.Month()+1, 1, 0, 0, 0, 0, t.Location())
			continue
		}
		if !s.has(2, t.Day()) || !s.has(4, int(t.Weekday())) {
			t = time.Date(t.Year(), t.Month(), t.Day()+1, 0, 0, 0, 0, t.Location())
			continue
		}
		if !s.has(1, t.Hour()) {
			t = t.Truncate(time.Hour).Add(time.Hour)
			continue
		}
		if s.Matches(t) {
			out = append(out, t)
		}
		t = t.Add(time.Minute)
	}
	return out
}

func main() {
	start := time.Date(2024, time.February, 27, 22, 58, 0, 0, time.UTC)
	for _, e := range []string{"*/15 9-17 * * mon-fri", "0 0 29 feb *", "30 2 1,15 * *", "@weekly", "5 4 * * 7", "* * *"} {
		s, err := Parse(e)
		if err != nil {
			fmt.Printf("%-24s error: %v\n", e, err)
			continue
		}
		var ts []string
		for _, t := range s.Next(start, 3) {
			ts = append(ts, t.Format("Mon Jan 2 15:04"))
		}
		fmt.Printf("%-24s %s\n", e, strings.Join(ts, " | "))
	}
}
