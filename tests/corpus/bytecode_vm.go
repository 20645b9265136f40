// bytecode_vm.go - a compiler from a small AST to stack bytecode and the VM
// that runs it: arithmetic, locals, comparisons, jumps and a loop.
package main

import (
	"encoding/binary"
	"fmt"
	"strings"
)

type Op byte

const (
	OpPush Op = iota
	OpLoad
	OpStore
	OpAdd
	OpSub
	OpMul
	OpLess
	OpJump
	OpJumpIfFalse
	OpPrint
	OpHalt
)

var opNames = map[Op]string{OpPush: "PUSH", OpLoad: "LOAD", OpStore: "STORE", OpAdd: "ADD",
	OpSub: "SUB", OpMul: "MUL", OpLess: "LESS", OpJump: "JMP", OpJumpIfFalse: "JF", OpPrint: "PRINT", OpHalt: "HALT"}

type Node interface{ compile(*Compiler) }

type (
	Num    struct{ V int32 }
	Var    struct{ Name string }
	Bin    struct {
		Op   Op
		L, R Node
	}
	Assign struct {
		Name string
		X    Node
	}
	Print struct{ X Node }
	While struct {
		Cond Node
		Body []Node
	}
)

type Compiler struct {
	code  []byte
	slots map[string]byte
}

func (c *Compiler) emit(op Op, args ...byte) int {
	c.code = append(c.code, byte(op))
	c.code = append(c.code, args...)
	return len(c.code)
}

func (c *Compiler) slot(name string) byte {
	s, ok := c.slots[name]
	if !ok {
		s = byte(len(c.slots))
		c.slots[name] = s
	}
	return s
}

func (n Num) compile(c *Compiler) {
	var b [4]byte
	binary.LittleEndian.PutUint32(b[:], uint32(n.V))
	c.emit(OpPush, b[:]...)
}
func (n Var) compile(c *Compiler)    { c.emit(OpLoad, c.slot(n.Name)) }
func (n Bin) compile(c *Compiler)    { n.L.compile(c); n.R.compile(c); c.emit(n.Op) }
func (n Assign) compile(c *Compiler) { n.X.compile(c); c.emit(OpStore, c.slot(n.Name)) }
func (n Print) compile(c *Compiler)  { n.X.compile(c); c.emit(OpPrint) }

func (n While) compile(c *Compiler) {
	top := len(c.code)
	n.Cond.compile(c)
	patch := c.emit(OpJumpIfFalse, 0, 0)
	for _, s := range n.Body {
		s.compile(c)
	}
	c.emit(OpJump, byte(top), byte(top>>8))
	end := len(c.code)
	c.code[patch-2], c.code[patch-1] = byte(end), byte(end>>8)
}

func Compile(prog []Node) []byte {
	c := &Compiler{slots: map[string]byte{}}
	for _, n := range prog {
		n.compile(c)
	}
	c.emit(OpHalt)
	return c.code
}

type VM struct {
	stack  [64]int32
	sp     int
	locals [16]int32
	out    strings.Builder
}

func (vm *VM) push(v int32) { vm.stack[vm.sp] = v; vm.sp++ }
func (vm *VM) pop() int32   { vm.sp--; return vm.stack[vm.sp] }

func (vm *VM) Run(code []byte) (steps int) {
	pc := 0
	for {
		steps++
		op := Op(code[pc])
		pc++
		switch op {
		case OpPush:
			vm.push(int32(binary.LittleEndian.Uint32(code[pc:])))
			pc += 4
		case OpLoad:
			vm.push(vm.locals[code[pc]])
			pc++
		case OpStore:
			vm.locals[code[pc]] = vm.pop()
			pc++
		case OpAdd, OpSub, OpMul, OpLess:
			r, l := vm.pop(), vm.pop()
			switch op {
			case OpAdd:
				vm.push(l + r)
			case OpSub:
				vm.push(l - r)
			case OpMul:
				vm.push(l * r)
			default:
				if l < r {
					vm.push(1)
				} else {
					vm.push(0)
				}
			}
		case OpJump:
			pc = int(code[pc]) | int(code[pc+1])<<8
		case OpJumpIfFalse:
			target := int(code[pc]) | int(code[pc+1])<<8
			pc += 2
			if vm.pop() == 0 {
				pc = target
			}
		case OpPrint:
			fmt.Fprintln(&vm.out, vm.pop())
		case OpHalt:
			return steps
		default:
			panic(fmt.Sprintf("bad opcode %d at %d", op, pc-1))
		}
	}
}

func disasm(code []byte) {
	for pc := 0; pc < len(code); {
		op := Op(code[pc])
		n := 1
		switch op {
		case OpPush:
			n = 5
		case OpLoad, OpStore:
			n = 2
		case OpJump, OpJumpIfFalse:
			n = 3
		}
		fmt.Printf("%3d %-6s % x\n", pc, opNames[op], code[pc+1:pc+n])
		pc += n
	}
}

func main() {
	// i = 1; f = 1; while i < 8 { f = f * i; print f; i = i + 1 }
	prog := []Node{
		Assign{"i", Num{1}},
		Assign{"f", Num{1}},
		While{Bin{OpLess, Var{"i"}, Num{8}}, []Node{
			Assign{"f", Bin{OpMul, Var{"f"}, Var{"i"}}},
			Print{Var{"f"}},
			Assign{"i", Bin{OpAdd, Var{"i"}, Num{1}}},
		}},
	}
	code := Compile(prog)
	disasm(code)
	vm := &VM{}
	steps := vm.Run(code)
	fmt.Print(vm.out.String())
	fmt.Println("steps:", steps, "bytes:", len(code))
}
