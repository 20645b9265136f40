package main

import "fmt"

// Before: appending to a nil slice grows it on the heap.
func squaresBefore() int {
	var out []int
	for i := 0; i < 16; i++ {
		out = append(out, i*i)
	}
	return out[15]
}

// After: a constant capacity that fits: the backing array stays on the stack.
func squaresAfter() int {
	out := make([]int, 0, 16)
	for i := 0; i < 16; i++ {
		out = append(out, i*i)
	}
	return out[15]
}

// A known but non-constant size still escapes...
func squaresN(n int) []int {
	out := make([]int, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, i*i)
	}
	return out
}

// ...unless the caller provides the storage.
func squaresInto(dst []int) []int {
	for i := range dst {
		dst[i] = i * i
	}
	return dst
}

func main() {
	var buf [8]int
	fmt.Println(squaresBefore(), squaresAfter(), len(squaresN(4)), squaresInto(buf[:])[7])
}
