package main

var keep *int

func reassignParam(p *int) int {
	x := 10
	p = &x
	return *p
}

func reassignLeak(p *int) {
	if p == nil {
		v := 0
		p = &v
	}
	keep = p
}

func loopPointer(xs []int) *int {
	var best *int
	for i := range xs {
		if best == nil || xs[i] > *best {
			best = &xs[i]
		}
	}
	return best
}

func loopLocalAddr(n int) int {
	var ptrs []*int
	for i := 0; i < n; i++ {
		v := i * i
		ptrs = append(ptrs, &v)
	}
	t := 0
	for _, p := range ptrs {
		t += *p
	}
	return t
}

func swapLocals() int {
	a, b := 1, 2
	pa, pb := &a, &b
	pa, pb = pb, pa
	return *pa - *pb
}

func main() {
	reassignLeak(nil)
	x := 3
	reassignLeak(&x)
	println(reassignParam(&x), *loopPointer([]int{3, 9, 2}), loopLocalAddr(4), swapLocals())
}
