package main

func main() {
	a := 3 @ 4
	println(a)
}
