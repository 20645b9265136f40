package main

func main() {
	var a int = 1
	var b string = "2"
	println(a + b)
}
