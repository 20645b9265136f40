package main

// Type arguments outside a constraint's type set: a union of ~T terms,
// a union without ~ (gc suggests the ~), an inline constraint.

type Number interface {
	~int | ~int64 | ~float64
}

type Exact interface {
	int | float64
}

type Celsius float64

func Sum[T Number](xs []T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

func Max[T Exact](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Clamp[T ~int | ~uint](x, lo, hi T) T {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

type Vec[T Number] []T

func main() {
	println(Sum([]string{"a", "b"}))
	println(Sum([]Celsius{1, 2}))
	println(Max(Celsius(1), Celsius(2)))
	println(Clamp(int8(3), 0, 10))
	println(Sum[uint]([]uint{1}))
	var v Vec[bool]
	_ = v
}
