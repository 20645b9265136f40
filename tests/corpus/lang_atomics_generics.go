package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Int64
	errors   atomic.Int32
	last     atomic.Value
	ready    atomic.Bool
}

func (s *Stats) Record(path string, failed bool) {
	s.requests.Add(1)
	if failed {
		s.errors.Add(1)
	}
	s.last.Store(path)
}

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

type Metric[T Number] struct {
	mu     sync.Mutex
	values []T
}

func (m *Metric[T]) Observe(v T) {
	m.mu.Lock()
	m.values = append(m.values, v)
	m.mu.Unlock()
}

func (m *Metric[T]) Percentile(p float64) T {
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.values) == 0 {
		var zero T
		return zero
	}
	s := append([]T(nil), m.values...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[int(p*float64(len(s)-1))]
}

type Cache[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

func (c *Cache[K, V]) GetOrCompute(k K, f func(K) V) V {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.m[k]; ok {
		return v
	}
	if c.m == nil {
		c.m = make(map[K]V)
	}
	v = f(k)
	c.m[k] = v
	return v
}

func main() {
	var s Stats
	var lat Metric[int]
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s.Record(fmt.Sprint("/p", i%3), i%7 == 0)
			lat.Observe(i * 10)
		}(i)
	}
	wg.Wait()
	s.ready.Store(true)
	var c Cache[string, int]
	calls := 0
	for _, k := range []string{"a", "bb", "a"} {
		c.GetOrCompute(k, func(k string) int { calls++; return len(k) })
	}
	fmt.Println(s.requests.Load(), s.errors.Load(), s.ready.Load(), s.last.Load() != nil, lat.Percentile(0.5), lat.Percentile(1), calls)
}
