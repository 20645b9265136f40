package main

import (
	"fmt"
	"math/big"
	"strings"
)

// Add adds two non-negative decimal strings.
func Add(a, b string) string {
	if len(a) < len(b) {
		a, b = b, a
	}
	out := make([]byte, len(a)+1)
	carry := 0
	for i := 0; i < len(a); i++ {
		d := int(a[len(a)-1-i] - '0')
		if i < len(b) {
			d += int(b[len(b)-1-i] - '0')
		}
		d += carry
		out[len(out)-1-i] = byte('0' + d%10)
		carry = d / 10
	}
	out[0] = byte('0' + carry)
	return strings.TrimLeft(string(out), "0")
}

// Mul multiplies two non-negative decimal strings (schoolbook).
func Mul(a, b string) string {
	res := make([]int, len(a)+len(b))
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			res[i+j+1] += int(a[i]-'0') * int(b[j]-'0')
		}
	}
	for i := len(res) - 1; i > 0; i-- {
		res[i-1] += res[i] / 10
		res[i] %= 10
	}
	var sb strings.Builder
	for _, d := range res {
		sb.WriteByte(byte('0' + d))
	}
	s := strings.TrimLeft(sb.String(), "0")
	if s == "" {
		return "0"
	}
	return s
}

func Factorial(n int) string {
	r := "1"
	for i := 2; i <= n; i++ {
		r = Mul(r, fmt.Sprint(i))
	}
	return r
}

func FactorialBig(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func Commas(s string) string {
	var b strings.Builder
	pre := len(s) % 3
	if pre > 0 {
		b.WriteString(s[:pre])
	}
	for i := pre; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

func main() {
	fmt.Println(Add("999", "1"), Add("123456789123456789", "987654321987654321"))
	fmt.Println(Mul("12345", "6789"), Mul("0", "55"))
	f := Factorial(25)
	fmt.Println(f, f == FactorialBig(25).String(), Commas(f))
	r := new(big.Rat).SetFrac64(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, Commas("1000"), Commas("12"))
}
