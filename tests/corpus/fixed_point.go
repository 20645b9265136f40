package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Fixed is a decimal with four fractional digits.
type Fixed int64

const scale = 10000

var ErrFormat = errors.New("fixed: bad format")

func FromInt(n int) Fixed { return Fixed(n * scale) }

func Parse(s string) (Fixed, error) {
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	whole, frac, _ := strings.Cut(s, ".")
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%w: %q", ErrFormat, s)
	}
	if len(frac) > 4 {
		frac = frac[:4]
	}
	for len(frac) < 4 {
		frac += "0"
	}
	f, err := strconv.ParseInt(frac, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%w: %q", ErrFormat, s)
	}
	v := Fixed(w*scale + f)
	if neg {
		v = -v
	}
	return v, nil
}

func (f Fixed) Add(g Fixed) Fixed { return f + g }
func (f Fixed) Sub(g Fixed) Fixed { return f - g }
func (f Fixed) Mul(g Fixed) Fixed { return f * g / scale }
func (f Fixed) Div(g Fixed) Fixed { return f * scale / g }

func (f Fixed) String() string {
	sign := ""
	if f < 0 {
		sign = "-"
		f = -f
	}
	var b [24]byte
	out := strconv.AppendInt(b[:0], int64(f/scale), 10)
	out = append(out, '.')
	frac := int64(f % scale)
	for d := int64(1000); d > 0; d /= 10 {
		out = append(out, byte('0'+frac/d%10))
	}
	return sign + string(out)
}

type Line struct {
	Desc  string
	Qty   Fixed
	Price Fixed
}

type Invoice struct {
	Lines   []Line
	TaxRate Fixed
}

func (inv *Invoice) Add(desc, qty, price string) error {
	q, err := Parse(qty)
	if err != nil {
		return err
	}
	p, err := Parse(price)
	if err != nil {
		return err
	}
	inv.Lines = append(inv.Lines, Line{desc, q, p})
	return nil
}

func (inv Invoice) Totals() (net, tax, gross Fixed) {
	for _, l := range inv.Lines {
		net = net.Add(l.Qty.Mul(l.Price))
	}
	tax = net.Mul(inv.TaxRate)
	gross = net.Add(tax)
	return
}

func (inv Invoice) Render() string {
	var sb strings.Builder
	for _, l := range inv.Lines {
		fmt.Fprintf(&sb, "%-10s %8s x %10s = %12s\n", l.Desc, l.Qty, l.Price, l.Qty.Mul(l.Price))
	}
	net, tax, gross := inv.Totals()
	fmt.Fprintf(&sb, "%-10s %35s\n%-10s %35s\n%-10s %35s\n", "net", net, "tax", tax, "gross", gross)
	return sb.String()
}

func main() {
	rate, _ := Parse("0.2")
	inv := &Invoice{TaxRate: rate}
	for _, row := range [][3]string{{"apples", "3", "0.45"}, {"flour", "1.5", "2.199"}, {"eggs", "12", "0.3"}} {
		if err := inv.Add(row[0], row[1], row[2]); err != nil {
			fmt.Println(err)
		}
	}
	if err := inv.Add("bad", "x1", "1"); err != nil {
		fmt.Println(errors.Is(err, ErrFormat), err)
	}
	fmt.Print(inv.Render())
	fmt.Println(FromInt(7).Div(FromInt(3)), Fixed(-12345))
}
