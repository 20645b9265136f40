package main

import (
	"errors"
	"fmt"
	"sync"
)

// Deferred and spawned literals: recover guards, cleanup stacks built from
// closures, goroutines capturing loop state, a literal deferred from an
// inlined helper, and closures handed to a worker that runs them later.

type Resource struct {
	name   string
	closed bool
}

func Open(name string) (*Resource, func()) {
	r := &Resource{name: name}
	return r, func() { r.closed = true }
}

func Guard(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

type Cleanup struct{ fns []func() }

func (c *Cleanup) Add(f func()) { c.fns = append(c.fns, f) }

func (c *Cleanup) Run() {
	for i := len(c.fns) - 1; i >= 0; i-- {
		c.fns[i]()
	}
}

func Work(jobs []string) []string {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var out []string
	for i, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			out = append(out, fmt.Sprintf("%d:%s", i, j))
		}()
	}
	wg.Wait()
	return out
}

func Later(queue chan<- func() int, v int) {
	queue <- func() int { return v * v }
}

func main() {
	var c Cleanup
	for _, n := range []string{"a", "b"} {
		r, done := Open(n)
		c.Add(done)
		defer fmt.Println(r.name)
	}
	err := Guard(func() { panic(errors.New("boom")) })
	defer c.Run()
	queue := make(chan func() int, 2)
	Later(queue, 3)
	f := <-queue
	fmt.Println(err, len(Work([]string{"x", "y"})), f())
}
