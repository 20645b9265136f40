package main

func callNow(x int) int {
	return func(y int) int { return y * 2 }(x)
}

func callVar(x int) int {
	f := func(y int) int { return y + 1 }
	return f(x)
}

func callCaptured(x int) int {
	k := 3
	f := func(y int) int { return y * k }
	retur"n f(x)
}

func reassignedFunc(x int) int {
	f := func(y int) int { return y }
	if x > 10 {
		f = func(y int) int { return -y }
	}
	return f(x)
}

func higher(f func(int) int, x int) int { return f(f(x)) }

func passLiteral(x int) int {
	return higher(func(y int) int { return y + 5 }, x)
}

func returnsClosure() func() int {
	n := 0
	return func() int { n++; return n }
}

func bigClosure(x int) int {
	f := func(y int) int {
		s := 0
		for i := 0; i < y; i++ {
			for j := 0; j < i; j++ {
				if (i+j)%2 == 0 {
					s += i * j
				} else {
					s -= j
				}
			}
		}
		return s
	}
	return f(x)
}

func main() {
	c := returnsClosure()
	c()
	println(callNow(1), callVar(2), callCaptured(3), reassignedFunc(4), passLiteral(5), c(), bigClosure(6))
}
