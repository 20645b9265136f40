package main

import (
	"fmt"
	"strings"
)

func neighbors(word string, dict map[string]bool) []string {
	var out []string
	b := []byte(word)
	for i := range b {
		orig := b[i]
		for c := byte('a'); c <= 'z'; c++ {
			if c == orig {
				continue
			}
			b[i] = c
			if dict[string(b)] {
				out = append(out, string(b))
			}
		}
		b[i] = orig
	}
	return out
}

func Ladder(from, to string, words []string) []string {
	dict := make(map[string]bool, len(words))
	for _, w := range words {
		dict[w] = true
	}
	if !dict[to] {
		return nil
	}
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		w := queue[0]
		queue = queue[1:]
		if w == to {
			var path []string
			for x := to; x != ""; x = prev[x] {
				path = append([]string{x}, path...)
			}
			return path
		}
		for _, n := range neighbors(w, dict) {
			if _, seen := prev[n]; !seen {
				prev[n] = w
				queue = append(queue, n)
			}
		}
	}
	return nil
}

func PascalTriangle(n int) [][]int {
	rows := make([][]int, n)
	for i := range rows {
		rows[i] = make([]int, i+1)
		rows[i][0], rows[i][i] = 1, 1
		for j := 1; j < i; j++ {
			rows[i][j] = rows[i-1][j-1] + rows[i-1][j]
		}
	}
	return rows
}

func Spiral(m [][]int) []int {
	var out []int
	top, bot, left, right := 0, len(m)-1, 0, len(m[0])-1
	for top <= bot && left <= right {
		for j := left; j <= right; j++ {
			out = append(out, m[top][j])
		}
		top++
		for i := top; i <= bot; i++ {
			out = append(out, m[i][right])
		}
		right--
		if top <= bot {
			for j := right; j >= left; j-- {
				out = append(out, m[bot][j])
			}
			bot--
		}
		if left <= right {
			for i := bot; i >= top; i-- {
				out = append(out, m[i][left])
			}
			left++
		}
	}
	return out
}

func main() {
	words := strings.Fields("hot dot dog lot log cog hit")
	fmt.Println(Ladder("hit", "cog", words), Ladder("hit", "xyz", words))
	for _, r := range PascalTriangle(6) {
		fmt.Println(r)
	}
	fmt.Println(Spiral([][]int{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}))
}
