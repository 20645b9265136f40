package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// A tiny compiler: statements `let x = expr;`, `while expr { ... }`,
// `print expr;`, compiled to a stack machine and run.

type tok struct {
	kind string // "num", "id", "op", "kw", "eof"
	text string
	pos  int
}

var keywords = map[string]bool{"let": true, "while": true, "print": true, "if": true}

func lex(src string) ([]tok, error) {
	var out []tok
	for i := 0; i < len(src); {
		c := rune(src[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c):
			j := i
			for j < len(src) && unicode.IsDigit(rune(src[j])) {
				j++
			}
			out = append(out, tok{"num", src[i:j], i})
			i = j
		case unicode.IsLetter(c):
			j := i
			for j < len(src) && (unicode.IsLetter(rune(src[j])) || unicode.IsDigit(rune(src[j]))) {
				j++
			}
			k := "id"
			if keywords[src[i:j]] {
				k = "kw"
			}
			out = append(out, tok{k, src[i:j], i})
			i = j
		case strings.ContainsRune("+-*/%<>=!;{}()", c):
			if i+1 < len(src) && src[i+1] == '=' && strings.ContainsRune("<>=!", c) {
				out = append(out, tok{"op", src[i : i+2], i})
				i += 2
			} else {
				out = append(out, tok{"op", string(c), i})
				i++
			}
		default:
			return nil, fmt.Errorf("offset %d: unexpected %q", i, c)
		}
	}
	return append(out, tok{kind: "eof", pos: len(src)}), nil
}

type op int

const (
	opPush op = iota
	opLoad
	opStore
	opBin
	opJmp
	opJz
	opPrint
)

type instr struct {
	op  op
	arg int
	bin string
}

type compiler struct {
	toks  []tok
	pos   int
	code  []instr
	slots map[string]int
}

func (c *compiler) peek() tok { return c.toks[c.pos] }

func (c *compiler) next() tok {
	t := c.toks[c.pos]
	if t.kind != "eof" {
		c.pos++
	}
	return t
}

func (c *compiler) expect(text string) error {
	if t := c.next(); t.text != text {
		return fmt.Errorf("offset %d: expected %q, found %q", t.pos, text, t.text)
	}
	return nil
}

func (c *compiler) emit(i instr) int {
	c.code = append(c.code, i)
	return len(c.code) - 1
}

var precedence = map[string]int{"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2, "+": 3, "-": 3, "*": 4, "/": 4, "%": 4}

func (c *compiler) primary() error {
	t := c.next()
	switch {
	case t.kind == "num":
		n, _ := strconv.Atoi(t.text)
		c.emit(instr{op: opPush, arg: n})
	case t.kind == "id":
		slot, ok := c.slots[t.text]
		if !ok {
			return fmt.Errorf("offset %d: undefined: %s", t.pos, t.text)
		}
		c.emit(instr{op: opLoad, arg: slot})
	case t.text == "(":
		if err := c.expr(0); err != nil {
			return err
		}
		return c.expect(")")
	default:
		return fmt.Errorf("offset %d: unexpected %q", t.pos, t.text)
	}
	return nil
}

// expr compiles by precedence climbing.
func (c *compiler) expr(minPrec int) error {
	if err := c.primary(); err != nil {
		return err
	}
	for {
		t := c.peek()
		p, ok := precedence[t.text]
		if t.kind != "op" || !ok || p <= minPrec {
			return nil
		}
		c.next()
		if err := c.expr(p); err != nil {
			return err
		}
		c.emit(instr{op: opBin, bin: t.text})
	}
}

func (c *compiler) block() error {
	if err := c.expect("{"); err != nil {
		return err
	}
	for c.peek().text != "}" {
		if c.peek().kind == "eof" {
			return fmt.Errorf("unexpected end of input in block")
		}
		if err := c.stmt(); err != nil {
			return err
		}
	}
	return c.expect("}")
}

func (c *compiler) stmt() error {
	t := c.next()
	switch t.text {
	case "let":
		name := c.next()
		if name.kind != "id" {
			return fmt.Errorf("offset %d: expected name", name.pos)
		}
		if err := c.expect("="); err != nil {
			return err
		}
		if err := c.expr(0); err != nil {
			return err
		}
		slot, ok := c.slots[name.text]
		if !ok {
			slot = len(c.slots)
			c.slots[name.text] = slot
		}
		c.emit(instr{op: opStore, arg: slot})
		return c.expect(";")
	case "print":
		if err := c.expr(0); err != nil {
			return err
		}
		c.emit(instr{op: opPrint})
		return c.expect(";")
	case "while", "if":
		start := len(c.code)
		if err := c.expr(0); err != nil {
			return err
		}
		jz := c.emit(instr{op: opJz})
		if err := c.block(); err != nil {
			return err
		}
		if t.text == "while" {
			c.emit(instr{op: opJmp, arg: start})
		}
		c.code[jz].arg = len(c.code)
		return nil
	}
	return fmt.Errorf("offset %d: unexpected %q", t.pos, t.text)
}

func Compile(src string) ([]instr, int, error) {
	toks, err := lex(src)
	if err != nil {
		return nil, 0, err
	}
	c := &compiler{toks: toks, slots: map[string]int{}}
	for c.peek().kind != "eof" {
		if err := c.stmt(); err != nil {
			return nil, 0, err
		}
	}
	return c.code, len(c.slots), nil
}

func binop(o string, a, b int) int {
	switch o {
	case "+":
		return a + b
	case "-":
		return a - b
	case "*":
		return a * b
	case "/":
		return a / b
	case "%":
		return a % b
	}
	var r bool
	switch o {
	case "<":
		r = a < b
	case ">":
		r = a > b
	case "<=":
		r = a <= b
	case ">=":
		r = a >= b
	case "==":
		r = a == b
	case "!=":
		r = a != b
	}
	if r {
		return 1
	}
	return 0
}

func Run(code []instr, nslots int) []int {
	vars := make([]int, nslots)
	var stack []int
	var out []int
	pop := func() int {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		return v
	}
	for pc := 0; pc < len(code); pc++ {
		in := code[pc]
		switch in.op {
		case opPush:
			stack = append(stack, in.arg)
		case opLoad:
			stack = append(stack, vars[in.arg])
		case opStore:
			vars[in.arg] = pop()
		case opBin:
			b, a := pop(), pop()
			stack = append(stack, binop(in.bin, a, b))
		case opJmp:
			pc = in.arg - 1
		case opJz:
			if pop() == 0 {
				pc = in.arg - 1
			}
		case opPrint:
			out = append(out, pop())
		}
	}
	return out
}

const program = `
let a = 0; let b = 1; let n = 0;
while n < 10 {
	print a;
	let t = a + b; let a = b; let b = t;
	let n = n + 1;
}
if a % 2 == 1 { print 1000 + a; }
`

func main() {
	code, n, err := Compile(program)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(code), n, Run(code, n))
	for _, bad := range []string{"print x;", "let = 3;", "while 1 { print 2;", "print 1 $ 2;"} {
		_, _, err := Compile(bad)
		fmt.Println(err)
	}
}
