// Method values of pointer methods of generic-type variables (s.Push, s a
// Stack[int]): gc's closure captures .rcvrN = &s, s address-taken.
package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(x T) {
	s.items = append(s.items, x)
}

var sink func(int)

func main() {
	var s Stack[int]
	push := s.Push
	push(1)
	var t Stack[string]
	t.Push("a")
	f := t.Push
	f("b")
	var u Stack[int]
	sink = u.Push
	fmt.Println(len(s.items), len(t.items))
}
