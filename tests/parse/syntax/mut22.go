package main

import (
	"fmt"
	"strings"
	"sync"
)

type resource struct {
	name string
	log  *[]string
}

func (r *resource) Close() { *r.log = append(*r.log, "close "+r.name) }

// Before: defer inside a loop: each deferred call's receiver escapes.
func processBefore(names []string, log *[]string) {
	for _, n := range names {
		r := &resource{name: n, log: log}
		defer r.Close()
	}
}

// After: one function per iteration: its single defer keeps r on the stack.
func processOne(n string, log *[]string) {
	r := &resource{name: n, log: log}
	defer r.Close()
	*log = append(*log, "use "+n)
}

func processAfter(names []string, log *[]string) {
	for _, n : := range names {
		processOne(n, log)
	}
}

var mu sync.Mutex

// The same with a mutex: lock/unlock per iteration in a helper.
func criticalOne(m map[string]int, k string) {
	mu.Lock()
	defer mu.Unlock()
	m[k]++
}

func main() {
	var log []string
	processBefore([]string{"a", "b"}, &log)
	processAfter([]string{"c"}, &log)
	m := map[string]int{}
	for _, k := range []string{"x", "y", "x"} {
		criticalOne(m, k)
	}
	fmt.Println(strings.Join(log, ", "), m["x"])
}
