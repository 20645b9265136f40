// myers_diff.go - Myers' O(ND) diff between two line slices: the forward
// pass over diagonals with a V array per edit distance, backtracking to
// an edit script, and unified-diff style output with context.
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

type Edit struct {
	Kind OpKind
	Line string
	A, B int // 1-based line numbers in a and b (0 when absent)
}

func Diff(a, b []string) []Edit {
	n, m := len(a), len(b)
	max := n + m
	offset := max
	v := make([]int, 2*max+2)
	var trace [][]int
	for d := 0; d <= max; d++ {
		snapshot := make([]int, len(v))
		copy(snapshot, v)
		trace = append(trace, snapshot)
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[offset+k-1] < v[offset+k+1]) {
				x = v[offset+k+1]
			} else {
				x = v[offset+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			v[offset+k] = x
			if x >= n && y >= m {
				return backtrack(trace, a, b, offset)
			}
		}
	}
	return nil
}

func backtrack(trace [][]int, a, b []string, offset int) []Edit {
	x, y := len(a), len(b)
	var edits []Edit
	for d := len(trace) - 1; d >= 0; d-- {
		v := trace[d]
		k := x - y
		var prevK int
		if k == -d || (k != d && v[offset+k-1] < v[offset+k+1]) {
			prevK = k + 1
		} else {
			prevK = k - 1
		}
		prevX := v[offset+prevK]
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			edits = append(edits, Edit{Keep, a[x-1], x, y})
			x, y = x-1, y-1
		}
		if d > 0 {
			if x == prevX {
				edits = append(edits, Edit{Ins, b[y-1], 0, y})
			} else {
				edits = append(edits, Edit{Del, a[x-1], x, 0})
			}
		}
		x, y = prevX, prevY
	}
	for i, j := 0, len(edits)-1; i < j; i, j = i+1, j-1 {
		edits[i], edits[j] = edits[j], edits[i]
	}
	return edits
}

func Unified(edits []Edit, context int) string {
	var sb strings.Builder
	changed := make([]bool, len(edits))
	for i, e := range edits {
		if e.Kind != Keep {
			for j := i - context; j <= i+context; j++ {
				if j >= 0 && j < len(edits) {
					changed[j] = true
				}
			}
		}
	}
	gap := false
	for i, e := range edits {
		if !changed[i] {
			gap = true
			continue
		}
		if gap {
			sb.WriteString("@@\n")
			gap = false
		}
		fmt.Fprintf(&sb, "%c %s\n", e.Kind, e.Line)
	}
	return sb.String()
}

func main() {
	a := strings.Split("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(x)\n}\n// end", "\n")
	b := strings.Split("package main\n\nimport (\n\t\"fmt\"\n)\n\nfunc main() {\n\tx := 2\n\tfmt.Println(x)\n}\n// end", "\n")
	edits := Diff(a, b)
	ins, del := 0, 0
	for _, e := range edits {
		switch e.Kind {
		case Ins:
			ins++
		case Del:
			del++
		}
	}
	fmt.Print(Unified(edits, 1))
	fmt.Println("+", ins, "-", del, "edits", len(edits))
	fmt.Println(len(Diff(nil, []string{"x"})), len(Diff([]string{"same"}, []string{"same"})))
}
