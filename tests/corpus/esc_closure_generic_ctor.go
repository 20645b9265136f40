package main

import "fmt"

// Generic constructors returning func literals, inlined into main: the
// copies of shaped literals, closures over type-parameter values, and
// generic higher-order helpers called with literals.

func Const[T any](v T) func() T { return func() T { return v } }

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Memo[K comparable, V any](f func(K) V) func(K) V {
	cache := map[K]V{}
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		v := f(k)
		cache[k] = v
		return v
	}
}

func Apply[T any](xs []T, f func(*T)) {
	for i := range xs {
		f(&xs[i])
	}
}

type Point struct{ X, Y int }

func main() {
	c := Const(42)
	s := Const("hi")
	lenOf := Compose(func(s string) []byte { return []byte(s) }, func(b []byte) int { return len(b) })
	sq := Memo(func(n int) int { return n * n })
	pts := []Point{{1, 2}, {3, 4}}
	Apply(pts, func(p *Point) { p.X, p.Y = p.Y, p.X })
	fmt.Println(c(), s(), lenOf("abc"), sq(4), sq(4), pts)
}
