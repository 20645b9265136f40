// esc_bounds_check.go: walk's "index bounds check elided" lines: which index
// shapes are provably in range, and the order gc reaches them in (closures,
// inlined bodies, switch cases, for loops, parallel assignments).
package main

import (
	"encoding/hex"
	"fmt"
	"unicode"
)

var table [256]int
var small [16]byte

const digits = "0123456789abcdef"

var glob = table[uint8(len(digits))]

func lookup(b byte) int { return table[b] }

func masked(i int) byte { return small[i&15] }

func modded(u uint) byte { return small[u%16] }

func shifted(u uint64) byte { return small[u>>60] }

func divided(u uint16) int { return table[u/256] }

func andnot(u uint8) byte { return small[u&^0xf0] }

func hexdigit(v byte) byte { return digits[v>>4] }

func signed(i int8) int { return table[i] }

func ptrArr(p *[256]int, b byte) int { return p[b] }

func classify(s string) (n int) {
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			n += table[byte(r)]
		case unicode.IsLetter(r) || unicode.IsPunct(r):
			n++
		}
	}
	return
}

func closures(b byte) (func(byte) int, func() int, func(byte) func() int) {
	f := func(c byte) int { return table[c] }
	g := func() int { return table[b] + int(small[b&3]) }
	h := func(c byte) func() int {
		return func() int { return table[c] + table[b] }
	}
	return f, g, h
}

func loop(buf []byte) int {
	s := 0
	for i := 0; table[uint8(i)] < 3; i, s = i+1, s+table[uint8(i+1)] {
		s += table[buf[i]]
	}
	return s
}

func assign(x, y uint8) {
	table[x] = table[y] + lookup(y)
	small[x&7], small[y&7] = small[y&3], small[x&3]
}

func main() {
	fmt.Println(lookup(3), masked(4), modded(5), shifted(6), divided(7), andnot(8))
	fmt.Println(hexdigit(9), signed(1), ptrArr(&table, 2), classify("Hi!"))
	f, g, h := closures(1)
	k := h(3)
	fmt.Println(f(2), g(), k())
	fmt.Println(loop([]byte{1, 2}), hex.EncodeToString([]byte("x")), glob)
	assign(1, 2)
}
