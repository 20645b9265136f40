// labelled_goto.go - labelled break/continue and goto in the kinds of loops
// people write: searching a grid, a retry loop with goto, parsing with
// early exits, and a prime search with continue outer.
package main

import (
	"fmt"
	"strings"
)

type Point struct{ R, C int }

func findFirst(grid [][]int, target int) (Point, bool) {
	var p Point
	found := false
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				continue search // a negative value poisons the rest of the row
			}
			if v == target {
				p, found = Point{r, c}, true
				break search
			}
		}
	}
	return p, found
}

func primes(n int) []int {
	var ps []int
outer:
	for i := 2; len(ps) < n; i++ {
		for _, p := range ps {
			if p*p > i {
				break
			}
			if i%p == 0 {
				continue outer
			}
		}
		ps = append(ps, i)
	}
	return ps
}

func parseKV(s string) (map[string]string, error) {
	m := map[string]string{}
	i := 0
	var key string
	var start int
next:
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i >= len(s) {
		return m, nil
	}
	start = i
	for i < len(s) && s[i] != '=' {
		if s[i] == ' ' {
			goto bad
		}
		i++
	}
	if i >= len(s) {
		goto bad
	}
	key = s[start:i]
	i++
	start = i
	for i < len(s) && s[i] != ' ' {
		i++
	}
	m[key] = s[start:i]
	goto next
bad:
	return nil, fmt.Errorf("bad pair at %d in %q", start, s)
}

func retry(attempts int, op func(int) error) (tries int, err error) {
	try := 0
again:
	try++
	if err = op(try); err != nil && try < attempts {
		goto again
	}
	return try, err
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, -1, 7}, {7, 8, 9}}
	fmt.Println(findFirst(grid, 7))
	fmt.Println(findFirst(grid, 42))
	fmt.Println(primes(12))
	fmt.Println(parseKV("a=1 b=two  c=3"))
	fmt.Println(parseKV("a=1 broken"))
	tries, err := retry(5, func(n int) error {
		if n < 3 {
			return fmt.Errorf("attempt %d failed", n)
		}
		return nil
	})
	fmt.Println(tries, err)
	var sb strings.Builder
	i := 0
loop:
	switch {
	case i < 5:
		sb.WriteByte(byte('a' + i))
		i++
		goto loop
	}
	fmt.Println(sb.String())
}
