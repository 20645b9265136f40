package main

// Non-comparable type arguments for comparable: a slice, an interface
// (not comparable as a type argument in Go 1.19), a func, a struct with a
// slice field, and a generic map type.

type Set[T comparable] map[T]struct{}

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

type Row struct {
	ID   int
	Tags []string
}

func main() {
	println(Index([][]int{{1}}, []int{1}))
	println(Index([]any{1, "a"}, any(1)))
	println(Index[func()](nil, nil))
	println(Index([]Row{}, Row{}))
	var s Set[[]byte]
	_ = s
}
