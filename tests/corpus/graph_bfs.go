package main

import "fmt"

type Graph struct {
	adj   map[string][]string
	nodes []string
}

func NewGraph() *Graph {
	return &Graph{adj: map[string][]string{}}
}

func (g *Graph) addNode(n string) {
	if _, ok := g.adj[n]; !ok {
		g.adj[n] = nil
		g.nodes = append(g.nodes, n)
	}
}

func (g *Graph) AddEdge(a, b string) {
	g.addNode(a)
	g.addNode(b)
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

func (g *Graph) BFS(start string) []string {
	visited := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		for _, m := range g.adj[n] {
			if !visited[m] {
				visited[m] = true
				queue = append(queue, m)
			}
		}
	}
	return order
}

func (g *Graph) ShortestPath(from, to string) []string {
	prev := make(map[string]string)
	seen := map[string]bool{from: true}
	queue := []string{from}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		if n == to {
			break
		}
		for _, m := range g.adj[n] {
			if !seen[m] {
				seen[m] = true
				prev[m] = n
				queue = append(queue, m)
			}
		}
	}
	if !seen[to] {
		return nil
	}
	var path []string
	for at := to; at != from; at = prev[at] {
		path = append([]string{at}, path...)
	}
	return append([]string{from}, path...)
}

func (g *Graph) Components() int {
	seen := map[string]bool{}
	count := 0
	var dfs func(string)
	dfs = func(n string) {
		seen[n] = true
		for _, m := range g.adj[n] {
			if !seen[m] {
				dfs(m)
			}
		}
	}
	for _, n := range g.nodes {
		if !seen[n] {
			count++
			dfs(n)
		}
	}
	return count
}

func main() {
	g := NewGraph()
	edges := [][2]string{{"a", "b"}, {"b", "c"}, {"c", "d"}, {"a", "e"}, {"x", "y"}}
	for _, e := range edges {
		g.AddEdge(e[0], e[1])
	}
	fmt.Println(g.BFS("a"))
	fmt.Println(g.ShortestPath("e", "d"), g.ShortestPath("a", "x"))
	fmt.Println(g.Components())
}
