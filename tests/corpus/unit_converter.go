package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Dimension string

type Unit struct {
	Name   string
	Dim    Dimension
	Factor float64 // to base unit
	Offset float64 // for temperatures
}

type Converter struct {
	units map[string]Unit
}

var ErrUnknownUnit = errors.New("unknown unit")

func NewConverter() *Converter {
	c := &Converter{units: map[string]Unit{}}
	for _, u := range []Unit{
		{"m", "length", 1, 0}, {"km", "length", 1000, 0}, {"cm", "length", 0.01, 0},
		{"in", "length", 0.0254, 0}, {"ft", "length", 0.3048, 0}, {"mi", "length", 1609.344, 0},
		{"kg", "mass", 1, 0}, {"g", "mass", 0.001, 0}, {"lb", "mass", 0.45359237, 0},
		{"C", "temp", 1, 273.15}, {"K", "temp", 1, 0}, {"F", "temp", 5.0 / 9, 459.67},
	} {
		c.units[u.Name] = u
	}
	return c
}

func (c *Converter) Convert(v float64, from, to string) (float64, error) {
	f, ok := c.units[from]
	if !ok {
		return 0, fmt.Errorf("%q: %w", from, ErrUnknownUnit)
	}
	t, ok := c.units[to]
	if !ok {
		return 0, fmt.Errorf("%q: %w", to, ErrUnknownUnit)
	}
	if f.Dim != t.Dim {
		return 0, fmt.Errorf("cannot convert %s (%s) to %s (%s)", from, f.Dim, to, t.Dim)
	}
	base := (v + f.Offset) * f.Factor
	return base/t.Factor - t.Offset, nil
}

func (c *Converter) Parse(expr string) (string, error) {
	parts := strings.Fields(expr)
	if len(parts) != 4 || parts[2] != "to" {
		return "", errors.New("usage: VALUE UNIT to UNIT")
	}
	v, err := strconv.ParseFloat(parts[0], 64)
	if err != nil {
		return "", err
	}
	r, err := c.Convert(v, parts[1], parts[3])
	if err != nil {
		return "", err
	}
	return strconv.FormatFloat(r, 'f', 3, 64) + " " + parts[3], nil
}

func (c *Converter) UnitsOf(d Dimension) []string {
	var out []string
	for n, u := range c.units {
		if u.Dim == d {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

func main() {
	c := NewConverter()
	for _, e := range []string{"5 km to mi", "100 C to F", "32 F to C", "0 K to C", "10 lb to g", "3 m to kg", "1 parsec to m", "abc m to cm", "1 m"} {
		r, err := c.Parse(e)
		fmt.Printf("%-14s => %s %v\n", e, r, err)
	}
	fmt.Println(c.UnitsOf("length"))
}
