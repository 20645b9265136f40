package main

// Func literals reached through local variables (gc's StaticValue): called
// once assigned, reassigned (then not inlined), with named results, with
// captured variables of an inlined function, and nested literals copied.

type Node struct {
	Val   int
	Left  *Node
	Right *Node
}

var keep []*Node

func Walk(n *Node, f func(*Node)) {
	var rec func(*Node)
	rec = func(m *Node) {
		if m == nil {
			return
		}
		rec(m.Left)
		f(m)
		rec(m.Right)
	}
	rec(n)
}

func MakeNode(v int) *Node {
	mk := func(x int) *Node { return &Node{Val: x} }
	return mk(v)
}

func Pick(big bool) int {
	f := func() int { return 1 }
	if big {
		f = func() int { return 100 }
	}
	return f()
}

func Split(s []int) (lo, hi []int) {
	part := func(x int) (l bool) {
		l = x < 5
		return
	}
	for _, x := range s {
		if part(x) {
			lo = append(lo, x)
		} else {
			hi = append(hi, x)
		}
	}
	return
}

func Scale(k int) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return k * a * b }
	}
}

func Retain(n *Node) func() {
	return func() {
		push := func(p *Node) { keep = append(keep, p) }
		push(n)
	}
}

func main() {
	root := &Node{Val: 2, Left: MakeNode(1), Right: MakeNode(3)}
	sum := 0
	Walk(root, func(n *Node) { sum += n.Val })
	lo, hi := Split([]int{1, 7, 3, 9})
	println(sum, Pick(true), len(lo), len(hi), Scale(2)(3)(4))
	Retain(root)()
	r := Retain(MakeNode(5))
	r()
	println(len(keep))
}
