package main

import (
	"fmt"
	"sync"
)

type logger struct{ prefix string }

func (l *logger) log(msg string) { fmt.Println(l.prefix + msg) }

func deferOnce() {
	l := &logger{prefix: "once: "}
	defer l.log("done")
}

func deferInLoop() {
	for i := 0; i < 3; i++ {
		l := &logger{prefix: "loop: "}
		defer l.log("iter")
	}
}

func deferClosure() (n int) {
	x := 5
	defer func() { n = x * 2 }()
	return 0
}

func deferClosureLoop() int {
	total := 0
	for i := 0; i < 3; i++ {
		defer func() { total += i }()
	}
	return total
}

func goStatement(wg *sync.WaitGroup) {
	l := &logger{prefix: "go: "}
	wg.Add(1)
	go func() {
		defer wg.Done()
		l.log("hi")
	}()
}

func goMethod(wg *sync.WaitGroup, results []int) {
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i * i
		}(i)
	}
}

func deferUnlock(mu *sync.Mutex, m map[string]int) int {
	mu.Lock()
	defer mu.Unlock()
	return m["x"]
}

func main() {
	deferOnce()
	deferInLoop()
	fmt.Println(deferClosure(), deferClosureLoop())
	var wg sync.WaitGroup
	goStatement(&wg)
	res := make([]int, 4)
	goMethod(&wg, res)
	wg.Wait()
	var mu sync.Mutex
	fmt.Println(res, deferUnlock(&mu, map[string]int{"x": 1}))
}
