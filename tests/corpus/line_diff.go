// A line-based diff: longest common subsequence table, edit script, unified-style
// hunks with context, and patch application to check the round trip.
package main

import (
	"fmt"
	"strings"
)

type OpKind byte

const (
	Keep OpKind = ' '
	Del  OpKind = '-'
	Ins  OpKind = '+'
)

type Op struct {
	Kind OpKind
	Line string
	A, B int // line numbers in old and new (1-based, 0 if absent)
}

func lcsTable(a, b []string) [][]int {
	t := make([][]int, len(a)+1)
	for i := range t {
		t[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				t[i][j] = t[i+1][j+1] + 1
			} else if t[i+1][j] >= t[i][j+1] {
				t[i][j] = t[i+1][j]
			} else {
				t[i][j] = t[i][j+1]
			}
		}
	}
	return t
}

func Diff(a, b []string) []Op {
	t := lcsTable(a, b)
	var ops []Op
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			ops = append(ops, Op{Keep, a[i], i + 1, j + 1})
			i++
			j++
		case t[i+1][j] >= t[i][j+1]:
			ops = append(ops, Op{Del, a[i], i + 1, 0})
			i++
		default:
			ops = append(ops, Op{Ins, b[j], 0, j + 1})
			j++
		}
	}
	for ; i < len(a); i++ {
		ops = append(ops, Op{Del, a[i], i + 1, 0})
	}
	for ; j < len(b); j++ {
		ops = append(ops, Op{Ins, b[j], 0, j + 1})
	}
	return ops
}

type Hunk struct {
	Ops []Op
}

func Hunks(ops []Op, context int) []Hunk {
	var hunks []Hunk
	var cur *Hunk
	lastChange := -1 << 30
	for i, op := range ops {
		if op.Kind == Keep {
			continue
		}
		start := i - context
		if start < 0 {
			start = 0
		}
		if cur == nil || start > lastChange+2*context {
			hunks = append(hunks, Hunk{})
			cur = &hunks[len(hunks)-1]
			cur.Ops = append(cur.Ops, ops[start:i]...)
		} else {
			cur.Ops = append(cur.Ops, ops[lastChange+1:i]...)
		}
		cur.Ops = append(cur.Ops, op)
		lastChange = i
		end := i + 1 + context
		if end > len(ops) {
			end = len(ops)
		}
		_ = end
	}
	for k := range hunks {
		h := &hunks[k]
		last := h.Ops[len(h.Ops)-1]
		idx := 0
		for idx < len(ops) && ops[idx] != last {
			idx++
		}
		for n := 1; n <= context && idx+n < len(ops) && ops[idx+n].Kind == Keep; n++ {
			h.Ops = append(h.Ops, ops[idx+n])
		}
	}
	return hunks
}

func (h Hunk) String() string {
	var sb strings.Builder
	a, b := 0, 0
	for _, op := range h.Ops {
		if a == 0 && op.A != 0 {
			a = op.A
		}
		if b == 0 && op.B != 0 {
			b = op.B
		}
	}
	fmt.Fprintf(&sb, "@@ -%d +%d @@\n", a, b)
	for _, op := range h.Ops {
		sb.WriteByte(byte(op.Kind))
		sb.WriteString(op.Line)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func Apply(a []string, ops []Op) []string {
	out := make([]string, 0, len(a))
	for _, op := range ops {
		if op.Kind != Del {
			out = append(out, op.Line)
		}
	}
	return out
}

func main() {
	oldText := "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\ty := 2\n\tfmt.Println(x)\n}\n\nfunc helper() {}\n\nfunc unused() {}"
	newText := "package main\n\nimport (\n\t\"fmt\"\n)\n\nfunc main() {\n\tx := 1\n\tfmt.Println(x)\n}\n\nfunc helper() {}\n\nfunc added() int { return 2 }"
	a, b := strings.Split(oldText, "\n"), strings.Split(newText, "\n")
	ops := Diff(a, b)
	adds, dels := 0, 0
	for _, op := range ops {
		switch op.Kind {
		case Ins:
			adds++
		case Del:
			dels++
		}
	}
	fmt.Printf("%d lines -> %d lines: +%d -%d\n", len(a), len(b), adds, dels)
	for _, h := range Hunks(ops, 1) {
		fmt.Print(h)
	}
	fmt.Println("round trip ok:", strings.Join(Apply(a, ops), "\n") == newText)
}
