package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type item[V any] struct {
	value   V
	expires time.Time
}

type TTLCache[K comparable, V any] struct {
	mu    sync.Mutex
	items map[K]item[V]
	ttl   time.Duration
	now   func() time.Time
}

func NewTTLCache[K comparable, V any](ttl time.Duration, now func() time.Time) *TTLCache[K, V] {
	return &TTLCache[K, V]{items: make(map[K]item[V]), ttl: ttl, now: now}
}

func (c *TTLCache[K, V]) Set(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[k] = item[V]{v, c.now().Add(c.ttl)}
}

func (c *TTLCache[K, V]) Get(k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	it, ok := c.items[k]
	if !ok || c.now().After(it.expires) {
		var zero V
		return zero, false
	}
	return it.value, true
}

func (c *TTLCache[K, V]) Sweep() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for k, it := range c.items {
		if c.now().After(it.expires) {
			delete(c.items, k)
			n++
		}
	}
	return n
}

type clock struct{ t time.Time }

func (c *clock) Now() time.Time { return c.t }

func main() {
	clk := &clock{time.Date(2023, 1, 1, 12, 0, 0, 0, time.UTC)}
	c := NewTTLCache[string, int](time.Minute, clk.Now)
	c.Set("a", 1)
	clk.t = clk.t.Add(30 * time.Second)
	c.Set("b", 2)
	v, ok := c.Get("a")
	fmt.Println(v, ok)
	clk.t = clk.t.Add(45 * time.Second)
	_, okA := c.Get("a")
	vb, okB := c.Get("b")
	fmt.Println(okA, vb, okB, c.Sweep())
	users := NewTTLCache[int, []string](time.Hour, clk.Now)
	users.Set(1, []string{"admin"})
	roles, _ := users.Get(1)
	sort.Strings(roles)
	fmt.Println(roles)
}
