package main

import "fmt"

type Point struct{ X, Y int }

type Box[T any] struct {
	v    T
	hist []T
}

func (b *Box[T]) Set(v T) {
	b.hist = append(b.hist, b.v)
	b.v = v
}

func (b *Box[T]) Get() T { return b.v }

func (b Box[T]) Len() int { return len(b.hist) }

func First[T any](xs []T) T {
	var zero T
	if len(xs) == 0 {
		return zero
	}
	return xs[0]
}

func Wrap[T any](x T) []T { return Grow[T](nil, x) }

func Grow[T any](xs []T, x T) []T { return append(xs, x) }

func Fresh[T any]() *T { return new(T) }

func Describe[T any](x T) string { return fmt.Sprint(x) }

func Index[K comparable, V any](m map[K]V, k K) (V, bool) {
	v, ok := m[k]
	return v, ok
}

func main() {
	p := &Point{1, 2}
	b := &Box[*Point]{}
	b.Set(p)
	var c Box[Point]
	c.Set(Point{3, 4})
	fmt.Println(b.Get(), c.Get(), c.Len())
	fmt.Println(First([]*Point{p}), First([]string{"a"}))
	w := Wrap(7)
	q := Fresh[Point]()
	s := Describe(q)
	v, ok := Index(map[string]*Point{"p": p}, "p")
	fmt.Println(w, s, v, ok)
}
