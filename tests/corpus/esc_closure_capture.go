package main

type big struct {
	a [20]int
}

type small struct {
	a, b int
}

func byValue() func() int {
	x := 1
	return func() int { return x }
}

func byReference() func() int {
	x := 1
	x = 2
	return func() int { return x }
}

func modifiedInside() func() int {
	x := 1
	return func() int {
		x++
		return x
	}
}

func addressTaken() func() *int {
	x := 3
	p := &x
	_ = p
	return func() *int { return &x }
}

func bigByRef() func() int {
	var b big
	b.a[0] = 1
	return func() int { return b.a[0] }
}

func smallByValue() func() int {
	s := small{1, 2}
	return func() int { return s.a + s.b }
}

func exact128() func() int {
	var arr [16]int64
	return func() int { return int(arr[3]) }
}

func over128() func() int {
	var arr [17]int64
	return func() int { return int(arr[3]) }
}

func nonEscapingClosure() int {
	x := 1
	x = 5
	f := func() int { return x * 2 }
	return f()
}

func loopVar() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	return fs
}

func loopVarCopy() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i })
	}
	return fs
}

func main() {
	t := byValue()() + byReference()() + modifiedInside()() + *addressTaken()()
	t += bigByRef()() + smallByValue()() + exact128()() + over128()() + nonEscapingClosure()
	for _, f := range loopVar() {
		t += f()
	}
	for _, f := range loopVarCopy() {
		t += f()
	}
	println(t)
}
