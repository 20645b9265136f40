package main

import "fmt"

type Deque[T any] struct {
	buf        []T
	head, size int
}

func (d *Deque[T]) grow() {
	n := len(d.buf) * 2
	if n == 0 {
		n = 4
	}
	nb := make([]T, n)
	for i := 0; i < d.size; i++ {
		nb[i] = d.buf[(d.head+i)%len(d.buf)]
	}
	d.buf, d.head = nb, 0
}

func (d *Deque[T]) PushBack(v T) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.buf[(d.head+d.size)%len(d.buf)] = v
	d.size++
}

func (d *Deque[T]) PushFront(v T) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.size++
}

func (d *Deque[T]) PopFront() (T, bool) {
	var zero T
	if d.size == 0 {
		return zero, false
	}
	v := d.buf[d.head]
	d.buf[d.head] = zero
	d.head = (d.head + 1) % len(d.buf)
	d.size--
	return v, true
}

func (d *Deque[T]) PopBack() (T, bool) {
	var zero T
	if d.size == 0 {
		return zero, false
	}
	i := (d.head + d.size - 1) % len(d.buf)
	v := d.buf[i]
	d.buf[i] = zero
	d.size--
	return v, true
}

func (d *Deque[T]) Len() int { return d.size }

// slidingMax uses a deque of indices.
func slidingMax(xs []int, k int) []int {
	var dq Deque[int]
	var out []int
	for i, x := range xs {
		for dq.Len() > 0 {
			j, _ := dq.PopBack()
			if xs[j] > x {
				dq.PushBack(j)
				break
			}
		}
		dq.PushBack(i)
		if f, _ := dq.PopFront(); f > i-k {
			dq.PushFront(f)
		}
		if i >= k-1 {
			f, _ := dq.PopFront()
			dq.PushFront(f)
			out = append(out, xs[f])
		}
	}
	return out
}

func main() {
	d := &Deque[string]{}
	d.PushBack("b")
	d.PushFront("a")
	d.PushBack("c")
	for i := 0; i < 5; i++ {
		d.PushBack(fmt.Sprint(i))
	}
	f, _ := d.PopFront()
	b, _ := d.PopBack()
	fmt.Println(f, b, d.Len())
	fmt.Println(slidingMax([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3))
}
