package main

import (
	"fmt"
	"strings"
)

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

type node[K Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
	size        int
}

type Tree[K Ordered, V any] struct {
	root *node[K, V]
}

func size[K Ordered, V any](n *node[K, V]) int {
	if n == nil {
		return 0
	}
	return n.size
}

func (t *Tree[K, V]) Put(k K, v V) {
	t.root = put(t.root, k, v)
}

func put[K Ordered, V any](n *node[K, V], k K, v V) *node[K, V] {
	if n == nil {
		return &node[K, V]{key: k, val: v, size: 1}
	}
	switch {
	case k < n.key:
		n.left = put(n.left, k, v)
	case k > n.key:
		n.right = put(n.right, k, v)
	default:
		n.val = v
	}
	n.size = 1 + size(n.left) + size(n.right)
	return n
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		switch {
		case k < n.key:
			n = n.left
		case k > n.key:
			n = n.right
		default:
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

// Walk visits keys in order until f returns false.
func (t *Tree[K, V]) Walk(f func(K, V) bool) {
	var walk func(n *node[K, V]) bool
	walk = func(n *node[K, V]) bool {
		if n == nil {
			return true
		}
		return walk(n.left) && f(n.key, n.val) && walk(n.right)
	}
	walk(t.root)
}

// Rank is the number of keys less than k.
func (t *Tree[K, V]) Rank(k K) int {
	r := 0
	n := t.root
	for n != nil {
		if k <= n.key {
			n = n.left
		} else {
			r += 1 + size(n.left)
			n = n.right
		}
	}
	return r
}

func (t *Tree[K, V]) Range(lo, hi K) []K {
	var out []K
	t.Walk(func(k K, _ V) bool {
		if k > hi {
			return false
		}
		if k >= lo {
			out = append(out, k)
		}
		return true
	})
	return out
}

func (t *Tree[K, V]) Height() int {
	var h func(n *node[K, V]) int
	h = func(n *node[K, V]) int {
		if n == nil {
			return 0
		}
		l, r := h(n.left), h(n.right)
		if l > r {
			return l + 1
		}
		return r + 1
	}
	return h(t.root)
}

type Entry struct {
	Count int
	Lines []int
}

func main() {
	var words Tree[string, *Entry]
	text := "the cat sat on the mat and the dog sat by the door"
	for i, w := range strings.Fields(text) {
		e, ok := words.Get(w)
		if !ok {
			e = &Entry{}
			words.Put(w, e)
		}
		e.Count++
		e.Lines = append(e.Lines, i)
	}
	words.Walk(func(k string, e *Entry) bool {
		fmt.Printf("%-5s %d %v\n", k, e.Count, e.Lines)
		return true
	})
	fmt.Println(words.Range("d", "o"), words.Rank("mat"), size(words.root), words.Height())

	var nums Tree[float64, string]
	for _, x := range []float64{5, 2.5, 8, 1, 9.75, 3} {
		nums.Put(x, fmt.Sprint(x*x))
	}
	v, ok := nums.Get(9.75)
	fmt.Println(v, ok, nums.Rank(4), nums.Range(2, 8))
}
