// rune_tools.go - text utilities over runes and bytes: reversing with
// combining marks, caesar rotation, word wrapping into a [][]byte page.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func Reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func Rotate(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k))%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k))%26
		}
		return r
	}, s)
}

type Page struct {
	width int
	lines [][]byte
	cur   []byte
}

func (p *Page) flush() {
	if len(p.cur) > 0 {
		p.lines = append(p.lines, p.cur)
		p.cur = nil
	}
}

func (p *Page) Word(w []byte) {
	if n := utf8.RuneCount(p.cur); n > 0 && n+1+utf8.RuneCount(w) > p.width {
		p.flush()
	}
	if len(p.cur) > 0 {
		p.cur = append(p.cur, ' ')
	}
	p.cur = append(p.cur, w...)
}

func Wrap(text string, width int) [][]byte {
	p := &Page{width: width}
	for _, w := range bytes.Fields([]byte(text)) {
		p.Word(w)
	}
	p.flush()
	return p.lines
}

func Stats(s string) (letters, digits, spaces, other int) {
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		default:
			other++
		}
	}
	return
}

func main() {
	s := "Hello, Wörld! 123 ünïcode"
	fmt.Println(Reverse(s))
	fmt.Println(Rotate(s, 13), Rotate(Rotate(s, 13), 13) == s)
	for i, l := range Wrap("the quick brown fox jumps over the lazy dog and keeps running far away", 16) {
		fmt.Printf("%2d |%-16s|\n", i, l)
	}
	l, d, sp, o := Stats(s)
	fmt.Println(l, d, sp, o, utf8.RuneCountInString(s), len(s))
}
