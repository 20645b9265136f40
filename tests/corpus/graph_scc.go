// Directed graphs: iterative and recursive DFS, Tarjan's strongly connected
// components, cycle detection and a condensation DAG in topological order.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Graph struct {
	names []string
	index map[string]int
	adj   [][]int
}

func NewGraph() *Graph { return &Graph{index: map[string]int{}} }

func (g *Graph) node(name string) int {
	if id, ok := g.index[name]; ok {
		return id
	}
	id := len(g.names)
	g.names = append(g.names, name)
	g.index[name] = id
	g.adj = append(g.adj, nil)
	return id
}

func (g *Graph) Edge(from, to string) {
	a, b := g.node(from), g.node(to)
	g.adj[a] = append(g.adj[a], b)
}

func (g *Graph) DFS(start string, visit func(string)) {
	seen := make([]bool, len(g.names))
	stack := []int{g.index[start]}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[n] {
			continue
		}
		seen[n] = true
		visit(g.names[n])
		for i := len(g.adj[n]) - 1; i >= 0; i-- {
			if !seen[g.adj[n][i]] {
				stack = append(stack, g.adj[n][i])
			}
		}
	}
}

type tarjan struct {
	g       *Graph
	index   []int
	low     []int
	onStack []bool
	stack   []int
	counter int
	sccs    [][]int
}

func (t *tarjan) strongConnect(v int) {
	t.counter++
	t.index[v], t.low[v] = t.counter, t.counter
	t.stack = append(t.stack, v)
	t.onStack[v] = true
	for _, w := range t.g.adj[v] {
		if t.index[w] == 0 {
			t.strongConnect(w)
			if t.low[w] < t.low[v] {
				t.low[v] = t.low[w]
			}
		} else if t.onStack[w] && t.index[w] < t.low[v] {
			t.low[v] = t.index[w]
		}
	}
	if t.low[v] == t.index[v] {
		var comp []int
		for {
			w := t.stack[len(t.stack)-1]
			t.stack = t.stack[:len(t.stack)-1]
			t.onStack[w] = false
			comp = append(comp, w)
			if w == v {
				break
			}
		}
		t.sccs = append(t.sccs, comp)
	}
}

func (g *Graph) SCCs() [][]string {
	n := len(g.names)
	t := &tarjan{g: g, index: make([]int, n), low: make([]int, n), onStack: make([]bool, n)}
	for v := 0; v < n; v++ {
		if t.index[v] == 0 {
			t.strongConnect(v)
		}
	}
	out := make([][]string, len(t.sccs))
	for i := range t.sccs {
		// Tarjan emits components in reverse topological order.
		comp := t.sccs[len(t.sccs)-1-i]
		names := make([]string, len(comp))
		for j, v := range comp {
			names[j] = g.names[v]
		}
		sort.Strings(names)
		out[i] = names
	}
	return out
}

func (g *Graph) HasCycle() bool {
	for _, c := range g.SCCs() {
		if len(c) > 1 {
			return true
		}
	}
	for v, ws := range g.adj {
		for _, w := range ws {
			if v == w {
				return true
			}
		}
	}
	return false
}

func build(edges ...string) *Graph {
	g := NewGraph()
	for _, e := range edges {
		parts := strings.Split(e, "->")
		g.Edge(strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1]))
	}
	return g
}

func main() {
	g := build("a -> b", "b -> c", "c -> a", "b -> d", "d -> e", "e -> f", "f -> d", "g -> f", "g -> h")
	var order []string
	g.DFS("a", func(n string) { order = append(order, n) })
	fmt.Println("dfs from a:", strings.Join(order, " "))
	for i, c := range g.SCCs() {
		fmt.Printf("scc %d: {%s}\n", i, strings.Join(c, ","))
	}
	fmt.Println("cyclic:", g.HasCycle())
	dag := build("shirt -> tie", "tie -> jacket", "pants -> shoes", "pants -> belt", "belt -> jacket")
	fmt.Println("dag cyclic:", dag.HasCycle(), "order:", dag.SCCs())
}
