package main

import (
	"fmt"
	"sync"
)

func generate(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func filter(in <-chan int, pred func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if pred(n) {
				out <- n
			}
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int, 10)
	output := func(c <-chan int) {
		defer wg.Done()
		for n := range c {
			out <- n
		}
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func sum(in <-chan int) int {
	total := 0
	for n := range in {
		total += n
	}
	return total
}

func takeN(done <-chan struct{}, in <-chan int, n int) []int {
	var out []int
	for i := 0; i < n; i++ {
		select {
		case <-done:
			return out
		case v, ok := <-in:
			if !ok {
				return out
			}
			out = append(out, v)
		}
	}
	return out
}

func main() {
	src := generate(1, 2, 3, 4, 5, 6)
	odd := filter(square(src), func(n int) bool { return n%2 == 1 })
	fmt.Println(sum(odd))
	a := square(generate(1, 2))
	b := square(generate(3, 4))
	fmt.Println(sum(merge(a, b)))
	done := make(chan struct{})
	defer close(done)
	fmt.Println(takeN(done, generate(9, 8, 7, 6), 3))
}
