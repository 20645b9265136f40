// matrix_chain_order.go - interval dynamic programming on fixed-size local
// arrays: matrix-chain multiplication order with parenthesization, optimal
// BST cost, and the longest palindromic subsequence, all with [N][N]int
// tables that live on the stack.
package main

import (
	"fmt"
	"math"
	"strings"
)

const N = 16

func matrixChain(dims []int) (int, string) {
	n := len(dims) - 1
	var cost [N][N]int
	var split [N][N]int
	for length := 2; length <= n; length++ {
		for i := 0; i+length-1 < n; i++ {
			j := i + length - 1
			cost[i][j] = math.MaxInt
			for k := i; k < j; k++ {
				c := cost[i][k] + cost[k+1][j] + dims[i]*dims[k+1]*dims[j+1]
				if c < cost[i][j] {
					cost[i][j] = c
					split[i][j] = k
				}
			}
		}
	}
	var paren func(i, j int) string
	paren = func(i, j int) string {
		if i == j {
			return string(rune('A' + i))
		}
		return "(" + paren(i, split[i][j]) + paren(split[i][j]+1, j) + ")"
	}
	return cost[0][n-1], paren(0, n-1)
}

func optimalBST(freq []int) int {
	n := len(freq)
	var cost [N + 1][N + 1]int
	var sum [N + 1]int
	for i, f := range freq {
		sum[i+1] = sum[i] + f
	}
	for length := 1; length <= n; length++ {
		for i := 0; i+length <= n; i++ {
			j := i + length
			best := math.MaxInt
			for r := i; r < j; r++ {
				if c := cost[i][r] + cost[r+1][j]; c < best {
					best = c
				}
			}
			cost[i][j] = best + sum[j] - sum[i]
		}
	}
	return cost[0][n]
}

func longestPalSubseq(s string) (int, string) {
	n := len(s)
	var dp [N][N]int
	for i := n - 1; i >= 0; i-- {
		dp[i][i] = 1
		for j := i + 1; j < n; j++ {
			if s[i] == s[j] {
				dp[i][j] = dp[i+1][j-1] + 2
			} else if dp[i+1][j] > dp[i][j-1] {
				dp[i][j] = dp[i+1][j]
			} else {
				dp[i][j] = dp[i][j-1]
			}
		}
	}
	var left, right strings.Builder
	i, j := 0, n-1
	for i <= j {
		switch {
		case i == j:
			left.WriteByte(s[i])
			i++
		case s[i] == s[j]:
			left.WriteByte(s[i])
			right.WriteByte(s[j])
			i, j = i+1, j-1
		case dp[i+1][j] >= dp[i][j-1]:
			i++
		default:
			j--
		}
	}
	r := []byte(right.String())
	for a, b := 0, len(r)-1; a < b; a, b = a+1, b-1 {
		r[a], r[b] = r[b], r[a]
	}
	return dp[0][n-1], left.String() + string(r)
}

func main() {
	cost, order := matrixChain([]int{40, 20, 30, 10, 30})
	fmt.Println(cost, order)
	cost, order = matrixChain([]int{10, 20, 30, 40, 30, 5})
	fmt.Println(cost, order)
	fmt.Println("optimal BST cost:", optimalBST([]int{34, 8, 50, 21, 3}))
	fmt.Println(longestPalSubseq("character"))
	fmt.Println(longestPalSubseq("escapeanalysis"))
}
