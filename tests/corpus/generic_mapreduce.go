package main

import (
	"fmt"
	"sort"
	"strings"
)

// Number is the set of numeric types the aggregations accept.
type Number interface {
	~int | ~int64 | ~float64
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	groups := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		groups[k] = append(groups[k], x)
	}
	return groups
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

type Sale struct {
	Region string
	Item   string
	Units  int
	Price  float64
}

type Cents int64

func (c Cents) String() string {
	return fmt.Sprintf("$%d.%02d", c/100, c%100)
}

func main() {
	sales := []Sale{
		{"north", "widget", 3, 2.50},
		{"south", "gadget", 1, 10.00},
		{"north", "gadget", 2, 10.00},
		{"east", "widget", 7, 2.50},
		{"south", "widget", 4, 2.50},
	}
	big := Filter(sales, func(s Sale) bool { return s.Units >= 3 })
	names := Map(big, func(s Sale) string { return s.Region + "/" + s.Item })
	fmt.Println(strings.Join(names, ", "))

	revenue := Map(sales, func(s Sale) float64 { return float64(s.Units) * s.Price })
	fmt.Printf("total %.2f\n", Sum(revenue))

	cents := Map(sales, func(s Sale) Cents { return Cents(float64(s.Units) * s.Price * 100) })
	fmt.Println("in cents:", Sum(cents))

	units := Reduce(sales, 0, func(acc int, s Sale) int { return acc + s.Units })
	fmt.Println("units", units)

	byRegion := GroupBy(sales, func(s Sale) string { return s.Region })
	regions := Keys(byRegion)
	sort.Strings(regions)
	for _, r := range regions {
		total := Reduce(byRegion[r], 0.0, func(acc float64, s Sale) float64 {
			return acc + float64(s.Units)*s.Price
		})
		fmt.Printf("%-6s %2d sales %8.2f\n", r, len(byRegion[r]), total)
	}
	longest := Reduce(names, "", func(best string, s string) string {
		if len(s) > len(best) {
			return s
		}
		return best
	})
	fmt.Println("longest:", longest)
}
