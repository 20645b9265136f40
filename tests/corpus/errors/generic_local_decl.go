package main

// A type declared inside a generic function: gc 1.19 refuses it.

func Pairs[T any](xs []T) int {
	type pair struct {
		a, b T
	}
	var ps []pair
	for i := 0; i+1 < len(xs); i += 2 {
		ps = append(ps, pair{xs[i], xs[i+1]})
	}
	return len(ps)
}

func main() {
	println(Pairs([]int{1, 2, 3, 4}))
	println(Pairs([]string{"a", "b"}))
}
