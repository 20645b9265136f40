package main

func (s string) Shout() string { return s + "!" }

func (n int) Double() int { return n * 2 }

func main() {
	println("x")
}
