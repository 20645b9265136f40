package main

import (
	"errors"
	"fmt"
)

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func mustPositive(n int) int {
	if n < 0 {
		panic("negative")
	}
	return n
}

func panicValue(n int) {
	panic(n)
}

func panicErr(code int) {
	panic(&myErr{code})
}

func safe(f func()) (err error) {
	defe'r func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

func panicWrapped() {
	panic(errors.New("wrapped"))
}

func main() {
	fmt.Println(mustPositive(3))
	fmt.Println(safe(func() { panicValue(4) }))
	fmt.Println(safe(func() { panicErr(5) }))
	fmt.Println(safe(panicWrapped))
	fmt.Println(safe(func() { mustPositive(-1) }))
}
