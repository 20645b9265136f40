package main

import (
	"fmt"
	"strings"
)

// A table-driven lexer: states x character classes -> next state, with
// actions on accepting states.
type class uint8

const (
	clOther class = iota
	clDigit
	clAlpha
	clSpace
	clDot
	clQuote
	numClasses
)

type state uint8

const (
	sStart state = iota
	sInt
	sFrac
	sIdent
	sString
	sDone
	numStates
)

var trans [numStates][numClasses]state

var classOf [128]class

func init() {
	for c := '0'; c <= '9'; c++ {
		classOf[c] = clDigit
	}
	for c := 'a'; c <= 'z'; c++ {
		classOf[c] = clAlpha
		classOf[c-'a'+'A'] = clAlpha
	}
	classOf['_'] = clAlpha
	classOf[' '], classOf['\t'], classOf['\n'] = clSpace, clSpace, clSpace
	classOf['.'] = clDot
	classOf['"'] = clQuote
	for s := range trans {
		for c := range trans[s] {
			trans[s][c] = sDone
		}
	}
	trans[sStart][clDigit] = sInt
	trans[sStart][clAlpha] = sIdent
	trans[sStart][clQuote] = sString
	trans[sInt][clDigit] = sInt
	trans[sInt][clDot] = sFrac
	trans[sFrac][clDigit] = sFrac
	trans[sIdent][clAlpha] = sIdent
	trans[sIdent][clDigit] = sIdent
	for c := class(0); c < numClasses; c++ {
		if c != clQuote {
			trans[sString][c] = sString
		}
	}
}

type Token struct {
	Kind string
	Text string
}

var kindOf = map[state]string{sInt: "int", sFrac: "float", sIdent: "ident", sString: "string"}

func classify(b byte) class {
	if b >= 128 {
		return clAlpha
	}
	return classOf[b]
}

func Lex(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := classify(src[i])
		if c == clSpace {
			i++
			continue
		}
		st := trans[sStart][c]
		if st == sDone {
			toks = append(toks, Token{"punct", src[i : i+1]})
			i++
			continue
		}
		start := i
		i++
		for i < len(src) {
			next := trans[st][classify(src[i])]
			if next == sDone {
				break
			}
			st = next
			i++
		}
		if st == sString {
			if i >= len(src) {
				return toks, fmt.Errorf("unterminated string at %d", start)
			}
			i++ // closing quote
			toks = append(toks, Token{"string", src[start+1 : i-1]})
			continue
		}
		toks = append(toks, Token{kindOf[st], src[start:i]})
	}
	return toks, nil
}

func main() {
	toks, err := Lex(`let x1 = 3.25 * (y + 42); say "hi there"`)
	var sb strings.Builder
	for _, t := range toks {
		fmt.Fprintf(&sb, "%s:%s ", t.Kind, t.Text)
	}
	fmt.Println(sb.String(), err)
	_, err = Lex(`"open`)
	fmt.Println(err)
}
