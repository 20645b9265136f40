package main

import (
	"fmt"
	"math/bits"
	"strings"
)

// Bitboard holds one bit per square of an 8x8 board, a1 = bit 0.
type Bitboard uint64

const (
	fileA Bitboard = 0x0101010101010101
	fileH          = fileA << 7
	rank1 Bitboard = 0xff
)

func Square(file, rank int) Bitboard { return 1 << (rank*8 + file) }

func (b Bitboard) Count() int        { return bits.OnesCount64(uint64(b)) }
func (b Bitboard) Has(sq int) bool   { return b&(1<<sq) != 0 }
func (b Bitboard) North() Bitboard   { return b << 8 }
func (b Bitboard) South() Bitboard   { return b >> 8 }
func (b Bitboard) East() Bitboard    { return (b &^ fileH) << 1 }
func (b Bitboard) West() Bitboard    { return (b &^ fileA) >> 1 }
func (b Bitboard) Lowest() int       { return bits.TrailingZeros64(uint64(b)) }
func (b Bitboard) PopLowest() (int, Bitboard) {
	sq := b.Lowest()
	return sq, b & (b - 1)
}

func (b Bitboard) Squares() []int {
	out := make([]int, 0, b.Count())
	for b != 0 {
		var sq int
		sq, b = b.PopLowest()
		out = append(out, sq)
	}
	return out
}

func KingMoves(b Bitboard) Bitboard {
	row := b | b.East() | b.West()
	return (row | row.North() | row.South()) &^ b
}

func KnightMoves(b Bitboard) Bitboard {
	var m Bitboard
	for _, step := range [...]func(Bitboard) Bitboard{
		func(x Bitboard) Bitboard { return x.North().North().East() },
		func(x Bitboard) Bitboard { return x.North().North().West() },
		func(x Bitboard) Bitboard { return x.South().South().East() },
		func(x Bitboard) Bitboard { return x.South().South().West() },
		func(x Bitboard) Bitboard { return x.East().East().North() },
		func(x Bitboard) Bitboard { return x.East().East().South() },
		func(x Bitboard) Bitboard { return x.West().West().North() },
		func(x Bitboard) Bitboard { return x.West().West().South() },
	} {
		m |= step(b)
	}
	return m
}

func SquareName(sq int) string {
	return string([]byte{byte('a' + sq%8), byte('1' + sq/8)})
}

func (b Bitboard) String() string {
	var sb strings.Builder
	for rank := 7; rank >= 0; rank-- {
		for file := 0; file < 8; file++ {
			if b.Has(rank*8 + file) {
				sb.WriteByte('x')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

type Position struct {
	white, black [6]Bitboard
}

func (p *Position) Occupied() Bitboard {
	var o Bitboard
	for i := range p.white {
		o |= p.white[i] | p.black[i]
	}
	return o
}

func main() {
	k := Square(4, 0)
	fmt.Print(KingMoves(k))
	n := Square(1, 0) | Square(6, 0)
	moves := KnightMoves(n)
	names := make([]string, 0, moves.Count())
	for _, sq := range moves.Squares() {
		names = append(names, SquareName(sq))
	}
	fmt.Println(strings.Join(names, " "), moves.Count())
	var p Position
	p.white[0] = rank1.North()
	p.black[0] = rank1 << 48
	p.white[5] = k
	fmt.Println(p.Occupied().Count(), bits.Len64(uint64(p.Occupied())))
}
