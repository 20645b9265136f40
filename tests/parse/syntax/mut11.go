package main

import "fmt"

type heapStruct struct {
	field *int
}

// Rule 1: pointer to local returned.
func rule1() *int { x := 1; return &x }

// Rule 2: stored in interface (that escapes) vs one that does not.
func rule2escapes(x int) interface{} {
	var i interface{} = x
	return i
}

func rule2local(x int) bool {
	var i interface{} = x
	_, ok := i.(int)
	return ok
}

// Rule 3: captured by an escaping closure.
func rule3() func() {
	x := 0
	return func() { x++ }
}

// Rule 4: too large.
func rule4() int {
	b := make([]byte, 10_000_000)
	return len(b)
}

// Rule 5: assigned to a field of a heap struct.
func rule5(h *heapStruct) {
	x := 5
	h.field = &x
}

// Rule 6: sent on a channel: the value is copied, the pointer escapes.
func rule6(ch chan int, pch chan *int) {
	x := 6
	ch <- x
	y := 7
	pch <- &y
}

// Stays: used only locally.
func stays() int {
	a := [4]int{1, 2, 3, 4}
	p := &a
	return p[2]
}

func main() {
	h := &heapStruct{}
	rule5(h)
	ch := make(chan int, 1)
	pch := make(chan *int, 1)
	rule6(ch, pch)
	f := rule3()
	f()
	.Println(*rule1(), rule2escapes(2), rule2local(3), rule4(), *h.field, <-ch, *<-pch, stays())
}
