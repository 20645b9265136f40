package main

import "strings"

type pt struct{ x, y int }

func c1(a int) int { return a }

func c2(a, b int) int { return a*b + a - b }

func c3(p pt) int { return p.x*p.x + p.y*p.y }

func c4(s string) bool { return len(s) > 0 && s[0] == '#' }

func c5(xs []int) int {
	if len(xs) == 0 {
		return 0
	}
	return xs[0] + xs[len(xs)-1]
}

func c6(m map[string]int, k string) int {
	if v, ok := m[k]; ok {
		return v
	}
	return -1
}

func c7(s string) string { return strings.ToUpper(s) }

func c8(a, b int) (int, int) {
	if a > b {
		return b, a
	}
	return a, b
}

func c9(p *pt) { p.x, p.y = p.y, p.x }

func c10(n int) []int { return make([]int, n) }

func c11(a int) int {
	switch {
	case a < 0:
		return -1
	case a == 0:
		return 0
	case a < 10:
		return 1
	case a < 100:
		return 2
	}
	return 3
}

func c12(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func c13(a int) int { return c1(c1(c1(c1(a)))) }

func c14(a int) int { return c2(c2(a, 1), c2(a, 2)) + c2(c2(a, 3), c2(a, 4)) }

func c15(a int) int { return c14(a) + c14(a+1) }

func c16(ch chan int) { ch <- 1 }

func c17(ch chan int) int { return <-ch }

func c18(i interface{}) int {
	if n, ok := i.(int); ok {
		return n
	}
	return 0
}

func c19(f func(int) int) int { return f(1) }

func c20(s []string) string { return strings.Join(s, ",") }

func main() {
	ch := make(chan int, 1)
	c16(ch)
	p := pt{1, 2}
	c9(&p)
	a, b := c8(2, 1)
	println(c1(1), c2(1, 2), c3(p), c4("#x"), c5([]int{1, 2}), c6(map[string]int{"a": 1}, "a"), c7("x"), a, b)
	println(len(c10(3)), c11(50), c12([]int{1, 2, 3}), c13(1), c14(1), c15(1), c17(ch), c18(4), c19(c1), c20([]string{"a"}))
}
