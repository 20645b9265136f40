// generic_collections.go - generic containers people write since Go 1.18:
// an ordered map that remembers insertion order, a Set with union and
// intersection, a generic binary heap with a less func, and Map/Filter/Reduce.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type OrderedMap[K comparable, V any] struct {
	keys []K
	m    map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{m: make(map[K]V)}
}

func (o *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
}

func (o *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := o.m[k]
	return v, ok
}

func (o *OrderedMap[K, V]) Each(fn func(K, V)) {
	for _, k := range o.keys {
		fn(k, o.m[k])
	}
}

type Set[T comparable] map[T]struct{}

func SetOf[T comparable](xs ...T) Set[T] {
	s := make(Set[T], len(xs))
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := make(Set[T], len(s)+len(o))
	for x := range s {
		out[x] = struct{}{}
	}
	for x := range o {
		out[x] = struct{}{}
	}
	return out
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := Set[T]{}
	for x := range s {
		if o.Has(x) {
			out[x] = struct{}{}
		}
	}
	return out
}

type Heap[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (h *Heap[T]) Push(x T) {
	h.items = append(h.items, x)
	for i := len(h.items) - 1; i > 0; {
		p := (i - 1) / 2
		if !h.less(h.items[i], h.items[p]) {
			break
		}
		h.items[i], h.items[p] = h.items[p], h.items[i]
		i = p
	}
}

func (h *Heap[T]) Pop() (T, bool) {
	var zero T
	if len(h.items) == 0 {
		return zero, false
	}
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.items) && h.less(h.items[l], h.items[m]) {
			m = l
		}
		if r < len(h.items) && h.less(h.items[r], h.items[m]) {
			m = r
		}
		if m == i {
			break
		}
		h.items[i], h.items[m] = h.items[m], h.items[i]
		i = m
	}
	return top, true
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

type task struct {
	name string
	prio int
}

func main() {
	om := NewOrderedMap[string, int]()
	for i, w := range strings.Fields("zeta alpha mu alpha beta") {
		om.Set(w, i)
	}
	om.Each(func(k string, v int) { fmt.Print(k, "=", v, " ") })
	fmt.Println()
	a, b := SetOf(1, 2, 3, 4), SetOf(3, 4, 5)
	u, in := Keys(a.Union(b)), Keys(a.Intersect(b))
	sort.Ints(u)
	sort.Ints(in)
	fmt.Println(u, in)
	h := &Heap[task]{less: func(x, y task) bool { return x.prio > y.prio }}
	for _, t := range []task{{"low", 1}, {"high", 9}, {"mid", 5}} {
		h.Push(t)
	}
	for t, ok := h.Pop(); ok; t, ok = h.Pop() {
		fmt.Print(t.name, " ")
	}
	fmt.Println()
	words := strings.Fields("stack heap escape inline closure")
	lens := Map(words, func(s string) int { return len(s) })
	long := Filter(words, func(s string) bool { return len(s) > 5 })
	total := Reduce(lens, 0, func(acc, n int) int { return acc + n })
	fmt.Println(lens, long, total)
}
