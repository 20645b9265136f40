package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type entry[V any] struct {
	val     V
	expires time.Time
}

type Cache[K comparable, V any] struct {
	now     func() time.Time
	ttl     time.Duration
	data    map[K]entry[V]
	hits    int
	misses  int
	onEvict func(K, V)
}

func NewCache[K comparable, V any](ttl time.Duration, now func() time.Time) *Cache[K, V] {
	return &Cache[K, V]{now: now, ttl: ttl, data: make(map[K]entry[V])}
}

func (c *Cache[K, V]) Set(k K, v V) {
	c.data[k] = entry[V]{v, c.now().Add(c.ttl)}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	e, ok := c.data[k]
	if !ok || c.now().After(e.expires) {
		c.misses++
		var zero V
		return zero, false
	}
	c.hits++
	return e.val, true
}

func (c *Cache[K, V]) Sweep() int {
	n := 0
	for k, e := range c.data {
		if c.now().After(e.expires) {
			delete(c.data, k)
			if c.onEvict != nil {
				c.onEvict(k, e.val)
			}
			n++
		}
	}
	return n
}

type Renderer interface {
	Render() string
}

type Text string
type List []string

func (t Text) Render() string { return string(t) }
func (l List) Render() string { return "- " + strings.Join(l, "\n- ") }

func main() {
	clock := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	now := func() time.Time { return clock }
	pages := NewCache[string, Renderer](time.Minute, now)
	var evicted []string
	pages.onEvict = func(k string, r Renderer) { evicted = append(evicted, k+":"+r.Render()) }
	pages.Set("home", Text("welcome"))
	pages.Set("todo", List{"milk", "eggs"})
	if r, ok := pages.Get("todo"); ok {
		fmt.Println(r.Render())
	}
	clock = clock.Add(2 * time.Minute)
	_, ok := pages.Get("home")
	fmt.Println(ok, pages.Sweep())
	sort.Strings(evicted)
	fmt.Println(evicted, pages.hits, pages.misses)

	errs := NewCache[int, error](time.Second, now)
	errs.Set(1, fmt.Errorf("boom"))
	e, _ := errs.Get(1)
	fmt.Println(e)
}
