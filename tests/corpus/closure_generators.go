// closure_generators.go - closures as generators and state holders: counters,
// a Fibonacci iterator, a memoizing wrapper, accumulators captured in loops
// (Go 1.19 loop-variable semantics), and function composition.
package main

import (
	"fmt"
	"strings"
)

func counter(start, step int) (next func() int, reset func()) {
	n := start
	next = func() int {
		v := n
		n += step
		return v
	}
	reset = func() { n = start }
	return
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(x int) int {
		if v, ok := cache[x]; ok {
			return v
		}
		misses++
		v := f(x)
		cache[x] = v
		return v
	}, &misses
}

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func makeAdders() []func(int) int {
	var adders []func(int) int
	for i := 0; i < 3; i++ {
		i := i // capture a fresh copy per iteration
		adders = append(adders, func(x int) int { return x + i })
	}
	return adders
}

func sharedLoopVar() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i }) // all see the final i (Go 1.19)
	}
	return fs
}

type Pipeline struct {
	steps []func([]int) []int
}

func (p *Pipeline) Then(f func([]int) []int) *Pipeline {
	p.steps = append(p.steps, f)
	return p
}

func (p *Pipeline) Run(xs []int) []int {
	for _, s := range p.steps {
		xs = s(xs)
	}
	return xs
}

func filter(keep func(int) bool) func([]int) []int {
	return func(xs []int) []int {
		out := xs[:0:0]
		for _, x := range xs {
			if keep(x) {
				out = append(out, x)
			}
		}
		return out
	}
}

func mapInts(f func(int) int) func([]int) []int {
	return func(xs []int) []int {
		out := make([]int, len(xs))
		for i, x := range xs {
			out[i] = f(x)
		}
		return out
	}
}

func main() {
	next, reset := counter(10, 5)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	fib := fibGen()
	var fs []string
	for i := 0; i < 10; i++ {
		fs = append(fs, fmt.Sprint(fib()))
	}
	fmt.Println(strings.Join(fs, ","))

	var slowSquare func(int) int
	slowSquare = func(x int) int { return x * x }
	sq, misses := memoize(slowSquare)
	fmt.Println(sq(4), sq(4), sq(5), *misses)

	shout := compose(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("  escape analysis "))

	for _, add := range makeAdders() {
		fmt.Print(add(10), " ")
	}
	for _, f := range sharedLoopVar() {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	threshold := 3
	p := (&Pipeline{}).Then(filter(func(x int) bool { return x > threshold })).Then(mapInts(func(x int) int { return x * 10 }))
	threshold = 5 // the filter reads it when it runs
	fmt.Println(p.Run([]int{1, 4, 6, 8}))
}
