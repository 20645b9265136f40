package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

// BoundedQueue blocks producers when full and consumers when empty.
type BoundedQueue[T any] struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []T
	head     int
	count    int
	closed   bool
}

var ErrClosed = errors.New("queue closed")

func NewBoundedQueue[T any](capacity int) *BoundedQueue[T] {
	q := &BoundedQueue[T]{items: make([]T, capacity)}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *BoundedQueue[T]) Put(v T) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.count == len(q.items) && !q.closed {
		q.notFull.Wait()
	}
	if q.closed {
		return ErrClosed
	}
	q.items[(q.head+q.count)%len(q.items)] = v
	q.count++
	q.notEmpty.Signal()
	return nil
}

func (q *BoundedQueue[T]) Take() (T, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.count == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	var zero T
	if q.count == 0 {
		return zero, ErrClosed
	}
	v := q.items[q.head]
	q.items[q.head] = zero
	q.head = (q.head + 1) % len(q.items)
	q.count--
	q.notFull.Signal()
	return v, nil
}

func (q *BoundedQueue[T]) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
	q.notFull.Broadcast()
}

type Order struct {
	ID    int
	Items []string
}

func main() {
	q := NewBoundedQueue[*Order](2)
	var wg sync.WaitGroup
	var mu sync.Mutex
	handled := map[int]int{}
	for c := 0; c < 3; c++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for {
				o, err := q.Take()
				if err != nil {
					return
				}
				mu.Lock()
				handled[o.ID] = len(o.Items)
				mu.Unlock()
			}
		}(c)
	}
	for i := 1; i <= 6; i++ {
		items := make([]string, i%3+1)
		for j := range items {
			items[j] = fmt.Sprintf("item%d", j)
		}
		if err := q.Put(&Order{ID: i, Items: items}); err != nil {
			fmt.Println(err)
		}
	}
	q.Close()
	wg.Wait()
	fmt.Println(q.Put(&Order{ID: 7}))
	ids := make([]int, 0, len(handled))
	for id := range handled {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		fmt.Print(id, ":", handled[id], " ")
	}
	fmt.Println()
}
