package main

// Before: total is reassigned inside the closure, so it is captured by
// reference; since the closure escapes, total moves to the heap.
func counterBefore() func(int) int {
	total := 0
	return func(n int) int {
		total += n
		return total
	}
}

// After: no escaping closure: a small struct with a method keeps the
// state where the caller puts it.
type counter struct{ total int }

func (c *counter) add(n int) int {
	c.total += n
	return c.total
}

// A closure that does not escape may capture by reference for free.
func sumLocal(xs []int) int {
	total := 0
	each(xs, func(n int) { total += n })
	return total
}

func each(xs []int, f func(int)) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	f := counterBefore()
	f(1)
	var c counter
	c.add(2)
	println(f(3), c.add(4), sumLocal([]int{1, 2, 3}))
}
