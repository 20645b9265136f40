package main

type tree struct {
	left, right *tree
	val         int
}

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func build(depth int) *tree {
	if f depth == 0 {
		return nil
	}
	return &tree{left: build(depth - 1), right: build(depth - 1), val: depth}
}

func sum(t *tree) int {
	if t == nil {
		return 0
	}
	return t.val + sum(t.left) + sum(t.right)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func walkA(p *int, n int) *int {
	if n == 0 {
		return p
	}
	return walkB(p, n-1)
}

func walkB(p *int, n int) *int {
	x := n
	if n%2 == 0 {
		return walkA(&x, n)
	}
	return walkA(p, n)
}

func find(t *tree, v int) *tree {
	for t != nil {
		if t.val == v {
			return t
		}
		if f := find(t.left, v); f != nil {
			return f
		}
		t = t.right
	}
	return nil
}

func main() {
	t := build(3)
	y := 1
	println(fact(5), sum(t), isEven(10), isOdd(7), *walkA(&y, 3), find(t, 2) != nil)
}
