package main

// Func literals called where they are written: with arguments, results,
// captures by value and by reference, defer and go of a literal, and a
// literal called inside another.

type Buf struct{ data []byte }

var global *Buf

func Sum(xs []int) int {
	return func(v []int) int {
		s := 0
		for _, x := range v {
			s += x
		}
		return s
	}(xs)
}

func Twice(n int) int {
	double := func(k int) int { return 2 * k }
	return double(double(n))
}

func Leak(b *Buf) {
	func(p *Buf) { global = p }(b)
}

func Fill(b *Buf, c byte) {
	func() {
		b.data = append(b.data, c)
	}()
}

func Swap(a, b *int) {
	func(x, y *int) { *x, *y = *y, *x }(a, b)
}

func Deferred() (n int) {
	defer func() { n *= 2 }()
	x := 10
	func() { x++ }()
	n = x
	return
}

func Spawn(done chan<- int, v int) {
	go func(c chan<- int) { c <- v }(done)
}

func Outer(v int) int {
	return func(a int) int {
		return func(b int) int { return a * b }(a + 1)
	}(v)
}

func main() {
	println(Sum([]int{1, 2, 3}), Twice(3))
	Leak(&Buf{})
	var b Buf
	Fill(&b, 'x')
	x, y := 1, 2
	Swap(&x, &y)
	println(Deferred(), Outer(4), x, y)
	done := make(chan int, 1)
	Spawn(done, 7)
	println(<-done)
	r := func(s string) *string { return &s }("hello")
	println(*r)
}
