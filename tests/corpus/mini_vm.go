// A bytecode stack VM: an assembler with labels, a fixed-size operand stack and
// call frames held in large arrays, native functions and a disassembler.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Op byte

const (
	PUSH Op = iota
	ADD
	SUB
	MUL
	LT
	JMP
	JZ
	LOAD
	STORE
	CALL
	RET
	NATIVE
	PRINT
	HALT
)

var opNames = [...]string{"PUSH", "ADD", "SUB", "MUL", "LT", "JMP", "JZ", "LOAD", "STORE", "CALL", "RET", "NATIVE", "PRINT", "HALT"}

type Instr struct {
	Op  Op
	Arg int
}

type frame struct {
	ret    int
	locals [16]int
}

type VM struct {
	code    []Instr
	stack   [1024]int
	sp      int
	frames  [256]frame
	fp      int
	natives []func(int) int
	out     strings.Builder
	steps   int
}

var ErrStack = errors.New("stack overflow")

func Assemble(src string) ([]Instr, error) {
	labels := map[string]int{}
	var lines [][]string
	for _, l := range strings.Split(src, "\n") {
		f := strings.Fields(strings.SplitN(l, ";", 2)[0])
		if len(f) == 0 {
			continue
		}
		if strings.HasSuffix(f[0], ":") {
			labels[strings.TrimSuffix(f[0], ":")] = len(lines)
			if f = f[1:]; len(f) == 0 {
				continue
			}
		}
		lines = append(lines, f)
	}
	code := make([]Instr, 0, len(lines))
	for i, f := range lines {
		op := -1
		for j, n := range opNames {
			if strings.EqualFold(n, f[0]) {
				op = j
			}
		}
		if op < 0 {
			return nil, fmt.Errorf("instr %d: unknown op %q", i, f[0])
		}
		in := Instr{Op: Op(op)}
		if len(f) > 1 {
			if n, err := strconv.Atoi(f[1]); err == nil {
				in.Arg = n
			} else if at, ok := labels[f[1]]; ok {
				in.Arg = at
			} else {
				return nil, fmt.Errorf("instr %d: bad operand %q", i, f[1])
			}
		}
		code = append(code, in)
	}
	return code, nil
}

func (vm *VM) push(v int) error {
	if vm.sp == len(vm.stack) {
		return ErrStack
	}
	vm.stack[vm.sp] = v
	vm.sp++
	return nil
}

func (vm *VM) pop() int {
	vm.sp--
	return vm.stack[vm.sp]
}

func (vm *VM) Run(limit int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("vm panic after %d steps: %v", vm.steps, r)
		}
	}()
	for pc := 0; pc < len(vm.code) && vm.steps < limit; vm.steps++ {
		in := vm.code[pc]
		pc++
		switch in.Op {
		case PUSH:
			err = vm.push(in.Arg)
		case ADD, SUB, MUL, LT:
			b, a := vm.pop(), vm.pop()
			r := map[Op]func(int, int) int{
				ADD: func(x, y int) int { return x + y },
				SUB: func(x, y int) int { return x - y },
				MUL: func(x, y int) int { return x * y },
				LT: func(x, y int) int {
					if x < y {
						return 1
					}
					return 0
				},
			}[in.Op](a, b)
			err = vm.push(r)
		case JMP:
			pc = in.Arg
		case JZ:
			if vm.pop() == 0 {
				pc = in.Arg
			}
		case LOAD:
			err = vm.push(vm.frames[vm.fp].locals[in.Arg])
		case STORE:
			vm.frames[vm.fp].locals[in.Arg] = vm.pop()
		case CALL:
			vm.fp++
			vm.frames[vm.fp] = frame{ret: pc}
			pc = in.Arg
		case RET:
			pc = vm.frames[vm.fp].ret
			vm.fp--
		case NATIVE:
			err = vm.push(vm.natives[in.Arg](vm.pop()))
		case PRINT:
			fmt.Fprintln(&vm.out, vm.pop())
		case HALT:
			return nil
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func Disassemble(code []Instr) string {
	var sb strings.Builder
	for i, in := range code {
		fmt.Fprintf(&sb, "%03d %-6s %d\n", i, opNames[in.Op], in.Arg)
	}
	return sb.String()
}

const program = `
        push 10
        store 0        ; n = 10
        push 1
        store 1        ; acc = 1
loop:   load 0
        jz done
        load 1
        load 0
        mul
        store 1
        load 0
        push 1
        sub
        store 0
        jmp loop
done:   load 1
        print
        push 7
        native 0
        print
        halt`

func main() {
	code, err := Assemble(program)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(Disassemble(code[:4]))
	vm := &VM{code: code, natives: []func(int) int{func(x int) int { return x * x }}}
	err = vm.Run(10000)
	fmt.Print(vm.out.String())
	fmt.Println("steps:", vm.steps, "err:", err)

	bad, _ := Assemble("add\nprint")
	vm2 := &VM{code: bad}
	fmt.Println(vm2.Run(10))
	_, err = Assemble("jmp nowhere")
	fmt.Println(err)
}
