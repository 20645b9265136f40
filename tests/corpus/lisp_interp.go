package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Value interface{}

type Symbol string

type List []Value

type Builtin func(args []Value) (Value, error)

type Lambda struct {
	params []Symbol
	body   Value
	env    *Env
}

type Env struct {
	vars  map[Symbol]Value
	outer *Env
}

func NewEnv(outer *Env) *Env { return &Env{vars: map[Symbol]Value{}, outer: outer} }

func (e *Env) Find(s Symbol) (Value, bool) {
	for env := e; env != nil; env = env.outer {
		if v, ok := env.vars[s]; ok {
			return v, true
		}
	}
	return nil, false
}

func tokenize(src string) []string {
	src = strings.ReplaceAll(src, "(", " ( ")
	src = strings.ReplaceAll(src, ")", " ) ")
	return strings.Fields(src)
}

func read(tokens *[]string) (Value, error) {
	if len(*tokens) == 0 {
		return nil, errors.New("unexpected EOF")
	}
	tok := (*tokens)[0]
	*tokens = (*tokens)[1:]
	switch tok {
	case "(":
		var l List
		for len(*tokens) > 0 && (*tokens)[0] != ")" {
			v, err := read(tokens)
			if err != nil {
				return nil, err
			}
			l = append(l, v)
		}
		if len(*tokens) == 0 {
			return nil, errors.New("missing )")
		}
		*tokens = (*tokens)[1:]
		return l, nil
	case ")":
		return nil, errors.New("unexpected )")
	}
	if n, err := strconv.ParseFloat(tok, 64); err == nil {
		return n, nil
	}
	return Symbol(tok), nil
}

func eval(x Value, env *Env) (Value, error) {
	switch v := x.(type) {
	case float64:
		return v, nil
	case Symbol:
		val, ok := env.Find(v)
		if !ok {
			return nil, fmt.Errorf("undefined: %s", v)
		}
		return val, nil
	case List:
		if len(v) == 0 {
			return v, nil
		}
		if head, ok := v[0].(Symbol); ok {
			switch head {
			case "quote":
				return v[1], nil
			case "if":
				c, err := eval(v[1], env)
				if err != nil {
					return nil, err
				}
				if b, ok := c.(bool); ok && !b {
					return eval(v[3], env)
				}
				return eval(v[2], env)
			case "define":
				val, err := eval(v[2], env)
				if err != nil {
					return nil, err
				}
				env.vars[v[1].(Symbol)] = val
				return val, nil
			case "lambda":
				var params []Symbol
				for _, p := range v[1].(List) {
					params = append(params, p.(Symbol))
				}
				return &Lambda{params, v[2], env}, nil
			}
		}
		f, err := eval(v[0], env)
		if err != nil {
			return nil, err
		}
		args := make([]Value, 0, len(v)-1)
		for _, a := range v[1:] {
			av, err := eval(a, env)
			if err != nil {
				return nil, err
			}
			args = append(args, av)
		}
		return apply(f, args)
	}
	return nil, fmt.Errorf("cannot eval %v", x)
}

func apply(f Value, args []Value) (Value, error) {
	switch fn := f.(type) {
	case Builtin:
		return fn(args)
	case *Lambda:
		env := NewEnv(fn.env)
		for i, p := range fn.params {
			env.vars[p] = args[i]
		}
		return eval(fn.body, env)
	}
	return nil, fmt.Errorf("not a function: %v", f)
}

func arith(op func(a, b float64) float64) Builtin {
	return func(args []Value) (Value, error) {
		acc, ok := args[0].(float64)
		if !ok {
			return nil, errors.New("not a number")
		}
		for _, a := range args[1:] {
			acc = op(acc, a.(float64))
		}
		return acc, nil
	}
}

func globals() *Env {
	env := NewEnv(nil)
	env.vars["+"] = arith(func(a, b float64) float64 { return a + b })
	env.vars["-"] = arith(func(a, b float64) float64 { return a - b })
	env.vars["*"] = arith(func(a, b float64) float64 { return a * b })
	env.vars["<"] = Builtin(func(args []Value) (Value, error) { return args[0].(float64) < args[1].(float64), nil })
	env.vars["list"] = Builtin(func(args []Value) (Value, error) { return List(args), nil })
	return env
}

func Run(src string, env *Env) (Value, error) {
	toks := tokenize(src)
	var last Value
	for len(toks) > 0 {
		expr, err := read(&toks)
		if err != nil {
			return nil, err
		}
		if last, err = eval(expr, env); err != nil {
			return nil, err
		}
	}
	return last, nil
}

func main() {
	env := globals()
	progs := []string{
		"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))  (fact 10)",
		"(define make-adder (lambda (x) (lambda (y) (+ x y)))) ((make-adder 3) 4)",
		"(list 1 2 (quote (a b)))",
		"(undefined-fn 1)",
		"(+ 1 2",
	}
	for _, p := range progs {
		v, err := Run(p, env)
		fmt.Println(v, err)
	}
}
