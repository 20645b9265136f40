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

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (t Triangle) Perimeter() float64 {
	return t.A + t.B + t.C
}
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

// Generic over concrete shape types: the methods are called through the dictionary.
func TotalArea[S Shape](xs []S) float64 {
	total := 0.0
	for _, x := range xs {
		total += x.Area()
	}
	return total
}

func Largest[S Shape](xs []S) (S, bool) {
	var best S
	if len(xs) == 0 {
		return best, false
	}
	best = xs[0]
	for _, x := range xs[1:] {
		if x.Area() > best.Area() {
			best = x
		}
	}
	return best, true
}

func Describe[S Shape](x S) string {
	return fmt.Sprintf("%T area=%.2f perim=%.2f", x, x.Area(), x.Perimeter())
}

func Compactness[S Shape](x S) float64 {
	p := x.Perimeter()
	return 4 * math.Pi * x.Area() / (p * p)
}

func SortBy[S any](xs []S, key func(S) float64) {
	sort.Slice(xs, func(i, j int) bool { return key(xs[i]) < key(xs[j]) })
}

func main() {
	circles := []Circle{{1}, {2.5}, {0.5}}
	rects := []Rect{{2, 3}, {10, 0.1}, {4, 4}}
	fmt.Printf("%.3f %.3f\n", TotalArea(circles), TotalArea(rects))
	if r, ok := Largest(rects); ok {
		fmt.Println(Describe(r))
	}
	_, ok := Largest([]Triangle(nil))
	fmt.Println(ok, Describe(Triangle{3, 4, 5}))
	SortBy(rects, Compactness[Rect])
	var names []string
	for _, r := range rects {
		names = append(names, fmt.Sprintf("%.0fx%.1f", r.W, r.H))
	}
	fmt.Println(strings.Join(names, " "))
	mixed := []Shape{Circle{1}, Rect{1, 2}, Triangle{3, 4, 5}}
	fmt.Printf("%.3f\n", TotalArea(mixed))
	SortBy(mixed, Shape.Area)
	fmt.Println(Describe(mixed[0]))
}
