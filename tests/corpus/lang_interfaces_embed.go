package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Reader interface{ Read() (string, error) }
type Writer interface{ Write(s string) error }
type ReadWriter interface {
	Reader
	Writer
}

type Closer interface{ Close() error }

type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type pipe struct {
	buf    []string
	closed bool
}

var errClosed = errors.New("pipe closed")

func (p *pipe) Write(s string) error {
	if p.closed {
		return errClosed
	}
	p.buf = append(p.buf, s)
	return nil
}

func (p *pipe) Read() (string, error) {
	if len(p.buf) == 0 {
		if p.closed {
			return "", io.EOF
		}
		return "", nil
	}
	s := p.buf[0]
	p.buf = p.buf[1:]
	return s, nil
}

func (p *pipe) Close() error { p.closed = true; return nil }

// upper wraps a Writer and embeds it: only Write is overridden.
type upper struct {
	ReadWriter
}

func (u upper) Write(s string) error { return u.ReadWriter.Write(strings.ToUpper(s)) }

type counting struct {
	Writer
	n int
}

func (c *counting) Write(s string) error {
	c.n += len(s)
	return c.Writer.Write(s)
}

func drain(r Reader) []string {
	var out []string
	for {
		s, err := r.Read()
		if err != nil || s == "" {
			return out
		}
		out = append(out, s)
	}
}

func describe(x interface{}) string {
	var parts []string
	if _, ok := x.(Reader); ok {
		parts = append(parts, "reader")
	}
	if _, ok := x.(Writer); ok {
		parts = append(parts, "writer")
	}
	if _, ok := x.(Closer); ok {
		parts = append(parts, "closer")
	}
	return strings.Join(parts, "+")
}

func main() {
	p := &pipe{}
	var rwc ReadWriteCloser = p
	u := upper{rwc}
	c := &counting{Writer: u}
	c.Write("hello")
	c.Write("world")
	fmt.Println(drain(p), c.n, describe(p), describe(u), describe(c))
	rwc.Close()
	fmt.Println(c.Write("late"), errors.Is(c.Write("x"), errClosed))
	_, err := p.Read()
	fmt.Println(err == io.EOF)
}
