package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Cell struct {
	raw   string
	value float64
	err   error
	deps  []string
}

type Sheet struct {
	cells map[string]*Cell
}

func NewSheet() *Sheet { return &Sheet{cells: map[string]*Cell{}} }

func (s *Sheet) Set(name, raw string) {
	c := &Cell{raw: raw}
	if strings.HasPrefix(raw, "=") {
		for _, tok := range strings.FieldsFunc(raw[1:], func(r rune) bool { return r == '+' || r == '*' || r == ' ' }) {
			if _, err := strconv.ParseFloat(tok, 64); err != nil {
				c.deps = append(c.deps, tok)
			}
		}
	}
	s.cells[name] = c
}

func (s *Sheet) eval(name string, visiting map[string]bool) (float64, error) {
	c, ok := s.cells[name]
	if !ok {
		return 0, nil
	}
	if visiting[name] {
		return 0, fmt.Errorf("cycle at %s", name)
	}
	if !strings.HasPrefix(c.raw, "=") {
		return strconv.ParseFloat(c.raw, 64)
	}
	visiting[name] = true
	defer delete(visiting, name)
	sum := 0.0
	for _, term := range strings.Split(c.raw[1:], "+") {
		prod := 1.0
		for _, f := range strings.Split(term, "*") {
			f = strings.TrimSpace(f)
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				v, err = s.eval(f, visiting)
				if err != nil {
					return 0, err
				}
			}
			prod *= v
		}
		sum += prod
	}
	return sum, nil
}

func (s *Sheet) Recalc() {
	for name, c := range s.cells {
		c.value, c.err = s.eval(name, map[string]bool{})
	}
}

func (s *Sheet) Dump() string {
	names := make([]string, 0, len(s.cells))
	for n := range s.cells {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		c := s.cells[n]
		if c.err != nil {
			fmt.Fprintf(&b, "%s: #ERR (%v)\n", n, c.err)
		} else {
			fmt.Fprintf(&b, "%s: %g  [%s] deps=%v\n", n, c.value, c.raw, c.deps)
		}
	}
	return b.String()
}

func main() {
	s := NewSheet()
	s.Set("A1", "10")
	s.Set("A2", "32")
	s.Set("A3", "=A1+A2")
	s.Set("B1", "=A3*2 + 1")
	s.Set("C1", "=C2+1")
	s.Set("C2", "=C1")
	s.Set("D1", "oops")
	s.Recalc()
	fmt.Print(s.Dump())
}
