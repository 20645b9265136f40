// polynomial.go - polynomials over float64 as coefficient slices: add,
// multiply, derivative, Horner evaluation, Newton's method root finding
// and pretty printing.
package main

import (
	"fmt"
	"math"
	"strings"
)

// Poly holds coefficients, lowest degree first: {1, 0, 2} is 2x^2 + 1.
type Poly []float64

func (p Poly) Degree() int {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] != 0 {
			return i
		}
	}
	return -1
}

func (p Poly) trim() Poly { return p[:p.Degree()+1] }

func (p Poly) Add(q Poly) Poly {
	n := len(p)
	if len(q) > n {
		n = len(q)
	}
	out := make(Poly, n)
	copy(out, p)
	for i, c := range q {
		out[i] += c
	}
	return out.trim()
}

func (p Poly) Mul(q Poly) Poly {
	if len(p) == 0 || len(q) == 0 {
		return nil
	}
	out := make(Poly, len(p)+len(q)-1)
	for i, a := range p {
		for j, b := range q {
			out[i+j] += a * b
		}
	}
	return out.trim()
}

func (p Poly) Derivative() Poly {
	if len(p) <= 1 {
		return Poly{}
	}
	out := make(Poly, len(p)-1)
	for i := 1; i < len(p); i++ {
		out[i-1] = float64(i) * p[i]
	}
	return out
}

func (p Poly) Eval(x float64) float64 {
	y := 0.0
	for i := len(p) - 1; i >= 0; i-- {
		y = y*x + p[i]
	}
	return y
}

func (p Poly) Newton(x0 float64, maxIter int) (float64, int, bool) {
	d := p.Derivative()
	x := x0
	for i := 1; i <= maxIter; i++ {
		fx, dfx := p.Eval(x), d.Eval(x)
		if dfx == 0 {
			return x, i, false
		}
		next := x - fx/dfx
		if math.Abs(next-x) < 1e-12 {
			return next, i, true
		}
		x = next
	}
	return x, maxIter, false
}

func (p Poly) String() string {
	if p.Degree() < 0 {
		return "0"
	}
	var sb strings.Builder
	for i := p.Degree(); i >= 0; i-- {
		c := p[i]
		if c == 0 {
			continue
		}
		if sb.Len() > 0 {
			if c < 0 {
				sb.WriteString(" - ")
				c = -c
			} else {
				sb.WriteString(" + ")
			}
		}
		if c != 1 || i == 0 {
			fmt.Fprintf(&sb, "%g", c)
		}
		switch i {
		case 0:
		case 1:
			sb.WriteString("x")
		default:
			fmt.Fprintf(&sb, "x^%d", i)
		}
	}
	return sb.String()
}

func fromRoots(roots ...float64) Poly {
	p := Poly{1}
	for _, r := range roots {
		p = p.Mul(Poly{-r, 1})
	}
	return p
}

func main() {
	p := fromRoots(1, -2, 3)
	fmt.Println("p   =", p)
	fmt.Println("p'  =", p.Derivative())
	fmt.Println("p+q =", p.Add(Poly{0, 0, 0, -1}))
	for _, x0 := range []float64{0, 2.5, -5, 10} {
		r, it, ok := p.Newton(x0, 50)
		fmt.Printf("from %5.1f: root %.6f after %d steps (%v)\n", x0, r, it, ok)
	}
	fmt.Println(p.Eval(3), Poly{}.Degree(), Poly{0, 0}.String())
}
