// tree_iterator.go - pull iterators over a binary search tree: an explicit
// stack for in-order traversal behind Next/Value methods, a reverse
// iterator, a level-order iterator with a queue, and merging two iterators.
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Key         int
	Left, Right *Node
}

func Insert(n *Node, k int) *Node {
	if n == nil {
		return &Node{Key: k}
	}
	if k < n.Key {
		n.Left = Insert(n.Left, k)
	} else {
		n.Right = Insert(n.Right, k)
	}
	return n
}

type Iterator interface {
	Next() bool
	Value() int
}

type inOrder struct {
	stack   []*Node
	cur     *Node
	reverse bool
}

func NewInOrder(root *Node, reverse bool) *inOrder {
	it := &inOrder{reverse: reverse}
	it.pushLeft(root)
	return it
}

func (it *inOrder) pushLeft(n *Node) {
	for n != nil {
		it.stack = append(it.stack, n)
		if it.reverse {
			n = n.Right
		} else {
			n = n.Left
		}
	}
}

func (it *inOrder) Next() bool {
	if len(it.stack) == 0 {
		return false
	}
	it.cur = it.stack[len(it.stack)-1]
	it.stack = it.stack[:len(it.stack)-1]
	if it.reverse {
		it.pushLeft(it.cur.Left)
	} else {
		it.pushLeft(it.cur.Right)
	}
	return true
}

func (it *inOrder) Value() int { return it.cur.Key }

type levelOrder struct {
	queue []*Node
	cur   *Node
}

func (it *levelOrder) Next() bool {
	if len(it.queue) == 0 {
		return false
	}
	it.cur, it.queue = it.queue[0], it.queue[1:]
	for _, c := range [2]*Node{it.cur.Left, it.cur.Right} {
		if c != nil {
			it.queue = append(it.queue, c)
		}
	}
	return true
}

func (it *levelOrder) Value() int { return it.cur.Key }

type merged struct {
	a, b         Iterator
	okA, okB     bool
	started      bool
	val          int
}

func Merge(a, b Iterator) Iterator { return &merged{a: a, b: b} }

func (m *merged) Next() bool {
	if !m.started {
		m.okA, m.okB, m.started = m.a.Next(), m.b.Next(), true
	}
	switch {
	case m.okA && (!m.okB || m.a.Value() <= m.b.Value()):
		m.val = m.a.Value()
		m.okA = m.a.Next()
	case m.okB:
		m.val = m.b.Value()
		m.okB = m.b.Next()
	default:
		return false
	}
	return true
}

func (m *merged) Value() int { return m.val }

func collect(it Iterator, limit int) string {
	var parts []string
	for it.Next() && len(parts) < limit {
		parts = append(parts, fmt.Sprint(it.Value()))
	}
	return strings.Join(parts, " ")
}

func build(keys ...int) *Node {
	var root *Node
	for _, k := range keys {
		root = Insert(root, k)
	}
	return root
}

func main() {
	t1 := build(50, 30, 70, 20, 40, 60, 80, 35)
	t2 := build(45, 25, 65, 5, 95)
	fmt.Println("in-order:", collect(NewInOrder(t1, false), 100))
	fmt.Println("reverse: ", collect(NewInOrder(t1, true), 3))
	fmt.Println("levels:  ", collect(&levelOrder{queue: []*Node{t1}}, 100))
	fmt.Println("merged:  ", collect(Merge(NewInOrder(t1, false), NewInOrder(t2, false)), 100))
	var empty *Node
	fmt.Println("empty:   ", collect(NewInOrder(empty, false), 10) == "")
}
