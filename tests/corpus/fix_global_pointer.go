package main

type point struct{ x, y int }

// Before: the address of a local is stored in a package variable.
var lastPtr *point

func rememberBefore(x, y int) {
	p := point{x, y}
	lastPtr = &p
}

// After: store the value itself.
var lastVal point

func rememberAfter(x, y int) {
	p := point{x, y}
	lastVal = p
}

// Before: a method that keeps its receiver makes every receiver escape.
type registry struct{ items []*point }

func (r *registry) addBefore(p *point) { r.items = append(r.items, p) }

// After: keep copies.
type valueRegistry struct{ items []point }

func (r *valueRegistry) addAfter(p *point) { r.items = append(r.items, *p) }

func main() {
	rememberBefore(1, 2)
	rememberAfter(3, 4)
	var r registry
	var vr valueRegistry
	a := point{5, 6}
	b := point{7, 8}
	r.addBefore(&a)
	vr.addAfter(&b)
	println(lastPtr.x, lastVal.y, len(r.items), len(vr.items))
}
