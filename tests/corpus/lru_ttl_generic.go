// lru_ttl_generic.go - a generic LRU cache with per-entry TTL built on an
// intrusive doubly linked list, an injectable clock, eviction callbacks and
// hit/miss statistics.
package main

import (
	"fmt"
	"strings"
	"time"
)

type entry[K comparable, V any] struct {
	key        K
	val        V
	expires    time.Time
	prev, next *entry[K, V]
}

type Cache[K comparable, V any] struct {
	cap        int
	items      map[K]*entry[K, V]
	head, tail *entry[K, V] // head = most recent
	now        func() time.Time
	onEvict    func(K, V)
	hits, miss int
}

func New[K comparable, V any](capacity int, now func() time.Time) *Cache[K, V] {
	return &Cache[K, V]{cap: capacity, items: make(map[K]*entry[K, V]), now: now}
}

func (c *Cache[K, V]) unlink(e *entry[K, V]) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		c.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		c.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (c *Cache[K, V]) pushFront(e *entry[K, V]) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *Cache[K, V]) remove(e *entry[K, V]) {
	c.unlink(e)
	delete(c.items, e.key)
	if c.onEvict != nil {
		c.onEvict(e.key, e.val)
	}
}

func (c *Cache[K, V]) Put(k K, v V, ttl time.Duration) {
	if e, ok := c.items[k]; ok {
		e.val, e.expires = v, c.now().Add(ttl)
		c.unlink(e)
		c.pushFront(e)
		return
	}
	e := &entry[K, V]{key: k, val: v, expires: c.now().Add(ttl)}
	c.items[k] = e
	c.pushFront(e)
	if len(c.items) > c.cap {
		c.remove(c.tail)
	}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	e, ok := c.items[k]
	if !ok || c.now().After(e.expires) {
		if ok {
			c.remove(e)
		}
		c.miss++
		var zero V
		return zero, false
	}
	c.hits++
	c.unlink(e)
	c.pushFront(e)
	return e.val, true
}

func (c *Cache[K, V]) Keys() []K {
	var ks []K
	for e := c.head; e != nil; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

func main() {
	t0 := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	now := t0
	clock := func() time.Time { return now }
	var evicted []string
	c := New[string, int](3, clock)
	c.onEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s:%d", k, v)) }
	c.Put("a", 1, time.Minute)
	c.Put("b", 2, time.Second)
	c.Put("c", 3, time.Minute)
	c.Get("a")
	c.Put("d", 4, time.Minute) // evicts b (least recent)
	now = now.Add(2 * time.Second)
	_, okB := c.Get("b")
	vA, okA := c.Get("a")
	fmt.Println(okB, vA, okA, c.Keys())
	now = now.Add(time.Hour)
	_, okC := c.Get("c")
	fmt.Println(okC, c.Keys(), strings.Join(evicted, " "), c.hits, c.miss)

	ids := New[int, []byte](2, clock)
	ids.Put(1, []byte("x"), time.Minute)
	ids.Put(2, nil, time.Minute)
	ids.Put(3, []byte("z"), time.Minute)
	fmt.Println(ids.Keys())
}
