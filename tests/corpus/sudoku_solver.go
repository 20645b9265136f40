package main

import (
	"fmt"
	"strings"
)

type Grid [9][9]int8

func (g *Grid) canPlace(r, c int, v int8) bool {
	for i := 0; i < 9; i++ {
		if g[r][i] == v || g[i][c] == v {
			return false
		}
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			if g[i][j] == v {
				return false
			}
		}
	}
	return true
}

func (g *Grid) Solve(steps *int) bool {
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if g[r][c] != 0 {
				continue
			}
			for v := int8(1); v <= 9; v++ {
				if g.canPlace(r, c, v) {
					g[r][c] = v
					*steps++
					if g.Solve(steps) {
						return true
					}
					g[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func ParseGrid(s string) (Grid, error) {
	var g Grid
	s = strings.ReplaceAll(s, "\n", "")
	if len(s) != 81 {
		return g, fmt.Errorf("need 81 cells, got %d", len(s))
	}
	for i := 0; i < 81; i++ {
		ch := s[i]
		switch {
		case ch == '.' || ch == '0':
		case ch >= '1' && ch <= '9':
			g[i/9][i%9] = int8(ch - '0')
		default:
			return g, fmt.Errorf("bad cell %q", ch)
		}
	}
	return g, nil
}

func (g Grid) String() string {
	var b strings.Builder
	for r, row := range g {
		if r%3 == 0 && r > 0 {
			b.WriteString("------+-------+------\n")
		}
		for c, v := range row {
			if c%3 == 0 && c > 0 {
				b.WriteString("| ")
			}
			fmt.Fprintf(&b, "%d ", v)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

const puzzle = `53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79`

func main() {
	g, err := ParseGrid(puzzle)
	if err != nil {
		fmt.Println(err)
		return
	}
	steps := 0
	ok := g.Solve(&steps)
	fmt.Print(g)
	fmt.Println(ok, steps > 0)
	_, err = ParseGrid("123")
	fmt.Println(err)
}
