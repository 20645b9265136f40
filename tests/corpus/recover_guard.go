// recover_guard.go - panic/recover as used in real code: a job runner that
// turns panics into errors with the stack of job names, re-panics on
// unknown values, and runs deferred cleanups in LIFO order.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type PanicError struct {
	Job   string
	Value any
}

func (e *PanicError) Error() string { return fmt.Sprintf("job %s panicked: %v", e.Job, e.Value) }

type fatal struct{ reason string }

type Runner struct {
	cleanups []string
	results  map[string]error
}

func (r *Runner) Run(name string, job func() int) (n int, err error) {
	defer func() {
		if v := recover(); v != nil {
			if f, ok := v.(fatal); ok {
				panic("fatal: " + f.reason)
			}
			err = &PanicError{Job: name, Value: v}
		}
		r.results[name] = err
	}()
	defer r.cleanup(name + ":1")
	defer r.cleanup(name + ":2")
	return job(), nil
}

func (r *Runner) cleanup(tag string) { r.cleanups = append(r.cleanups, tag) }

func divide(a, b int) func() int {
	return func() int { return a / b }
}

func index(xs []int, i int) func() int {
	return func() int { return xs[i] }
}

func mustPositive(x int) func() int {
	return func() int {
		if x < 0 {
			panic(fmt.Errorf("negative input %d", x))
		}
		return x
	}
}

func safeMain(r *Runner) (msg string) {
	defer func() {
		if v := recover(); v != nil {
			msg = fmt.Sprint("recovered at top: ", v)
		}
	}()
	r.Run("doom", func() int { panic(fatal{"disk on fire"}) })
	return "not reached"
}

func main() {
	r := &Runner{results: map[string]error{}}
	jobs := []struct {
		name string
		fn   func() int
	}{
		{"ok", divide(10, 2)},
		{"div0", divide(1, 0)},
		{"oob", index([]int{1, 2, 3}, 5)},
		{"neg", mustPositive(-4)},
		{"pos", mustPositive(4)},
	}
	for _, j := range jobs {
		n, err := r.Run(j.name, j.fn)
		var pe *PanicError
		switch {
		case err == nil:
			fmt.Printf("%-5s = %d\n", j.name, n)
		case errors.As(err, &pe):
			if e, ok := pe.Value.(error); ok {
				fmt.Printf("%-5s error value: %v\n", j.name, e)
			} else {
				fmt.Printf("%-5s %v\n", j.name, err)
			}
		}
	}
	fmt.Println(safeMain(r))
	fmt.Println(strings.Join(r.cleanups, " "))
	fmt.Println(len(r.results), "results")
}
