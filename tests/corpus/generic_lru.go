// A generic LRU cache and a generic ordered set, used with several key and value
// types (type parameters, constraints, methods on generic types).
package main

import (
	"fmt"
	"sort"
	"strings"
)

type node[K comparable, V any] struct {
	key        K
	val        V
	prev, next *node[K, V]
}

type LRU[K comparable, V any] struct {
	cap   int
	items map[K]*node[K, V]
	head  node[K, V] // sentinel
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	c := &LRU[K, V]{cap: capacity, items: make(map[K]*node[K, V], capacity)}
	c.head.next = &c.head
	c.head.prev = &c.head
	return c
}

func (c *LRU[K, V]) unlink(n *node[K, V]) {
	n.prev.next = n.next
	n.next.prev = n.prev
}

func (c *LRU[K, V]) pushFront(n *node[K, V]) {
	n.next = c.head.next
	n.prev = &c.head
	c.head.next.prev = n
	c.head.next = n
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	n, ok := c.items[k]
	if !ok {
		var zero V
		return zero, false
	}
	c.unlink(n)
	c.pushFront(n)
	return n.val, true
}

func (c *LRU[K, V]) Put(k K, v V) (evicted K, did bool) {
	if n, ok := c.items[k]; ok {
		n.val = v
		c.unlink(n)
		c.pushFront(n)
		return evicted, false
	}
	n := &node[K, V]{key: k, val: v}
	c.items[k] = n
	c.pushFront(n)
	if len(c.items) > c.cap {
		last := c.head.prev
		c.unlink(last)
		delete(c.items, last.key)
		return last.key, true
	}
	return evicted, false
}

func (c *LRU[K, V]) Keys() []K {
	var ks []K
	for n := c.head.next; n != &c.head; n = n.next {
		ks = append(ks, n.key)
	}
	return ks
}

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

type Set[T Ordered] struct {
	m map[T]struct{}
}

func NewSet[T Ordered](items ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{}, len(items))}
	for _, it := range items {
		s.m[it] = struct{}{}
	}
	return s
}

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	out := NewSet[T]()
	for k := range s.m {
		out.m[k] = struct{}{}
	}
	for k := range o.m {
		out.m[k] = struct{}{}
	}
	return out
}

func (s *Set[T]) Sorted() []T {
	out := make([]T, 0, len(s.m))
	for k := range s.m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

type userID int

func main() {
	pages := NewLRU[string, []byte](2)
	pages.Put("/", []byte("<html>home"))
	pages.Put("/about", []byte("<html>about"))
	pages.Get("/")
	if k, ok := pages.Put("/blog", []byte("<html>blog")); ok {
		fmt.Println("evicted", k)
	}
	fmt.Println(pages.Keys())

	users := NewLRU[userID, *strings.Builder](3)
	for i := userID(1); i <= 5; i++ {
		sb := &strings.Builder{}
		fmt.Fprintf(sb, "user-%d", i)
		users.Put(i, sb)
	}
	names := Map(users.Keys(), func(id userID) string {
		sb, _ := users.Get(id)
		return sb.String()
	})
	fmt.Println(names)

	a := NewSet(3, 1, 4, 1, 5)
	b := NewSet(9, 2, 6, 5, 3)
	fmt.Println(a.Union(b).Sorted(), NewSet("go", "c", "go").Sorted())
}
