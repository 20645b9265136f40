package main

import "fmt"

// Inline constraints that mention type parameters (PT interface{ *T; M() }):
// each instantiated one is a derived type of its dictionary, written by gc
// after the package's own types, with its I.M wrappers.
type Named interface{ Name() string }

type Item struct{ id int }

func (it *Item) Validate() error {
	if it.id < 0 {
		return fmt.Errorf("bad id %d", it.id)
	}
	return nil
}
func (it *Item) Touch()       { it.id++ }
func (it *Item) Name() string { return fmt.Sprint("item", it.id) }

func Make[T any, PT interface {
	*T
	Validate() error
}]() (T, error) {
	var v T
	err := PT(&v).Validate()
	return v, err
}

func TouchAll[T any, PT interface {
	*T
	Touch()
}](xs []T) {
	for i := range xs {
		PT(&xs[i]).Touch()
	}
}

func Names[T any, PT interface {
	*T
	Named
}](xs []T) []string {
	out := make([]string, 0, len(xs))
	for i := range xs {
		out = append(out, PT(&xs[i]).Name())
	}
	return out
}

func main() {
	it, err := Make[Item]()
	items := []Item{it, {5}}
	TouchAll(items)
	fmt.Println(items, err, Names(items))
}
