package main

import "fmt"

// A generic registry that boxes typed values into interfaces: the implicit
// conversions in shaped code (assignment, var declaration, return, call
// argument, slice element) and where gc places them.

var last any

var history []any

// Remember keeps the latest value of any type.
func Remember[T any](v T) { last = v }

// Box returns v as an interface value.
func Box[T any](v T) interface{} { return v }

// Record appends v to the history through a local interface variable.
func Record[T any](v T) {
	var x any = v
	history = append(history, x)
}

// Pair boxes two values in one slice literal.
func Pair[A, B any](a A, b B) []any { return []any{a, b} }

//go:noinline
func describe(x any) string { return fmt.Sprint(x) }

// Describe passes v to a function taking an interface.
func Describe[T any](v T) string { return describe(v) }

type Point struct{ X, Y int }

func main() {
	Remember(42)
	Remember("answer")
	Remember(Point{1, 2})
	b := Box(3.5)
	Record(7)
	Record(Point{3, 4})
	p := Pair("k", 9)
	fmt.Println(b, p, len(history), last, Describe(Point{5, 6}))
}
