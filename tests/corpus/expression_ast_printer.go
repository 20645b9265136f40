// expression_ast_printer.go - an arithmetic AST with interfaces and pointer
// nodes: constant folding, simplification rules (x*1, x+0, 0*x), derivative
// with respect to a variable, and printing with minimal parentheses.
package main

import (
	"fmt"
	"strconv"
)

type Expr interface {
	String() string
	prec() int
}

type Num float64
type Var string
type BinOp struct {
	Op   byte
	L, R Expr
}

func (n Num) String() string { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (Num) prec() int        { return 9 }
func (v Var) String() string { return string(v) }
func (Var) prec() int        { return 9 }

func (b *BinOp) prec() int {
	switch b.Op {
	case '+', '-':
		return 1
	case '*', '/':
		return 2
	}
	return 3
}

func paren(e Expr, min int) string {
	if e.prec() < min {
		return "(" + e.String() + ")"
	}
	return e.String()
}

func (b *BinOp) String() string {
	p := b.prec()
	right := p
	if b.Op == '-' || b.Op == '/' {
		right++
	}
	if b.Op == '^' {
		return paren(b.L, p+1) + "^" + paren(b.R, p)
	}
	return paren(b.L, p) + " " + string(b.Op) + " " + paren(b.R, right)
}

func bin(op byte, l, r Expr) Expr { return &BinOp{op, l, r} }

func Simplify(e Expr) Expr {
	b, ok := e.(*BinOp)
	if !ok {
		return e
	}
	l, r := Simplify(b.L), Simplify(b.R)
	ln, lok := l.(Num)
	rn, rok := r.(Num)
	if lok && rok {
		switch b.Op {
		case '+':
			return ln + rn
		case '-':
			return ln - rn
		case '*':
			return ln * rn
		case '/':
			if rn != 0 {
				return ln / rn
			}
		}
	}
	switch {
	case b.Op == '*' && (lok && ln == 0 || rok && rn == 0):
		return Num(0)
	case b.Op == '*' && lok && ln == 1:
		return r
	case (b.Op == '*' || b.Op == '/') && rok && rn == 1:
		return l
	case b.Op == '+' && lok && ln == 0:
		return r
	case (b.Op == '+' || b.Op == '-') && rok && rn == 0:
		return l
	case b.Op == '^' && rok && rn == 1:
		return l
	}
	return &BinOp{b.Op, l, r}
}

func Deriv(e Expr, x Var) Expr {
	switch e := e.(type) {
	case Num:
		return Num(0)
	case Var:
		if e == x {
			return Num(1)
		}
		return Num(0)
	case *BinOp:
		dl, dr := Deriv(e.L, x), Deriv(e.R, x)
		switch e.Op {
		case '+', '-':
			return bin(e.Op, dl, dr)
		case '*':
			return bin('+', bin('*', dl, e.R), bin('*', e.L, dr))
		case '/':
			return bin('/', bin('-', bin('*', dl, e.R), bin('*', e.L, dr)), bin('^', e.R, Num(2)))
		case '^':
			if n, ok := e.R.(Num); ok {
				return bin('*', bin('*', n, bin('^', e.L, n-1)), dl)
			}
		}
	}
	panic(fmt.Sprintf("cannot differentiate %v", e))
}

func Eval(e Expr, env map[Var]float64) float64 {
	switch e := e.(type) {
	case Num:
		return float64(e)
	case Var:
		return env[e]
	case *BinOp:
		l, r := Eval(e.L, env), Eval(e.R, env)
		switch e.Op {
		case '+':
			return l + r
		case '-':
			return l - r
		case '*':
			return l * r
		case '/':
			return l / r
		case '^':
			out := 1.0
			for i := 0; i < int(r); i++ {
				out *= l
			}
			return out
		}
	}
	return 0
}

func main() {
	x := Var("x")
	exprs := []Expr{
		bin('+', bin('*', Num(3), bin('^', x, Num(2))), bin('*', Num(2), x)),
		bin('/', Num(1), x),
		bin('*', bin('+', x, Num(0)), bin('-', x, Num(1))),
		bin('-', Num(10), bin('-', Num(4), Num(3))),
	}
	env := map[Var]float64{"x": 2}
	for _, e := range exprs {
		d := Simplify(Deriv(e, x))
		fmt.Printf("f = %-22v f' = %-30v f(2) = %g, f'(2) = %g\n", e, d, Eval(e, env), Eval(d, env))
	}
	fmt.Println(Simplify(exprs[3]), Simplify(bin('*', Num(0), x)))
}
