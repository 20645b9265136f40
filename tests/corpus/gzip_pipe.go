// Streaming compression: gzip through an io.Pipe fed by a goroutine, a counting
// writer, a tee into a checksum, and decompression with a size limit.
package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
)

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

func generate(lines int) io.Reader {
	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < lines; i++ {
			if _, err := fmt.Fprintf(pw, "%06d the quick brown fox jumps over the lazy dog\n", i); err != nil {
				return
			}
		}
		pw.Close()
	}()
	return pr
}

func compress(src io.Reader, level int) ([]byte, int64, error) {
	var out bytes.Buffer
	cw := &countingWriter{w: &out}
	zw, err := gzip.NewWriterLevel(cw, level)
	if err != nil {
		return nil, 0, err
	}
	zw.Name = "lines.txt"
	zw.Comment = "corpus"
	n, err := io.Copy(zw, src)
	if err != nil {
		return nil, n, err
	}
	if err := zw.Close(); err != nil {
		return nil, n, err
	}
	return out.Bytes(), n, nil
}

var ErrTooLarge = errors.New("decompressed data exceeds limit")

func decompress(data []byte, limit int64) (string, string, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return "", "", err
	}
	defer zr.Close()
	h := sha256.New()
	var sb strings.Builder
	n, err := io.Copy(io.MultiWriter(&sb, h), io.LimitReader(zr, limit+1))
	if err != nil {
		return "", "", err
	}
	if n > limit {
		return "", "", fmt.Errorf("%s: %w", zr.Name, ErrTooLarge)
	}
	return sb.String(), hex.EncodeToString(h.Sum(nil))[:16], nil
}

func ratio(in, out int64) string {
	if in == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(out)/float64(in))
}

func main() {
	for _, level := range []int{gzip.BestSpeed, gzip.DefaultCompression, gzip.BestCompression} {
		data, n, err := compress(generate(500), level)
		if err != nil {
			fmt.Println("compress:", err)
			return
		}
		fmt.Printf("level %2d: %d -> %d bytes (%s)\n", level, n, len(data), ratio(n, int64(len(data))))
	}
	data, n, _ := compress(generate(50), gzip.DefaultCompression)
	text, sum, err := decompress(data, n)
	fmt.Println(len(text), strings.Count(text, "\n"), sum, err)
	_, _, err = decompress(data, 100)
	fmt.Println(err, errors.Is(err, ErrTooLarge))
	_, _, err = decompress([]byte("not gzip"), 10)
	fmt.Println(err)
	_, _, err = compress(strings.NewReader("x"), 42)
	fmt.Println(err)
}
