// graph_mst.go - minimum spanning trees two ways (Kruskal with a union-find,
// Prim with container/heap) on a weighted city graph, plus Floyd-Warshall
// all-pairs shortest paths on the same data.
package main

import (
	"container/heap"
	"fmt"
	"math"
	"sort"
)

type Edge struct {
	U, V   int
	Weight float64
}

type DSU struct{ parent, rank []int }

func NewDSU(n int) *DSU {
	d := &DSU{make([]int, n), make([]int, n)}
	for i := range d.parent {
		d.parent[i] = i
	}
	return d
}

func (d *DSU) Find(x int) int {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

func (d *DSU) Union(a, b int) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	if d.rank[ra] < d.rank[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	if d.rank[ra] == d.rank[rb] {
		d.rank[ra]++
	}
	return true
}

func Kruskal(n int, edges []Edge) ([]Edge, float64) {
	es := append([]Edge(nil), edges...)
	sort.Slice(es, func(i, j int) bool { return es[i].Weight < es[j].Weight })
	d := NewDSU(n)
	var tree []Edge
	total := 0.0
	for _, e := range es {
		if d.Union(e.U, e.V) {
			tree = append(tree, e)
			total += e.Weight
		}
	}
	return tree, total
}

type pqItem struct {
	node int
	w    float64
}
type pq []pqItem

func (p pq) Len() int            { return len(p) }
func (p pq) Less(i, j int) bool  { return p[i].w < p[j].w }
func (p pq) Swap(i, j int)       { p[i], p[j] = p[j], p[i] }
func (p *pq) Push(x interface{}) { *p = append(*p, x.(pqItem)) }
func (p *pq) Pop() interface{} {
	old := *p
	it := old[len(old)-1]
	*p = old[:len(old)-1]
	return it
}

func Prim(n int, edges []Edge) float64 {
	adj := make([][]pqItem, n)
	for _, e := range edges {
		adj[e.U] = append(adj[e.U], pqItem{e.V, e.Weight})
		adj[e.V] = append(adj[e.V], pqItem{e.U, e.Weight})
	}
	in := make([]bool, n)
	h := &pq{{0, 0}}
	total := 0.0
	for h.Len() > 0 {
		it := heap.Pop(h).(pqItem)
		if in[it.node] {
			continue
		}
		in[it.node] = true
		total += it.w
		for _, nb := range adj[it.node] {
			if !in[nb.node] {
				heap.Push(h, nb)
			}
		}
	}
	return total
}

func FloydWarshall(n int, edges []Edge) [][]float64 {
	d := make([][]float64, n)
	for i := range d {
		d[i] = make([]float64, n)
		for j := range d[i] {
			if i != j {
				d[i][j] = math.Inf(1)
			}
		}
	}
	for _, e := range edges {
		d[e.U][e.V] = math.Min(d[e.U][e.V], e.Weight)
		d[e.V][e.U] = math.Min(d[e.V][e.U], e.Weight)
	}
	for k := 0; k < n; k++ {
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if d[i][k]+d[k][j] < d[i][j] {
					d[i][j] = d[i][k] + d[k][j]
				}
			}
		}
	}
	return d
}

func main() {
	cities := []string{"Oslo", "Bergen", "Trondheim", "Stavanger", "Tromso"}
	edges := []Edge{
		{0, 1, 463}, {0, 2, 494}, {0, 3, 547}, {1, 3, 209},
		{1, 2, 698}, {2, 4, 1143}, {0, 4, 1646},
	}
	tree, total := Kruskal(len(cities), edges)
	for _, e := range tree {
		fmt.Printf("%-9s - %-9s %5.0f\n", cities[e.U], cities[e.V], e.Weight)
	}
	fmt.Println("kruskal", total, "prim", Prim(len(cities), edges))
	d := FloydWarshall(len(cities), edges)
	fmt.Println("Stavanger->Tromso", d[3][4], "Bergen->Trondheim", d[1][2])
}
