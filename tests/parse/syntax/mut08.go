p main

import (
	"fmt"
	"strconv"
	"strings"
)

type OpCode byte

const (
	OpPush OpCode = iota
	OpAdd
	OpSub
	OpMul
	OpDup
	OpSwap
	OpJz
	OpJmp
	OpPrint
	OpHalt
	OpStore
	OpLoad
)

type Instr struct {
	Op  OpCode
	Arg int
}

type VM struct {
	code  []Instr
	stack []int
	vars  [8]int
	pc    int
	out   strings.Builder
	steps int
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) pop() int {
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) Run(limit int) error {
	for vm.pc < len(vm.code) {
		if vm.steps++; vm.steps > limit {
			return fmt.Errorf("step limit %d exceeded at pc=%d", limit, vm.pc)
		}
		in := vm.code[vm.pc]
		vm.pc++
		switch in.Op {
		case OpPush:
			vm.push(in.Arg)
		case OpAdd:
			b, a := vm.pop(), vm.pop()
			vm.push(a + b)
		case OpSub:
			b, a := vm.pop(), vm.pop()
			vm.push(a - b)
		case OpMul:
			b, a := vm.pop(), vm.pop()
			vm.push(a * b)
		case OpDup:
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case OpSwap:
			b, a := vm.pop(), vm.pop()
			vm.push(b)
			vm.push(a)
		case OpJz:
			if vm.pop() == 0 {
				vm.pc = in.Arg
			}
		case OpJmp:
			vm.pc = in.Arg
		case OpPrint:
			vm.out.WriteString(strconv.Itoa(vm.pop()))
			vm.out.WriteByte(' ')
		case OpStore:
			vm.vars[in.Arg] = vm.pop()
		case OpLoad:
			vm.push(vm.vars[in.Arg])
		case OpHalt:
			return nil
		default:
			return fmt.Errorf("bad opcode %d", in.Op)
		}
	}
	return nil
}

var names = map[string]OpCode{
	"push": OpPush, "add": OpAdd, "sub": OpSub, "mul": OpMul, "dup": OpDup, "swap": OpSwap,
	"jz": OpJz, "jmp": OpJmp, "print": OpPrint, "halt": OpHalt, "store": OpStore, "load": OpLoad,
}

func Assemble(src string) ([]Instr, error) {
	var code []Instr
	for i, line := range strings.Split(strings.TrimSpace(src), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		op, ok := names[f[0]]
		if !ok {
			return nil, fmt.Errorf("line %d: unknown op %q", i+1, f[0])
		}
		in := Instr{Op: op}
		if len(f) > 1 {
			n, err := strconv.Atoi(f[1])
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", i+1, err)
			}
			in.Arg = n
		}
		code = append(code, in)
	}
	return code, nil
}

// factorial of 5: acc in var 0, n in var 1
const program = `
push 1
store 0
push 5
store 1
load 1
jz 16
load 0
load 1
mul
store 0
load 1
push 1
sub
store 1
jmp 4
halt
load 0
print
`

func main() {
	code, err := Assemble(program)
	if err != nil {
		fmt.Println(err)
		return
	}
	vm := &VM{code: code}
	err = vm.Run(1000)
	fmt.Println(vm.out.String(), err)
	_, err = Assemble("push x")
	fmt.Println(err)
	loop := &VM{code: []Instr{{Op: OpJmp, Arg: 0}}}
	fmt.Println(loop.Run(50))
}
