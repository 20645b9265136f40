package main

type point struct{ x, y int }

func newPoint(x, y int) *point {
	return &point{x, y}
}

func sum(p *point) int {
	return p.x + p.y
}

func leak() *int {
	n := 42
	return &n
}

func main() {
	p := newPoint(1, 2)
	_ = sum(p)
	_ = leak()
}
