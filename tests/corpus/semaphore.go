package main

import (
	"fmt"
	"sort"
	"sync"
)

type Semaphore chan struct{}

func NewSemaphore(n int) Semaphore { return make(Semaphore, n) }

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

type Tracker struct {
	mu      sync.Mutex
	current int
	peak    int
	done    []string
}

func (t *Tracker) start() {
	t.mu.Lock()
	t.current++
	if t.current > t.peak {
		t.peak = t.current
	}
	t.mu.Unlock()
}

func (t *Tracker) finish(name string) {
	t.mu.Lock()
	t.current--
	t.done = append(t.done, name)
	t.mu.Unlock()
}

func process(name string, work int) int {
	h := 0
	for i := 0; i < work; i++ {
		h = h*31 + len(name) + i
	}
	return h
}

func runLimited(tasks []string, limit int) (*Tracker, map[string]int) {
	sem := NewSemaphore(limit)
	tr := &Tracker{}
	results := make(map[string]int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, task := range tasks {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()
			tr.start()
			r := process(name, 1000)
			mu.Lock()
			results[name] = r
			mu.Unlock()
			tr.finish(name)
		}(task)
	}
	wg.Wait()
	return tr, results
}

func main() {
	tasks := []string{"a", "bb", "ccc", "dddd", "eeeee", "ffffff"}
	tr, res := runLimited(tasks, 2)
	sort.Strings(tr.done)
	fmt.Println(tr.peak <= 2, tr.done, len(res))
}
