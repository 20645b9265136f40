package main

import (
	"fmt"
	"strings"
)

const W, H = 16, 8

type Board [H][W]bool

func (b *Board) neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+H)%H, (c+dc+W)%W
			if b[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (b *Board) Step() *Board {
	var next Board
	for r := 0; r < H; r++ {
		for c := 0; c < W; c++ {
			n := b.neighbors(r, c)
			next[r][c] = n == 3 || (n == 2 && b[r][c])
		}
	}
	return &next
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, alive := range row {
			if alive {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (b *Board) Population() int {
	n := 0
	for r := range b {
		for c := range b[r] {
			if b[r][c] {
				n++
			}
		}
	}
	return n
}

func Parse(pattern string, top, left int) *Board {
	b := new(Board)
	for r, line := range strings.Split(pattern, "\n") {
		for c, ch := range line {
			if ch == '#' {
				b[top+r][left+c] = true
			}
		}
	}
	return b
}

func main() {
	glider := ".#.\n..#\n###"
	b := Parse(glider, 1, 1)
	for gen := 0; gen < 4; gen++ {
		b = b.Step()
	}
	fmt.Print(b)
	fmt.Println("population:", b.Population())
	var local Board
	local[0][0], local[0][1], local[0][2] = true, true, true
	fmt.Println(local.Step().Population())
}
