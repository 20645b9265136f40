package main

import (
	"errors"
	"fmt"
	"strings"
)

type Program struct {
	code  []byte
	jumps map[int]int
}

var ErrUnbalanced = errors.New("unbalanced brackets")

func Compile(src string) (*Program, error) {
	p := &Program{jumps: map[int]int{}}
	for i := 0; i < len(src); i++ {
		if strings.IndexByte("+-<>[].,", src[i]) >= 0 {
			p.code = append(p.code, src[i])
		}
	}
	var stack []int
	for i, c := range p.code {
		switch c {
		case '[':
			stack = append(stack, i)
		case ']':
			if len(stack) == 0 {
				return nil, fmt.Errorf("at %d: %w", i, ErrUnbalanced)
			}
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			p.jumps[i], p.jumps[j] = j, i
		}
	}
	if len(stack) > 0 {
		return nil, ErrUnbalanced
	}
	return p, nil
}

func (p *Program) Run(input string, maxSteps int) (string, error) {
	var tape [30000]byte
	var out strings.Builder
	ptr, in, steps := 0, 0, 0
	for pc := 0; pc < len(p.code); pc++ {
		if steps++; steps > maxSteps {
			return out.String(), errors.New("step limit")
		}
		switch p.code[pc] {
		case '+':
			tape[ptr]++
		case '-':
			tape[ptr]--
		case '>':
			ptr = (ptr + 1) % len(tape)
		case '<':
			ptr = (ptr - 1 + len(tape)) % len(tape)
		case '.':
			out.WriteByte(tape[ptr])
		case ',':
			if in < len(input) {
				tape[ptr] = input[in]
				in++
			} else {
				tape[ptr] = 0
			}
		case '[':
			if tape[ptr] == 0 {
				pc = p.jumps[pc]
			}
		case ']':
			if tape[ptr] != 0 {
				pc = p.jumps[pc]
			}
		}
	}
	return out.String(), nil
}

const hello = `++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.`

const rev = `>,[>,]<[.<]`

func main() {
	p, err := Compile(hello)
	if err != nil {
		fmt.Println(err)
		return
	}
	out, err := p.Run("", 100000)
	fmt.Printf("%q %v\n", out, err)
	r, _ := Compilerev)
	out, err = r.Run("gopher", 1000)
	fmt.Println(out, err)
	_, err = Compile("[[]")
	fmt.Println(err)
	_, err = Compile("]")
	fmt.Println(err)
	loop, _ := Compile("+[]")
	_, err = loop.Run("", 100)
	fmt.Println(err)
}
