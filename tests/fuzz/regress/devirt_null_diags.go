package main

import "fmt"

type data struct {
	vals [8]int
}

//go:noinline
func newData() *data {
	return &data{}
}

func newDataInline() *data {
	return &data{}
}

//go:noinline
func fill(d *data, v int) {
	for i := range d.vals {
		d.vals[i] = v
	}
}

//go:noinline
func sumData(d data) int {
	t := 0
	for _, v := range d.vals {
		t += v
	}
	return t
}

//go:noinline
func ptrToResult(p *int) *int { return p }

func main() {
	a := newData()
	b := newDataInline()
	var c data
	fill(&c, 2)
	fill(b, 1)
	x := 5
	y := ptrToResult(&x)
	fmt.Println(a.vals[0], b.vals[0], sumData(c), *y)
}
