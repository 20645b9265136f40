package main

import "fmt"

type point struct{ x, y int }

func newInt() *int {
	x := 42
	return &x
}

func newPoint(x, y int) *point {
	p := point{x, y}
	return &p
}

func newPointLit(x, y int) *point {
	return &point{x: x, y: y}
}

func valuePoint(x, y int) point {
	p := &point{x, y}
	return *p
}

func addrNotReturned() int {
	x := 7
	p := &x
	*p += 1
	return x
}

func viaNew() *point {
	p := new(point)
	p.x = 1
	return p
}

func newDiscarded() int {
	p := new(point)
	p.y = 3
	return p.y
}

func main() {
	a := newInt()
	b := newPoint(1, 2)
	c := newPointLit(3, 4)
	d := valuePoint(5, 6)
	e := addrNotReturned()
	f := viaNew()
	g := newDiscarded()
	fmt.Println(*a, b.x, c.y, d.x, e, f.x, g)
}
