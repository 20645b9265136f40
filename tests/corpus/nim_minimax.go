// nim_minimax.go - game search with memoization keyed by arrays: Nim with
// three heaps solved by minimax over map[[3]int]bool, checked against the
// XOR rule, and tic-tac-toe positions counted with a [9]byte board key.
package main

import (
	"fmt"
	"sort"
)

type Heaps [3]int

func (h Heaps) normalized() Heaps {
	s := h[:]
	sort.Ints(s)
	return h
}

type Solver struct {
	memo  map[Heaps]bool
	calls int
}

// Wins reports whether the player to move wins (normal play: taking the
// last object wins).
func (s *Solver) Wins(h Heaps) bool {
	h = h.normalized()
	if v, ok := s.memo[h]; ok {
		return v
	}
	s.calls++
	win := false
	for i := 0; i < 3 && !win; i++ {
		for take := 1; take <= h[i]; take++ {
			next := h
			next[i] -= take
			if !s.Wins(next) {
				win = true
				break
			}
		}
	}
	s.memo[h] = win
	return win
}

func (s *Solver) BestMove(h Heaps) (heap, take int, ok bool) {
	for i := 0; i < 3; i++ {
		for t := 1; t <= h[i]; t++ {
			next := h
			next[i] -= t
			if !s.Wins(next) {
				return i, t, true
			}
		}
	}
	return 0, 0, false
}

type Board [9]byte

var lines = [8][3]int{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}}

func (b *Board) winner() byte {
	for _, l := range lines {
		if b[l[0]] != 0 && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return 0
}

func countPositions(b Board, turn byte, seen map[Board]bool) {
	if seen[b] {
		return
	}
	seen[b] = true
	if b.winner() != 0 {
		return
	}
	for i := range b {
		if b[i] == 0 {
			b[i] = turn
			other := byte('O')
			if turn == 'O' {
				other = 'X'
			}
			countPositions(b, other, seen)
			b[i] = 0
		}
	}
}

func main() {
	s := &Solver{memo: map[Heaps]bool{}}
	agree := 0
	for a := 0; a <= 5; a++ {
		for b := 0; b <= 5; b++ {
			for c := 0; c <= 5; c++ {
				h := Heaps{a, b, c}
				if s.Wins(h) == (a^b^c != 0) {
					agree++
				}
			}
		}
	}
	fmt.Println("agree with xor rule:", agree, "of 216; states solved:", s.calls)
	heap, take, ok := s.BestMove(Heaps{3, 4, 5})
	fmt.Println("best move from 3,4,5:", heap, take, ok)
	seen := map[Board]bool{}
	countPositions(Board{}, 'X', seen)
	fmt.Println("tic-tac-toe positions:", len(seen))
}
