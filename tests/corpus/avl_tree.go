// avl_tree.go - a self-balancing AVL tree map from string keys to ints:
// insert with rotations, delete, in-order iteration with a callback, range
// queries and a height check.
package main

import (
	"fmt"
	"strings"
)

type node struct {
	key         string
	val         int
	height      int
	left, right *node
}

func height(n *node) int {
	if n == nil {
		return 0
	}
	return n.height
}

func (n *node) update() {
	n.height = 1 + max(height(n.left), height(n.right))
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func rotateRight(y *node) *node {
	x := y.left
	y.left = x.right
	x.right = y
	y.update()
	x.update()
	return x
}

func rotateLeft(x *node) *node {
	y := x.right
	x.right = y.left
	y.left = x
	x.update()
	y.update()
	return y
}

func balance(n *node) *node {
	n.update()
	bf := height(n.left) - height(n.right)
	switch {
	case bf > 1:
		if height(n.left.left) < height(n.left.right) {
			n.left = rotateLeft(n.left)
		}
		return rotateRight(n)
	case bf < -1:
		if height(n.right.right) < height(n.right.left) {
			n.right = rotateRight(n.right)
		}
		return rotateLeft(n)
	}
	return n
}

func insert(n *node, key string, val int) *node {
	if n == nil {
		return &node{key: key, val: val, height: 1}
	}
	switch c := strings.Compare(key, n.key); {
	case c < 0:
		n.left = insert(n.left, key, val)
	case c > 0:
		n.right = insert(n.right, key, val)
	default:
		n.val = val
		return n
	}
	return balance(n)
}

func minNode(n *node) *node {
	for n.left != nil {
		n = n.left
	}
	return n
}

func remove(n *node, key string) (*node, bool) {
	if n == nil {
		return nil, false
	}
	var found bool
	switch c := strings.Compare(key, n.key); {
	case c < 0:
		n.left, found = remove(n.left, key)
	case c > 0:
		n.right, found = remove(n.right, key)
	default:
		if n.left == nil {
			return n.right, true
		}
		if n.right == nil {
			return n.left, true
		}
		m := minNode(n.right)
		n.key, n.val = m.key, m.val
		n.right, _ = remove(n.right, m.key)
		found = true
	}
	return balance(n), found
}

type Tree struct {
	root *node
	size int
}

func (t *Tree) Put(k string, v int) {
	before := t.Has(k)
	t.root = insert(t.root, k, v)
	if !before {
		t.size++
	}
}

func (t *Tree) Has(k string) bool {
	for n := t.root; n != nil; {
		switch c := strings.Compare(k, n.key); {
		case c < 0:
			n = n.left
		case c > 0:
			n = n.right
		default:
			return true
		}
	}
	return false
}

func (t *Tree) Delete(k string) bool {
	var ok bool
	t.root, ok = remove(t.root, k)
	if ok {
		t.size--
	}
	return ok
}

func (t *Tree) Walk(fn func(k string, v int) bool) {
	var walk func(n *node) bool
	walk = func(n *node) bool {
		if n == nil {
			return true
		}
		return walk(n.left) && fn(n.key, n.val) && walk(n.right)
	}
	walk(t.root)
}

func (t *Tree) Range(lo, hi string) []string {
	var out []string
	t.Walk(func(k string, v int) bool {
		if k > hi {
			return false
		}
		if k >= lo {
			out = append(out, fmt.Sprintf("%s:%d", k, v))
		}
		return true
	})
	return out
}

func main() {
	t := &Tree{}
	for i, w := range strings.Fields("delta alpha echo bravo foxtrot charlie golf hotel india juliet kilo lima") {
		t.Put(w, i)
	}
	t.Put("alpha", 100)
	fmt.Println("size", t.size, "height", height(t.root))
	fmt.Println(t.Range("b", "g"))
	fmt.Println(t.Delete("delta"), t.Delete("zulu"), t.size)
	var keys []string
	t.Walk(func(k string, _ int) bool { keys = append(keys, k); return true })
	fmt.Println(strings.Join(keys, ","), height(t.root))
}
