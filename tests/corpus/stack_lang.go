package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// A Forth-like stack language with builtins as method expressions.
type VM struct {
	stack []int
	words map[string][]string
	out   strings.Builder
	depth int
}

var (
	ErrUnderflow = errors.New("stack underflow")
	ErrUnknown   = errors.New("unknown word")
	ErrDepth     = errors.New("recursion too deep")
)

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) pop() (int, error) {
	n := len(vm.stack)
	if n == 0 {
		return 0, ErrUnderflow
	}
	v := vm.stack[n-1]
	vm.stack = vm.stack[:n-1]
	return v, nil
}

func (vm *VM) pop2() (int, int, error) {
	b, err := vm.pop()
	if err != nil {
		return 0, 0, err
	}
	a, err := vm.pop()
	return a, b, err
}

func (vm *VM) add() error { a, b, err := vm.pop2(); vm.push(a + b); return err }
func (vm *VM) sub() error { a, b, err := vm.pop2(); vm.push(a - b); return err }
func (vm *VM) mul() error { a, b, err := vm.pop2(); vm.push(a * b); return err }
func (vm *VM) dup() error {
	v, err := vm.pop()
	if err != nil {
		return err
	}
	vm.push(v)
	vm.push(v)
	return nil
}
func (vm *VM) swap() error {
	a, b, err := vm.pop2()
	if err != nil {
		return err
	}
	vm.push(b)
	vm.push(a)
	return nil
}
func (vm *VM) print() error {
	v, err := vm.pop()
	if err != nil {
		return err
	}
	fmt.Fprintf(&vm.out, "%d ", v)
	return nil
}

var builtins = map[string]func(*VM) error{
	"+":    (*VM).add,
	"-":    (*VM).sub,
	"*":    (*VM).mul,
	"dup":  (*VM).dup,
	"swap": (*VM).swap,
	".":    (*VM).print,
}

func NewVM() *VM { return &VM{words: map[string][]string{}} }

func (vm *VM) Run(src string) error {
	toks := strings.Fields(src)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t == ":" {
			end := i + 1
			for end < len(toks) && toks[end] != ";" {
				end++
			}
			if end >= len(toks) || end == i+1 {
				return fmt.Errorf("bad definition at token %d", i)
			}
			vm.words[toks[i+1]] = append([]string(nil), toks[i+2:end]...)
			i = end
			continue
		}
		if err := vm.exec(t); err != nil {
			return fmt.Errorf("%q: %w", t, err)
		}
	}
	return nil
}

func (vm *VM) exec(t string) error {
	if n, err := strconv.Atoi(t); err == nil {
		vm.push(n)
		return nil
	}
	if f, ok := builtins[t]; ok {
		return f(vm)
	}
	body, ok := vm.words[t]
	if !ok {
		return ErrUnknown
	}
	vm.depth++
	defer func() { vm.depth-- }()
	if vm.depth > 50 {
		return ErrDepth
	}
	for _, w := range body {
		if err := vm.exec(w); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	vm := NewVM()
	err := vm.Run(": sq dup * ; : cube dup sq * ; 3 sq . 4 cube . 10 2 swap - .")
	fmt.Println(vm.out.String(), err)
	err = vm.Run("1 + +")
	fmt.Println(err, errors.Is(err, ErrUnderflow))
	err = vm.Run(": loop loop ; loop")
	fmt.Println(err, errors.Is(err, ErrDepth))
	fmt.Println(vm.Run("frob"), vm.stack)
}
