package main

import (
	"fmt"
	"sort"
)

// A generic stack driven by a table of operations: method expressions of
// an instantiated type (Stack[int].Len, (*Stack[int]).Push) used as
// function values, plus a generic comparison passed to sort.Slice.

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() T {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

func (s Stack[T]) Len() int { return len(s.items) }

func (s Stack[T]) Peek() T { return s.items[len(s.items)-1] }

type Ordered interface {
	~int | ~float64 | ~string
}

func Less[T Ordered](a, b T) bool { return a < b }

func run(ops []string, push func(*Stack[int], int), pop func(*Stack[int]) int) *Stack[int] {
	s := &Stack[int]{}
	for i, op := range ops {
		switch op {
		case "push":
			push(s, i)
		case "pop":
			pop(s)
		}
	}
	return s
}

func main() {
	s := run([]string{"push", "push", "pop", "push"}, (*Stack[int]).Push, (*Stack[int]).Pop)
	size := Stack[int].Len
	peek := Stack[int].Peek
	fmt.Println(size(*s), peek(*s))

	words := []string{"pear", "apple", "fig"}
	less := Less[string]
	sort.Slice(words, func(i, j int) bool { return less(words[i], words[j]) })
	fmt.Println(words)
}
