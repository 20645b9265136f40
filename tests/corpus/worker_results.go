package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

type Job struct {
	ID      int
	Payload string
}

type Result struct {
	JobID    int
	Output   string
	Err      error
	Duration time.Duration
}

type Processor func(Job) (string, error)

type Pool struct {
	workers int
	proc    Processor
	mu      sync.Mutex
	stats   map[int]int
}

func NewPool(workers int, proc Processor) *Pool {
	return &Pool{workers: workers, proc: proc, stats: make(map[int]int)}
}

func (p *Pool) record(worker int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stats[worker]++
}

func (p *Pool) Run(jobs []Job) []Result {
	in := make(chan Job)
	out := make(chan Result, len(jobs))
	var wg sync.WaitGroup
	for w := 0; w < p.workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range in {
				start := time.Now()
				s, err := p.proc(j)
				p.record(id)
				out <- Result{JobID: j.ID, Output: s, Err: err, Duration: time.Since(start)}
			}
		}(w)
	}
	go func() {
		for _, j := range jobs {
			in <- j
		}
		close(in)
	}()
	wg.Wait()
	close(out)
	results := make([]Result, 0, len(jobs))
	for r := range out {
		results = append(results, r)
	}
	sort.Slice(results, func(i, j int) bool { return results[i].JobID < results[j].JobID })
	return results
}

var errEmpty = errors.New("empty payload")

type ProcessError struct {
	Job Job
	Err error
}

func (e *ProcessError) Error() string {
	return fmt.Sprintf("job %d: %v", e.Job.ID, e.Err)
}

func (e *ProcessError) Unwrap() error { return e.Err }

func shout(j Job) (string, error) {
	if j.Payload == "" {
		return "", &ProcessError{Job: j, Err: errEmpty}
	}
	return strings.ToUpper(j.Payload) + "!", nil
}

func summarize(results []Result) (ok, failed int, firstErr error) {
	for _, r := range results {
		if r.Err != nil {
			failed++
			if firstErr == nil {
				firstErr = r.Err
			}
			continue
		}
		ok++
	}
	return
}

func main() {
	jobs := []Job{{1, "alpha"}, {2, ""}, {3, "gamma"}, {4, "delta"}, {5, ""}}
	pool := NewPool(3, shout)
	results := pool.Run(jobs)
	for _, r := range results {
		if r.Err != nil {
			fmt.Println(r.JobID, "error:", r.Err)
			continue
		}
		fmt.Println(r.JobID, r.Output)
	}
	ok, failed, first := summarize(results)
	fmt.Println("ok", ok, "failed", failed)
	var pe *ProcessError
	if errors.As(first, &pe) {
		fmt.Println("first failure was job", pe.Job.ID, errors.Is(first, errEmpty))
	}
	total := 0
	for _, n := range pool.stats {
		total += n
	}
	fmt.Println("processed", total)
}
