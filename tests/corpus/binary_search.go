package main

import (
	"fmt"
	"sort"
)

func Search(xs []int, target int) int {
	lo, hi := 0, len(xs)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case xs[mid] == target:
			return mid
		case xs[mid] < target:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

func LowerBound(xs []int, target int) int {
	return sort.Search(len(xs), func(i int) bool { return xs[i] >= target })
}

func UpperBound(xs []int, target int) int {
	return sort.Search(len(xs), func(i int) bool { return xs[i] > target })
}

func SqrtInt(n int) int {
	lo, hi := 0, n
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if mid*mid <= n {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func SearchRotated(xs []int, target int) int {
	lo, hi := 0, len(xs)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		if xs[mid] == target {
			return mid
		}
		if xs[lo] <= xs[mid] {
			if xs[lo] <= target && target < xs[mid] {
				hi = mid - 1
			} else {
				lo = mid + 1
			}
		} else {
			if xs[mid] < target && target <= xs[hi] {
				lo = mid + 1
			} else {
				hi = mid - 1
			}
		}
	}
	return -1
}

type Interval struct{ Start, End int }

func Merge(iv []Interval) []Interval {
	if len(iv) == 0 {
		return nil
	}
	sorted := make([]Interval, len(iv))
	copy(sorted, iv)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	out := []Interval{sorted[0]}
	for _, cur := range sorted[1:] {
		last := &out[len(out)-1]
		if cur.Start <= last.End {
			if cur.End > last.End {
				last.End = cur.End
			}
		} else {
			out = append(out, cur)
		}
	}
	return out
}

func main() {
	xs := []int{1, 3, 3, 3, 5, 8, 13, 21}
	fmt.Println(Search(xs, 8), Search(xs, 4), LowerBound(xs, 3), UpperBound(xs, 3))
	fmt.Println(SqrtInt(99), SqrtInt(100), SearchRotated([]int{15, 18, 2, 3, 6, 12}, 3))
	fmt.Println(Merge([]Interval{{1, 3}, {8, 10}, {2, 6}, {15, 18}, {17, 20}}))
}
