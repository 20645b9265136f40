package main

import (
	"fmt"
	"sync"
)

type job struct {
	id   int
	data []int
}

func work(j *job, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	s := 0
	for _, v := range j.data {
		s += v
	}
	out <- s
}

func spawnPointer() int {
	var wg sync.WaitGroup
	out := make(chan int, 1)
	j := job{id: 1, data: []int{1, 2, 3}}
	wg.Add(1)
	go work(&j, out, &wg)
	wg.Wait()
	return <-out
}

func spawnValue(n int) int {
	out := make(chan int)
	go func(x int) { out <- x * 2 }(n)
	return <-out
}

func spawnCapture() []int {
	results := make([]int, 3)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i + 10
		}(i)
	}
	wg.Wait()
	return results
}

func spawnMethod() int {
	var mu sync.Mutex
	c := &struct{ n int }{}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			c.n++
			mu.Unlock()
		}()
	}
	wg.Wait()
	return c.n
}

func main() {
	fmt.Println(spawnPointer(), spawnValue(21), spawnCapture(), spawnMethod())
}
