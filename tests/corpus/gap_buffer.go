package main

import (
	"fmt"
	"strings"
)

type GapBuffer struct {
	buf      []byte
	gapStart int
	gapEnd   int
}

func NewGapBuffer(capacity int) *GapBuffer {
	return &GapBuffer{buf: make([]byte, capacity), gapEnd: capacity}
}

func (g *GapBuffer) Len() int { return len(g.buf) - (g.gapEnd - g.gapStart) }

func (g *GapBuffer) grow() {
	nb := make([]byte, len(g.buf)*2+1)
	copy(nb, g.buf[:g.gapStart])
	tail := len(g.buf) - g.gapEnd
	copy(nb[len(nb)-tail:], g.buf[g.gapEnd:])
	g.gapEnd = len(nb) - tail
	g.buf = nb
}

func (g *GapBuffer) MoveTo(pos int) {
	if pos < g.gapStart {
		n := g.gapStart - pos
		copy(g.buf[g.gapEnd-n:g.gapEnd], g.buf[pos:g.gapStart])
		g.gapStart -= n
		g.gapEnd -= n
	} else if pos > g.gapStart {
		n := pos - g.gapStart
		copy(g.buf[g.gapStart:g.gapStart+n], g.buf[g.gapEnd:g.gapEnd+n])
		g.gapStart += n
		g.gapEnd += n
	}
}

func (g *GapBuffer) Insert(s string) {
	for i := 0; i < len(s); i++ {
		if g.gapStart == g.gapEnd {
			g.grow()
		}
		g.buf[g.gapStart] = s[i]
		g.gapStart++
	}
}

func (g *GapBuffer) Backspace(n int) {
	if n > g.gapStart {
		n = g.gapStart
	}
	g.gapStart -= n
}

func (g *GapBuffer) String() string {
	var b strings.Builder
	b.Grow(g.Len())
	b.Write(g.buf[:g.gapStart])
	b.Write(g.buf[g.gapEnd:])
	return b.String()
}

func (g *GapBuffer) Debug() string {
	return fmt.Sprintf("%q[%d:%d]%q", g.buf[:g.gapStart], g.gapStart, g.gapEnd, g.buf[g.gapEnd:])
}

func main() {
	g := NewGapBuffer(4)
	g.Insert("hello world")
	g.MoveTo(5)
	g.Insert(",")
	g.MoveTo(0)
	g.Insert(">> ")
	g.MoveTo(g.Len())
	g.Insert("!")
	g.Backspace(1)
	fmt.Println(g.String(), g.Len())
	fmt.Println(len(g.Debug()) > 0)
}
