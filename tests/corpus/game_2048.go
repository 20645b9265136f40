// game_2048.go - the 2048 sliding-tile game on a [4][4]int board: slide and
// merge rows, rotate the board for the other directions, spawn tiles from a
// seeded source, and play a greedy bot until no move is left.
package main

import (
	"fmt"
	"math/rand"
	"strings"
)

type Board [4][4]int

type Dir int

const (
	Left Dir = iota
	Up
	Right
	Down
)

func (d Dir) String() string { return [...]string{"left", "up", "right", "down"}[d] }

// slideRow slides one row to the left and returns the score gained.
func slideRow(row [4]int) ([4]int, int) {
	var out [4]int
	score, k := 0, 0
	last := 0
	for _, v := range row {
		if v == 0 {
			continue
		}
		if last == v {
			out[k-1] *= 2
			score += out[k-1]
			last = 0
			continue
		}
		out[k] = v
		last = v
		k++
	}
	return out, score
}

func (b Board) rotate() Board {
	var r Board
	for y := 0; y < 4; y++ {
		for x := 0; x < 4; x++ {
			r[x][3-y] = b[y][x]
		}
	}
	return r
}

func (b Board) Move(d Dir) (Board, int, bool) {
	for i := 0; i < int(d); i++ {
		b = b.rotate()
	}
	moved, score := false, 0
	for y := range b {
		row, s := slideRow(b[y])
		if row != b[y] {
			moved = true
		}
		b[y] = row
		score += s
	}
	for i := int(d); i%4 != 0; i++ {
		b = b.rotate()
	}
	return b, score, moved
}

func (b *Board) Spawn(rng *rand.Rand) bool {
	var empty [][2]int
	for y := range b {
		for x := range b[y] {
			if b[y][x] == 0 {
				empty = append(empty, [2]int{y, x})
			}
		}
	}
	if len(empty) == 0 {
		return false
	}
	p := empty[rng.Intn(len(empty))]
	v := 2
	if rng.Intn(10) == 0 {
		v = 4
	}
	b[p[0]][p[1]] = v
	return true
}

func (b Board) Max() int {
	m := 0
	for _, row := range b {
		for _, v := range row {
			if v > m {
				m = v
			}
		}
	}
	return m
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, v := range row {
			if v == 0 {
				sb.WriteString("    .")
			} else {
				fmt.Fprintf(&sb, "%5d", v)
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	rng := rand.New(rand.NewSource(2048))
	var b Board
	b.Spawn(rng)
	b.Spawn(rng)
	total, moves := 0, 0
	counts := map[Dir]int{}
	for {
		best, bestScore, bestDir, any := b, -1, Left, false
		for _, d := range []Dir{Left, Up, Right, Down} {
			nb, s, ok := b.Move(d)
			if ok && s > bestScore {
				best, bestScore, bestDir, any = nb, s, d, true
			}
		}
		if !any {
			break
		}
		b = best
		total += bestScore
		counts[bestDir]++
		moves++
		b.Spawn(rng)
	}
	fmt.Print(b)
	fmt.Println("moves", moves, "score", total, "max tile", b.Max())
	fmt.Println(counts[Left], counts[Up], counts[Right], counts[Down], Dir(2))
}
