package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	Name() string
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }
type Polygon struct {
	Pts [][2]float64
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Name() string       { return "circle" }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Name() string { return "triangle" }

func (p *Polygon) Area() float64 {
	a := 0.0
	for i := range p.Pts {
		j := (i + 1) % len(p.Pts)
		a += p.Pts[i][0]*p.Pts[j][1] - p.Pts[j][0]*p.Pts[i][1]
	}
	return math.Abs(a) / 2
}

func (p *Polygon) Perimeter() float64 {
	s := 0.0
	for i := range p.Pts {
		j := (i + 1) % len(p.Pts)
		s += math.Hypot(p.Pts[j][0]-p.Pts[i][0], p.Pts[j][1]-p.Pts[i][1])
	}
	return s
}

func (p *Polygon) Name() string { return fmt.Sprintf("%d-gon", len(p.Pts)) }

func TotalArea(shapes ...Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func Largest(shapes []Named) Named {
	sorted := append([]Named(nil), shapes...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Area() > sorted[j].Area() })
	return sorted[0]
}

func Report(shapes []Named) string {
	var b strings.Builder
	for _, s := range shapes {
		fmt.Fprintf(&b, "%-9s area=%7.2f perim=%6.2f\n", s.Name(), s.Area(), s.Perimeter())
	}
	return b.String()
}

func main() {
	shapes := []Named{Circle{1}, Rect{3, 4}, Triangle{3, 4, 5}, &Polygon{[][2]float64{{0, 0}, {4, 0}, {4, 3}, {0, 3}}}}
	fmt.Print(Report(shapes))
	fmt.Printf("%.2f %s\n", TotalArea(Circle{2}, Rect{1, 1}), Largest(shapes).Name())
	var s Shape = Rect{2, 5}
	if n, ok := s.(Named); ok {
		fmt.Println(n.Name(), s.Area())
	}
}
