// A batcher that flushes buffered events on size or on a time.Ticker tick, plus a
// token-bucket throttle refilled by its own ticker.
package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type Event struct {
	Seq  int
	Name string
}

type Batcher struct {
	maxSize int
	flush   func([]Event)
	in      chan Event
	done    chan struct{}
	wg      sync.WaitGroup
}

func NewBatcher(maxSize int, every time.Duration, flush func([]Event)) *Batcher {
	b := &Batcher{
		maxSize: maxSize,
		flush:   flush,
		in:      make(chan Event, maxSize),
		done:    make(chan struct{}),
	}
	b.wg.Add(1)
	go b.loop(every)
	return b
}

func (b *Batcher) loop(every time.Duration) {
	defer b.wg.Done()
	ticker := time.NewTicker(every)
	defer ticker.Stop()
	batch := make([]Event, 0, b.maxSize)
	emit := func() {
		if len(batch) == 0 {
			return
		}
		out := make([]Event, len(batch))
		copy(out, batch)
		b.flush(out)
		batch = batch[:0]
	}
	for {
		select {
		case e, ok := <-b.in:
			if !ok {
				emit()
				return
			}
			batch = append(batch, e)
			if len(batch) >= b.maxSize {
				emit()
			}
		case <-ticker.C:
			emit()
		}
	}
}

func (b *Batcher) Add(e Event) { b.in <- e }

func (b *Batcher) Close() {
	close(b.in)
	b.wg.Wait()
	close(b.done)
}

type Bucket struct {
	mu     sync.Mutex
	tokens int
	max    int
	stop   chan struct{}
}

func NewBucket(max int, refill time.Duration) *Bucket {
	bk := &Bucket{tokens: max, max: max, stop: make(chan struct{})}
	t := time.NewTicker(refill)
	go func() {
		defer t.Stop()
		for {
			select {
			case <-t.C:
				bk.mu.Lock()
				if bk.tokens < bk.max {
					bk.tokens++
				}
				bk.mu.Unlock()
			case <-bk.stop:
				return
			}
		}
	}()
	return bk
}

func (bk *Bucket) Allow() bool {
	bk.mu.Lock()
	defer bk.mu.Unlock()
	if bk.tokens > 0 {
		bk.tokens--
		return true
	}
	return false
}

func (bk *Bucket) Stop() { close(bk.stop) }

func main() {
	var mu sync.Mutex
	var sizes []int
	total := 0
	b := NewBatcher(4, 50*time.Millisecond, func(batch []Event) {
		mu.Lock()
		defer mu.Unlock()
		sizes = append(sizes, len(batch))
		total += len(batch)
	})
	for i := 1; i <= 10; i++ {
		b.Add(Event{Seq: i, Name: fmt.Sprintf("evt-%02d", i)})
	}
	b.Close()
	mu.Lock()
	fmt.Println("flushed", total, "events in", len(sizes), "batches")
	mu.Unlock()

	bucket := NewBucket(3, time.Hour)
	defer bucket.Stop()
	var verdicts []string
	for i := 0; i < 5; i++ {
		if bucket.Allow() {
			verdicts = append(verdicts, "allow")
		} else {
			verdicts = append(verdicts, "deny")
		}
	}
	fmt.Println(strings.Join(verdicts, " "))
}
