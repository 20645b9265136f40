package main

import (
	"bytes"
	"fmt"
	"sync"
	"sync/atomic"
)

var bufPool = sync.Pool{
	New: func() interface{} { return new(bytes.Buffer) },
}

func render(name string, n int) string {
	b := bufPool.Get().(*bytes.Buffer)
	defer bufPool.Put(b)
	b.Reset()
	for i := 0; i < n; i++ {
		b.WriteString(name)
	}
	return b.String()
}

type lazy struct {
	once  sync.Once
	value map[string]int
}

func (l *lazy) get() map[string]int {
	l.once.Do(func() {
		l.value = map[string]int{"init": 1}
	})
	return l.value
}

type counter struct {
	hits int64
}

func (c *counter) hit() { atomic.AddInt64(&c.hits, 1) }

func parallelHits(n int) int64 {
	var c counter
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			defer wg.Done()
			c.hit()
		}()
	}
	wg.Wait()
	return atomic.LoadInt64(&c.hits)
}

type safeMap struct {
	mu sync.RWMutex
	m  map[string]string
}

func (s *safeMap) Load(k string) (string, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

func (s *safeMap) Store(k, v string) {
	s.mu.Lock()
	s.m[k] = v
	s.mu.Unlock()
}

func condWait() int {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	go func() {
		mu.Lock()
		ready = true
		mu.Unlock()
		cond.Broadcast()
	}()
	mu.Lock()
	for !ready {
		cond.Wait()
	}
	mu.Unlock()
	return 1
}

func main() {
	var l lazy
	sm := &safeMap{m: map[string]string{}}
	sm.Store("a", "b")
	v, ok := sm.Load("a")
	var sm2 sync.Map
	sm2.Store("k", 1)
	x, _ := sm2.Load("k")
	fmt.Println(render("ab", 3), l.get()["init"], parallelHits(8), v, ok, x, condWait())
}
