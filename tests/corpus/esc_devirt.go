package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ side float64 }

func (s Square) Area() float64      { return s.side * s.side }
func (s Square) Perimeter() float64 { return 4 * s.side }

type Circle struct{ r float64 }

func (c *Circle) Area() float64      { return 3.14159 * c.r * c.r }
func (c *Circle) Perimeter() float64 { return 2 * 3.14159 * c.r }

func knownSquare() float64 {
	var s Shape = Square{2}
	return s.Area()
}

func knownCircle() float64 {
	var s Shape = &Circle{1}
	return s.Area() + s.Perimeter()
}

func unknown(s Shape) float64 {
	return s.Area()
}

func total(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

type Stringer interface{ String() string }

type name string

func (n name) String() string { return string(n) }

func viaStringer() string {
	var s Stringer = name("gopher")
	return s.String()
}

func main() {
	fmt.Println(knownSquare(), knownCircle(), unknown(Square{3}), viaStringer())
	fmt.Println(total([]Shape{Square{1}, &Circle{2}}))
}
