package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type cursor[T any] struct {
	src []T
	pos int
	id  int
}

type mergeHeap[T any] struct {
	items []*cursor[T]
	less  func(a, b T) bool
}

func (h *mergeHeap[T]) Len() int { return len(h.items) }
func (h *mergeHeap[T]) Less(i, j int) bool {
	a, b := h.items[i], h.items[j]
	x, y := a.src[a.pos], b.src[b.pos]
	if h.less(x, y) {
		return true
	}
	if h.less(y, x) {
		return false
	}
	return a.id < b.id
}
func (h *mergeHeap[T]) Swap(i, j int) { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *mergeHeap[T]) Push(x any)    { h.items = append(h.items, x.(*cursor[T])) }
func (h *mergeHeap[T]) Pop() any {
	old := h.items
	n := len(old)
	c := old[n-1]
	old[n-1] = nil
	h.items = old[:n-1]
	return c
}

// Merge merges sorted slices into one sorted slice, stable by input order.
func Merge[T any](less func(a, b T) bool, lists ...[]T) []T {
	h := &mergeHeap[T]{less: less}
	total := 0
	for i, l := range lists {
		total += len(l)
		if len(l) > 0 {
			h.items = append(h.items, &cursor[T]{src: l, id: i})
		}
	}
	heap.Init(h)
	out := make([]T, 0, total)
	for h.Len() > 0 {
		c := h.items[0]
		out = append(out, c.src[c.pos])
		c.pos++
		if c.pos == len(c.src) {
			heap.Pop(h)
		} else {
			heap.Fix(h, 0)
		}
	}
	return out
}

type Event struct {
	At     int
	Source string
}

func main() {
	ints := Merge(func(a, b int) bool { return a < b }, []int{1, 4, 9}, []int{2, 3, 10, 11}, nil, []int{0, 5})
	fmt.Println(ints, sort.IntsAreSorted(ints))
	logs := [][]Event{
		{{1, "api"}, {5, "api"}, {9, "api"}},
		{{1, "db"}, {2, "db"}},
		{{3, "cache"}, {5, "cache"}},
	}
	evs := Merge(func(a, b Event) bool { return a.At < b.At }, logs...)
	for _, e := range evs {
		fmt.Print(e.At, ":", e.Source, " ")
	}
	fmt.Println()
	words := Merge(func(a, b string) bool { return len(a) < len(b) }, []string{"a", "ccc"}, []string{"bb", "dddd"})
	fmt.Println(words)
}
