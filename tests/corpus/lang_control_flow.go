package main

import "fmt"

func classify(n int) string {
	switch r := n % 15; {
	case r == 0:
		return "fizzbuzz"
	case r%5 == 0:
		return "buzz"
	case r%3 == 0:
		return "fizz"
	}
	return fmt.Sprint(n)
}

func labeled(grid [][]int, target int) (int, int, bool) {
rows:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue rows
			}
			if v == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func collatzMax(limit int) (best, steps int) {
	for n := 1; n < limit; n++ {
		s := 0
		for x := n; x != 1; s++ {
			if x&1 == 0 {
				x >>= 1
			} else {
				x = 3*x + 1
			}
		}
		if s > steps {
			best, steps = n, s
		}
	}
	return
}

func typeName(vals ...interface{}) []string {
	var out []string
	for _, v := range vals {
		switch v.(type) {
		case int, int64:
			out = append(out, "integer")
		case float32, float64:
			out = append(out, "float")
		case string:
			out = append(out, "string")
		case nil:
			out = append(out, "nil")
		default:
			out = append(out, fmt.Sprintf("%T", v))
		}
	}
	return out
}

func countdown(n int) []int {
	var out []int
	for n > 0 {
		out = append(out, n)
		n--
	}
	return out
}

func shadowing() (int, int) {
	x := 1
	{
		x := 2
		x++
		_ = x
	}
	if x := 10; x > 5 {
		return x, 0
	}
	return x, 1
}

func main() {
	for i := 1; i <= 15; i++ {
		fmt.Print(classify(i), " ")
	}
	fmt.Println()
	fmt.Println(labeled([][]int{{1, -1, 7}, {4, 7}}, 7))
	fmt.Println(collatzMax(1000))
	fmt.Println(typeName(1, int64(2), 2.5, "s", nil, []int{}, struct{}{}))
	fmt.Println(countdown(5))
	fmt.Println(shadowing())
}
