package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Expr interface {
	Eval(env map[string]float64) (float64, error)
}

type Num float64

type Var string

type Binary struct {
	Op   byte
	L, R Expr
}

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }

func (v Var) Eval(env map[string]float64) (float64, error) {
	x, ok := env[string(v)]
	if !ok {
		return 0, fmt.Errorf("undefined variable %q", string(v))
	}
	return x, nil
}

var errDivZero = errors.New("division by zero")

func (b *Binary) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, errDivZero
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad operator %c", b.Op)
}

type parser struct {
	s   string
	pos int
}

func (p *parser) skip() {
	for p.pos < len(p.s) && p.s[p.pos] == ' ' {
		p.pos++
	}
}

func (p *parser) expr() (Expr, error) {
	l, err := p.term()
	if err != nil {
		return nil, err
	}
	for p.skip(); p.pos < len(p.s) && (p.s[p.pos] == '+' || p.s[p.pos] == '-'); p.skip() {
		op := p.s[p.pos]
		p.pos++
		r, err := p.term()
		if err != nil {
			return nil, err
		}
		l = &Binary{op, l, r}
	}
	return l, nil
}

func (p *parser) term() (Expr, error) {
	l, err := p.factor()
	if err != nil {
		return nil, err
	}
	for p.skip(); p.pos < len(p.s) && (p.s[p.pos] == '*' || p.s[p.pos] == '/'); p.skip() {
		op := p.s[p.pos]
		p.pos++
		r, err := p.factor()
		if err != nil {
			return nil, err
		}
		l = &Binary{Op: op, L: l, R: r}
	}
	return l, nil
}

func (p *parser) factor() (Expr, error) {
	p.skip()
	if p.pos >= len(p.s) {
		return nil, errors.New("unexpected end")
	}
	c := p.s[p.pos]
	switch {
	case c == '(':
		p.pos++
		e, err := p.expr()
		if err != nil {
			return nil, err
		}
		p.skip()
		if p.pos >= len(p.s) || p.s[p.pos] != ')' {
			return nil, errors.New("missing )")
		}
		p.pos++
		return e, nil
	case c >= '0' && c <= '9':
		start := p.pos
		for p.pos < len(p.s) && (p.s[p.pos] >= '0' && p.s[p.pos] <= '9' || p.s[p.pos] == '.') {
			p.pos++
		}
		f, err := strconv.ParseFloat(p.s[start:p.pos], 64)
		if err != nil {
			return nil, err
		}
		return Num(f), nil
	case c >= 'a' && c <= 'z':
		start := p.pos
		for p.pos < len(p.s) && p.s[p.pos] >= 'a' && p.s[p.pos] <= 'z' {
			p.pos++
		}
		return Var(p.s[start:p.pos]), nil
	}
	return nil, fmt.Errorf("unexpected %q at %d", c, p.pos)
}

func Parse(s string) (Expr, error) {
	p := &parser{s: s}
	return p.expr()
}

func main() {
	env := map[string]float64{"x": 3, "y": 4}
	for _, src := range []string{"1 + 2 * 3", "(x + y) * 2", "x / (y - 4)", "z + 1", "2 * (3"} {
		e, err := Parse(src)
		if err != nil {
			fmt.Println(src, "parse error:", err)
			continue
		}
		v, err := e.Eval(env)
		fmt.Println(src, "=", v, err)
	}
}
