package main

import "fmt"

func anonStruct() int {
	p := struct {
		X, Y int
	}{1, 2}
	return p.X + p.Y
}

func anonStructPtr() *struct{ N int } {
	return &struct{ N int }{N: 5}
}

func anonSlice() []struct {
	k string
	v int
} {
	return []struct {
		k string
		v int
	}{{"a", 1}, {"b", 2}}
}

func anonFuncField() int {
	ops := struct {
		add func(int, int) int
		mul func(int, int) int
	}{
		add: func(a, b int) int { return a + b },
		mul: func(a, b int) int { return a * b },
	}
	return ops.add(2, 3) * ops.mul(2, 3)
}

func emptyStructs() int {
	set := map[string]struct{}{}
	set["a"] = struct{}{}
	set["b"] = struct{}{}
	ch := make(chan struct{}, 1)
	ch <- struct{}{}
	<-ch
	return len(set)
}

func main() {
	fmt.Println(anonStruct(), anonStructPtr().N, len(anonSlice()), anonFuncField(), emptyStructs())
}
