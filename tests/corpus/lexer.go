package main

import (
	"fmt"
	"unicode"
)

type TokenKind int

const (
	EOF TokenKind = iota
	Ident
	Number
	String
	Punct
	Illegal
)

var kindNames = [...]string{"EOF", "Ident", "Number", "String", "Punct", "Illegal"}

func (k TokenKind) String() string { return kindNames[k] }

type Token struct {
	Kind TokenKind
	Text string
	Line int
	Col  int
}

type Lexer struct {
	src  []rune
	pos  int
	line int
	col  int
}

func NewLexer(src string) *Lexer {
	return &Lexer{src: []rune(src), line: 1, col: 1}
}

func (l *Lexer) peek() rune {
	if l.pos >= len(l.src) {
		return 0
	}
	return l.src[l.pos]
}

func (l *Lexer) advance() rune {
	r := l.src[l.pos]
	l.pos++
	if r == '\n' {
		l.line++
		l.col = 1
	} else {
		l.col++
	}
	return r
}

func (l *Lexer) skipSpace() {
	for l.pos < len(l.src) && unicode.IsSpace(l.peek()) {
		l.advance()
	}
}

func (l *Lexer) Next() Token {
	l.skipSpace()
	if l.pos >= len(l.src) {
		return Token{Kind: EOF, Line: l.line, Col: l.col}
	}
	line, col, start := l.line, l.col, l.pos
	r := l.advance()
	switch {
	case unicode.IsLetter(r) || r == '_':
		for unicode.IsLetter(l.peek()) || unicode.IsDigit(l.peek()) || l.peek() == '_' {
			l.advance()
		}
		return Token{Ident, string(l.src[start:l.pos]), line, col}
	case unicode.IsDigit(r):
		for unicode.IsDigit(l.peek()) || l.peek() == '.' {
			l.advance()
		}
		return Token{Number, string(l.src[start:l.pos]), line, col}
	case r == '"':
		for l.pos < len(l.src) && l.peek() != '"' {
			l.advance()
		}
		if l.pos >= len(l.src) {
			return Token{Illegal, "unterminated string", line, col}
		}
		l.advance()
		return Token{String, string(l.src[start+1 : l.pos-1]), line, col}
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		return Token{Punct, string(r), line, col}
	}
	return Token{Illegal, string(r), line, col}
}

func (l *Lexer) All() []Token {
	var toks []Token
	for {
		t := l.Next()
		toks = append(toks, t)
		if t.Kind == EOF {
			return toks
		}
	}
}

func main() {
	src := "let x = 42;\nprint(\"hi\", x + 3.5)"
	for _, t := range NewLexer(src).All() {
		fmt.Printf("%d:%d %v %q\n", t.Line, t.Col, t.Kind, t.Text)
	}
}
