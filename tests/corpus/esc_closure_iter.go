package main

import (
	"fmt"
	"sort"
	"strings"
)

// Iterator and visitor styles: generators returning (value, ok) closures,
// a yield-callback walk with early stop, sort.SliceStable with captured
// keys, strings.Map / FieldsFunc with literals, and method values.

type Tree struct {
	Left, Right *Tree
	Key         string
}

func Gen(xs []int) func() (int, bool) {
	i := 0
	return func() (int, bool) {
		if i >= len(xs) {
			return 0, false
		}
		i++
		return xs[i-1], true
	}
}

func (t *Tree) Walk(yield func(*Tree) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.Walk(yield) && yield(t) && t.Right.Walk(yield)
}

func Insert(t *Tree, k string) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = Insert(t.Left, k)
	} else {
		t.Right = Insert(t.Right, k)
	}
	return t
}

type Scorer struct{ weight int }

func (s Scorer) Score(w string) int { return s.weight * len(w) }

func Rank(words []string, score func(string) int) {
	keys := make(map[string]int, len(words))
	for _, w := range words {
		keys[w] = score(w)
	}
	sort.SliceStable(words, func(i, j int) bool { return keys[words[i]] > keys[words[j]] })
}

func main() {
	next := Gen([]int{3, 1, 2})
	sum := 0
	for v, ok := next(); ok; v, ok = next() {
		sum += v
	}
	var root *Tree
	for _, k := range []string{"m", "c", "x", "a"} {
		root = Insert(root, k)
	}
	var firstTwo []string
	root.Walk(func(t *Tree) bool {
		firstTwo = append(firstTwo, t.Key)
		return len(firstTwo) < 2
	})
	words := strings.FieldsFunc("a,bb;ccc", func(r rune) bool { return r == ',' || r == ';' })
	s := Scorer{2}
	Rank(words, s.Score)
	up := strings.Map(func(r rune) rune { return r - 32 }, "abc")
	fmt.Println(sum, firstTwo, words, up)
}
