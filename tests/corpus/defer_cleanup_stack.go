// defer_cleanup_stack.go - resource management with defer: a cleanup stack
// that runs in reverse, defers inside loops moved into helper functions,
// deferred closures reading named results, and errors joined from cleanup.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Resource struct {
	name   string
	closed bool
	log    *[]string
	failOn bool
}

func (r *Resource) Close() error {
	if r.closed {
		return fmt.Errorf("%s: already closed", r.name)
	}
	r.closed = true
	*r.log = append(*r.log, "close "+r.name)
	if r.failOn {
		return fmt.Errorf("%s: close failed", r.name)
	}
	return nil
}

type Cleanup struct {
	fns []func() error
}

func (c *Cleanup) Add(f func() error) { c.fns = append(c.fns, f) }

func (c *Cleanup) Run() error {
	var msgs []string
	for i := len(c.fns) - 1; i >= 0; i-- {
		if err := c.fns[i](); err != nil {
			msgs = append(msgs, err.Error())
		}
	}
	c.fns = nil
	if len(msgs) > 0 {
		return errors.New(strings.Join(msgs, "; "))
	}
	return nil
}

func open(name string, log *[]string, fail bool) (*Resource, error) {
	if strings.HasPrefix(name, "!") {
		return nil, fmt.Errorf("open %s: denied", name)
	}
	*log = append(*log, "open "+name)
	return &Resource{name: name, log: log, failOn: fail}, nil
}

// processAll opens every file, and cleans up whatever was opened on failure.
func processAll(names []string, log *[]string) (n int, err error) {
	var c Cleanup
	defer func() {
		if cerr := c.Run(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	for _, name := range names {
		r, err := open(name, log, name == "flaky")
		if err != nil {
			return n, err
		}
		c.Add(r.Close)
		n++
	}
	return n, nil
}

func withEach(names []string, log *[]string) int {
	done := 0
	for _, name := range names {
		func() {
			r, err := open(name, log, false)
			if err != nil {
				return
			}
			defer r.Close()
			done++
		}()
	}
	return done
}

func tracked(log *[]string) (result string) {
	defer func() { *log = append(*log, "result was "+result) }()
	defer func() { result = strings.ToUpper(result) }()
	return "done"
}

func main() {
	var log []string
	n, err := processAll([]string{"a", "b", "!secret", "c"}, &log)
	fmt.Println(n, err)
	n, err = processAll([]string{"x", "flaky", "y"}, &log)
	fmt.Println(n, err)
	fmt.Println(withEach([]string{"p", "!q", "r"}, &log))
	fmt.Println(tracked(&log))
	fmt.Println(strings.Join(log, ", "))
}
