package main

import "fmt"

const N = 16

func constSize() int {
	s := make([]int, N)
	return len(s)
}

func varSize(n int) int {
	s := make([]int, n)
	return len(s)
}

func varCap(n int) int {
	s := make([]int, 0, n)
	s = append(s, 1)
	return len(s)
}

func localConstVar() int {
	n := 10
	s := make([]byte, n)
	return len(s)
}

func lenOfArray() int {
	var a [8]int
	s := make([]int, len(a))
	return len(s)
}

func makeMap(n int) int {
	m := make(map[string]int, n)
	m["a"] = 1
	return len(m)
}

func makeChan(n int) int {
	c := make(chan int, n)
	c <- 1
	return len(c)
}

func makeString(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = 'a'
	}
	return string(b)
}

func main() {
	fmt.Println(constSize(), varSize(3), varCap(4), localConstVar(), lenOfArray())
	fmt.Println(makeMap(2), makeChan(1), makeString(3))
}
