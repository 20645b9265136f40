package main

import (
	"fmt"
	"strconv"
	"strings"
)

// A small functional library: Map, Filter and Reduce over slices, with
// generic functions passed as values (instantiated, not called).

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Number interface {
	~int | ~int64 | ~float64
}

func Add[T Number](a, b T) T { return a + b }

func Square[T Number](x T) T { return x * x }

func IsPositive[T Number](x T) bool { return x > 0 }

func Ptr[T any](x T) *T { return &x }

type Celsius float64

func describe(c Celsius) string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

func main() {
	nums := []int{3, -1, 4, -1, 5, 9}
	pos := Filter(nums, IsPositive[int])
	squares := Map(pos, Square[int])
	total := Reduce(squares, 0, Add[int])
	fmt.Println(pos, squares, total)

	temps := []Celsius{21.5, -3, 30}
	warm := Filter(temps, IsPositive[Celsius])
	fmt.Println(strings.Join(Map(warm, describe), ", "))

	sum := Add[float64]
	fmt.Println(sum(1.5, 2.25))

	ptrs := Map([]string{"a", "b"}, Ptr[string])
	fmt.Println(len(ptrs), *ptrs[1])
}
