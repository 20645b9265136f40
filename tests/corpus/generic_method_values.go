// Method values of instantiated generic types (s.Push not called): gc's
// stenciler builds a closure func(a0 T) { (*Stack[shape]).Push(dict, .rcvrN, a0) }
// capturing the receiver in .rcvrN (stencil.go buildClosure).
package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(x T) {
	s.items = append(s.items, x)
}

func (s *Stack[T]) Len() int {
	return len(s.items)
}

type Set[T comparable] struct {
	m map[T]bool
}

func NewSet[T comparable]() *Set[T] {
	return &Set[T]{m: map[T]bool{}}
}

func (s *Set[T]) Add(x T) {
	s.m[x] = true
}

func (s *Set[T]) Has(x T) bool {
	return s.m[x]
}

func (s *Set[T]) Each(f func(T)) {
	for k := range s.m {
		f(k)
	}
}

type Pair[K any, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string {
	return fmt.Sprint(p.Key, "=", p.Val)
}

var hook func(string)

func each(xs []string, f func(string)) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	s := &Stack[int]{}
	push := s.Push
	push(1)
	push(2)
	fmt.Println(s.Len())

	a := NewSet[string]()
	b := NewSet[string]()
	a.Add("x")
	a.Add("y")
	a.Each(b.Add)
	has := b.Has
	fmt.Println(has("x"), has("z"))
	each([]string{"p", "q"}, a.Add)
	for i := 0; i < 2; i++ {
		add := b.Add
		add(fmt.Sprint(i))
	}
	hook = a.Add
	p := Pair[string, int]{"k", 1}
	str := p.String
	fmt.Println(str())
}
