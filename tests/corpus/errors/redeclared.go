package main

func helper() int { return 1 }

func helper() int { return 2 }

func main() {
	a := 1
	a := 2
	println(a, helper())
}
