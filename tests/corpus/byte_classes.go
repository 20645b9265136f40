package main

import (
	"fmt"
	"strings"
)

// Character classes in a [256]uint8 table, as fast lexers do.
const (
	cSpace uint8 = 1 << iota
	cDigit
	cAlpha
	cHex
	cPunct
	cUpper
)

var classes [256]uint8

func init() {
	for c := 0; c < 256; c++ {
		var k uint8
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			k |= cSpace
		case c >= '0' && c <= '9':
			k |= cDigit | cHex
		case c >= 'a' && c <= 'z':
			k |= cAlpha
			if c <= 'f' {
				k |= cHex
			}
		case c >= 'A' && c <= 'Z':
			k |= cAlpha | cUpper
			if c <= 'F' {
				k |= cHex
			}
		case strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", byte(c)) >= 0:
			k |= cPunct
		}
		classes[c] = k
	}
}

func is(c byte, k uint8) bool { return classes[c]&k != 0 }

type Counts struct {
	ByClass [6]int
	Other   int
	Runs    map[uint8]int
}

func Classify(s string) Counts {
	cs := Counts{Runs: make(map[uint8]int)}
	var prev uint8 = 0xff
	for i := 0; i < len(s); i++ {
		k := classes[s[i]]
		if k == 0 {
			cs.Other++
		}
		for b := 0; b < 6; b++ {
			if k&(1<<b) != 0 {
				cs.ByClass[b]++
			}
		}
		if k != prev {
			cs.Runs[k]++
			prev = k
		}
	}
	return cs
}

func hexval(c byte) byte {
	switch {
	case is(c, cDigit):
		return c - '0'
	case is(c, cUpper):
		return c - 'A' + 10
	}
	return c - 'a' + 10
}

func DecodeHex(s string) ([]byte, error) {
	var out []byte
	var hi byte
	half := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if is(c, cSpace) {
			continue
		}
		if !is(c, cHex) {
			return out, fmt.Errorf("bad hex byte %q at %d", c, i)
		}
		if !half {
			hi = hexval(c)
		} else {
			out = append(out, hi<<4|hexval(c))
		}
		half = !half
	}
	return out, nil
}

func CamelToSnake(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 4)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if is(c, cUpper) {
			if i > 0 && !is(s[i-1], cUpper) {
				b.WriteByte('_')
			}
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

func main() {
	names := [...]string{"space", "digit", "alpha", "hex", "punct", "upper"}
	cs := Classify("Hello, World! 0xFF == 255;\n")
	for i, n := range cs.ByClass {
		fmt.Printf("%s=%d ", names[i], n)
	}
	fmt.Println("other", cs.Other, len(cs.Runs))
	b, err := DecodeHex("de ad BE EF 01")
	fmt.Printf("%x %v\n", b, err)
	_, err = DecodeHex("abz")
	fmt.Println(err)
	for _, s := range []string{"HTTPServer", "parseJSONValue", "simple"} {
		fmt.Println(CamelToSnake(s))
	}
}
