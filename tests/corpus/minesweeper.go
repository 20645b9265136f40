// minesweeper.go - a Minesweeper board: seeded mine placement that avoids
// the first click, neighbour counts, flood-fill reveal with an explicit
// stack, flags, and win/lose detection.
package main

import (
	"fmt"
	"math/rand"
	"strings"
)

type Cell struct {
	Mine     bool
	Revealed bool
	Flagged  bool
	Adjacent int
}

type Board struct {
	W, H   int
	Cells  [][]Cell
	mines  int
	placed bool
	rng    *rand.Rand
	Lost   bool
}

func NewBoard(w, h, mines int, seed int64) *Board {
	cells := make([][]Cell, h)
	for y := range cells {
		cells[y] = make([]Cell, w)
	}
	return &Board{W: w, H: h, Cells: cells, mines: mines, rng: rand.New(rand.NewSource(seed))}
}

func (b *Board) neighbours(x, y int, fn func(nx, ny int)) {
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			nx, ny := x+dx, y+dy
			if (dx != 0 || dy != 0) && nx >= 0 && ny >= 0 && nx < b.W && ny < b.H {
				fn(nx, ny)
			}
		}
	}
}

func (b *Board) place(safeX, safeY int) {
	for left := b.mines; left > 0; {
		x, y := b.rng.Intn(b.W), b.rng.Intn(b.H)
		if b.Cells[y][x].Mine || (abs(x-safeX) <= 1 && abs(y-safeY) <= 1) {
			continue
		}
		b.Cells[y][x].Mine = true
		left--
	}
	for y := 0; y < b.H; y++ {
		for x := 0; x < b.W; x++ {
			n := 0
			b.neighbours(x, y, func(nx, ny int) {
				if b.Cells[ny][nx].Mine {
					n++
				}
			})
			b.Cells[y][x].Adjacent = n
		}
	}
	b.placed = true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Reveal opens a cell; empty regions open with an iterative flood fill.
func (b *Board) Reveal(x, y int) int {
	if !b.placed {
		b.place(x, y)
	}
	c := &b.Cells[y][x]
	if c.Flagged || c.Revealed {
		return 0
	}
	if c.Mine {
		b.Lost = true
		c.Revealed = true
		return 1
	}
	opened := 0
	stack := [][2]int{{x, y}}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		cell := &b.Cells[p[1]][p[0]]
		if cell.Revealed || cell.Flagged {
			continue
		}
		cell.Revealed = true
		opened++
		if cell.Adjacent == 0 {
			b.neighbours(p[0], p[1], func(nx, ny int) {
				if !b.Cells[ny][nx].Revealed {
					stack = append(stack, [2]int{nx, ny})
				}
			})
		}
	}
	return opened
}

func (b *Board) Won() bool {
	for _, row := range b.Cells {
		for _, c := range row {
			if !c.Mine && !c.Revealed {
				return false
			}
		}
	}
	return !b.Lost
}

func (b *Board) String() string {
	var sb strings.Builder
	for _, row := range b.Cells {
		for _, c := range row {
			switch {
			case c.Flagged:
				sb.WriteByte('F')
			case !c.Revealed:
				sb.WriteByte('#')
			case c.Mine:
				sb.WriteByte('*')
			case c.Adjacent == 0:
				sb.WriteByte('.')
			default:
				sb.WriteByte(byte('0' + c.Adjacent))
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	b := NewBoard(12, 8, 14, 42)
	fmt.Println("opened", b.Reveal(5, 4))
	fmt.Print(b)
	for y := 0; y < b.H; y++ {
		for x := 0; x < b.W; x++ {
			if b.Cells[y][x].Mine {
				b.Cells[y][x].Flagged = true
			}
		}
	}
	for y := 0; y < b.H; y++ {
		for x := 0; x < b.W; x++ {
			b.Reveal(x, y)
		}
	}
	fmt.Println("won:", b.Won(), "lost:", b.Lost)
}
