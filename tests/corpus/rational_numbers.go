// rational_numbers.go - exact fractions: normalisation with gcd, arithmetic
// with overflow-free int64 for small values, parsing "a/b", continued
// fractions, and a Stringer used through fmt.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Rat struct{ num, den int64 }

var ErrZeroDen = errors.New("zero denominator")

func gcd(a, b int64) int64 {
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func New(n, d int64) (Rat, error) {
	if d == 0 {
		return Rat{}, ErrZeroDen
	}
	if d < 0 {
		n, d = -n, -d
	}
	g := gcd(n, d)
	if g == 0 {
		g = 1
	}
	return Rat{n / g, d / g}, nil
}

func must(r Rat, err error) Rat {
	if err != nil {
		panic(err)
	}
	return r
}

func (a Rat) Add(b Rat) Rat { return must(New(a.num*b.den+b.num*a.den, a.den*b.den)) }
func (a Rat) Sub(b Rat) Rat { return must(New(a.num*b.den-b.num*a.den, a.den*b.den)) }
func (a Rat) Mul(b Rat) Rat { return must(New(a.num*b.num, a.den*b.den)) }

func (a Rat) Div(b Rat) (Rat, error) {
	if b.num == 0 {
		return Rat{}, fmt.Errorf("divide %v by zero: %w", a, ErrZeroDen)
	}
	return New(a.num*b.den, a.den*b.num)
}

func (a Rat) Less(b Rat) bool { return a.num*b.den < b.num*a.den }
func (a Rat) Float() float64  { return float64(a.num) / float64(a.den) }

func (a Rat) String() string {
	if a.den == 1 {
		return strconv.FormatInt(a.num, 10)
	}
	return fmt.Sprintf("%d/%d", a.num, a.den)
}

func Parse(s string) (Rat, error) {
	n, d, found := strings.Cut(strings.TrimSpace(s), "/")
	num, err := strconv.ParseInt(n, 10, 64)
	if err != nil {
		return Rat{}, fmt.Errorf("parse %q: %w", s, err)
	}
	den := int64(1)
	if found {
		if den, err = strconv.ParseInt(d, 10, 64); err != nil {
			return Rat{}, fmt.Errorf("parse %q: %w", s, err)
		}
	}
	return New(num, den)
}

// ContinuedFraction returns the terms [a0; a1, a2, ...].
func (a Rat) ContinuedFraction() []int64 {
	var terms []int64
	n, d := a.num, a.den
	for d != 0 {
		q := n / d
		if n%d != 0 && n < 0 {
			q--
		}
		terms = append(terms, q)
		n, d = d, n-q*d
	}
	return terms
}

func harmonic(n int) Rat {
	sum := Rat{0, 1}
	for i := 1; i <= n; i++ {
		sum = sum.Add(Rat{1, int64(i)})
	}
	return sum
}

func main() {
	var rs []Rat
	for _, s := range []string{"1/2", "3/4", "-2/6", "5", "7/-21", "x/3", "1/0"} {
		r, err := Parse(s)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrZeroDen))
			continue
		}
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].Less(rs[j]) })
	fmt.Println(rs)
	a, b := rs[0], rs[len(rs)-1]
	fmt.Println(a.Add(b), a.Sub(b), a.Mul(b))
	if q, err := a.Div(Rat{0, 1}); err != nil {
		fmt.Println(err)
	} else {
		fmt.Println(q)
	}
	h := harmonic(10)
	fmt.Printf("H10 = %v = %.6f, cf %v\n", h, h.Float(), Rat{415, 93}.ContinuedFraction())
}
