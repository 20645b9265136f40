package main

import (
	"fmt"
	"sort"
)

type UnionFind struct {
	parent []int
	rank   []int
	sets   int
}

func NewUnionFind(n int) *UnionFind {
	uf := &UnionFind{parent: make([]int, n), rank: make([]int, n), sets: n}
	for i := range uf.parent {
		uf.parent[i] = i
	}
	return uf
}

func (u *UnionFind) Find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *UnionFind) Union(a, b int) bool {
	ra, rb := u.Find(a), u.Find(b)
	if ra == rb {
		return false
	}
	switch {
	case u.rank[ra] < u.rank[rb]:
		u.parent[ra] = rb
	case u.rank[ra] > u.rank[rb]:
		u.parent[rb] = ra
	default:
		u.parent[rb] = ra
		u.rank[ra]++
	}
	u.sets--
	return true
}

type WEdge struct{ A, B, W int }

// Kruskal returns the edges of a minimum spanning forest and its weight.
func Kruskal(n int, edges []WEdge) ([]WEdge, int) {
	sorted := append([]WEdge(nil), edges...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].W < sorted[j].W })
	uf := NewUnionFind(n)
	var mst []WEdge
	total := 0
	for _, e := range sorted {
		if uf.Union(e.A, e.B) {
			mst = append(mst, e)
			total += e.W
		}
	}
	return mst, total
}

func groups(n int, pairs [][2]int) [][]int {
	uf := NewUnionFind(n)
	for _, p := range pairs {
		uf.Union(p[0], p[1])
	}
	byRoot := map[int][]int{}
	for i := 0; i < n; i++ {
		r := uf.Find(i)
		byRoot[r] = append(byRoot[r], i)
	}
	var out [][]int
	for _, g := range byRoot {
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

func main() {
	edges := []WEdge{{0, 1, 7}, {0, 3, 5}, {1, 2, 8}, {1, 3, 9}, {1, 4, 7}, {2, 4, 5}, {3, 4, 15}, {3, 5, 6}, {4, 5, 8}, {4, 6, 9}, {5, 6, 11}}
	mst, w := Kruskal(7, edges)
	fmt.Println(mst, w)
	fmt.Println(groups(8, [][2]int{{0, 1}, {2, 3 3}, {1, 3}, {5, 6}}))
}
