package main

type node struct {
	next *node
	val  *int
}

var root *node

func ptrToPtr() int {
	x := 1
	p := &x
	pp := &p
	**pp = 2
	return x
}

func ptrToPtrEscape() **int {
	x := 1
	p := &x
	return &p
}

func derefStore(pp **int) {
	v := 5
	*pp = &v
}

func chainLocal() int {
	a, b := 1, 2
	n2 := node{val: &b}
	n1 := node{next: &n2, val: &a}
	return *n1.val + *n1.next.val
}

func chainGlobal() {
	a := 3
	n := &node{val: &a}
	root = &node{next: n}
}

func loadThrough(n *node) *int {
	return n.next.val
}

func swapPtrs(a, b **int) {
	*a, *b = *b, *a
}

func main() {
	var q *int
	derefStore(&q)
	chainGlobal()
	x, y := 1, 2
	px, py := &x, &y
	swapPtrs(&px, &py)
	n := &node{next: &node{val: &x}}
	println(ptrToPtr(), **ptrToPtrEscape(), *q, chainLocal(), *loadThrough(n), *px)
}
