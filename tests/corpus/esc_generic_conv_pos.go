package main

// Positions of the implicit conversions of shape-typed values to
// interfaces in generic code: gc's subster makes them while base.Pos is the
// statement's (a name), the value's (a return), or the last node it copied
// (an assignment of a literal).
type E[K any] struct {
	p []K
	n int
}

type V[K any] struct{ p []K }

func R1[K any](k K) any { return &E[K]{[]K{k}, 0} }

func R2[K any](k K) any {
	path := []K{k}
	return &E[K]{p: path}
}

func R3[K any](k K) any {
	e := &E[K]{}
	return e
}

func R4[K any](k K) any {
	return V[K]{p: []K{k}}
}

func R5[K any](k K) any {
	return k
}

func R6[K any](k K) any {
	f := func() any {
		return &E[K]{n: 7}
	}
	return f()
}

func A1[K any](k K) (v any) {
	path := []K{k}
	v = &E[K]{p: path}
	return
}

func A2[K any](k K) (v any) {
	v = &E[K]{p: nil, n: 3}
	return
}

func A3[K any](k K) (v any) {
	v = V[K]{}
	return
}

func A4[K any](k K) any {
	var x any = &E[K]{}
	return x
}

func A5[K any](k K) any {
	y := any(&E[K]{n: 1})
	return y
}

func A6[K any](k K) any {
	var z any
	z = &E[K]{[]K{k}, 2}
	return z
}

func A7[K any](k K) any {
	var w any
	w = k
	return w
}

var sink []any

func main() {
	sink = append(sink, R1(1), R2("a"), R3(1.5), R4(1), R5(2), R6(3))
	sink = append(sink, A1(1), A2("b"), A3(1), A4(2), A5(3), A6(4), A7(5))
}
