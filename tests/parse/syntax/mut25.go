package main

import (
	"fmt"
	"hash/fnv"
	"math"
)

type Bloom struct {
	bits []uint64
	m    uint32
	k    uint32
	n    int
}

func (expected int, fpRate float64) *Bloom {
	m := uint32(math.Ceil(-float64(expected) * math.Log(fpRate) / (math.Ln2 * math.Ln2)))
	k := uint32(math.Round(float64(m) / float64(expected) * math.Ln2))
	if k == 0 {
		k = 1
	}
	return &Bloom{bits: make([]uint64, (m+63)/64), m: m, k: k}
}

func hashes(s string) (uint32, uint32) {
	h := fnv.New64a()
	h.Write([]byte(s))
	v := h.Sum64()
	return uint32(v), uint32(v >> 32)
}

func (b *Bloom) Add(s string) {
	h1, h2 := hashes(s)
	for i := uint32(0); i < b.k; i++ {
		idx := (h1 + i*h2) % b.m
		b.bits[idx/64] |= 1 << (idx % 64)
	}
	b.n++
}

func (b *Bloom) MayContain(s string) bool {
	h1, h2 := hashes(s)
	for i := uint32(0); i < b.k; i++ {
		idx := (h1 + i*h2) % b.m
		if b.bits[idx/64]&(1<<(idx%64)) == 0 {
			return false
		}
	}
	return true
}

func (b *Bloom) FillRatio() float64 {
	set := 0
	for _, w := range b.bits {
		for w != 0 {
			w &= w - 1
			set++
		}
	}
	return float64(set) / float64(b.m)
}

func main() {
	b := NewBloom(100, 0.01)
	for i := 0; i < 100; i++ {
		b.Add(fmt.Sprintf("key-%d", i))
	}
	fp := 0
	for i := 100; i < 1100; i++ {
		if b.MayContain(fmt.Sprintf("key-%d", i)) {
			fp++
		}
	}
	fmt.Println(b.m, b.k, b.MayContain("key-5"), fp, fmt.Sprintf("%.2f", b.FillRatio()))
}
