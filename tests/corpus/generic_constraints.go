// generic_constraints.go - generics with constraints as used in utility
// packages: Number constraints with ~ types, Min/Max/Sum/Mean, a generic
// Pair and Zip, a constrained method set (Stringer), and a typed
// event bus keyed by type parameter.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Number interface{ Integer | Float }

type Ordered interface {
	Integer | Float | ~string
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func MinMax[T Ordered](xs ...T) (lo, hi T) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("(%v, %v)", p.First, p.Second) }

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := len(as)
	if len(bs) < n {
		n = len(bs)
	}
	out := make([]Pair[A, B], n)
	for i := 0; i < n; i++ {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func JoinStrings[T fmt.Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

func SortedKeys[K Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

type Bus[E any] struct {
	subs []func(E)
}

func (b *Bus[E]) Subscribe(f func(E)) { b.subs = append(b.subs, f) }

func (b *Bus[E]) Publish(e E) int {
	for _, f := range b.subs {
		f(e)
	}
	return len(b.subs)
}

type Celsius float64
type UserID int32

type Login struct {
	User UserID
	OK   bool
}

func main() {
	temps := []Celsius{21.5, 19, 23.25}
	ids := []UserID{42, 7, 19}
	fmt.Println(Sum(temps), Mean(temps), Sum(ids), Mean(ids))
	fmt.Println(MinMax(3, 1, 4, 1, 5))
	fmt.Println(MinMax("pear", "apple", "fig"))
	pairs := Zip([]string{"a", "b", "c"}, []int{1, 2})
	fmt.Println(JoinStrings(pairs, " "))
	fmt.Println(SortedKeys(map[string]bool{"z": true, "m": false, "a": true}))
	var logins Bus[Login]
	var failed []UserID
	logins.Subscribe(func(l Login) {
		if !l.OK {
			failed = append(failed, l.User)
		}
	})
	count := 0
	logins.Subscribe(func(Login) { count++ })
	for _, l := range []Login{{1, true}, {2, false}, {3, false}} {
		logins.Publish(l)
	}
	fmt.Println(failed, count)
}
