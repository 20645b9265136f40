package main

import (
	"container/heap"
	"fmt"
)

type Task struct {
	Name     string
	Priority int
	index    int
}

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }

func (pq PQ) Less(i, j int) bool { return pq[i].Priority > pq[j].Priority }

func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}

func (pq *PQ) Push(x interface{}) {
	t := x.(*Task)
	t.index = len(*pq)
	*pq = append(*pq, t)
}

func (pq *PQ) Pop() interface{} {
	old := *pq
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*pq = old[:n-1]
	return t
}

func (pq *PQ) update(t *Task, priority int) {
	t.Priority = priority
	heap.Fix(pq, t.index)
}

// IntHeap is a hand-written min-heap, without container/heap.
type IntHeap struct {
	data []int
}

func (h *IntHeap) Push(v int) {
	h.data = append(h.data, v)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if h.data[p] <= h.data[i] {
			break
		}
		h.data[p], h.data[i] = h.data[i], h.data[p]
		i = p
	}
}

func (h *IntHeap) Pop() int {
	top := h.data[0]
	last := len(h.data) - 1
	h.data[0] = h.data[last]
	h.data = h.data[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.data) && h.data[l] < h.data[m] {
			m = l
		}
		if r < len(h.data) && h.data[r] < h.data[m] {
			m = r
		}
		if m == i {
			break
		}
		h.data[m], h.data[i] = h.data[i], h.data[m]
		i = m
	}
	return top
}

func (h *IntHeap) Len() int { return len(h.data) }

func main() {
	pq := PQ{}
	heap.Init(&pq)
	for i, name := range []string{"write", "test", "deploy"} {
		heap.Push(&pq, &Task{Name: name, Priority: i})
	}
	urgent := &Task{Name: "fix", Priority: 1}
	heap.Push(&pq, urgent)
	pq.update(urgent, 10)
	for pq.Len() > 0 {
		t := heap.Pop(&pq).(*Task)
		fmt.Printf("%s:%d ", t.Name, t.Priority)
	}
	fmt.Println()
	h := &IntHeap{}
	for _, v := range []int{5, 3, 8, 1, 9} {
		h.Push(v)
	}
	for h.Len() > 0 {
		fmt.Print(h.Pop(), " ")
	}
	fmt.Println()
}
