// io_pipeline.go - composing io: a counting writer, io.MultiWriter to tee
// output, io.TeeReader to hash while copying, io.LimitReader, io.SectionReader
// and a line-numbering writer.
package main

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"io"
	"strings"
)

type CountingWriter struct {
	W     io.Writer
	Bytes int64
	Calls int
}

func (c *CountingWriter) Write(p []byte) (int, error) {
	n, err := c.W.Write(p)
	c.Bytes += int64(n)
	c.Calls++
	return n, err
}

type lineNumberer struct {
	w       io.Writer
	line    int
	midLine bool
}

func (l *lineNumberer) Write(p []byte) (int, error) {
	written := 0
	for len(p) > 0 {
		if !l.midLine {
			l.line++
			fmt.Fprintf(l.w, "%4d  ", l.line)
			l.midLine = true
		}
		i := bytes.IndexByte(p, '\n')
		chunk := p
		if i >= 0 {
			chunk = p[:i+1]
			l.midLine = false
		}
		n, err := l.w.Write(chunk)
		written += n
		if err != nil {
			return written, err
		}
		p = p[len(chunk):]
	}
	return written, nil
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func main() {
	src := "first line\nsecond line\nthird and last line\n"
	var plain, upper bytes.Buffer
	counter := &CountingWriter{W: &plain}
	mw := io.MultiWriter(counter, upperWriter{&upper})
	h := crc32.NewIEEE()
	n, err := io.Copy(mw, io.TeeReader(strings.NewReader(src), h))
	fmt.Println(n, err, counter.Bytes, counter.Calls, h.Sum32() == crc32.ChecksumIEEE([]byte(src)))
	fmt.Print(upper.String())

	var numbered strings.Builder
	ln := &lineNumberer{w: &numbered}
	io.Copy(ln, io.LimitReader(strings.NewReader(src), 25))
	fmt.Println(numbered.String())

	sr := io.NewSectionReader(strings.NewReader(src), 11, 11)
	part, _ := io.ReadAll(sr)
	fmt.Printf("%q\n", part)

	var sink CountingWriter
	sink.W = io.Discard
	io.CopyN(&sink, strings.NewReader(strings.Repeat("z", 1000)), 300)
	fmt.Println(sink.Bytes)
}
