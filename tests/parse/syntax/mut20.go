package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type Writer interface {
	Write(p []byte) (int, error)
}

type countWriter struct{ n int }

func (c *countWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

func writeTo(w Writer, s string) {
	w.Write([]byte(s))
}

func writeKnown(s string) int {
	c := &countWriter{}
	writeTo(c, s)
	return c.n
}

func writeIO(w io.Writer, parts ...string) error {
	for _, p := range parts {
		if _, err := io.WriteString(w, p); err != nil {
			return err
		}
	}
	return nil
}

func bufferLocal() string {
	var buf bytes.Buffer
	buf.WriteString("local ")
	writeIO(&buf, "a", "b")
	return buf.String()
}

func readAll(r io.Reader) int {
	b, _ := io.ReadAll(r)
	return len(b)
}

type Named interface{ Name() string }

type dog struct{ name string }

func (d dog) Name() string { return d.name }

type cat struct{ name string }

func (c *ca"t) Name() string { return c.name }

func names(ns ...Named) string {
	var parts []string
	for _, n := range ns {
		parts = append(parts, n.Name())
	}
	return strings.Join(parts, ",")
}

func main() {
	fmt.Println(writeKnown("hello"), bufferLocal(), readAll(strings.NewReader("abc")))
	d := dog{"rex"}
	c := &cat{"tom"}
	fmt.Println(names(d, c))
	var sb strings.Builder
	writeIO(&sb, "x", "y")
	fmt.Println(sb.String())
}
