package main

import "fmt"

type Iterator[T any] func() (T, bool)

func FromSlice[T any](xs []T) Iterator[T] {
	i := 0
	return func() (T, bool) {
		if i >= len(xs) {
			var zero T
			return zero, false
		}
		v := xs[i]
		i++
		return v, true
	}
}

func Filter[T any](it Iterator[T], keep func(T) bool) Iterator[T] {
	return func() (T, bool) {
		for {
			v, ok := it()
			if !ok || keep(v) {
				return v, ok
			}
		}
	}
}

func MapIt[T, U any](it Iterator[T], f func(T) U) Iterator[U] {
	return func() (U, bool) {
		v, ok := it()
		if !ok {
			var zero U
			return zero, false
		}
		return f(v), true
	}
}

func Take[T any](it Iterator[T], n int) Iterator[T] {
	return func() (T, bool) {
		if n <= 0 {
			var zero T
			return zero, false
		}
		n--
		return it()
	}
}

func Collect[T any](it Iterator[T]) []T {
	var out []T
	for v, ok := it(); ok; v, ok = it() {
		out = append(out, v)
	}
	return out
}

func Naturals() Iterator[int] {
	n := 0
	return func() (int, bool) {
		n++
		return n, true
	}
}

// A non-generic iterator with an explicit struct.
type lineIter struct {
	s   string
	pos int
}

func (l *lineIter) Next() (string, bool) {
	if l.pos >= len(l.s) {
		return "", false
	}
	start := l.pos
	for l.pos < len(l.s) && l.s[l.pos] != '\n' {
		l.pos++
	}
	line := l.s[start:l.pos]
	l.pos++
	return line, true
}

func countLines(s string) int {
	it := lineIter{s: s}
	n := 0
	for _, ok := it.Next(); ok; _, ok = it.Next() {
		n++
	}
	return n
}

func main() {
	evens := Filter(Naturals(), func(n int) bool { return n%2 == 0 })
	squares := MapIt(evens, func(n int) string { return fmt.Sprint(n * n) })
	fmt.Println(Collect(Take(squares, 5)))
	fmt.Println(Collect(FromSlice([]string{"a", "b", "c"})), countLines("x\ny\nz"))
}
