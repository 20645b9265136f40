package main

func newInt() *int {
	x := 1
	return &x
}

func main() {
	p := newInt()
	q := &p
}
