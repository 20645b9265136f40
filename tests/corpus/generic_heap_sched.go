// generic_heap_sched.go - a generic binary heap used as a timer queue and
// as a top-k selector, with method values and closures as comparators.
package main

import (
	"fmt"
	"strings"
)

type Heap[T any] struct {
	items []T
	less  func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool, items ...T) *Heap[T] {
	h := &Heap[T]{items: items, less: less}
	for i := len(items)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
	return h
}

func (h *Heap[T]) Len() int { return len(h.items) }

func (h *Heap[T]) Push(x T) {
	h.items = append(h.items, x)
	i := len(h.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.items[i], h.items[p]) {
			break
		}
		h.items[i], h.items[p] = h.items[p], h.items[i]
		i = p
	}
}

func (h *Heap[T]) Pop() T {
	top := h.items[0]
	n := len(h.items) - 1
	h.items[0] = h.items[n]
	h.items = h.items[:n]
	h.down(0)
	return top
}

func (h *Heap[T]) down(i int) {
	for {
		l, m := 2*i+1, i
		if l < len(h.items) && h.less(h.items[l], h.items[m]) {
			m = l
		}
		if r := l + 1; r < len(h.items) && h.less(h.items[r], h.items[m]) {
			m = r
		}
		if m == i {
			return
		}
		h.items[i], h.items[m] = h.items[m], h.items[i]
		i = m
	}
}

type Timer struct {
	At   int
	Name string
	Fire func(now int) string
}

func byAt(a, b *Timer) bool { return a.At < b.At }

func TopK(words []string, k int) []string {
	count := map[string]int{}
	for _, w := range words {
		count[w]++
	}
	h := NewHeap(func(a, b string) bool {
		if count[a] != count[b] {
			return count[a] < count[b]
		}
		return a > b
	})
	for w := range count {
		h.Push(w)
		if h.Len() > k {
			h.Pop()
		}
	}
	out := make([]string, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = h.Pop()
	}
	return out
}

func main() {
	q := NewHeap(byAt)
	log := []string{}
	for i, name := range []string{"flush", "gc", "tick", "report"} {
		at := (i*7 + 3) % 10
		q.Push(&Timer{At: at, Name: name, Fire: func(now int) string {
			return fmt.Sprintf("%s@%d", name, now)
		}})
	}
	for q.Len() > 0 {
		t := q.Pop()
		log = append(log, t.Fire(t.At))
	}
	fmt.Println(strings.Join(log, " "))
	fmt.Println(TopK(strings.Fields("a b c a b a d e d a b f"), 3))
}
