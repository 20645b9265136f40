package main

// Wrappers of a struct embedding an instantiated generic type: Holder.Len
// calls the function Box[string].Len (itself a wrapper of the stenciled
// method) and uses its escape tags.

import "fmt"

type Box[T any] struct{ items []T }

func (b *Box[T]) Put(v T) { b.items = append(b.items, v) }
func (b Box[T]) Len() int { return len(b.items) }

type Holder struct {
	Box[string]
	name string
}

type Lener interface{ Len() int }

func main() {
	h := &Holder{name: "h"}
	h.Put("a")
	var l Lener = h
	fmt.Println(l.Len(), h.name)
}
