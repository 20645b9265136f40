package main

import (
	"fmt"
	"strings"
)

type Board [9]byte

var lines = [8][3]int{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}}

func (b *Board) Winner() byte {
	for _, l := range lines {
		if b[l[0]] != ' ' && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return 0
}

func (b *Board) Full() bool {
	for _, c := range b {
		if c == ' ' {
			return false
		}
	}
	return true
}

func other(p byte) byte {
	if p == 'X' {
		return 'O'
	}
	return 'X'
}

// minimax returns the score for player p to move; the board is a value copy.
func minimax(b Board, p byte, me byte) int {
	if w := b.Winner(); w != 0 {
		if w == me {
			return 1
		}
		return -1
	}
	if b.Full() {
		return 0
	}
	best := -2
	if p != me {
		best = 2
	}
	for i := range b {
		if b[i] != ' ' {
			continue
		}
		b[i] = p
		s := minimax(b, other(p), me)
		b[i] = ' '
		if p == me && s > best || p != me && s < best {
			best = s
		}
	}
	return best
}

func BestMove(b *Board, p byte) int {
	best, move := -2, -1
	for i := range b {
		if b[i] != ' ' {
			continue
		}
		b[i] = p
		s := minimax(*b, other(p), p)
		b[i] = ' '
		if s > best {
			best, move = s, i
		}
	}
	return move
}

func (b Board) String() string {
	var sb strings.Builder
	for r := 0; r < 3; r++ {
		sb.WriteString(string(b[r*3:r*3+3]) + "\n")
	}
	return strings.ReplaceAll(sb.String(), " ", ".")
}

func main() {
	var b Board
	for i := range b {
		b[i] = ' '
	}
	b[0], b[4] = 'X', 'O'
	p := byte('X')
	for b.Winner() == 0 && !b.Full() {
		b[BestMove(&b, p)] = p
		p = other(p)
	}
	fmt.Print(b)
	fmt.Printf("winner=%q\n", b.Winner())
}
