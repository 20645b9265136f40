package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// Interface types as type arguments: the shape is the unnamed interface
// (go.shape.interface { Error() string }_0), whose descriptor gc writes
// with the instantiation, and with it that interface's I.M wrappers.
type Namer interface{ Name() string }

type user struct{ n string }

func (u user) Name() string { return u.n }

func First[T any](xs []T) T { return xs[0] }

func Last[T any](xs []T) (T, bool) {
	var zero T
	if len(xs) == 0 {
		return zero, false
	}
	return xs[len(xs)-1], true
}

func Count[T any](xs []T, match func(T) bool) int {
	n := 0
	for _, v := range xs {
		if match(v) {
			n++
		}
	}
	return n
}

func Names[N Namer](xs []N) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.Name()
	}
	return strings.Join(parts, ",")
}

func main() {
	errs := []error{errors.New("a"), io.EOF, io.EOF}
	fmt.Println(First(errs), Count(errs, func(e error) bool { return e == io.EOF }))
	s, ok := Last([]fmt.Stringer{})
	fmt.Println(s == nil, ok)
	ns := []Namer{user{"ann"}, user{"bob"}}
	fmt.Println(Names(ns), Names([]user{{"cy"}}), First(ns).Name())
	rw, _ := Last([]io.ReadWriter{nil})
	fmt.Println(rw == nil)
}
