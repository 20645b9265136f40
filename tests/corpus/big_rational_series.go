package main

import (
	"fmt"
	"math/big"
	"strings"
)

// Exact partial sums with math/big: harmonic numbers, e, and Catalan numbers.
func harmonic(n int) *big.Rat {
	sum := new(big.Rat)
	for k := 1; k <= n; k++ {
		sum.Add(sum, big.NewRat(1, int64(k)))
	}
	return sum
}

func eApprox(terms int) *big.Rat {
	sum := big.NewRat(1, 1)
	fact := big.NewInt(1)
	for k := 1; k < terms; k++ {
		fact.Mul(fact, big.NewInt(int64(k)))
		sum.Add(sum, new(big.Rat).SetFrac(big.NewInt(1), fact))
	}
	return sum
}

func catalan(n int) []*big.Int {
	c := make([]*big.Int, n+1)
	c[0] = big.NewInt(1)
	for i := 1; i <= n; i++ {
		// C(i) = C(i-1) * 2(2i-1) / (i+1)
		v := new(big.Int).Mul(c[i-1], big.NewInt(int64(2*(2*i-1))))
		c[i] = v.Div(v, big.NewInt(int64(i+1)))
	}
	return c
}

func digits(x *big.Int) int { return len(x.String()) }

type Row struct {
	N     int
	Value string
}

func table(title string, rows []Row) string {
	var sb strings.Builder
	sb.WriteString(title + "\n")
	for _, r := range rows {
		fmt.Fprintf(&sb, "%4d  %s\n", r.N, r.Value)
	}
	return sb.String()
}

func main() {
	var rows []Row
	for _, n := range []int{1, 2, 5, 10} {
		h := harmonic(n)
		rows = append(rows, Row{n, h.String() + " ~ " + h.FloatString(6)})
	}
	fmt.Print(table("harmonic", rows))
	e := eApprox(20)
	fmt.Println("e ~", e.FloatString(15))
	cs := catalan(60)
	fmt.Println("C(10) =", cs[10], "C(60) has", digits(cs[60]), "digits")
	two := big.NewInt(2)
	p := new(big.Int).Exp(two, big.NewInt(127), nil)
	p.Sub(p, big.NewInt(1))
	fmt.Println("2^127-1 prime:", p.ProbablyPrime(10))
}
