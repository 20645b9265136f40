package main

func main() {
	var b byte = 300
	var i int8 = -129
	println(b, i)
}
