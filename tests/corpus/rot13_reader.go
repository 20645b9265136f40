package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

type rot13Reader struct {
	r io.Reader
}

func rot13(b byte) byte {
	switch {
	case b >= 'a' && b <= 'z':
		return 'a' + (b-'a'+13)%26
	case b >= 'A' && b <= 'Z':
		return 'A' + (b-'A'+13)%26
	}
	return b
}

func (r rot13Reader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := 0; i < n; i++ {
		p[i] = rot13(p[i])
	}
	return n, err
}

// countingReader counts bytes and lines passing through.
type countingReader struct {
	io.Reader
	bytes, lines int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.Reader.Read(p)
	c.bytes += n
	c.lines += bytes.Count(p[:n], []byte{'\n'})
	return n, err
}

// upperWriter upper-cases everything written to it.
type upperWriter struct {
	w io.Writer
}

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.Map(unicode.ToUpper, p))
}

func transform(src string) (string, *countingReader, error) {
	cr := &countingReader{Reader: rot13Reader{strings.NewReader(src)}}
	var out bytes.Buffer
	bw := bufio.NewWriter(upperWriter{&out})
	sc := bufio.NewScanner(cr)
	n := 0
	for sc.Scan() {
		n++
		if _, err := fmt.Fprintf(bw, "%02d %s\n", n, sc.Text()); err != nil {
			return "", cr, err
		}
	}
	if err := sc.Err(); err != nil {
		return "", cr, err
	}
	if err := bw.Flush(); err != nil {
		return "", cr, err
	}
	return out.String(), cr, nil
}

func main() {
	out, cr, err := transform("Uryyb, Tbcure!\nJul qvq gur puvpxra pebff gur ebnq?\nGb trg gb gur bgure fvqr.")
	fmt.Print(out)
	fmt.Println(cr.bytes, cr.lines, err)
	var sb strings.Builder
	n, err := io.Copy(&sb, io.LimitReader(rot13Reader{strings.NewReader("nopqrstuvwxyz")}, 5))
	fmt.Println(sb.String(), n, err)
}
