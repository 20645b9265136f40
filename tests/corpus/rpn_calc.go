package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

var ErrStack = errors.New("stack underflow")

type Stack struct{ vals []float64 }

func (s *Stack) Push(v float64) { s.vals = append(s.vals, v) }

func (s *Stack) Pop() (float64, error) {
	if len(s.vals) == 0 {
		return 0, ErrStack
	}
	v := s.vals[len(s.vals)-1]
	s.vals = s.vals[:len(s.vals)-1]
	return v, nil
}

type binop func(a, b float64) (float64, error)

var ops = map[string]binop{
	"+": func(a, b float64) (float64, error) { return a + b, nil },
	"-": func(a, b float64) (float64, error) { return a - b, nil },
	"*": func(a, b float64) (float64, error) { return a * b, nil },
	"/": func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, errors.New("divide by zero")
		}
		return a / b, nil
	},
	"^": func(a, b float64) (float64, error) { return math.Pow(a, b), nil },
}

func Eval(expr string) (float64, error) {
	var st Stack
	for _, tok := range strings.Fields(expr) {
		if op, ok := ops[tok]; ok {
			b, err := st.Pop()
			if err != nil {
				return 0, err
			}
			a, err := st.Pop()
			if err != nil {
				return 0, err
			}
			r, err := op(a, b)
			if err != nil {
				return 0, fmt.Errorf("%s: %w", tok, err)
			}
			st.Push(r)
			continue
		}
		switch tok {
		case "sqrt":
			a, err := st.Pop()
			if err != nil {
				return 0, err
			}
			st.Push(math.Sqrt(a))
		case "dup":
			a, err := st.Pop()
			if err != nil {
				return 0, err
			}
			st.Push(a)
			st.Push(a)
		default:
			v, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, fmt.Errorf("bad token %q", tok)
			}
			st.Push(v)
		}
	}
	if len(st.vals) != 1 {
		return 0, fmt.Errorf("expected 1 value, have %d", len(st.vals))
	}
	return st.vals[0], nil
}

func main() {
	for _, e := range []string{"3 4 + 2 *", "2 3 ^ sqrt", "1 0 /", "5 dup *", "+", "1 2", "x"} {
		v, err := Eval(e)
		fmt.Printf("%-12s => %g %v\n", e, v, err)
	}
}
