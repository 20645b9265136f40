package main

import (
	"errors"
	"fmt"
)

// A slab allocator hands out fixed-size chunks of one big byte slice,
// addressed by handles instead of pointers, so the GC sees one object.
type Handle uint32

const nilHandle Handle = 0

type Slab struct {
	chunk int
	mem   []byte
	free  []Handle
	next  Handle
	live  int
}

var (
	ErrFull     = errors.New("slab: full")
	ErrBadFree  = errors.New("slab: bad free")
	ErrTooLarge = errors.New("slab: value too large")
)

func NewSlab(chunk, count int) *Slab {
	return &Slab{chunk: chunk, mem: make([]byte, chunk*(count+1)), next: 1}
}

func (s *Slab) Alloc() (Handle, error) {
	if n := len(s.free); n > 0 {
		h := s.free[n-1]
		s.free = s.free[:n-1]
		s.live++
		return h, nil
	}
	if int(s.next+1)*s.chunk > len(s.mem) {
		return nilHandle, ErrFull
	}
	h := s.next
	s.next++
	s.live++
	return h, nil
}

func (s *Slab) bytes(h Handle) []byte {
	off := int(h) * s.chunk
	return s.mem[off : off+s.chunk : off+s.chunk]
}

func (s *Slab) Free(h Handle) error {
	if h == nilHandle || h >= s.next {
		return fmt.Errorf("%w: %d", ErrBadFree, h)
	}
	b := s.bytes(h)
	for i := range b {
		b[i] = 0
	}
	s.free = append(s.free, h)
	s.live--
	return nil
}

func (s *Slab) Store(h Handle, v []byte) error {
	b := s.bytes(h)
	if len(v)+1 > len(b) {
		return ErrTooLarge
	}
	b[0] = byte(len(v))
	copy(b[1:], v)
	return nil
}

func (s *Slab) Load(h Handle) []byte {
	b := s.bytes(h)
	return b[1 : 1+int(b[0])]
}

type Stats struct {
	Live, Free, Capacity int
}

func (s *Slab) Stats() Stats {
	return Stats{s.live, len(s.free), len(s.mem)/s.chunk - 1}
}

// StringTable interns strings into the slab.
type StringTable struct {
	slab  *Slab
	index map[string]Handle
}

func NewStringTable(s *Slab) *StringTable {
	return &StringTable{slab: s, index: make(map[string]Handle)}
}

func (t *StringTable) Intern(str string) (Handle, error) {
	if h, ok := t.index[str]; ok {
		return h, nil
	}
	h, err := t.slab.Alloc()
	if err != nil {
		return nilHandle, err
	}
	if err := t.slab.Store(h, []byte(str)); err != nil {
		_ = t.slab.Free(h)
		return nilHandle, err
	}
	t.index[str] = h
	return h, nil
}

func main() {
	s := NewSlab(16, 4)
	tab := NewStringTable(s)
	var hs []Handle
	for _, w := range []string{"alpha", "beta", "alpha", "a very long string indeed", "gamma", "delta", "eps"} {
		h, err := tab.Intern(w)
		if err != nil {
			fmt.Printf("%q: %v\n", w, err)
			continue
		}
		hs = append(hs, h)
	}
	for _, h := range hs {
		fmt.Printf("%d=%s ", h, s.Load(h))
	}
	fmt.Println()
	fmt.Printf("%+v\n", s.Stats())
	fmt.Println(s.Free(hs[1]), s.Free(99))
	h, _ := s.Alloc()
	fmt.Println("reused", h, s.Stats())
}
