// A point quadtree for a map of points of interest: insertion with node splitting,
// rectangular range queries, k-nearest search and a depth profile.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Point struct {
	X, Y float64
	Name string
}

type Rect struct{ MinX, MinY, MaxX, MaxY float64 }

func (r Rect) Contains(p Point) bool {
	return p.X >= r.MinX && p.X < r.MaxX && p.Y >= r.MinY && p.Y < r.MaxY
}

func (r Rect) Intersects(o Rect) bool {
	return r.MinX < o.MaxX && o.MinX < r.MaxX && r.MinY < o.MaxY && o.MinY < r.MaxY
}

func (r Rect) dist2(p Point) float64 {
	dx := math.Max(0, math.Max(r.MinX-p.X, p.X-r.MaxX))
	dy := math.Max(0, math.Max(r.MinY-p.Y, p.Y-r.MaxY))
	return dx*dx + dy*dy
}

const capacity = 4

type Node struct {
	bounds   Rect
	points   []Point
	children *[4]Node
	depth    int
}

func NewTree(b Rect) *Node { return &Node{bounds: b} }

func (n *Node) split() {
	b := n.bounds
	mx, my := (b.MinX+b.MaxX)/2, (b.MinY+b.MaxY)/2
	n.children = &[4]Node{
		{bounds: Rect{b.MinX, b.MinY, mx, my}, depth: n.depth + 1},
		{bounds: Rect{mx, b.MinY, b.MaxX, my}, depth: n.depth + 1},
		{bounds: Rect{b.MinX, my, mx, b.MaxY}, depth: n.depth + 1},
		{bounds: Rect{mx, my, b.MaxX, b.MaxY}, depth: n.depth + 1},
	}
	for _, p := range n.points {
		n.insertChild(p)
	}
	n.points = nil
}

func (n *Node) insertChild(p Point) {
	for i := range n.children {
		if n.children[i].Insert(p) {
			return
		}
	}
}

func (n *Node) Insert(p Point) bool {
	if !n.bounds.Contains(p) {
		return false
	}
	if n.children == nil {
		if len(n.points) < capacity || n.depth >= 8 {
			n.points = append(n.points, p)
			return true
		}
		n.split()
	}
	n.insertChild(p)
	return true
}

func (n *Node) Query(r Rect, out []Point) []Point {
	if !n.bounds.Intersects(r) {
		return out
	}
	for _, p := range n.points {
		if r.Contains(p) {
			out = append(out, p)
		}
	}
	if n.children != nil {
		for i := range n.children {
			out = n.children[i].Query(r, out)
		}
	}
	return out
}

func (n *Node) Nearest(p Point, k int) []Point {
	var best []Point
	worst := math.Inf(1)
	d2 := func(q Point) float64 { return (q.X-p.X)*(q.X-p.X) + (q.Y-p.Y)*(q.Y-p.Y) }
	var visit func(*Node)
	visit = func(m *Node) {
		if len(best) == k && m.bounds.dist2(p) > worst {
			return
		}
		for _, q := range m.points {
			best = append(best, q)
			sort.Slice(best, func(i, j int) bool { return d2(best[i]) < d2(best[j]) })
			if len(best) > k {
				best = best[:k]
			}
			if len(best) == k {
				worst = d2(best[k-1])
			}
		}
		if m.children != nil {
			for i := range m.children {
				visit(&m.children[i])
			}
		}
	}
	visit(n)
	return best
}

func (n *Node) Profile(counts map[int]int) {
	counts[n.depth] += len(n.points)
	if n.children != nil {
		for i := range n.children {
			n.children[i].Profile(counts)
		}
	}
}

func main() {
	t := NewTree(Rect{0, 0, 100, 100})
	seed := uint32(7)
	rnd := func() float64 {
		seed = seed*1664525 + 1013904223
		return float64(seed>>8) / float64(1<<24) * 100
	}
	for i := 0; i < 60; i++ {
		t.Insert(Point{rnd(), rnd(), fmt.Sprintf("poi%02d", i)})
	}
	t.Insert(Point{50, 50, "center"})
	fmt.Println("outside:", t.Insert(Point{150, 5, "far"}))

	in := t.Query(Rect{40, 40, 60, 60}, nil)
	sort.Slice(in, func(i, j int) bool { return in[i].Name < in[j].Name })
	fmt.Print("in box:")
	for _, p := range in {
		fmt.Print(" ", p.Name)
	}
	fmt.Println()
	for _, p := range t.Nearest(Point{X: 10, Y: 90}, 3) {
		fmt.Printf("near (10,90): %s (%.1f, %.1f)\n", p.Name, p.X, p.Y)
	}
	prof := map[int]int{}
	t.Profile(prof)
	fmt.Println("points per depth:", prof)
}
