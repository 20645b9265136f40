package main

import "fmt"

// The pointer-receiver constraint idiom: PT is inferred from T through its
// constraint's core type *T (types2's constraint type inference), and a
// pointer type argument keeps its own shape (go.shape.*main.P_1) when the
// constraint has a core type.
type Setter[T any] interface {
	*T
	Set(string)
}

type Resetter[T any] interface {
	*T
	Reset()
}

type Name struct{ v string }

func (n *Name) Set(s string) { n.v = s }
func (n *Name) Reset()       { n.v = "" }

type Count struct{ n int }

func (c *Count) Set(s string) { c.n = len(s) }
func (c *Count) Reset()       { c.n = 0 }

func FromStrings[T any, PT Setter[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		PT(&out[i]).Set(s)
	}
	return out
}

func Parse[T any, PT Setter[T]](s string) *T {
	v := new(T)
	PT(v).Set(s)
	return v
}

func ResetAll[T any, PT Resetter[T]](xs []T) {
	for i := range xs {
		PT(&xs[i]).Reset()
	}
}

func main() {
	names := FromStrings[Name]([]string{"ann", "bob"})
	counts := FromStrings[Count]([]string{"a", "bcd"})
	fmt.Println(names, counts)
	p := Parse[Name]("cy")
	ResetAll(counts)
	fmt.Println(p.v, counts)
}
