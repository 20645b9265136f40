// big_buffers.go - fixed-size buffers of the sizes real programs use: a
// 64 KiB copy buffer (at and past gc's implicit limit), a framebuffer, a
// 10 MiB arena, and the allocation sites that cross the limits.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

const (
	copyBufSize = 64 << 10
	width       = 320
	height      = 200
)

type Framebuffer struct {
	pix [width * height]uint8
}

func (fb *Framebuffer) Line(x0, y0, x1, y1 int, c uint8) {
	dx, dy := x1-x0, y1-y0
	steps := dx
	if dy > steps {
		steps = dy
	}
	for i := 0; i <= steps; i++ {
		x := x0 + dx*i/steps
		y := y0 + dy*i/steps
		fb.pix[y*width+x] = c
	}
}

func (fb *Framebuffer) Count(c uint8) int {
	n := 0
	for _, p := range fb.pix {
		if p == c {
			n++
		}
	}
	return n
}

// copyExact uses a buffer of exactly 64 KiB: it stays on the stack.
func copyExact(dst io.Writer, src io.Reader) (int64, error) {
	var buf [copyBufSize]byte
	var total int64
	for {
		n, err := src.Read(buf[:])
		if n > 0 {
			w, werr := dst.Write(buf[:n])
			total += int64(w)
			if werr != nil {
				return total, werr
			}
		}
		if err == io.EOF {
			return total, nil
		}
		if err != nil {
			return total, err
		}
	}
}

// copyBig makes a buffer one byte past the limit: make escapes.
func copyBig(dst io.Writer, src io.Reader) (int64, error) {
	buf := make([]byte, copyBufSize+1)
	return io.CopyBuffer(dst, src, buf)
}

func checksum(data []byte) uint32 {
	var table [256]uint32
	for i := range table {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 == 1 {
				c = 0xEDB88320 ^ (c >> 1)
			} else {
				c >>= 1
			}
		}
		table[i] = c
	}
	crc := ^uint32(0)
	for _, b := range data {
		crc = table[byte(crc)^b] ^ (crc >> 8)
	}
	return ^crc
}

type Arena struct {
	mem  [10 << 20]byte
	used int
}

func (a *Arena) Alloc(n int) []byte {
	if a.used+n > len(a.mem) {
		return nil
	}
	b := a.mem[a.used : a.used+n : a.used+n]
	a.used += n
	return b
}

func main() {
	fb := new(Framebuffer)
	fb.Line(0, 0, 319, 199, 7)
	fb.Line(10, 5, 10, 150, 3)
	fmt.Println("lit pixels:", fb.Count(7), fb.Count(3))

	src := strings.Repeat("escape analysis ", 10000)
	var out bytes.Buffer
	n, err := copyExact(&out, strings.NewReader(src))
	fmt.Println(n, err, checksum(out.Bytes()))
	out.Reset()
	n, err = copyBig(&out, strings.NewReader(src))
	fmt.Println(n, err)

	var local [10 << 20]byte
	local[len(local)-1] = 1
	arena := &Arena{}
	b := arena.Alloc(1024)
	copy(b, "hello")
	fmt.Println(string(b[:5]), arena.used, local[len(local)-1])
	scratch := make([]int64, 8192)
	scratch[0] = 1
	over := make([]int64, 8193)
	over[0] = 2
	fmt.Println(scratch[0] + over[0])
}
