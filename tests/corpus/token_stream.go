package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

type Kind int

const (
	EOF Kind = iota
	Ident
	Number
	String
	Punct
)

var kindNames = [...]string{"EOF", "Ident", "Number", "String", "Punct"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind Kind
	Text string
	Line int
	Col  int
}

type Scanner struct {
	r    *bufio.Reader
	line int
	col  int
	buf  strings.Builder
	peek *Token
}

var ErrUnterminated = errors.New("unterminated string")

func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: bufio.NewReader(r), line: 1}
}

func (s *Scanner) read() (rune, error) {
	c, _, err := s.r.ReadRune()
	if err != nil {
		return 0, err
	}
	if c == '\n' {
		s.line++
		s.col = 0
	} else {
		s.col++
	}
	return c, nil
}

func (s *Scanner) unread() {
	_ = s.r.UnreadRune()
	s.col--
}

func (s *Scanner) Peek() (Token, error) {
	if s.peek == nil {
		t, err := s.Next()
		if err != nil {
			return Token{}, err
		}
		s.peek = &t
	}
	return *s.peek, nil
}

func (s *Scanner) Next() (Token, error) {
	if s.peek != nil {
		t := *s.peek
		s.peek = nil
		return t, nil
	}
	var c rune
	var err error
	for {
		c, err = s.read()
		if err == io.EOF {
			return Token{Kind: EOF, Line: s.line, Col: s.col}, nil
		}
		if err != nil {
			return Token{}, err
		}
		if !unicode.IsSpace(c) {
			break
		}
	}
	tok := Token{Line: s.line, Col: s.col}
	s.buf.Reset()
	switch {
	case unicode.IsLetter(c) || c == '_':
		tok.Kind = Ident
		s.buf.WriteRune(c)
		s.collect(func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' })
	case unicode.IsDigit(c):
		tok.Kind = Number
		s.buf.WriteRune(c)
		s.collect(unicode.IsDigit)
	case c == '"':
		tok.Kind = String
		for {
			c, err = s.read()
			if err != nil {
				return Token{}, fmt.Errorf("line %d: %w", tok.Line, ErrUnterminated)
			}
			if c == '"' {
				break
			}
			s.buf.WriteRune(c)
		}
	default:
		tok.Kind = Punct
		s.buf.WriteRune(c)
	}
	tok.Text = s.buf.String()
	return tok, nil
}

func (s *Scanner) collect(ok func(rune) bool) {
	for {
		c, err := s.read()
		if err != nil {
			return
		}
		if !ok(c) {
			s.unread()
			return
		}
		s.buf.WriteRune(c)
	}
}

func tokens(src string) ([]Token, error) {
	s := NewScanner(strings.NewReader(src))
	var out []Token
	for {
		t, err := s.Next()
		if err != nil {
			return out, err
		}
		if t.Kind == EOF {
			return out, nil
		}
		out = append(out, t)
	}
}

func main() {
	toks, err := tokens("let x = 42;\nprint(\"hi there\", x_1)")
	for _, t := range toks {
		fmt.Printf("%d:%d %-6v %q\n", t.Line, t.Col, t.Kind, t.Text)
	}
	fmt.Println("err:", err)
	_, err = tokens(`say "oops`)
	fmt.Println(errors.Is(err, ErrUnterminated), err)

	s := NewScanner(strings.NewReader("a b"))
	p, _ := s.Peek()
	n, _ := s.Next()
	fmt.Println(p == n, p.Text)
}
