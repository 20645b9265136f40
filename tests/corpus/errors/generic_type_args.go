package main

// Wrong numbers of type arguments: too many for a generic function call,
// too few and too many for a generic type.

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func First[T any](xs []T) T {
	return xs[0]
}

func main() {
	strs := Map[int, string, bool]([]int{1, 2}, func(i int) string { return "x" })
	println(len(strs))
	var p Pair[string]
	_ = p
	var q Pair[string, int, bool]
	_ = q
	println(First[int, int]([]int{1}))
}
