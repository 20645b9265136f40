package main

import "fmt"

func outer() func() func() int {
	a := 1
	return func() func() int {
		b := 2
		return func() int {
			a++
			return a + b
		}
	}
}

func accumulate() (func(int), func() int) {
	sum := 0
	add := func(v int) { sum += v }
	get := func() int { return sum }
	return add, get
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func recursiveClosure(n int) int {
	var fib func(int) int
	fib = func(k int) int {
		if k < 2 {
			return k
		}
		return fib(k-1) + fib(k-2)
	}
	return fib(n)
}

func applyAll(fs []func(int) int, v int) int {
	for _, f := range fs {
		v = f(v)
	}
	return v
}

func localPipeline(v int) int {
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	return applyAll([]func(int) int{inc, dbl, inc}, v)
}

func main() {
	mk := outer()
	f := mk()
	add, get := accumulate()
	add(3)
	add(4)
	sq := compose(func(x int) int { return x + 1 }, func(x int) int { return x * x })
	slow := func(n int) int { return n * 10 }
	m := memo(slow)
	fmt.Println(f(), f(), get(), sq(3), m(2), m(2), recursiveClosure(10), localPipeline(5))
}
