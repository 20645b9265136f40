// An LRU cache built on container/list, with hit statistics and eviction callbacks.
package main

import (
	"container/list"
	"fmt"
	"strings"
)

type item struct {
	key   string
	value []byte
}

type Stats struct {
	Hits, Misses, Evictions int
}

type Cache struct {
	max     int
	ll      *list.List
	index   map[string]*list.Element
	onEvict func(key string, value []byte)
	stats   Stats
}

func New(max int, onEvict func(string, []byte)) *Cache {
	return &Cache{
		max:     max,
		ll:      list.New(),
		index:   make(map[string]*list.Element),
		onEvict: onEvict,
	}
}

func (c *Cache) Get(key string) ([]byte, bool) {
	if el, ok := c.index[key]; ok {
		c.ll.MoveToFront(el)
		c.stats.Hits++
		return el.Value.(*item).value, true
	}
	c.stats.Misses++
	return nil, false
}

func (c *Cache) Put(key string, value []byte) {
	if el, ok := c.index[key]; ok {
		c.ll.MoveToFront(el)
		el.Value.(*item).value = value
		return
	}
	el := c.ll.PushFront(&item{key: key, value: value})
	c.index[key] = el
	for c.max > 0 && c.ll.Len() > c.max {
		c.removeOldest()
	}
}

func (c *Cache) removeOldest() {
	el := c.ll.Back()
	if el == nil {
		return
	}
	c.ll.Remove(el)
	it := el.Value.(*item)
	delete(c.index, it.key)
	c.stats.Evictions++
	if c.onEvict != nil {
		c.onEvict(it.key, it.value)
	}
}

func (c *Cache) Remove(key string) bool {
	el, ok := c.index[key]
	if !ok {
		return false
	}
	c.ll.Remove(el)
	delete(c.index, key)
	return true
}

func (c *Cache) Keys() []string {
	keys := make([]string, 0, c.ll.Len())
	for el := c.ll.Front(); el != nil; el = el.Next() {
		keys = append(keys, el.Value.(*item).key)
	}
	return keys
}

func (c *Cache) Len() int { return c.ll.Len() }

func (c *Cache) Stats() Stats { return c.stats }

func (s Stats) HitRatio() float64 {
	total := s.Hits + s.Misses
	if total == 0 {
		return 0
	}
	return float64(s.Hits) / float64(total)
}

func loadPage(n int) []byte {
	return []byte(strings.Repeat(fmt.Sprint(n%10), 8))
}

func main() {
	var evicted []string
	cache := New(3, func(k string, v []byte) {
		evicted = append(evicted, k)
	})

	access := []int{1, 2, 3, 1, 4, 5, 2, 1, 6, 1, 3}
	for _, n := range access {
		key := fmt.Sprintf("page-%d", n)
		if _, ok := cache.Get(key); !ok {
			cache.Put(key, loadPage(n))
		}
	}

	fmt.Println("keys (MRU first):", strings.Join(cache.Keys(), ", "))
	fmt.Println("evicted:", evicted)
	st := cache.Stats()
	fmt.Printf("hits=%d misses=%d evictions=%d ratio=%.2f\n", st.Hits, st.Misses, st.Evictions, st.HitRatio())
	if cache.Remove("page-1") {
		fmt.Println("removed page-1, len now", cache.Len())
	}
}
