package main

import "fmt"

type pair struct{ a, b int }

func two() (*pair, *pair) {
	x := pair{1, 2}
	y := pair{3, 4}
	return &x, &y
}

func oneOfTwo(flag bool) *int {
	a, b := 1, 2
	if flag {
		return &a
	}
	return &b
}

func passThrough(p, q *int) (*int, *int) { return q, p }

func firstOnly(p, q *int) *int {
	_ = q
	return p
}

func splitSlice(s []int) ([]int, []int) {
	m := len(s) / 2
	return s[:m], s[m:]
}

func valueAndErr(n int) (pair, error) {
	if n < 0 {
		return pair{}, fmt.Errorf("negative %d", n)
	}
	return pair{n, n}, nil
}

func main() {
	x, y := two()
	a, b := 5, 6
	p, q := passThrough(&a, &b)
	c, d := 7, 8
	r := firstOnly(&c, &d)
	l, rr := splitSlice([]int{1, 2, 3, 4})
	v, err := valueAndErr(-1)
	fmt.Println(x.a, y.b, *oneOfTwo(true), *p, *q, *r, l, rr, v, err)
}
