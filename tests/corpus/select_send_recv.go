// select_send_recv.go - select with send cases: a bounded buffer goroutine
// that accepts puts and serves gets with nil-channel enabling, a
// non-blocking try-send with default, and a fan-in that drops on overflow.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Buffer struct {
	put  chan int
	get  chan int
	stop chan struct{}
	done chan []int
}

func NewBuffer(capacity int) *Buffer {
	b := &Buffer{put: make(chan int), get: make(chan int), stop: make(chan struct{}), done: make(chan []int)}
	go b.loop(capacity)
	return b
}

func (b *Buffer) loop(capacity int) {
	var items []int
	for {
		var in chan int
		var out chan int
		var next int
		if len(items) < capacity {
			in = b.put
		}
		if len(items) > 0 {
			out = b.get
			next = items[0]
		}
		select {
		case v := <-in:
			items = append(items, v)
		case out <- next:
			items = items[1:]
		case <-b.stop:
			b.done <- items
			return
		}
	}
}

func trySend(ch chan<- string, v string) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func fanIn(sources [][]string, capacity int) (got []string, dropped int) {
	out := make(chan string, capacity)
	var wg sync.WaitGroup
	var mu sync.Mutex
	for _, src := range sources {
		wg.Add(1)
		go func(items []string) {
			defer wg.Done()
			for _, it := range items {
				if !trySend(out, it) {
					mu.Lock()
					dropped++
					mu.Unlock()
				}
			}
		}(src)
	}
	wg.Wait()
	close(out)
	for v := range out {
		got = append(got, v)
	}
	sort.Strings(got)
	return got, dropped
}

func main() {
	b := NewBuffer(3)
	for i := 1; i <= 3; i++ {
		b.put <- i * 10
	}
	fmt.Println(<-b.get, <-b.get)
	b.put <- 40
	b.put <- 50
	fmt.Println(<-b.get)
	close(b.stop)
	fmt.Println("left:", <-b.done)

	got, dropped := fanIn([][]string{{"a1", "a2", "a3"}, {"b1", "b2"}, {"c1"}}, 4)
	fmt.Println(len(got)+dropped, len(got) <= 4)
	ch := make(chan string, 1)
	fmt.Println(trySend(ch, "x"), trySend(ch, "y"), <-ch)
}
