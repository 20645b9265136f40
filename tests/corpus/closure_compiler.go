package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// An expression is compiled once into a tree of closures, then evaluated many times.
type Env map[string]float64

type Eval func(env Env) (float64, error)

type node interface{ compile() Eval }

type num float64
type variable string
type binop struct {
	op   byte
	l, r node
}
type call struct {
	fn   string
	args []node
}

var ErrUnbound = errors.New("unbound variable")

func (n num) compile() Eval {
	v := float64(n)
	return func(Env) (float64, error) { return v, nil }
}

func (v variable) compile() Eval {
	name := string(v)
	return func(env Env) (float64, error) {
		x, ok := env[name]
		if !ok {
			return 0, fmt.Errorf("%w: %s", ErrUnbound, name)
		}
		return x, nil
	}
}

func (b *binop) compile() Eval {
	l, r := b.l.compile(), b.r.compile()
	var f func(x, y float64) float64
	switch b.op {
	case '+':
		f = func(x, y float64) float64 { return x + y }
	case '-':
		f = func(x, y float64) float64 { return x - y }
	case '*':
		f = func(x, y float64) float64 { return x * y }
	default:
		f = func(x, y float64) float64 { return x / y }
	}
	return func(env Env) (float64, error) {
		x, err := l(env)
		if err != nil {
			return 0, err
		}
		y, err := r(env)
		if err != nil {
			return 0, err
		}
		return f(x, y), nil
	}
}

var builtins = map[string]func(...float64) float64{
	"max": func(xs ...float64) float64 {
		m := xs[0]
		for _, x := range xs[1:] {
			if x > m {
				m = x
			}
		}
		return m
	},
	"sum": func(xs ...float64) float64 {
		s := 0.0
		for _, x := range xs {
			s += x
		}
		return s
	},
}

func (c *call) compile() Eval {
	fn := builtins[c.fn]
	args := make([]Eval, len(c.args))
	for i, a := range c.args {
		args[i] = a.compile()
	}
	return func(env Env) (float64, error) {
		vals := make([]float64, len(args))
		for i, a := range args {
			v, err := a(env)
			if err != nil {
				return 0, err
			}
			vals[i] = v
		}
		return fn(vals...), nil
	}
}

type parser struct {
	toks []string
	pos  int
}

func (p *parser) next() string {
	if p.pos >= len(p.toks) {
		return ""
	}
	t := p.toks[p.pos]
	p.pos++
	return t
}

func (p *parser) peek() string {
	if p.pos >= len(p.toks) {
		return ""
	}
	return p.toks[p.pos]
}

// expr := term (('+'|'-') term)* ; term := atom (('*'|'/') atom)*
func (p *parser) expr() node {
	n := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		op := p.next()[0]
		n = &binop{op, n, p.term()}
	}
	return n
}

func (p *parser) term() node {
	n := p.atom()
	for p.peek() == "*" || p.peek() == "/" {
		op := p.next()[0]
		n = &binop{op, n, p.atom()}
	}
	return n
}

func (p *parser) atom() node {
	t := p.next()
	if t == "(" {
		n := p.expr()
		p.next()
		return n
	}
	if f, err := strconv.ParseFloat(t, 64); err == nil {
		return num(f)
	}
	if p.peek() == "[" {
		p.next()
		c := &call{fn: t}
		for p.peek() != "]" {
			c.args = append(c.args, p.expr())
			if p.peek() == "," {
				p.next()
			}
		}
		p.next()
		return c
	}
	return variable(t)
}

func Compile(src string) Eval {
	p := &parser{toks: strings.Fields(src)}
	return p.expr().compile()
}

func main() {
	f := Compile("( x + 1 ) * y - max [ x , y , 10 ] / 2")
	for _, env := range []Env{{"x": 1, "y": 2}, {"x": 30, "y": 0.5}, {"x": 3}} {
		v, err := f(env)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrUnbound))
			continue
		}
		fmt.Printf("%v => %.3f\n", env, v)
	}
	g := Compile("sum [ 1 , 2 , 3 , z ]")
	fmt.Println(g(Env{"z": 4}))
}
