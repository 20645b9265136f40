package main

// Package-level blank variables: gc discards `var _ = expr` when expr has no
// side effects (staticinit.AnySideEffects), so nothing is reported for it;
// with a side effect it runs in init and is analysed.

import "fmt"

type Shape interface{ Area() float64 }

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }

var prefix = "id-"

var registry = map[string]int{}

// compile-time checks and unused values: discarded
var _ Shape = Square{}
var _ = prefix + prefix
var _ = make(map[int]int)
var _ = make(chan int, 0)
var _ = &struct{ p *int }{}
var _ = len(registry) * 2

// side effects: kept
var _ = make([]int, 3)
var _ = func() int { registry["init"]++; return 1 }()
var _ = registry["a"] / len(prefix)

var named = prefix + prefix

func main() {
	fmt.Println(named, len(registry))
}
