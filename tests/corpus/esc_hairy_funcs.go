package main

import "fmt"

func withGoto(n int) int {
	i, s := 0, 0
top:
	if i < n {
		s += i
		i++
		goto top
	}
	return s
}

func withFallthrough(n int) string {
	out := ""
	switch n {
	case 0:
		out += "zero "
		fallthrough
	case 1:
		out += "small "
	default:
		out += "any"
	}
	return out
}

func withSelectLoop(ch chan int) int {
	t := 0
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				return t
			}
			t += v
		}
	}
}

func withTypeDecl() string {
	type local struct{ s string }
	l := &local{"x"}
	return l.s
}

func withRangeFunc(xs []int) int {
	t := 0
	for i := range xs {
		t += xs[i]
	}
	return t
}

func withPanic(n int) int {
	if n < 0 {
		panic(fmt.Sprintf("negative: %d", n))
	}
	return n
}

func withRecover() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	withPanic(-1)
	return nil
}

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	fmt.Println(withGoto(4), withFallthrough(0), withSelectLoop(ch), withTypeDecl(), withRangeFunc([]int{1, 2}), withPanic(3), withRecover())
}
