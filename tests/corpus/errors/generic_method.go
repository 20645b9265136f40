package main

import "fmt"

// Type arguments without a constraint's methods: missing, on the pointer
// receiver only, with the wrong signature, and together with type terms.

type Lesser[T any] interface {
	Less(T) bool
}

type Age int

func (a Age) Less(b Age) bool { return a < b }

type Name string

func (n Name) Less(b string) bool { return string(n) < b }

type Temp float64

func (t *Temp) String() string { return fmt.Sprint(float64(*t)) }

func Min[T Lesser[T]](a, b T) T {
	if a.Less(b) {
		return a
	}
	return b
}

func Join[T fmt.Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String()
	}
	return s
}

func Label[T interface {
	~int | ~string
	String() string
}](x T) string {
	return x.String()
}

func main() {
	println(Min(Age(1), Age(2)))
	println(Min(Name("a"), Name("b")))
	println(Join([]int{1, 2}))
	println(Join([]Temp{1}))
	println(Label(7))
}
