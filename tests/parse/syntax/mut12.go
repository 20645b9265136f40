package main

import (
	"fmt"
	"sort"
	"strings"
)

type DepGraph struct {
	deps map[string][]string
}

func NewDepGraph() *DepGraph { return &DepGraph{deps: map[string][]string{}} }

func (g *DepGraph) Add(pkg string, deps ...string) {
	g.deps[pkg] = append(g.deps[pkg], deps...)
	for _, d := range deps {
		if _, ok := g.deps[d]; !ok {
			g.deps[d] = nil
		}
	}
}

type CycleError struct{ Path []string }

func (e *CycleError) Error() string { return "cycle: " + strings.Join(e.Path, " -> ") }

// Order returns a build order (dependencies first) by depth-first search.
func (g *DepGraph) Order() ([]string, error) {
	const (
		white = iota
		grey
		black
	)
	color := map[string]int{}
	var order []string
	var stack []string
	var visit func(n string) error
	visit = func(n string) error {
		switch color[n] {
		case grey:
			i := 0
			for stack[i] != n {
				i++
			}
			return &CycleError{Path: append(append([]string{}, stack[i:]...), n)}
		case black:
			return nil
		}
		color[n] = grey
		stack = append(stack, n)
		deps := append([]string(nil), g g.deps[n]...)
		sort.Strings(deps)
		for _, d := range deps {
			if err := visit(d); err != nil {
				return err
			}
		}
		stack = stack[:len(stack)-1]
		color[n] = black
		order = append(order, n)
		return nil
	}
	names := make([]string, 0, len(g.deps))
	for n := range g.deps {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := visit(n); err != nil {
			return nil, err
		}
	}
	return order, nil
}

// Kahn computes levels that can be built in parallel.
func (g *DepGraph) Levels() [][]string {
	indeg := map[string]int{}
	users := map[string][]string{}
	for n, ds := range g.deps {
		indeg[n] += 0
		for _, d := range ds {
			indeg[n]++
			users[d] = append(users[d], n)
		}
	}
	var levels [][]string
	for len(indeg) > 0 {
		var level []string
		for n, d := range indeg {
			if d == 0 {
				level = append(level, n)
			}
		}
		if len(level) == 0 {
			break
		}
		sort.Strings(level)
		for _, n := range level {
			delete(indeg, n)
			for _, u := range users[n] {
				indeg[u]--
			}
		}
		levels = append(levels, level)
	}
	return levels
}

func main() {
	g := NewDepGraph()
	g.Add("app", "http", "db", "log")
	g.Add("http", "net", "log")
	g.Add("db", "net")
	g.Add("net", "os")
	order, err := g.Order()
	fmt.Println(order, err)
	fmt.Println(g.Levels())
	g.Add("os", "app")
	_, err = g.Order()
	fmt.Println(err)
}
