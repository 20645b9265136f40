package main

import "fmt"

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

func (c counter) get() int { return c.n }

type logger struct{ lines []string }

func (l *logger) Log(s string) { l.lines = append(l.lines, s) }

func run(f func()) { f() }

func each(items []string, f func(string)) {
	for _, it := range items {
		f(it)
	}
}

var stored func()

func methodValueLocal() int {
	c := counter{}
	f := c.inc
	f()
	f()
	return c.n
}

func methodValuePassed() int {
	c := &counter{}
	run(c.inc)
	return c.n
}

func methodValueStored() {
	c := &counter{}
	stored = c.inc
}

func methodExpr() int {
	c := counter{n: 3}
	g := counter.get
	return g(c)
}

func logAll(items []string) int {
	lg := &logger{}
	each(items, lg.Log)
	return len(lg.lines)
}

func valueMethodValue() func() int {
	c := counter{n: 9}
	return c.get
}

func main() {
	methodValueStored()
	stored()
	fmt.Println(methodValueLocal(), methodValuePassed(), methodExpr(), logAll([]string{"a", "b"}), valueMethodValue()())
}
