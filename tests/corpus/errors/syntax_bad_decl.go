package main

var = 5

func main() {
	println("x")
}
