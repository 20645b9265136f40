package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](items ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{}, len(items))}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s *Set[T]) Add(v T)           { s.m[v] = struct{}{} }
func (s *Set[T]) Remove(v T)        { delete(s.m, v) }
func (s *Set[T]) Has(v T) bool      { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int          { return len(s.m) }
func (s *Set[T]) Each(f func(T))    { for v := range s.m { f(v) } }

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	s.Each(func(v T) { r.Add(v) })
	o.Each(func(v T) { r.Add(v) })
	return r
}

func (s *Set[T]) Intersect(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for v := range s.m {
		if o.Has(v) {
			r.Add(v)
		}
	}
	return r
}

func (s *Set[T]) Diff(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	s.Each(func(v T) {
		if !o.Has(v) {
			r.Add(v)
		}
	})
	return r
}

func Sorted[T comparable](s *Set[T], less func(a, b T) bool) []T {
	out := make([]T, 0, s.Len())
	s.Each(func(v T) { out = append(out, v) })
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

type Point struct{ X, Y int }

func neighbours(p Point) []Point {
	return []Point{{p.X + 1, p.Y}, {p.X - 1, p.Y}, {p.X, p.Y + 1}, {p.X, p.Y - 1}}
}

func flood(walls *Set[Point], start Point, limit int) *Set[Point] {
	seen := NewSet(start)
	frontier := []Point{start}
	for len(frontier) > 0 {
		p := frontier[0]
		frontier = frontier[1:]
		for _, n := range neighbours(p) {
			if n.X < 0 || n.Y < 0 || n.X >= limit || n.Y >= limit || walls.Has(n) || seen.Has(n) {
				continue
			}
			seen.Add(n)
			frontier = append(frontier, n)
		}
	}
	return seen
}

func main() {
	a := NewSet("go", "rust", "c", "zig")
	b := NewSet("c", "python", "go")
	str := func(x, y string) bool { return x < y }
	fmt.Println(Sorted(a.Union(b), str))
	fmt.Println(Sorted(a.Intersect(b), str))
	fmt.Println(Sorted(a.Diff(b), str))
	a.Remove("zig")
	fmt.Println(a.Len(), a.Has("zig"))

	walls := NewSet(Point{1, 0}, Point{1, 1}, Point{1, 2}, Point{3, 3}, Point{2, 3})
	area := flood(walls, Point{0, 0}, 4)
	pts := Sorted(area, func(p, q Point) bool {
		if p.Y != q.Y {
			return p.Y < q.Y
		}
		return p.X < q.X
	})
	var sb strings.Builder
	for _, p := range pts {
		fmt.Fprintf(&sb, "(%d,%d)", p.X, p.Y)
	}
	fmt.Println(area.Len(), sb.String())
}
