// task_runner.go - runs a small dependency graph of tasks concurrently,
// each waiting for its prerequisites, collecting results and errors.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Task struct {
	Name string
	Deps []string
	Run  func(inputs map[string]string) (string, error)
}

type Result struct {
	Name string
	Out  string
	Err  error
}

type Runner struct {
	mu      sync.Mutex
	tasks   map[string]*Task
	done    map[string]chan struct{}
	results map[string]*Result
}

func NewRunner(tasks ...*Task) *Runner {
	r := &Runner{tasks: map[string]*Task{}, done: map[string]chan struct{}{}, results: map[string]*Result{}}
	for _, t := range tasks {
		r.tasks[t.Name] = t
		r.done[t.Name] = make(chan struct{})
	}
	return r
}

var ErrDep = errors.New("dependency failed")

func (r *Runner) runOne(t *Task, wg *sync.WaitGroup) {
	defer wg.Done()
	defer close(r.done[t.Name])
	inputs := make(map[string]string, len(t.Deps))
	for _, d := range t.Deps {
		<-r.done[d]
		r.mu.Lock()
		res := r.results[d]
		r.mu.Unlock()
		if res.Err != nil {
			r.record(&Result{Name: t.Name, Err: fmt.Errorf("%s: %w", t.Name, ErrDep)})
			return
		}
		inputs[d] = res.Out
	}
	out, err := t.Run(inputs)
	r.record(&Result{t.Name, out, err})
}

func (r *Runner) record(res *Result) {
	r.mu.Lock()
	r.results[res.Name] = res
	r.mu.Unlock()
}

func (r *Runner) Run() []*Result {
	var wg sync.WaitGroup
	for _, t := range r.tasks {
		wg.Add(1)
		go r.runOne(t, &wg)
	}
	wg.Wait()
	out := make([]*Result, 0, len(r.results))
	for _, res := range r.results {
		out = append(out, res)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func constant(s string) func(map[string]string) (string, error) {
	return func(map[string]string) (string, error) { return s, nil }
}

func main() {
	joiner := func(in map[string]string) (string, error) {
		parts := make([]string, 0, len(in))
		for k, v := range in {
			parts = append(parts, k+"="+v)
		}
		sort.Strings(parts)
		return strings.Join(parts, ","), nil
	}
	fail := func(map[string]string) (string, error) { return "", errors.New("boom") }
	r := NewRunner(
		&Task{Name: "a", Run: constant("1")},
		&Task{Name: "b", Run: constant("2")},
		&Task{Name: "c", Deps: []string{"a", "b"}, Run: joiner},
		&Task{Name: "d", Run: fail},
		&Task{Name: "e", Deps: []string{"c", "d"}, Run: joiner},
	)
	for _, res := range r.Run() {
		if res.Err != nil {
			fmt.Println(res.Name, "error:", res.Err, errors.Is(res.Err, ErrDep))
			continue
		}
		fmt.Println(res.Name, "->", res.Out)
	}
}
