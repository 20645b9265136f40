package main

import (
	"fmt"
	"sort"
	"strings"
)

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func SortedKeys[K Ordered, V any](m map[K]V) []K {
	ks := Keys(m)
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func NewSet[T comparable]() Set[T] { return Set[T]{} }

type List[T any] struct {
	head *elem[T]
	size int
}

type elem[T any] struct {
	val  T
	next *elem[T]
}

func (l *List[T]) Push(v T) {
	l.head = &elem[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() []T {
	var out []T
	for e := l.head; e != nil; e = e.next {
		out = append(out, e.val)
	}
	return out
}

func main() {
	fmt.Println(Max(3, 7), Max("a", "b"), Max(2.5, 1.5))
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(SortedKeys(m))
	evens := Filter([]int{1, 2, 3, 4}, func(x int) bool { return x%2 == 0 })
	joined := Reduce([]string{"x", "y"}, "", func(a string, s string) string { return a + s })
	fmt.Println(evens, joined, Pair[string, int]{"k", 1})
	s := NewSet[string]()
	s.Add("go")
	var l List[int]
	l.Push(1)
	l.Push(2)
	fmt.Println(s.Has("go"), s.Has("rust"), l.All(), strings.Repeat("=", 3))
}
