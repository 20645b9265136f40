// Fixed-point money: amounts in minor units with a currency, parsing and
// formatting with thousands separators, banker's rounding, and fair splitting.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Currency struct {
	Code     string
	Symbol   string
	Decimals int
}

var currencies = map[string]*Currency{
	"USD": {"USD", "$", 2},
	"EUR": {"EUR", "€", 2},
	"JPY": {"JPY", "¥", 0},
	"BHD": {"BHD", "BD", 3},
}

type Money struct {
	Amount int64
	Cur    *Currency
}

var ErrCurrency = errors.New("currency mismatch")

func pow10(n int) int64 {
	p := int64(1)
	for i := 0; i < n; i++ {
		p *= 10
	}
	return p
}

func ParseMoney(s, code string) (Money, error) {
	cur, ok := currencies[code]
	if !ok {
		return Money{}, fmt.Errorf("unknown currency %q", code)
	}
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", "")
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		whole, frac = s[:i], s[i+1:]
	}
	if len(frac) > cur.Decimals {
		return Money{}, fmt.Errorf("%q has more than %d decimals", s, cur.Decimals)
	}
	frac += strings.Repeat("0", cur.Decimals-len(frac))
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return Money{}, err
	}
	var f int64
	if frac != "" {
		if f, err = strconv.ParseInt(frac, 10, 64); err != nil {
			return Money{}, err
		}
	}
	amt := w*pow10(cur.Decimals) + f
	if neg {
		amt = -amt
	}
	return Money{amt, cur}, nil
}

func (m Money) Add(o Money) (Money, error) {
	if m.Cur != o.Cur {
		return Money{}, fmt.Errorf("%s + %s: %w", m.Cur.Code, o.Cur.Code, ErrCurrency)
	}
	return Money{m.Amount + o.Amount, m.Cur}, nil
}

// MulRate multiplies by rate (in basis points) with round-half-to-even.
func (m Money) MulRate(bps int64) Money {
	num := m.Amount * bps
	q, r := num/10000, num%10000
	if r < 0 {
		r = -r
	}
	if r > 5000 || (r == 5000 && q%2 != 0) {
		if num < 0 {
			q--
		} else {
			q++
		}
	}
	return Money{q, m.Cur}
}

func (m Money) Split(n int) []Money {
	parts := make([]Money, n)
	base, rem := m.Amount/int64(n), m.Amount%int64(n)
	for i := range parts {
		parts[i] = Money{base, m.Cur}
		if int64(i) < rem {
			parts[i].Amount++
		}
	}
	return parts
}

func group(digits string) string {
	var b strings.Builder
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func (m Money) String() string {
	a := m.Amount
	sign := ""
	if a < 0 {
		sign, a = "-", -a
	}
	p := pow10(m.Cur.Decimals)
	s := sign + m.Cur.Symbol + group(strconv.FormatInt(a/p, 10))
	if m.Cur.Decimals > 0 {
		s += fmt.Sprintf(".%0*d", m.Cur.Decimals, a%p)
	}
	return s
}

type Invoice struct {
	Lines []Money
	TaxBP int64
}

func (inv *Invoice) Total() (Money, error) {
	if len(inv.Lines) == 0 {
		return Money{}, errors.New("empty invoice")
	}
	sum := inv.Lines[0]
	for _, l := range inv.Lines[1:] {
		var err error
		if sum, err = sum.Add(l); err != nil {
			return Money{}, err
		}
	}
	return sum.Add(sum.MulRate(inv.TaxBP))
}

func must(m Money, err error) Money {
	if err != nil {
		panic(err)
	}
	return m
}

func main() {
	inv := &Invoice{TaxBP: 825}
	for _, s := range []string{"1,234.50", "99.99", "0.05", "-10"} {
		inv.Lines = append(inv.Lines, must(ParseMoney(s, "USD")))
	}
	total, err := inv.Total()
	fmt.Println("total:", total, err)
	fmt.Println("split 3:", total.Split(3))
	fmt.Println(must(ParseMoney("1234567", "JPY")), must(ParseMoney("-0.125", "BHD")), must(ParseMoney("12.3", "EUR")))
	fmt.Println(Money{25, currencies["USD"]}.MulRate(5000), Money{35, currencies["USD"]}.MulRate(5000))
	_, err = ParseMoney("1.234", "USD")
	fmt.Println(err)
	inv.Lines = append(inv.Lines, must(ParseMoney("5", "EUR")))
	_, err = inv.Total()
	fmt.Println(err, errors.Is(err, ErrCurrency))
}
