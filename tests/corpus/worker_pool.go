package main

import (
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	ID    int
	Input int
}

type Result struct {
	JobID  int
	Output int
	Worker int
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{JobID: j.ID, Output: collatz(j.Input), Worker: id}
	}
}

func runPool(inputs []int, workers int) []Result {
	jobs := make(chan Job, len(inputs))
	results := make(chan Result, len(inputs))
	var wg sync.WaitGroup
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i, in := range inputs {
		jobs <- Job{ID: i, Input: in}
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var out []Result
	for r := range results {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].JobID < out[j].JobID })
	return out
}

type Counter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	c.m[key]++
	c.mu.Unlock()
}

func parallelCount(words []string) map[string]int {
	c := &Counter{m: make(map[string]int)}
	var wg sync.WaitGroup
	for _, w := range words {
		wg.Add(1)
		go func(w string) {
			defer wg.Done()
			c.Inc(w)
		}(w)
	}
	wg.Wait()
	return c.m
}

func main() {
	res := runPool([]int{6, 7, 27, 97, 12}, 3)
	for _, r := range res {
		fmt.Println(r.JobID, r.Output)
	}
	counts := parallelCount([]string{"a", "b", "a", "c", "a"})
	fmt.Println(counts["a"], counts["b"], len(counts))
}
