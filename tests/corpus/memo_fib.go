package main

import (
	"fmt"
	"math/big"
)

func fibRec(n int) int {
	if n < 2 {
		return n
	}
	return fibRec(n-1) + fibRec(n-2)
}

type memo struct {
	cache map[int]int
	calls int
}

func (m *memo) fib(n int) int {
	m.calls++
	if n < 2 {
		return n
	}
	if v, ok := m.cache[n]; ok {
		return v
	}
	v := m.fib(n-1) + m.fib(n-2)
	m.cache[n] = v
	return v
}

func fibIter(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func fibBig(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	m := &memo{cache: map[int]int{}}
	fmt.Println(fibRec(20), m.fib(50), m.calls, fibIter(50))
	fmt.Println(fibBig(100).String())
	g := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}
