package main

func main() {
	x := 5
	s, ok := x.(string)
	println(s, ok)
}
