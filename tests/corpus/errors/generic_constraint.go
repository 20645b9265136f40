package main

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	println(Sum([]string{"a", "b"}))
	println(Sum[int, int]([]int{1}))
}
