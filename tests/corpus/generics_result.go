package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Number interface{ ~int | ~int64 | ~float64 }

type Celsius float64

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Convert[T, U Number](x T) U { return U(x) }

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func (r Result[T]) Or(d T) T {
	if r.Err != nil {
		return d
	}
	return r.Val
}

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return "int " + strconv.Itoa(v)
	case string:
		return "string " + v
	}
	return "other"
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum[Celsius](1.5, 2), Convert[int, float64](3))
	r := Try(func() (int, error) { return strconv.Atoi("12") })
	r2 := Try(func() (string, error) { return "", errors.New("no") })
	fmt.Println(r.Or(0), r2.Or("d"))
	t := &Tree[int]{Val: 2, Left: &Tree[int]{Val: 1}}
	var out []int
	t.Walk(func(v int) { out = append(out, v) })
	fmt.Println(out, Describe(1), Describe("s"), Describe(2.5))
}
