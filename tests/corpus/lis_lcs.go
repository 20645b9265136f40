// lis_lcs.go - classic dynamic programming: longest common subsequence with
// reconstruction, longest increasing subsequence in O(n log n) with
// sort.SearchInts, coin change, and the minimum path sum of a grid.
package main

import (
	"fmt"
	"math"
	"sort"
)

func LCS(a, b string) string {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				dp[i][j] = dp[i-1][j-1] + 1
			case dp[i-1][j] >= dp[i][j-1]:
				dp[i][j] = dp[i-1][j]
			default:
				dp[i][j] = dp[i][j-1]
			}
		}
	}
	out := make([]byte, dp[len(a)][len(b)])
	for i, j, k := len(a), len(b), len(out)-1; i > 0 && j > 0; {
		switch {
		case a[i-1] == b[j-1]:
			out[k] = a[i-1]
			i, j, k = i-1, j-1, k-1
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	return string(out)
}

func LIS(xs []int) []int {
	var tails []int
	tailIdx := []int{}
	prev := make([]int, len(xs))
	for i, x := range xs {
		k := sort.SearchInts(tails, x)
		if k == len(tails) {
			tails = append(tails, x)
			tailIdx = append(tailIdx, i)
		} else {
			tails[k] = x
			tailIdx[k] = i
		}
		prev[i] = -1
		if k > 0 {
			prev[i] = tailIdx[k-1]
		}
	}
	out := make([]int, len(tails))
	for i, k := tailIdx[len(tailIdx)-1], len(out)-1; k >= 0; i, k = prev[i], k-1 {
		out[k] = xs[i]
	}
	return out
}

func CoinChange(coins []int, amount int) (int, map[int]int) {
	dp := make([]int, amount+1)
	pick := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = math.MaxInt32
		for _, c := range coins {
			if c <= i && dp[i-c]+1 < dp[i] {
				dp[i] = dp[i-c] + 1
				pick[i] = c
			}
		}
	}
	if dp[amount] == math.MaxInt32 {
		return -1, nil
	}
	used := map[int]int{}
	for a := amount; a > 0; a -= pick[a] {
		used[pick[a]]++
	}
	return dp[amount], used
}

func MinPathSum(grid [][]int) int {
	h, w := len(grid), len(grid[0])
	row := make([]int, w)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			switch {
			case y == 0 && x == 0:
				row[x] = grid[0][0]
			case y == 0:
				row[x] = row[x-1] + grid[y][x]
			case x == 0:
				row[x] += grid[y][x]
			default:
				row[x] = grid[y][x] + min(row[x], row[x-1])
			}
		}
	}
	return row[w-1]
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func main() {
	fmt.Printf("%q\n", LCS("AGGTAB", "GXTXAYB"))
	fmt.Printf("%q\n", LCS("escape analysis", "stack allocation"))
	fmt.Println(LIS([]int{10, 9, 2, 5, 3, 7, 101, 18, 4, 19}))
	n, used := CoinChange([]int{1, 5, 10, 25}, 63)
	fmt.Println(n, used[25], used[10], used[1])
	n, _ = CoinChange([]int{4, 6}, 7)
	fmt.Println(n)
	fmt.Println(MinPathSum([][]int{{1, 3, 1}, {1, 5, 1}, {4, 2, 1}}))
}
