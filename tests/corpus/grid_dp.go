package main

import (
	"fmt"
	"math"
	"strings"
)

type Grid [][]int

func ParseGrid(s string) Grid {
	var g Grid
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		row := make([]int, 0, len(line))
		for _, ch := range strings.TrimSpace(line) {
			row = append(row, int(ch-'0'))
		}
		g = append(g, row)
	}
	return g
}

// MinPath is the cheapest top-left to bottom-right path moving right/down,
// with the path reconstructed from the DP table.
func (g Grid) MinPath() (int, []string) {
	h, w := len(g), len(g[0])
	cost := make([][]int, h)
	for i := range cost {
		cost[i] = make([]int, w)
	}
	for i := 0; i < h; i++ {
		for j := 0; j < w; j++ {
			best := math.MaxInt
			if i == 0 && j == 0 {
				best = 0
			}
			if i > 0 && cost[i-1][j] < best {
				best = cost[i-1][j]
			}
			if j > 0 && cost[i][j-1] < best {
				best = cost[i][j-1]
			}
			cost[i][j] = best + g[i][j]
		}
	}
	var moves []string
	for i, j := h-1, w-1; i > 0 || j > 0; {
		if i > 0 && (j == 0 || cost[i-1][j] <= cost[i][j-1]) {
			moves = append(moves, "D")
			i--
		} else {
			moves = append(moves, "R")
			j--
		}
	}
	for l, r := 0, len(moves)-1; l < r; l, r = l+1, r-1 {
		moves[l], moves[r] = moves[r], moves[l]
	}
	return cost[h-1][w-1], moves
}

// CountPaths counts monotone paths avoiding cells with value 9, memoized.
func (g Grid) CountPaths() int {
	memo := map[[2]int]int{}
	var count func(i, j int) int
	count = func(i, j int) int {
		if i >= len(g) || j >= len(g[0]) || g[i][j] == 9 {
			return 0
		}
		if i == len(g)-1 && j == len(g[0])-1 {
			return 1
		}
		key := [2]int{i, j}
		if v, ok := memo[key]; ok {
			return v
		}
		v := count(i+1, j) + count(i, j+1)
		memo[key] = v
		return v
	}
	return count(0, 0)
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, v := range row {
			sb.WriteByte(byte('0' + v))
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	g := ParseGrid(`
		1163751
		1381373
		2136511
		3694931
		7463417`)
	fmt.Print(g)
	c, moves := g.MinPath()
	fmt.Println(c, strings.Join(moves, ""))
	fmt.Println(g.CountPaths())
}
