// A tiny regular expression matcher (Pike/Kernighan style) extended with
// character classes, '+', '?' and a compiled form.
package main

import "fmt"

type nodeKind int

const (
	litNode nodeKind = iota
	anyNode
	classNode
)

type node struct {
	kind    nodeKind
	ch      byte
	set     [256]bool
	negate  bool
	repeat  byte // 0, '*', '+', '?'
}

type Regexp struct {
	src      string
	nodes    []node
	anchored bool
	atEnd    bool
}

func Compile(pattern string) (*Regexp, error) {
	re := &Regexp{src: pattern}
	i := 0
	if i < len(pattern) && pattern[i] == '^' {
		re.anchored = true
		i++
	}
	for i < len(pattern) {
		c := pattern[i]
		var n node
		switch {
		case c == '$' && i == len(pattern)-1:
			re.atEnd = true
			i++
			continue
		case c == '.':
			n.kind = anyNode
			i++
		case c == '[':
			j := i + 1
			n.kind = classNode
			if j < len(pattern) && pattern[j] == '^' {
				n.negate = true
				j++
			}
			for j < len(pattern) && pattern[j] != ']' {
				if j+2 < len(pattern) && pattern[j+1] == '-' && pattern[j+2] != ']' {
					for b := int(pattern[j]); b <= int(pattern[j+2]); b++ {
						n.set[b] = true
					}
					j += 3
					continue
				}
				n.set[pattern[j]] = true
				j++
			}
			if j >= len(pattern) {
				return nil, fmt.Errorf("unterminated class in %q", pattern)
			}
			i = j + 1
		case c == '\\' && i+1 < len(pattern):
			n.kind, n.ch = litNode, pattern[i+1]
			i += 2
		default:
			n.kind, n.ch = litNode, c
			i++
		}
		if i < len(pattern) && (pattern[i] == '*' || pattern[i] == '+' || pattern[i] == '?') {
			n.repeat = pattern[i]
			i++
		}
		re.nodes = append(re.nodes, n)
	}
	return re, nil
}

func MustCompile(p string) *Regexp {
	re, err := Compile(p)
	if err != nil {
		panic(err)
	}
	return re
}

func (n *node) matches(c byte) bool {
	switch n.kind {
	case anyNode:
		return true
	case classNode:
		return n.set[c] != n.negate
	}
	return n.ch == c
}

func (re *Regexp) matchHere(ns []node, text string) bool {
	if len(ns) == 0 {
		return !re.atEnd || text == ""
	}
	n := &ns[0]
	switch n.repeat {
	case '*', '+':
		min := 0
		if n.repeat == '+' {
			min = 1
		}
		k := 0
		for k < len(text) && n.matches(text[k]) {
			k++
		}
		for ; k >= min; k-- {
			if re.matchHere(ns[1:], text[k:]) {
				return true
			}
		}
		return false
	case '?':
		if text != "" && n.matches(text[0]) && re.matchHere(ns[1:], text[1:]) {
			return true
		}
		return re.matchHere(ns[1:], text)
	}
	if text != "" && n.matches(text[0]) {
		return re.matchHere(ns[1:], text[1:])
	}
	return false
}

func (re *Regexp) MatchString(text string) bool {
	if re.anchored {
		return re.matchHere(re.nodes, text)
	}
	for i := 0; i <= len(text); i++ {
		if re.matchHere(re.nodes, text[i:]) {
			return true
		}
	}
	return false
}

func (re *Regexp) Filter(lines ...string) []string {
	var out []string
	for _, l := range lines {
		if re.MatchString(l) {
			out = append(out, l)
		}
	}
	return out
}

func main() {
	tests := []struct{ pat, text string }{
		{"^ab*c$", "abbbc"},
		{"^ab*c$", "abbbd"},
		{"[0-9]+-[0-9]+", "call 555-1234 now"},
		{"colou?r", "the color red"},
		{"^[^ ]+@[a-z]+\\.com$", "bob@example.com"},
		{"x.y", "xzzy"},
	}
	for _, t := range tests {
		re := MustCompile(t.pat)
		fmt.Printf("%-22q %-20q %v\n", t.pat, t.text, re.MatchString(t.text))
	}
	errLine := MustCompile("^ERROR")
	fmt.Println(errLine.Filter("INFO start", "ERROR disk full", "WARN slow", "ERROR timeout"))
	if _, err := Compile("[abc"); err != nil {
		fmt.Println("compile:", err)
	}
}
