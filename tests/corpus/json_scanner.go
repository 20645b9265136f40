// json_scanner.go - a streaming JSON tokenizer: it reads bytes through
// bufio.Reader and reports each token with its offset, then re-indents.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

type Kind uint8

const (
	BeginObject Kind = iota
	EndObject
	BeginArray
	EndArray
	Colon
	Comma
	String
	Number
	Literal
)

var kindNames = [...]string{"{", "}", "[", "]", ":", ",", "string", "number", "literal"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind   Kind
	Value  string
	Offset int
}

type SyntaxError struct {
	Offset int
	Msg    string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("offset %d: %s", e.Offset, e.Msg) }

type Scanner struct {
	r   *bufio.Reader
	off int
	buf []byte
}

func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: bufio.NewReader(r), buf: make([]byte, 0, 64)}
}

func (s *Scanner) read() (byte, error) {
	b, err := s.r.ReadByte()
	if err == nil {
		s.off++
	}
	return b, err
}

func (s *Scanner) unread() {
	s.r.UnreadByte()
	s.off--
}

func (s *Scanner) Next() (Token, error) {
	var b byte
	var err error
	for {
		b, err = s.read()
		if err != nil {
			return Token{}, err
		}
		if b != ' ' && b != '\n' && b != '\t' && b != '\r' {
			break
		}
	}
	start := s.off - 1
	switch b {
	case '{':
		return Token{BeginObject, "{", start}, nil
	case '}':
		return Token{EndObject, "}", start}, nil
	case '[':
		return Token{BeginArray, "[", start}, nil
	case ']':
		return Token{EndArray, "]", start}, nil
	case ':':
		return Token{Colon, ":", start}, nil
	case ',':
		return Token{Comma, ",", start}, nil
	case '"':
		return s.str(start)
	}
	if b == '-' || (b >= '0' && b <= '9') {
		s.buf = append(s.buf[:0], b)
		for {
			c, err := s.read()
			if err != nil {
				break
			}
			if !(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
				s.unread()
				break
			}
			s.buf = append(s.buf, c)
		}
		return Token{Number, string(s.buf), start}, nil
	}
	for _, lit := range []string{"true", "false", "null"} {
		if b == lit[0] {
			for i := 1; i < len(lit); i++ {
				c, err := s.read()
				if err != nil || c != lit[i] {
					return Token{}, &SyntaxError{start, "bad literal"}
				}
			}
			return Token{Literal, lit, start}, nil
		}
	}
	return Token{}, &SyntaxError{start, fmt.Sprintf("unexpected byte %q", b)}
}

func (s *Scanner) str(start int) (Token, error) {
	s.buf = s.buf[:0]
	for {
		c, err := s.read()
		if err != nil {
			return Token{}, &SyntaxError{start, "unterminated string"}
		}
		switch c {
		case '"':
			return Token{String, string(s.buf), start}, nil
		case '\\':
			e, err := s.read()
			if err != nil {
				return Token{}, &SyntaxError{s.off, "bad escape"}
			}
			switch e {
			case 'n':
				c = '\n'
			case 't':
				c = '\t'
			default:
				c = e
			}
		}
		s.buf = append(s.buf, c)
	}
}

func reindent(src string) (string, error) {
	sc := NewScanner(strings.NewReader(src))
	var sb strings.Builder
	depth := 0
	newline := func() {
		sb.WriteByte('\n')
		sb.WriteString(strings.Repeat("  ", depth))
	}
	for {
		t, err := sc.Next()
		if err == io.EOF {
			return sb.String(), nil
		}
		if err != nil {
			return "", err
		}
		switch t.Kind {
		case BeginObject, BeginArray:
			sb.WriteString(t.Value)
			depth++
			newline()
		case EndObject, EndArray:
			depth--
			newline()
			sb.WriteString(t.Value)
		case Comma:
			sb.WriteByte(',')
			newline()
		case Colon:
			sb.WriteString(": ")
		case String:
			fmt.Fprintf(&sb, "%q", t.Value)
		default:
			sb.WriteString(t.Value)
		}
	}
}

func main() {
	src := `{"name": "widget", "tags": ["a", "b\n"], "price": -12.5e1, "ok": true, "next": null}`
	sc := NewScanner(strings.NewReader(src))
	counts := map[Kind]int{}
	for {
		t, err := sc.Next()
		if err != nil {
			break
		}
		counts[t.Kind]++
	}
	for k := BeginObject; k <= Literal; k++ {
		fmt.Printf("%-8s %d\n", k, counts[k])
	}
	out, err := reindent(src)
	fmt.Println(out, err)
	_, err = reindent(`{"a": tru}`)
	var se *SyntaxError
	if e, ok := err.(*SyntaxError); ok {
		se = e
	}
	fmt.Println("error:", se)
}
