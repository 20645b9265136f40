// Method values of instantiated generic types inside functions that are
// inlined, inside function literals, and next to generic function values:
// the .rcvrN numbering follows gc's g.dnum over Target.Decls (a literal
// before the function holding it).
package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(x T) {
	s.items = append(s.items, x)
}

type Box[T any] struct{ v T }

func (b *Box[T]) Set(v T) { b.v = v }
func (b *Box[T]) Get() T  { return b.v }

func Map[T, U any](xs []T, f func(T) U) []U {
	var r []U
	for _, x := range xs {
		r = append(r, f(x))
	}
	return r
}

func Id[T any](x T) T { return x }

func pusher(s *Stack[int]) func(int) {
	return s.Push
}

func add2(s *Stack[int]) {
	p := s.Push
	p(1)
}

func run(f func()) { f() }

var sink func(int)

func main() {
	s := &Stack[int]{}
	sink = pusher(s)
	t := &Stack[int]{}
	add2(t)

	b := &Box[int]{}
	idf := Id[int]
	fmt.Println(idf(3))
	run(func() {
		set := b.Set
		set(4)
	})
	g := b.Get
	fmt.Println(g(), Map([]int{1}, Id[int]), len(t.items))
}
