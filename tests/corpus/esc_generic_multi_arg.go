package main

import (
	"fmt"
	"strconv"
)

// A generic function called with a multi-valued call as its only argument:
// the type arguments are inferred from the results, and inside shaped code
// the call has shape-typed arguments, so it is inlined.
type Result[T any] struct {
	val T
	err error
}

func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func Pair[A, B any](a A, b B) string { return fmt.Sprint(a, "/", b) }

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.err != nil {
		return Result[U]{err: r.err}
	}
	return Try(f(r.val))
}

func split(s string) (string, int) { return s[:1], len(s) }

func main() {
	r := Try(strconv.Atoi("42"))
	q := Then(r, func(n int) (string, error) { return strconv.Itoa(n * 2), nil })
	fmt.Println(r.val, q.val, q.err)
	fmt.Println(Pair(split("hello")))
	bad := Try(strconv.ParseBool("maybe"))
	fmt.Println(bad.err != nil)
}
