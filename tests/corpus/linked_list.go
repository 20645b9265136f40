package main

import (
	"fmt"
	"strings"
)

// Node is one element of a singly linked list.
type Node struct {
	Value int
	Next  *Node
}

// List is a singly linked list with a length counter.
type List struct {
	head *Node
	tail *Node
	size int
}

func NewList() *List {
	return &List{}
}

func (l *List) PushFront(v int) {
	n := &Node{Value: v, Next: l.head}
	l.head = n
	if l.tail == nil {
		l.tail = n
	}
	l.size++
}

func (l *List) PushBack(v int) {
	n := &Node{Value: v}
	if l.tail == nil {
		l.head = n
		l.tail = n
	} else {
		l.tail.Next = n
		l.tail = n
	}
	l.size++
}

func (l *List) PopFront() (int, bool) {
	if l.head == nil {
		return 0, false
	}
	n := l.head
	l.head = n.Next
	if l.head == nil {
		l.tail = nil
	}
	l.size--
	return n.Value, true
}

func (l *List) Len() int { return l.size }

func (l *List) Find(v int) *Node {
	for n := l.head; n != nil; n = n.Next {
		if n.Value == v {
			return n
		}
	}
	return nil
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.head
	l.tail = l.head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev = cur
		cur = next
	}
	l.head = prev
}

func (l *List) Each(f func(int)) {
	for n := l.head; n != nil; n = n.Next {
		f(n.Value)
	}
}

func (l *List) String() string {
	var sb strings.Builder
	sb.WriteByte('[')
	first := true
	l.Each(func(v int) {
		if !first {
			sb.WriteString(" -> ")
		}
		first = false
		fmt.Fprintf(&sb, "%d", v)
	})
	sb.WriteByte(']')
	return sb.String()
}

func (l *List) ToSlice() []int {
	out := make([]int, 0, l.size)
	l.Each(func(v int) { out = append(out, v) })
	return out
}

func Sum(l *List) int {
	total := 0
	l.Each(func(v int) { total += v })
	return total
}

func main() {
	l := NewList()
	for i := 1; i <= 5; i++ {
		l.PushBack(i)
	}
	l.PushFront(0)
	fmt.Println(l.String(), l.Len())
	l.Reverse()
	fmt.Println(l, Sum(l))
	if n := l.Find(3); n != nil {
		fmt.Println("found", n.Value)
	}
	v, ok := l.PopFront()
	fmt.Println(v, ok, l.ToSlice())
}
