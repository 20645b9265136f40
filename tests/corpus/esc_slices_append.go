package main

import "fmt"

var keepSlice []int

func appendLocal() int {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
	}
	return len(s)
}

func appendReturn(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func appendParam(s []int, v int) []int {
	return append(s, v)
}

func appendGlobal(v int) {
	keepSlice = append(keepSlice, v)
}

func literalLocal() int {
	s := []int{1, 2, 3}
	return s[0] + s[2]
}

func literalReturn() []int {
	return []int{1, 2, 3}
}

func arraySlice() int {
	var a [4]int
	s := a[:]
	s[1] = 1
	return s[1]
}

func arraySliceReturned() []int {
	var a [4]int
	return a[1:3]
}

func copyInto(dst, src []byte) int {
	return copy(dst, src)
}

func appendSpread(a, b []string) []string {
	return append(a, b...)
}

func pointersInSlice() []*int {
	x, y := 1, 2
	return []*int{&x, &y}
}

func reslice(s []int) []int {
	s = s[:len(s)-1]
	return s
}

func twoD(n int) [][]int {
	g := make([][]int, n)
	for i := range g {
		g[i] = make([]int, n)
	}
	return g
}

func main() {
	appendGlobal(1)
	s := appendParam(appendReturn(3), 4)
	dst := make([]byte, 4)
	n := copyInto(dst, []byte("abcd"))
	fmt.Println(appendLocal(), s, literalLocal(), literalReturn(), arraySlice(), arraySliceReturned())
	fmt.Println(n, appendSpread([]string{"a"}, []string{"b"}), len(pointersInSlice()), reslice(s), len(twoD(3)))
}
