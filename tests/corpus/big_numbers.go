// big_numbers.go - arbitrary precision with math/big: factorials and
// Fibonacci with big.Int, modular exponentiation and a Miller-Rabin check
// via ProbablyPrime, exact fractions with big.Rat, and digit sums.
package main

import (
	"fmt"
	"math/big"
	"strings"
)

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func digitSum(x *big.Int) int {
	sum := 0
	for _, c := range x.String() {
		sum += int(c - '0')
	}
	return sum
}

func harmonic(n int64) *big.Rat {
	h := new(big.Rat)
	for i := int64(1); i <= n; i++ {
		h.Add(h, big.NewRat(1, i))
	}
	return h
}

func modPow(base, exp, mod int64) *big.Int {
	return new(big.Int).Exp(big.NewInt(base), big.NewInt(exp), big.NewInt(mod))
}

func nextPrime(from *big.Int) *big.Int {
	p := new(big.Int).Set(from)
	if p.Bit(0) == 0 {
		p.Add(p, big.NewInt(1))
	}
	for !p.ProbablyPrime(20) {
		p.Add(p, big.NewInt(2))
	}
	return p
}

func main() {
	f := factorial(50)
	fmt.Println("50! =", f)
	fmt.Println("digits:", len(f.String()), "digit sum:", digitSum(f))
	fmt.Println("fib(100) =", fib(100))
	h := harmonic(20)
	fmt.Println("H20 =", h.RatString(), "≈", h.FloatString(10))
	fmt.Println("3^200 mod 1000007 =", modPow(3, 200, 1000007))
	two64 := new(big.Int).Lsh(big.NewInt(1), 64)
	fmt.Println("next prime after 2^64:", nextPrime(two64))
	n, ok := new(big.Int).SetString(strings.Repeat("9", 30), 10)
	fmt.Println(ok, n.Cmp(two64) > 0, new(big.Int).Mod(n, big.NewInt(97)))
}
