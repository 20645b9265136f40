package main

import "fmt"

type entry struct {
	key        string
	value      int
	prev, next *entry
}

type LRU struct {
	cap   int
	items map[string]*entry
	head  *entry
	tail  *entry
	hits  int
	miss  int
}

func NewLRU(capacity int) *LRU {
	return &LRU{cap: capacity, items: make(map[string]*entry, capacity)}
}

func (c *LRU) unlink(e *entry) {
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

func (c *LRU) pushFront(e *entry) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *LRU) Get(key string) (int, bool) {
	e, ok := c.items[key]
	if !ok {
		c.miss++
		return 0, false
	}
	c.hits++
	c.unlink(e)
	c.pushFront(e)
	return e.value, true
}

func (c *LRU) Put(key string, value int) {
	if e, ok := c.items[key]; ok {
		e.value = value
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) >= c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
	}
	e := &entry{key: key, value: value}
	c.items[key] = e
	c.pushFront(e)
}

func (c *LRU) Keys() []string {
	keys := make([]string, 0, len(c.items))
	for e := c.head; e != nil; e = e.next {
		keys = append(keys, e.key)
	}
	return keys
}

func (c *LRU) Stats() string {
	return fmt.Sprintf("hits=%d miss=%d", c.hits, c.miss)
}

func main() {
	c := NewLRU(3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	c.Get("a")
	c.Put("d", 4)
	_, okB := c.Get("b")
	v, okA := c.Get("a")
	fmt.Println(c.Keys(), okB, v, okA, c.Stats())
}
