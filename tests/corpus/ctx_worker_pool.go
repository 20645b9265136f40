// A worker pool with context cancellation: the first failing job cancels the rest,
// results are collected in order and errors are aggregated.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

type Job struct {
	ID    int
	Input string
}

type Result struct {
	JobID  int
	Output string
	Err    error
}

type Pool struct {
	workers int
	process func(ctx context.Context, j Job) (string, error)
}

var ErrBadInput = errors.New("bad input")

func NewPool(workers int, fn func(context.Context, Job) (string, error)) *Pool {
	if workers < 1 {
		workers = 1
	}
	return &Pool{workers: workers, process: fn}
}

func (p *Pool) Run(parent context.Context, jobs []Job) ([]Result, error) {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()

	in := make(chan Job)
	out := make(chan Result, len(jobs))
	var wg sync.WaitGroup
	var once sync.Once
	var firstErr error

	for w := 0; w < p.workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				s, err := p.process(ctx, j)
				if err != nil {
					once.Do(func() {
						firstErr = fmt.Errorf("job %d: %w", j.ID, err)
						cancel()
					})
				}
				out <- Result{JobID: j.ID, Output: s, Err: err}
			}
		}()
	}

feed:
	for _, j := range jobs {
		select {
		case in <- j:
		case <-ctx.Done():
			break feed
		}
	}
	close(in)
	wg.Wait()
	close(out)

	results := make([]Result, 0, len(jobs))
	for r := range out {
		results = append(results, r)
	}
	sort.Slice(results, func(a, b int) bool { return results[a].JobID < results[b].JobID })
	return results, firstErr
}

func upper(ctx context.Context, j Job) (string, error) {
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	case <-time.After(time.Millisecond):
	}
	if strings.ContainsAny(j.Input, "0123456789") {
		return "", ErrBadInput
	}
	return strings.ToUpper(j.Input), nil
}

func makeJobs(words ...string) []Job {
	jobs := make([]Job, len(words))
	for i, w := range words {
		jobs[i] = Job{ID: i + 1, Input: w}
	}
	return jobs
}

func summarize(results []Result) string {
	var b strings.Builder
	ok, failed := 0, 0
	for _, r := range results {
		if r.Err != nil {
			failed++
			continue
		}
		ok++
		b.WriteString(r.Output)
		b.WriteByte(' ')
	}
	return fmt.Sprintf("%d ok, %d failed: %s", ok, failed, strings.TrimSpace(b.String()))
}

func main() {
	pool := NewPool(3, upper)
	res, err := pool.Run(context.Background(), makeJobs("alpha", "beta", "gamma", "delta"))
	fmt.Println(summarize(res), "err:", err)

	res, err = pool.Run(context.Background(), makeJobs("one", "tw0", "three"))
	fmt.Println(len(res) <= 3, "err is bad input:", errors.Is(err, ErrBadInput))

	ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	time.Sleep(time.Millisecond)
	res, err = pool.Run(ctx, makeJobs("late", "later"))
	fmt.Println("after deadline:", len(res) <= 2, err != nil || ctx.Err() != nil)
}
