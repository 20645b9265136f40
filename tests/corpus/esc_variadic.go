package main

import (
	"fmt"
	"strings"
)

var saved []int
var savedAny []interface{}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func keepAll(xs ...int) { saved = xs }

func keepAny(xs ...interface{}) { savedAny = xs }

func count(xs ...interface{}) int { return len(xs) }

func joinAll(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

//go:noinline
func maxOf(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func main() {
	a := sum(1, 2, 3)
	nums := []int{4, 5, 6}
	b := sum(nums...)
	keepAll(7, 8)
	keepAny(9, "ten")
	c := count(1, "two", 3.0)
	d := joinAll("-", "a", "b", "c")
	e := maxOf(1, 9, 3)
	f := maxOf(2)
	fmt.Println(a, b, c, d, e, f)
	fmt.Printf("%d %s\n", a, d)
	s := fmt.Sprint("x", 1)
	println(s)
}
