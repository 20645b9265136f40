package main

func main() {
	x := 5
	var p *int = x
	var q int = &x
	println(*x, p, q)
}
