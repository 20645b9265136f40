package main

import (
	"errors"
	"fmt"
)

type ring struct {
	id   int
	next *ring
}

func Josephus(n, k int) (order []int, last int) {
	head := &ring{id: 1}
	cur := head
	for i := 2; i <= n; i++ {
		cur.next = &ring{id: i}
		cur = cur.next
	}
	cur.next = head
	prev := cur
	for p := head; p.next != p; {
		for i := 1; i < k; i++ {
			prev, p = p, p.next
		}
		order = append(order, p.id)
		prev.next = p.next
		p = p.next
	}
	return order, prev.next.id
}

// Queue built from two stacks.
type Queue struct{ in, out []int }

func (q *Queue) Enqueue(v int) { q.in = append(q.in, v) }

var ErrEmpty = errors.New("queue empty")

func (q *Queue) Dequeue() (int, error) {
	if len(q.out) == 0 {
		for len(q.in) > 0 {
			q.out = append(q.out, q.in[len(q.in)-1])
			q.in = q.in[:len(q.in)-1]
		}
	}
	if len(q.out) == 0 {
		return 0, ErrEmpty
	}
	v := q.out[len(q.out)-1]
	q.out = q.out[:len(q.out)-1]
	return v, nil
}

// MinStack tracks the minimum in O(1).
type MinStack struct {
	vals, mins []int
}

func (s *MinStack) Push(v int) {
	s.vals = append(s.vals, v)
	if len(s.mins) == 0 || v <= s.mins[len(s.mins)-1] {
		s.mins = append(s.mins, v)
	}
}

func (s *MinStack) Pop() int {
	v := s.vals[len(s.vals)-1]
	s.vals = s.vals[:len(s.vals)-1]
	if v == s.mins[len(s.mins)-1] {
		s.mins = s.mins[:len(s.mins)-1]
	}
	return v
}

func (s *MinStack) Min() int { return s.mins[len(s.mins)-1] }

func main() {
	order, last := Josephus(7, 3)
	fmt.Println(order, last)
	var q Queue
	for i := 1; i <= 3; i++ {
		q.Enqueue(i)
	}
	a, _ := q.Dequeue()
	q.Enqueue(4)
	b, _ := q.Dequeue()
	c, _ := q.Dequeue()
	d, _ := q.Dequeue()
	_, err := q.Dequeue()
	fmt.Println(a, b, c, d, err)
	ms := &MinStack{}
	for _, v := range []int{5, 3, 7, 3, 1} {
		ms.Push(v)
	}
	m1 := ms.Min()
	ms.Pop()
	m2 := ms.Min()
	ms.Pop()
	ms.Pop()
	fmt.Println(m1, m2, ms.Min())
}
