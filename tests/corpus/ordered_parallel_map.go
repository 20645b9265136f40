// ordered_parallel_map.go - parallel processing that keeps input order: a
// bounded worker pool writing results into a pre-sized slice by index, an
// error slice, per-worker statistics merged at the end, and a channel-based
// variant that reorders results with a pending map.
package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Result struct {
	Index  int
	Output string
	Err    error
}

var errEmpty = errors.New("empty input")

func process(s string) (string, error) {
	if strings.TrimSpace(s) == "" {
		return "", errEmpty
	}
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " "), nil
}

func ParallelMap(inputs []string, workers int) ([]string, []error, []int) {
	out := make([]string, len(inputs))
	errs := make([]error, len(inputs))
	perWorker := make([]int, workers)
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := range jobs {
				out[i], errs[i] = process(inputs[i])
				perWorker[id]++
			}
		}(w)
	}
	for i := range inputs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out, errs, perWorker
}

func Reordered(inputs []string, workers int) []Result {
	results := make(chan Result)
	idx := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				o, err := process(inputs[i])
				results <- Result{i, o, err}
			}
		}()
	}
	go func() {
		for i := range inputs {
			idx <- i
		}
		close(idx)
		wg.Wait()
		close(results)
	}()
	pending := map[int]Result{}
	var ordered []Result
	next := 0
	for r := range results {
		pending[r.Index] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			ordered = append(ordered, p)
			delete(pending, next)
			next++
		}
	}
	return ordered
}

func main() {
	inputs := []string{"escape analysis", "stack and heap", "  ", "go build -gcflags=-m", "inlining budget", ""}
	out, errs, stats := ParallelMap(inputs, 3)
	total := 0
	for _, n := range stats {
		total += n
	}
	for i := range out {
		fmt.Printf("%d %-22q %v\n", i, out[i], errs[i])
	}
	fmt.Println("processed", total)
	rs := Reordered(inputs, 4)
	inOrder := true
	for i, r := range rs {
		if r.Index != i {
			inOrder = false
		}
	}
	fmt.Println(len(rs), inOrder, errors.Is(rs[2].Err, errEmpty))
}
