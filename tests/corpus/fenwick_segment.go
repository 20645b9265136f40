// fenwick_segment.go - range queries over an array: a Fenwick (binary
// indexed) tree for prefix sums and a segment tree with lazy propagation
// for range add / range minimum, checked against brute force.
package main

import (
	"fmt"
	"math"
	"math/rand"
)

type Fenwick struct{ tree []int64 }

func NewFenwick(n int) *Fenwick { return &Fenwick{tree: make([]int64, n+1)} }

func (f *Fenwick) Add(i int, delta int64) {
	for i++; i < len(f.tree); i += i & -i {
		f.tree[i] += delta
	}
}

func (f *Fenwick) Prefix(i int) int64 {
	var s int64
	for i++; i > 0; i -= i & -i {
		s += f.tree[i]
	}
	return s
}

func (f *Fenwick) RangeSum(l, r int) int64 { return f.Prefix(r) - f.Prefix(l-1) }

type SegTree struct {
	n    int
	min  []int64
	lazy []int64
}

func NewSegTree(vals []int64) *SegTree {
	s := &SegTree{n: len(vals), min: make([]int64, 4*len(vals)), lazy: make([]int64, 4*len(vals))}
	s.build(1, 0, s.n-1, vals)
	return s
}

func (s *SegTree) build(node, lo, hi int, vals []int64) {
	if lo == hi {
		s.min[node] = vals[lo]
		return
	}
	mid := (lo + hi) / 2
	s.build(2*node, lo, mid, vals)
	s.build(2*node+1, mid+1, hi, vals)
	s.min[node] = min64(s.min[2*node], s.min[2*node+1])
}

func min64(a, b int64) int64 {
	if a < b {
		return a
	}
	return b
}

func (s *SegTree) push(node int) {
	if d := s.lazy[node]; d != 0 {
		for _, c := range [2]int{2 * node, 2*node + 1} {
			s.min[c] += d
			s.lazy[c] += d
		}
		s.lazy[node] = 0
	}
}

func (s *SegTree) AddRange(l, r int, d int64) { s.add(1, 0, s.n-1, l, r, d) }

func (s *SegTree) add(node, lo, hi, l, r int, d int64) {
	if r < lo || hi < l {
		return
	}
	if l <= lo && hi <= r {
		s.min[node] += d
		s.lazy[node] += d
		return
	}
	s.push(node)
	mid := (lo + hi) / 2
	s.add(2*node, lo, mid, l, r, d)
	s.add(2*node+1, mid+1, hi, l, r, d)
	s.min[node] = min64(s.min[2*node], s.min[2*node+1])
}

func (s *SegTree) Min(l, r int) int64 { return s.query(1, 0, s.n-1, l, r) }

func (s *SegTree) query(node, lo, hi, l, r int) int64 {
	if r < lo || hi < l {
		return math.MaxInt64
	}
	if l <= lo && hi <= r {
		return s.min[node]
	}
	s.push(node)
	mid := (lo + hi) / 2
	return min64(s.query(2*node, lo, mid, l, r), s.query(2*node+1, mid+1, hi, l, r))
}

func main() {
	rng := rand.New(rand.NewSource(7))
	const n = 50
	vals := make([]int64, n)
	fw := NewFenwick(n)
	for i := range vals {
		vals[i] = int64(rng.Intn(100))
		fw.Add(i, vals[i])
	}
	st := NewSegTree(vals)
	bad := 0
	for q := 0; q < 200; q++ {
		l := rng.Intn(n)
		r := l + rng.Intn(n-l)
		if q%3 == 0 {
			d := int64(rng.Intn(21) - 10)
			st.AddRange(l, r, d)
			for i := l; i <= r; i++ {
				vals[i] += d
				fw.Add(i, d)
			}
			continue
		}
		var sum, mn int64 = 0, math.MaxInt64
		for i := l; i <= r; i++ {
			sum += vals[i]
			mn = min64(mn, vals[i])
		}
		if fw.RangeSum(l, r) != sum || st.Min(l, r) != mn {
			bad++
		}
	}
	fmt.Println("mismatches:", bad, "total:", fw.Prefix(n-1), "min:", st.Min(0, n-1))
}
