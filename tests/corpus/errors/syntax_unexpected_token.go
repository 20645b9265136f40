package main

func main() {
	x := [3]int{1, 2, 3
	println(x[0])
}
