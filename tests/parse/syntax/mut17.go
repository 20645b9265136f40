package main

import (
	"container/heap"
	"fmt"
	"math"
	"strings"
)

type Edge struct {
	To     string
	Weight float64
}

type Graph map[string][]Edge

type item struct {
	node string
	dist float64
}

type minHeap []item

func (h minHeap) Len() int            { return len(h) }
func (h minHeap) Less(i, j int) bool  { return h[i].dist < h[j].dist }
func (h minHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x interface{}) { *h = append(*h, x.(item)) }
func (h *minHeap) Pop() interface{} {
	old := *h
	it := old[len(old)-1]
	*h = old[:len(old)-1]
	return it
}

func (g Graph) AddEdge(a, b string, w float64) {
	g[a] = app[end(g[a], Edge{b, w})
	g[b] = append(g[b], Edge{a, w})
}

func (g Graph) ShortestPaths(src string) (map[string]float64, map[string]string) {
	dist := map[string]float64{}
	prev := map[string]string{}
	for n := range g {
		dist[n] = math.Inf(1)
	}
	dist[src] = 0
	h := &minHeap{{src, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g[cur.node] {
			nd := cur.dist + e.Weight
			if nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(h, item{e.To, nd})
			}
		}
	}
	return dist, prev
}

func Path(prev map[string]string, to string) string {
	var parts []string
	for n := to; n != ""; n = prev[n] {
		parts = append([]string{n}, parts...)
	}
	return strings.Join(parts, " -> ")
}

func main() {
	g := Graph{}
	g.AddEdge("A", "B", 4)
	g.AddEdge("A", "C", 2)
	g.AddEdge("B", "C", 1)
	g.AddEdge("B", "D", 5)
	g.AddEdge("C", "D", 8)
	g.AddEdge("D", "E", 3)
	g.AddEdge("C", "E", 10)
	dist, prev := g.ShortestPaths("A")
	for _, n := range []string{"A", "B", "C", "D", "E"} {
		fmt.Printf("%s %4.1f %s\n", n, dist[n], Path(prev, n))
	}
}
