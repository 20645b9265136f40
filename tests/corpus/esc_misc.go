package main

import "fmt"

// Unnamed and blank parameters never escape.
func unnamed(*int, []byte) int { return 1 }

func blank(_ *int, p *int) int { return *p }

// Slice to array pointer conversion (Go 1.17).
func firstFour(s []int) *[4]int { return (*[4]int)(s) }

func sumFour(s []int) int {
	a := (*[4]int)(s)
	return a[0] + a[1] + a[2] + a[3]
}

// A closure stored in a struct field.
type handler struct {
	name string
	fn   func(int) int
}

func makeHandler(k int) handler {
	return handler{name: "mul", fn: func(x int) int { return x * k }}
}

func useHandlerLocal(v int) int {
	k := 3
	h := handler{fn: func(x int) int { return x + k }}
	return h.fn(v)
}

// Returning a closure that captures a parameter.
func adder(base *int) func(int) int {
	return func(x int) int { return *base + x }
}

// copy and the builtins.
func builtins(dst, src []byte) (int, int, int) {
	n := copy(dst, src)
	return n, len(dst), cap(src)
}

// Channel directions.
func producer(out chan<- *int) {
	v := 1
	out <- &v
}

func consumer(in <-chan *int) int { return *<-in }

// A method on an embedded pointer through an interface.
type base struct{ id int }

func (b *base) ID() int { return b.id }

type wrapper struct{ *base }

type ider interface{ ID() int }

func viaEmbedded() int {
	w := wrapper{&base{7}}
	var i ider = w
	return i.ID()
}

func main() {
	x, y := 1, 2
	s := []int{1, 2, 3, 4, 5}
	ch := make(chan *int, 1)
	producer(ch)
	b := 10
	fmt.Println(unnamed(&x, nil), blank(&x, &y), firstFour(s)[3], sumFour(s), makeHandler(2).fn(5), useHandlerLocal(1))
	fmt.Println(adder(&b)(1))
	fmt.Println(builtins(make([]byte, 2), []byte("abc")))
	fmt.Println(consumer(ch), viaEmbedded())
}
