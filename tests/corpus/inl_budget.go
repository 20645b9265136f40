package main

import "fmt"

func tiny(a int) int { return a + 1 }

func medium(a, b, c int) int {
	x := a*b + c
	y := b*c - a
	if x > y {
		return x - y
	}
	return y - x
}

func nearBudget(a, b int) int {
	s := 0
	s += a * b
	s += a - b
	s += a + b
	s ^= a << 2
	s |= b >> 1
	s += a % 7
	s -= b % 5
	s += a * a
	s += b * b
	s *= 3
	s += a & b
	s += a | b
	return s
}

func overBudget(a, b int) int {
	s := 0
	for i := 0; i < a; i++ {
		for j := 0; j < b; j++ {
			if (i+j)%3 == 0 {
				s += i * j
			} else if (i-j)%5 == 0 {
				s -= i
			} else {
				s += j
			}
		}
	}
	s += a * b * 2
	s -= a + b + 7
	s ^= a << 2
	s |= b >> 1
	return s
}

func callsNonInlinable(a int) int {
	return overBudget(a, a) + 1
}

func callsPrint(a int) {
	fmt.Println(a)
}

func withLoop(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		t += i
	}
	return t
}

func withSwitch(n int) string {
	switch n {
	case 0:
		return "zero"
	case 1:
		return "one"
	default:
		return "many"
	}
}

func withClosure(n int) int {
	f := func(x int) int { return x * n }
	return f(2)
}

func withDefer() (r int) {
	defer func() { r++ }()
	return 1
}

func withSelect(c chan int) int {
	select {
	case v := <-c:
		return v
	default:
		return 0
	}
}

func withLabel(n int) int {
outer:
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if i*j > 6 {
				break outer
			}
		}
	}
	return n
}

func withGoto(n int) int {
	i := 0
loop:
	if i < n {
		i++
		goto loop
	}
	return i
}

func withRecover() {
	defer func() { _ = recover() }()
}

func withLocalType() int {
	type pair struct{ a, b int }
	p := pair{1, 2}
	return p.a + p.b
}

func chain(a int) int { return tiny(tiny(tiny(a))) }

func main() {
	c := make(chan int)
	withRecover()
	callsPrint(withGoto(3))
	fmt.Println(tiny(1), medium(1, 2, 3), nearBudget(3, 4), overBudget(3, 4), callsNonInlinable(2))
	fmt.Println(withLoop(4), withSwitch(1), withClosure(3), withDefer(), withSelect(c), withLabel(4), withLocalType(), chain(1))
}
