package main

import "fmt"

// Calls whose callee is itself a call or a receive (gc's RewriteNonNameCall
// puts it in a temporary): closures returned and called at once, from
// local literals, from inlined constructors, from channels and maps.

type Filter func(string) bool

type Pipeline struct{ stages []func(int) int }

func Not(f Filter) Filter { return func(s string) bool { return !f(s) } }

var empty Filter = func(s string) bool { return s == "" }

func Adder(n int) func(int) int { return func(v int) int { return v + n } }

//go:noinline
func Pick(i int) func(*int) { return []func(*int){func(p *int) { *p++ }, func(p *int) { *p-- }}[i] }

func (p *Pipeline) Stage(i int) func(int) int { return p.stages[i] }

func main() {
	g := func() Filter { return Not(empty) }
	println(g()("y"))
	h := func(k int) func(int) int { return Adder(k) }
	println(h(2)(3), Adder(4)(5))
	x := 1
	Pick(0)(&x)
	ch := make(chan func() string, 1)
	ch <- func() string { return fmt.Sprint(x) }
	fmt.Println((<-ch)())
	p := &Pipeline{stages: []func(int) int{Adder(1), func(v int) int { return v * 2 }}}
	println(p.Stage(1)(p.Stage(0)(5)))
	m := map[string]func() []int{"a": func() []int { return []int{x} }}
	println(len(m["a"]()))
}
