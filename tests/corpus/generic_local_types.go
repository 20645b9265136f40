package main

import (
	"fmt"
	"sort"
	"strings"
)

// Word statistics with generic types declared inside the function that
// uses them: a pair and a list type, instantiated there.

func main() {
	type pair[K comparable, V any] struct {
		key K
		val V
	}
	type list[T any] []T

	text := "the cat saw the dog and the dog saw the cat"
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	var ps list[*pair[string, int]]
	for w, n := range counts {
		ps = append(ps, &pair[string, int]{key: w, val: n})
	}
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].val != ps[j].val {
			return ps[i].val > ps[j].val
		}
		return ps[i].key < ps[j].key
	})
	top := list[pair[string, int]]{}
	for _, p := range ps[:3] {
		top = append(top, *p)
	}
	fmt.Println(len(ps), top[0].key, top[0].val)
}
