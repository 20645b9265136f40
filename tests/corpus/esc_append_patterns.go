package main

import "fmt"

type Buf struct {
	data []byte
}

func (b *Buf) Append(p ...byte) {
	b.data = append(b.data, p...)
}

func (b *Buf) AppendString(s string) {
	b.data = append(b.data, s...)
}

func filterInPlace(xs []int, keep func(int) bool) []int {
	out := xs[:0]
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func prepend(xs []int, v int) []int {
	return append([]int{v}, xs...)
}

func insertAt(xs []int, i, v int) []int {
	xs = append(xs, 0)
	copy(xs[i+1:], xs[i:])
	xs[i] = v
	return xs
}

func removeAt(xs []int, i int) []int {
	return append(xs[:i], xs[i+1:]...)
}

func cloneSlice(xs []int) []int {
	return append([]int(nil), xs...)
}

func appendLocalArray() int {
	var backing [16]int
	s := backing[:0]
	for i := 0; i < 10; i++ {
		s = append(s, i)
	}
	return len(s)
}

func growingMatrix(n int) [][]int {
	var rows [][]int
	for i := 0; i < n; i++ {
		row := []int{}
		for j := 0; j <= i; j++ {
			row = append(row, j)
		}
		rows = append(rows, row)
	}
	return rows
}

func main() {
	b := &Buf{}
	b.Append('a', 'b')
	b.AppendString("cd")
	xs := []int{1, 2, 3, 4, 5, 6}
	even := filterInPlace(xs, func(x int) bool { return x%2 == 0 })
	fmt.Println(string(b.data), even, prepend(even, 0), insertAt([]int{1, 3}, 1, 2), removeAt([]int{1, 2, 3}, 1))
	fmt.Println(cloneSlice(even), appendLocalArray(), len(growingMatrix(4)))
}
