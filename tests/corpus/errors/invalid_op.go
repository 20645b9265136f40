package main

type pair struct{ a, b int }

func main() {
	p := pair{1, 2}
	q := pair{3, 4}
	println(p + q)
	var m map[string]int
	println(m < m)
}
