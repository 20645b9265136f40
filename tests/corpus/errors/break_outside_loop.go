package main

func main() {
	x := 3
	if x > 2 {
		break
	}
	continue
}
