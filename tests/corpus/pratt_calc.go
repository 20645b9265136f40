// pratt_calc.go - an expression evaluator with a Pratt (top-down operator
// precedence) parser: variables, unary minus, right-associative ^, calls.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type tokKind int

const (
	tEOF tokKind = iota
	tNum
	tIdent
	tOp
	tLParen
	tRParen
	tComma
)

type token struct {
	kind tokKind
	text string
	num  float64
}

func scan(src string) ([]token, error) {
	var toks []token
	i := 0
	for i < len(src) {
		c := rune(src[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(src) && (unicode.IsDigit(rune(src[j])) || src[j] == '.') {
				j++
			}
			v, err := strconv.ParseFloat(src[i:j], 64)
			if err != nil {
				return nil, fmt.Errorf("bad number %q: %w", src[i:j], err)
			}
			toks = append(toks, token{kind: tNum, text: src[i:j], num: v})
			i = j
		case unicode.IsLetter(c):
			j := i
			for j < len(src) && unicode.IsLetter(rune(src[j])) {
				j++
			}
			toks = append(toks, token{kind: tIdent, text: src[i:j]})
			i = j
		case strings.ContainsRune("+-*/^%", c):
			toks = append(toks, token{kind: tOp, text: string(c)})
			i++
		case c == '(':
			toks = append(toks, token{kind: tLParen, text: "("})
			i++
		case c == ')':
			toks = append(toks, token{kind: tRParen, text: ")"})
			i++
		case c == ',':
			toks = append(toks, token{kind: tComma, text: ","})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return append(toks, token{kind: tEOF}), nil
}

type parser struct {
	toks []token
	pos  int
	vars map[string]float64
	fns  map[string]func(...float64) float64
}

var errEnd = errors.New("unexpected end of input")

func (p *parser) peek() token { return p.toks[p.pos] }

func (p *parser) next() token {
	t := p.toks[p.pos]
	if p.pos < len(p.toks)-1 {
		p.pos++
	}
	return t
}

func bindingPower(op string) (left, right int) {
	switch op {
	case "+", "-":
		return 10, 11
	case "*", "/", "%":
		return 20, 21
	case "^":
		return 31, 30
	}
	return 0, 0
}

func (p *parser) nud(t token) (float64, error) {
	switch t.kind {
	case tNum:
		return t.num, nil
	case tIdent:
		if p.peek().kind == tLParen {
			return p.call(t.text)
		}
		v, ok := p.vars[t.text]
		if !ok {
			return 0, fmt.Errorf("unknown variable %s", t.text)
		}
		return v, nil
	case tOp:
		if t.text == "-" {
			v, err := p.expr(25)
			return -v, err
		}
	case tLParen:
		v, err := p.expr(0)
		if err != nil {
			return 0, err
		}
		if p.next().kind != tRParen {
			return 0, errors.New("missing )")
		}
		return v, nil
	case tEOF:
		return 0, errEnd
	}
	return 0, fmt.Errorf("unexpected token %q", t.text)
}

func (p *parser) call(name string) (float64, error) {
	fn, ok := p.fns[name]
	if !ok {
		return 0, fmt.Errorf("unknown function %s", name)
	}
	p.next()
	var args []float64
	for p.peek().kind != tRParen {
		v, err := p.expr(0)
		if err != nil {
			return 0, err
		}
		args = append(args, v)
		if p.peek().kind == tComma {
			p.next()
		}
	}
	p.next()
	return fn(args...), nil
}

func (p *parser) expr(minBP int) (float64, error) {
	left, err := p.nud(p.next())
	if err != nil {
		return 0, err
	}
	for {
		t := p.peek()
		if t.kind != tOp {
			return left, nil
		}
		lbp, rbp := bindingPower(t.text)
		if lbp < minBP {
			return left, nil
		}
		p.next()
		right, err := p.expr(rbp)
		if err != nil {
			return 0, err
		}
		switch t.text {
		case "+":
			left += right
		case "-":
			left -= right
		case "*":
			left *= right
		case "/":
			left /= right
		case "%":
			left = math.Mod(left, right)
		case "^":
			left = math.Pow(left, right)
		}
	}
}

func eval(src string, vars map[string]float64) (float64, error) {
	toks, err := scan(src)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks, vars: vars, fns: map[string]func(...float64) float64{
		"max": func(xs ...float64) float64 {
			m := math.Inf(-1)
			for _, x := range xs {
				m = math.Max(m, x)
			}
			return m
		},
		"sqrt": func(xs ...float64) float64 { return math.Sqrt(xs[0]) },
	}}
	return p.expr(0)
}

func main() {
	vars := map[string]float64{"x": 3, "pi": math.Pi}
	for _, src := range []string{"1 + 2 * 3", "2 ^ 3 ^ 2", "-x * (x + 1)", "max(1, x, 2) + sqrt(16)", "y + 1", "(1 + 2", "7 % 4 / 2"} {
		v, err := eval(src, vars)
		if err != nil {
			fmt.Printf("%-24s error: %v\n", src, err)
			continue
		}
		fmt.Printf("%-24s = %g\n", src, v)
	}
}
