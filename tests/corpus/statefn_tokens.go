// A lexer for a small template language written in the state-function style:
// each state is a function returning the next state, tokens go out on a channel.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokenType int

const (
	tokError tokenType = iota
	tokEOF
	tokText
	tokLeft
	tokRight
	tokIdent
	tokNumber
	tokString
	tokPipe
)

var tokNames = map[tokenType]string{
	tokError: "error", tokEOF: "EOF", tokText: "text", tokLeft: "{{", tokRight: "}}",
	tokIdent: "ident", tokNumber: "number", tokString: "string", tokPipe: "|",
}

type token struct {
	typ tokenType
	pos int
	val string
}

func (t token) String() string {
	if t.typ == tokText || t.typ == tokError {
		return fmt.Sprintf("%s(%q)", tokNames[t.typ], t.val)
	}
	return fmt.Sprintf("%s(%s)", tokNames[t.typ], t.val)
}

type stateFn func(*lexer) stateFn

type lexer struct {
	input  string
	start  int
	pos    int
	width  int
	tokens chan token
}

const eof = -1

func lex(input string) *lexer {
	l := &lexer{input: input, tokens: make(chan token)}
	go l.run()
	return l
}

func (l *lexer) run() {
	for state := lexText; state != nil; {
		state = state(l)
	}
	close(l.tokens)
}

func (l *lexer) emit(t tokenType) {
	l.tokens <- token{t, l.start, l.input[l.start:l.pos]}
	l.start = l.pos
}

func (l *lexer) next() rune {
	if l.pos >= len(l.input) {
		l.width = 0
		return eof
	}
	r, w := utf8.DecodeRuneInString(l.input[l.pos:])
	l.width = w
	l.pos += w
	return r
}

func (l *lexer) backup() { l.pos -= l.width }
func (l *lexer) ignore() { l.start = l.pos }

func (l *lexer) errorf(format string, args ...interface{}) stateFn {
	l.tokens <- token{tokError, l.start, fmt.Sprintf(format, args...)}
	return nil
}

func lexText(l *lexer) stateFn {
	for {
		if strings.HasPrefix(l.input[l.pos:], "{{") {
			if l.pos > l.start {
				l.emit(tokText)
			}
			return lexLeft
		}
		if l.next() == eof {
			break
		}
	}
	if l.pos > l.start {
		l.emit(tokText)
	}
	l.emit(tokEOF)
	return nil
}

func lexLeft(l *lexer) stateFn {
	l.pos += 2
	l.emit(tokLeft)
	return lexInside
}

func lexInside(l *lexer) stateFn {
	if strings.HasPrefix(l.input[l.pos:], "}}") {
		l.pos += 2
		l.emit(tokRight)
		return lexText
	}
	switch r := l.next(); {
	case r == eof:
		return l.errorf("unclosed action")
	case r == ' ' || r == '\t':
		l.ignore()
	case r == '|':
		l.emit(tokPipe)
	case r == '"':
		return lexQuote
	case unicode.IsDigit(r):
		return lexNumber
	case r == '.' || unicode.IsLetter(r):
		return lexIdent
	default:
		return l.errorf("unexpected %q", r)
	}
	return lexInside
}

func lexQuote(l *lexer) stateFn {
	for {
		switch l.next() {
		case eof, '\n':
			return l.errorf("unterminated string")
		case '"':
			l.emit(tokString)
			return lexInside
		}
	}
}

func lexNumber(l *lexer) stateFn {
	for r := l.next(); unicode.IsDigit(r) || r == '.'; r = l.next() {
	}
	l.backup()
	l.emit(tokNumber)
	return lexInside
}

func lexIdent(l *lexer) stateFn {
	for r := l.next(); r == '.' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r); r = l.next() {
	}
	l.backup()
	l.emit(tokIdent)
	return lexInside
}

func tokens(input string) []token {
	var out []token
	for t := range lex(input).tokens {
		out = append(out, t)
	}
	return out
}

func main() {
	inputs := []string{
		`Hello, {{ .User.Name | upper }}! You have {{ .Count }} new messages.`,
		`{{ printf "%d items" 42 }}`,
		`broken {{ .x `,
		`bad {{ @ }}`,
	}
	for _, in := range inputs {
		var parts []string
		for _, t := range tokens(in) {
			parts = append(parts, t.String())
		}
		fmt.Println(strings.Join(parts, " "))
	}
}
