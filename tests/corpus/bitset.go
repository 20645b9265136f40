package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type BitSet struct {
	words []uint64
}

func (s *BitSet) grow(i int) {
	for len(s.words) <= i/64 {
		s.words = append(s.words, 0)
	}
}

func (s *BitSet) Set(i int) *BitSet {
	s.grow(i)
	s.words[i/64] |= 1 << uint(i%64)
	return s
}

func (s *BitSet) Clear(i int) {
	if i/64 < len(s.words) {
		s.words[i/64] &^= 1 << uint(i%64)
	}
}

func (s *BitSet) Has(i int) bool {
	return i/64 < len(s.words) && s.words[i/64]&(1<<uint(i%64)) != 0
}

func (s *BitSet) Count() int {
	n := 0
	for _, w := range s.words {
		n += bits.OnesCount64(w)
	}
	return n
}

func (s *BitSet) Union(o *BitSet) *BitSet {
	out := &BitSet{words: make([]uint64, max(len(s.words), len(o.words)))}
	copy(out.words, s.words)
	for i, w := range o.words {
		out.words[i] |= w
	}
	return out
}

func (s *BitSet) Intersect(o *BitSet) *BitSet {
	n := min(len(s.words), len(o.words))
	out := &BitSet{words: make([]uint64, n)}
	for i := 0; i < n; i++ {
		out.words[i] = s.words[i] & o.words[i]
	}
	return out
}

func (s *BitSet) Each(f func(int)) {
	for wi, w := range s.words {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			f(wi*64 + t)
			w &= w - 1
		}
	}
}

func (s *BitSet) String() string {
	var parts []string
	s.Each(func(i int) { parts = append(parts, fmt.Sprint(i)) })
	return "{" + strings.Join(parts, " ") + "}"
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func primes(n int) *BitSet {
	composite := &BitSet{}
	ps := &BitSet{}
	for i := 2; i <= n; i++ {
		if composite.Has(i) {
			continue
		}
		ps.Set(i)
		for j := i * i; j <= n; j += i {
			composite.Set(j)
		}
	}
	return ps
}

func main() {
	a := (&BitSet{}).Set(1).Set(3).Set(65).Set(130)
	b := (&BitSet{}).Set(3).Set(4).Set(130)
	fmt.Println(a, b, a.Union(b), a.Intersect(b), a.Count())
	a.Clear(65)
	fmt.Println(a.Has(65), a.Has(130), primes(60))
}
