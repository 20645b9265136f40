package main

import "fmt"

// Func literals capturing loop variables and variables declared in loops:
// closures collected in a slice, deferred in a loop, goroutines per
// iteration, and accumulators updated from inside the loop body.

type Job struct {
	ID   int
	Name string
}

func Makers(n int) []func() int {
	var fs []func() int
	for i := 0; i < n; i++ {
		i := i
		fs = append(fs, func() int { return i * i })
	}
	return fs
}

func Shared(n int) []func() int {
	var fs []func() int
	for i := 0; i < n; i++ {
		fs = append(fs, func() int { return i })
	}
	return fs
}

func Visit(jobs []Job) []*Job {
	var out []*Job
	for _, j := range jobs {
		j := j
		func() { out = append(out, &j) }()
	}
	return out
}

func Cleanup(names []string) (log []string) {
	for _, n := range names {
		defer func(s string) { log = append(log, "closed "+s) }(n)
	}
	return nil
}

func Workers(jobs []Job) int {
	done := make(chan int, len(jobs))
	for k := range jobs {
		go func(j *Job) { done <- j.ID }(&jobs[k])
	}
	total := 0
	for range jobs {
		total += <-done
	}
	return total
}

func Counts(words []string) map[string]int {
	m := map[string]int{}
	inc := func(w string) { m[w]++ }
	for _, w := range words {
		inc(w)
	}
	return m
}

func main() {
	for _, f := range Makers(3) {
		fmt.Println(f())
	}
	println(len(Shared(2)))
	jobs := []Job{{1, "a"}, {2, "b"}}
	println(len(Visit(jobs)), Workers(jobs))
	fmt.Println(Cleanup([]string{"x", "y"}))
	fmt.Println(Counts([]string{"a", "b", "a"}))
}
