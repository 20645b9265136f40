package main

import "strings"

// Constructors inlined inside func literals (the copies are named after the
// literal: main.func1.1), literals three deep, package-level literals, and
// a literal copied into init by a package variable's initializer.

type Filter func(string) bool

var upper = func(s string) string { return strings.ToUpper(s) }

var defaultFilter = Prefix("x")

var seen []string

func Prefix(p string) Filter { return func(s string) bool { return strings.HasPrefix(s, p) } }

func Not(f Filter) Filter { return func(s string) bool { return !f(s) } }

func Record() func(string) { return func(s string) { seen = append(seen, s) } }

func Three(a int) func(int) func(int) int {
	return func(b int) func(int) int {
		return func(c int) int {
			return func(d int) int { return a + b + c + d }(1)
		}
	}
}

func Run(words []string, f func(string)) {
	for _, w := range words {
		f(w)
	}
}

func main() {
	words := []string{"xa", "b", "xc"}
	count := 0
	Run(words, func(w string) {
		if Not(Prefix("x"))(w) {
			count++
		}
		Record()(upper(w))
	})
	g := func() Filter { return Not(defaultFilter) }
	h := g()
	println(count, len(seen), h("y"), Three(1)(2)(3))
	func() {
		rec := Record()
		rec("inner")
		func() { rec("deeper") }()
	}()
}
