// Generic data-processing helpers (Filter, Map, Reduce, GroupBy, Chunk, a
// concurrent ParallelMap) applied to an order log.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
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

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	groups := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		groups[k] = append(groups[k], x)
	}
	return groups
}

func Chunk[T any](xs []T, n int) [][]T {
	var out [][]T
	for n > 0 && len(xs) > 0 {
		if len(xs) < n {
			n = len(xs)
		}
		out = append(out, xs[:n:n])
		xs = xs[n:]
	}
	return out
}

func ParallelMap[T, U any](xs []T, workers int, f func(T) U) []U {
	out := make([]U, len(xs))
	var wg sync.WaitGroup
	idx := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				out[i] = f(xs[i])
			}
		}()
	}
	for i := range xs {
		idx <- i
	}
	close(idx)
	wg.Wait()
	return out
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[N Number](xs []N) N {
	var s N
	for _, x := range xs {
		s += x
	}
	return s
}

func Keys[K comparable, V any](m map[K]V, less func(a, b K) bool) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return less(ks[i], ks[j]) })
	return ks
}

type Cents int64

type Order struct {
	ID       int
	Customer string
	Total    Cents
	Status   string
}

func main() {
	orders := []Order{
		{1, "ana", 1250, "paid"}, {2, "bo", 300, "refunded"}, {3, "ana", 4999, "paid"},
		{4, "cy", 800, "paid"}, {5, "bo", 2100, "paid"}, {6, "cy", 150, "pending"},
		{7, "ana", 600, "pending"},
	}
	paid := Filter(orders, func(o Order) bool { return o.Status == "paid" })
	totals := Map(paid, func(o Order) Cents { return o.Total })
	fmt.Println("paid:", len(paid), "revenue:", Sum(totals))

	byCust := GroupBy(paid, func(o Order) string { return o.Customer })
	for _, c := range Keys(byCust, func(a, b string) bool { return a < b }) {
		sum := Reduce(byCust[c], Cents(0), func(acc Cents, o Order) Cents { return acc + o.Total })
		fmt.Printf("%-4s %d orders %6d\n", c, len(byCust[c]), sum)
	}

	labels := ParallelMap(orders, 3, func(o Order) string {
		return fmt.Sprintf("#%d:%s", o.ID, strings.ToUpper(o.Status[:1]))
	})
	for _, ch := range Chunk(labels, 3) {
		fmt.Println(strings.Join(ch, " "))
	}
	fmt.Println(Sum([]float64{0.5, 0.25}), Sum([]int{}))
}
