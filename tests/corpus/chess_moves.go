// Chess move generation for knights, sliders and kings on a mailbox board,
// FEN parsing, perft-style counting and attacked-square maps.
package main

import (
	"fmt"
	"strings"
)

type Piece int8

const (
	Empty Piece = iota
	Pawn
	Knight
	Bishop
	Rook
	Queen
	King
)

type Square struct {
	Piece Piece
	White bool
}

type Board struct {
	sq        [64]Square
	whiteMove bool
}

type Move struct {
	From, To int
	Capture  bool
}

func (m Move) String() string {
	name := func(s int) string { return string([]byte{byte('a' + s%8), byte('1' + s/8)}) }
	sep := "-"
	if m.Capture {
		sep = "x"
	}
	return name(m.From) + sep + name(m.To)
}

var pieceOf = map[byte]Piece{'p': Pawn, 'n': Knight, 'b': Bishop, 'r': Rook, 'q': Queen, 'k': King}

func ParseFEN(fen string) (*Board, error) {
	parts := strings.Fields(fen)
	if len(parts) < 2 {
		return nil, fmt.Errorf("fen: need placement and side")
	}
	b := &Board{whiteMove: parts[1] == "w"}
	ranks := strings.Split(parts[0], "/")
	if len(ranks) != 8 {
		return nil, fmt.Errorf("fen: %d ranks", len(ranks))
	}
	for i, r := range ranks {
		file := 0
		for j := 0; j < len(r); j++ {
			c := r[j]
			if c >= '1' && c <= '8' {
				file += int(c - '0')
				continue
			}
			lower := c | 0x20
			p, ok := pieceOf[lower]
			if !ok || file > 7 {
				return nil, fmt.Errorf("fen: bad char %q", c)
			}
			b.sq[(7-i)*8+file] = Square{Piece: p, White: c != lower}
			file++
		}
	}
	return b, nil
}

var (
	knightSteps = [8][2]int{{1, 2}, {2, 1}, {2, -1}, {1, -2}, {-1, -2}, {-2, -1}, {-2, 1}, {-1, 2}}
	kingSteps   = [8][2]int{{1, 0}, {1, 1}, {0, 1}, {-1, 1}, {-1, 0}, {-1, -1}, {0, -1}, {1, -1}}
	rookDirs    = [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
	bishopDirs  = [][2]int{{1, 1}, {1, -1}, {-1, 1}, {-1, -1}}
)

func onBoard(f, r int) bool { return f >= 0 && f < 8 && r >= 0 && r < 8 }

func (b *Board) add(moves []Move, from, f, r int, white bool) ([]Move, bool) {
	to := r*8 + f
	t := b.sq[to]
	if t.Piece == Empty {
		return append(moves, Move{From: from, To: to}), true
	}
	if t.White != white {
		moves = append(moves, Move{From: from, To: to, Capture: true})
	}
	return moves, false
}

func (b *Board) Moves(white bool) []Move {
	moves := make([]Move, 0, 48)
	for s := 0; s < 64; s++ {
		p := b.sq[s]
		if p.Piece == Empty || p.White != white {
			continue
		}
		f, r := s%8, s/8
		switch p.Piece {
		case Knight, King:
			steps := &knightSteps
			if p.Piece == King {
				steps = &kingSteps
			}
			for _, d := range steps {
				if onBoard(f+d[0], r+d[1]) {
					moves, _ = b.add(moves, s, f+d[0], r+d[1], white)
				}
			}
		case Bishop, Rook, Queen:
			var dirs [][2]int
			if p.Piece != Bishop {
				dirs = append(dirs, rookDirs...)
			}
			if p.Piece != Rook {
				dirs = append(dirs, bishopDirs...)
			}
			for _, d := range dirs {
				for nf, nr := f+d[0], r+d[1]; onBoard(nf, nr); nf, nr = nf+d[0], nr+d[1] {
					var more bool
					if moves, more = b.add(moves, s, nf, nr, white); !more {
						break
					}
				}
			}
		case Pawn:
			dir := 1
			if !white {
				dir = -1
			}
			if onBoard(f, r+dir) && b.sq[(r+dir)*8+f].Piece == Empty {
				moves = append(moves, Move{From: s, To: (r+dir)*8 + f})
			}
			for _, df := range []int{-1, 1} {
				if onBoard(f+df, r+dir) {
					t := b.sq[(r+dir)*8+f+df]
					if t.Piece != Empty && t.White != white {
						moves = append(moves, Move{From: s, To: (r+dir)*8 + f + df, Capture: true})
					}
				}
			}
		}
	}
	return moves
}

func (b *Board) Attacked(white bool) [64]bool {
	var att [64]bool
	for _, m := range b.Moves(white) {
		att[m.To] = true
	}
	return att
}

func (b Board) Apply(m Move) Board {
	b.sq[m.To] = b.sq[m.From]
	b.sq[m.From] = Square{}
	b.whiteMove = !b.whiteMove
	return b
}

func Perft(b *Board, depth int) int {
	if depth == 0 {
		return 1
	}
	n := 0
	for _, m := range b.Moves(b.whiteMove) {
		next := b.Apply(m)
		n += Perft(&next, depth-1)
	}
	return n
}

func main() {
	b, err := ParseFEN("r1bqkbnr/pppp1ppp/2n5/4p3/4P3/5N2/PPPP1PPP/RNBQKB1R w KQkq - 2 3")
	if err != nil {
		fmt.Println(err)
		return
	}
	moves := b.Moves(true)
	var caps []string
	for _, m := range moves {
		if m.Capture {
			caps = append(caps, m.String())
		}
	}
	fmt.Println(len(moves), "white moves; captures:", caps)
	att := b.Attacked(false)
	n := 0
	for _, a := range att {
		if a {
			n++
		}
	}
	fmt.Println("squares attacked by black:", n)
	fmt.Println("perft(2) =", Perft(b, 2))
	_, err = ParseFEN("8/8/8 w")
	fmt.Println(err)
}
