package main

func makeAtLimit() int {
	s := make([]int64, 8192)
	s[0] = 1
	return len(s)
}

func makeOverLimit() int {
	s := make([]int64, 8193)
	s[0] = 1
	return len(s)
}

func makeBytesAtLimit() int {
	b := make([]byte, 64<<10)
	return len(b)
}

func makeBytesOver() int {
	b := make([]byte, 64<<10+1)
	return len(b)
}

func varArrayAtLimit() byte {
	var a [10 << 20]byte
	a[1] = 2
	return a[1]
}

func varArrayOverLimit() byte {
	var a [10<<20 + 1]byte
	a[1] = 2
	return a[1]
}

func newArraySmall() int {
	p := new([8192]int64)
	p[0] = 3
	return int(p[0])
}

func newArrayBig() int {
	p := new([8193]int64)
	p[0] = 3
	return int(p[0])
}

func litArrayBig() int {
	p := &[70000]byte{1}
	return int(p[0])
}

func compositeBig() int {
	s := []int64{8192: 1}
	return len(s)
}

func compositeOK() int {
	s := []int64{8191: 1}
	return len(s)
}

func varArrayMid() int {
	var a [100000]int
	a[5] = 5
	return a[5]
}

func mapHint() int {
	m := make(map[int]int, 100000)
	m[1] = 2
	return len(m)
}

func main() {
	println(makeAtLimit(), makeOverLimit(), makeBytesAtLimit(), makeBytesOver())
	println(varArrayAtLimit(), varArrayOverLimit(), newArraySmall(), newArrayBig())
	println(litArrayBig(), compositeBig(), compositeOK(), varArrayMid(), mapHint())
}
