// counting_buffer.go - a response writer that embeds *bytes.Buffer (its
// methods promoted to the value type) and counts writes per kind.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type Counting struct {
	*bytes.Buffer
	writes map[string]int
}

func NewCounting() Counting {
	return Counting{Buffer: new(bytes.Buffer), writes: map[string]int{}}
}

func (c Counting) WriteString(s string) (int, error) {
	c.writes["string"]++
	return c.Buffer.WriteString(s)
}

func (c Counting) Write(p []byte) (int, error) {
	c.writes["bytes"]++
	return c.Buffer.Write(p)
}

func render(w io.Writer, rows [][2]string) {
	for _, r := range rows {
		fmt.Fprintf(w, "%-6s %s\n", r[0], r[1])
	}
}

func main() {
	c := NewCounting()
	c.WriteString("header\n")
	render(c, [][2]string{{"a", "1"}, {"bb", "2"}})
	io.Copy(c, strings.NewReader("tail\n"))
	fmt.Print(c.String())
	fmt.Println(c.Len(), c.writes["string"], c.writes["bytes"])
}
