package main

import "fmt"

var handlers []func() int

func apply(f func(int) int, v int) int { return f(v) }

//go:noinline
func applyNoInline(f func(int) int, v int) int { return f(v) }

func keep(f func() int) { handlers = append(handlers, f) }

func makeAdder(n int) func(int) int {
	return func(x int) int { return x + n }
}

func makeCounter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func immediate() int {
	x := 10
	return func() int { return x * 2 }()
}

func localOnly(v int) int {
	double := func(x int) int { return x * 2 }
	return double(v) + double(v+1)
}

func passed(v int) int {
	return apply(func(x int) int { return x + v }, 3)
}

func passedNoInline(v int) int {
	return applyNoInline(func(x int) int { return x + v }, 3)
}

func stored(v int) {
	keep(func() int { return v })
}

func main() {
	add := makeAdder(5)
	next := makeCounter()
	next()
	stored(7)
	fmt.Println(add(1), next(), immediate(), localOnly(2), passed(4), passedNoInline(5), len(handlers))
}
