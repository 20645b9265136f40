package main

import "fmt"

// A binary heap over any type that orders itself with a Less method: the
// constraint's method is called on values of the type parameter.

type Lesser[T any] interface {
	Less(T) bool
}

type Heap[T Lesser[T]] struct {
	items []T
}

func (h *Heap[T]) Push(x T) {
	h.items = append(h.items, x)
	h.up(len(h.items) - 1)
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
	h.down(0)
	return top, true
}

func (h *Heap[T]) Len() int { return len(h.items) }

func (h *Heap[T]) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !h.items[i].Less(h.items[p]) {
			break
		}
		h.items[i], h.items[p] = h.items[p], h.items[i]
		i = p
	}
}

func (h *Heap[T]) down(i int) {
	n := len(h.items)
	for {
		l := 2*i + 1
		if l >= n {
			break
		}
		m := l
		if r := l + 1; r < n && h.items[r].Less(h.items[l]) {
			m = r
		}
		if !h.items[m].Less(h.items[i]) {
			break
		}
		h.items[i], h.items[m] = h.items[m], h.items[i]
		i = m
	}
}

// Min returns the smaller of two values by their own order.
func Min[T Lesser[T]](a, b T) T {
	if b.Less(a) {
		return b
	}
	return a
}

type Task struct {
	Name     string
	Priority int
}

func (t *Task) Less(o *Task) bool { return t.Priority < o.Priority }

type Dist float64

func (d Dist) Less(o Dist) bool { return d < o }

func main() {
	var h Heap[*Task]
	for i, name := range []string{"write", "test", "ship"} {
		h.Push(&Task{Name: name, Priority: 3 - i})
	}
	for h.Len() > 0 {
		t, _ := h.Pop()
		fmt.Println(t.Name, t.Priority)
	}
	d := &Heap[Dist]{}
	d.Push(2.5)
	d.Push(1.5)
	x, ok := d.Pop()
	fmt.Println(x, ok, Min(Dist(3), x))
	fmt.Println(Min(&Task{Name: "a", Priority: 2}, &Task{Name: "b", Priority: 1}).Name)
}
