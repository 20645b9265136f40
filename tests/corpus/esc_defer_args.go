package main

import (
	"fmt"
	"strings"
)

type tracer struct {
	depth int
	log   *strings.Builder
}

func (t *tracer) enter(name string) string {
	t.log.WriteString(strings.Repeat("  ", t.depth) + "enter " + name + "\n")
	t.depth++
	return name
}

func (t *tracer) exit(name string) {
	t.depth--
	t.log.WriteString(strings.Repeat("  ", t.depth) + "exit " + name + "\n")
}

func traced(t *tracer, n int) int {
	defer t.exit(t.enter(fmt.Sprint("traced", n)))
	if n > 0 {
		return traced(t, n-1) + 1
	}
	return 0
}

func deferArgEvaluated() (out []int) {
	x := 1
	defer func(v int) { out = append(out, v) }(x)
	x = 2
	defer func() { out = append(out, x) }()
	return nil
}

func deferPointerArg() int {
	v := 10
	p := &v
	defer func(q *int) { *q = 0 }(p)
	return *p
}

func cleanupAll(names []string) (log []string) {
	for _, n := range names {
		defer func(n string) { log = append(log, "close "+n) }(n)
	}
	return nil
}

func main() {
	t := &tracer{log: &strings.Builder{}}
	fmt.Println(traced(t, 2))
	fmt.Print(t.log.String())
	fmt.Println(deferArgEvaluated(), deferPointerArg(), cleanupAll([]string{"a", "b"}))
}
