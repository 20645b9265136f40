package main

import (
	"fmt"
	"strings"
)

type registry struct {
	names []string
	byKey map[string]int
}

var defaultRegistry = newRegistry("alpha", "beta")

var table = []struct {
	name string
	f    func(int) int
}{
	{"double", func(x int) int { return x * 2 }},
	{"square", func(x int) int { return x * x }},
}

var upper = strings.ToUpper("init")

var lookup = map[string][]int{"a": {1, 2}, "b": {3}}

var ptr = &registry{byKey: map[string]int{}}

func newRegistry(names ...string) *registry {
	r := &registry{byKey: map[string]int{}}
	for i, n := range names {
		r.names = append(r.names, n)
		r.byKey[n] = i
	}
	return r
}

func init() {
	defaultRegistry.names = append(defaultRegistry.names, "gamma")
	x := 42
	ptr.byKey["x"] = x
}

func init() {
	lookup["c"] = []int{4, 5, 6}
}

func main() {
	for _, t := range table {
		fmt.Println(t.name, t.f(3))
	}
	fmt.Println(defaultRegistry.names, upper, len(lookup["c"]), ptr.byKey["x"])
}
