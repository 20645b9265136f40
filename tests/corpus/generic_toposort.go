package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Graph[K comparable] struct {
	nodes []K
	index map[K]int
	edges map[K][]K
}

func NewGraph[K comparable]() *Graph[K] {
	return &Graph[K]{index: make(map[K]int), edges: make(map[K][]K)}
}

func (g *Graph[K]) node(k K) {
	if _, ok := g.index[k]; !ok {
		g.index[k] = len(g.nodes)
		g.nodes = append(g.nodes, k)
	}
}

// Edge records that from must come before to.
func (g *Graph[K]) Edge(from, to K) {
	g.node(from)
	g.node(to)
	g.edges[from] = append(g.edges[from], to)
}

type CycleError[K comparable] struct {
	Path []K
}

func (e *CycleError[K]) Error() string {
	parts := make([]string, len(e.Path))
	for i, k := range e.Path {
		parts[i] = fmt.Sprint(k)
	}
	return "cycle: " + strings.Join(parts, " -> ")
}

func (g *Graph[K]) Sort() ([]K, error) {
	const (
		white = iota
		grey
		black
	)
	color := make([]int, len(g.nodes))
	var order []K
	var stack []K
	var visit func(k K) error
	visit = func(k K) error {
		i := g.index[k]
		switch color[i] {
		case grey:
			start := 0
			for j, s := range stack {
				if s == k {
					start = j
				}
			}
			path := append(append([]K(nil), stack[start:]...), k)
			return &CycleError[K]{Path: path}
		case black:
			return nil
		}
		color[i] = grey
		stack = append(stack, k)
		for _, n := range g.edges[k] {
			if err := visit(n); err != nil {
				return err
			}
		}
		stack = stack[:len(stack)-1]
		color[i] = black
		order = append(order, k)
		return nil
	}
	for _, k := range g.nodes {
		if err := visit(k); err != nil {
			return nil, err
		}
	}
	for i, j := 0, len(order)-1; i < j; i, j = i+1, j-1 {
		order[i], order[j] = order[j], order[i]
	}
	return order, nil
}

type Task struct {
	Name string
	Cost int
}

func main() {
	g := NewGraph[string]()
	deps := map[string][]string{
		"link":    {"compile", "assets"},
		"compile": {"generate"},
		"test":    {"compile"},
		"release": {"link", "test"},
		"assets":  {"generate"},
	}
	keys := make([]string, 0, len(deps))
	for k := range deps {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, d := range deps[k] {
			g.Edge(d, k)
		}
	}
	order, err := g.Sort()
	fmt.Println(order, err)

	g.Edge("release", "generate")
	_, err = g.Sort()
	var ce *CycleError[string]
	if errors.As(err, &ce) {
		fmt.Println(len(ce.Path), err)
	}

	tg := NewGraph[Task]()
	a, b, c := Task{"a", 1}, Task{"b", 2}, Task{"c", 3}
	tg.Edge(a, b)
	tg.Edge(b, c)
	tg.Edge(a, c)
	tasks, _ := tg.Sort()
	total := 0
	for _, t := range tasks {
		total += t.Cost
	}
	fmt.Println(tasks, total)
}
