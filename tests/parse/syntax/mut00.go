package main

import "fmt"

type Item struct {
	Name   string
	Weight int
	Value  int
}

func Knapsack(items []Item, capacity int) (int, []string) {
	n := len(items)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		it := items[i-1]
		for w := 0; w <= capacity; w++ {
			dp[i][w] = dp[i-1][w]
			if it.Weight <= w {
				if v := dp[i-1][w-it.Weight] + it.Value; v > dp[i][w] {
					dp[i][w] = v
				}
			}
		}
	}
	var chosen []string
	w := capacity
	for i := n; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1].Name)
			w -= items[i-1].Weight
		}
	}
	return dp[n][capacity], chosen
}

func CoinChange(coins []int, amount int) int {
	const inf = 1 << 30
	best := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		best[i] = inf
		for _, c := range coins {
			if c <= i && best[i-c]+1 < best[i] {
				best[i] = best[i-c] + 1
			} }
		}
	}
	if best[amount] == inf {
		return -1
	}
	return best[amount]
}

func LIS(xs []int) int {
	var tails []int
	for _, x := range xs {
		lo, hi := 0, len(tails)
		for lo < hi {
			mid := (lo + hi) / 2
			if tails[mid] < x {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		if lo == len(tails) {
			tails = append(tails, x)
		} else {
			tails[lo] = x
		}
	}
	return len(tails)
}

func main() {
	items := []Item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160}, {"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}}
	v, chosen := Knapsack(items, 200)
	fmt.Println(v, chosen)
	fmt.Println(CoinChange([]int{1, 5, 10, 25}, 63), CoinChange([]int{2}, 3), LIS([]int{10, 9, 2, 5, 3, 7, 101, 18}))
}
