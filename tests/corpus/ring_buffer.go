package main

import (
	"errors"
	"fmt"
)

var ErrFull = errors.New("ring: full")
var ErrEmpty = errors.New("ring: empty")

type Ring struct {
	buf   []float64
	start int
	count int
}

func NewRing(n int) *Ring {
	return &Ring{buf: make([]float64, n)}
}

func (r *Ring) Push(v float64) error {
	if r.count == len(r.buf) {
		return ErrFull
	}
	r.buf[(r.start+r.count)%len(r.buf)] = v
	r.count++
	return nil
}

func (r *Ring) Overwrite(v float64) {
	if r.count == len(r.buf) {
		r.buf[r.start] = v
		r.start = (r.start + 1) % len(r.buf)
		return
	}
	_ = r.Push(v)
}

func (r *Ring) Pop() (float64, error) {
	if r.count == 0 {
		return 0, ErrEmpty
	}
	v := r.buf[r.start]
	r.start = (r.start + 1) % len(r.buf)
	r.count--
	return v, nil
}

func (r *Ring) Average() float64 {
	if r.count == 0 {
		return 0
	}
	sum := 0.0
	for i := 0; i < r.count; i++ {
		sum += r.buf[(r.start+i)%len(r.buf)]
	}
	return sum / float64(r.count)
}

// fixedRing keeps its storage inline: no allocation when it stays local.
type fixedRing struct {
	data [8]byte
	r, w int
}

func (f *fixedRing) put(b byte) bool {
	if f.w-f.r == len(f.data) {
		return false
	}
	f.data[f.w%len(f.data)] = b
	f.w++
	return true
}

func (f *fixedRing) get() (byte, bool) {
	if f.r == f.w {
		return 0, false
	}
	b := f.data[f.r%len(f.data)]
	f.r++
	return b, true
}

func echo(s string) string {
	var fr fixedRing
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if !fr.put(s[i]) {
			break
		}
		b, _ := fr.get()
		out = append(out, b)
	}
	return string(out)
}

func main() {
	r := NewRing(3)
	for i := 1; i <= 4; i++ {
		if err := r.Push(float64(i)); err != nil {
			fmt.Println("push", i, err)
		}
	}
	r.Overwrite(10)
	v, err := r.Pop()
	fmt.Println(v, err, r.Average())
	fmt.Println(echo("ring"))
}
