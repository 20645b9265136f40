package main

type point struct{ x, y int }

func (p point) sum() int { return p.x + p.y }

func main() {
	p := point{1, 2}
	println(p.sum(), p.product(), p.z)
}
