package main

func f() {
	return 5
}

func g() int {
	return
}

func main() {
	f()
	println(g())
}
