package main

import (
	"fmt"
	"math"
	"strings"
)

type Running struct {
	n        int
	mean, m2 float64
	min, max float64
}

func (r *Running) Add(x float64) {
	r.n++
	if r.n == 1 {
		r.min, r.max = x, x
	}
	r.min = math.Min(r.min, x)
	r.max = math.Max(r.max, x)
	d := x - r.mean
	r.mean += d / float64(r.n)
	r.m2 += d * (x - r.mean)
}

func (r Running) Variance() float64 {
	if r.n < 2 {
		return 0
	}
	return r.m2 / float64(r.n-1)
}

func (r Running) String() string {
	return fmt.Sprintf("n=%d mean=%.3f sd=%.3f min=%g max=%g", r.n, r.mean, math.Sqrt(r.Variance()), r.min, r.max)
}

type Histogram struct {
	lo, hi float64
	bins   []int
}

func NewHistogram(lo, hi float64, n int) *Histogram {
	return &Histogram{lo: lo, hi: hi, bins: make([]int, n)}
}

func (h *Histogram) Add(x float64) {
	i := int((x - h.lo) / (h.hi - h.lo) * float64(len(h.bins)))
	if i < 0 {
		i = 0
	}
	if i >= len(h.bins) {
		i = len(h.bins) - 1
	}
	h.bins[i]++
}

func (h *Histogram) Render(width int) string {
	maxc := 0
	for _, c := range h.bins {
		if c > maxc {
			maxc = c
		}
	}
	var b strings.Builder
	step := (h.hi - h.lo) / float64(len(h.bins))
	for i, c := range h.bins {
		bar := 0
		if maxc > 0 {
			bar = c * width / maxc
		}
		fmt.Fprintf(&b, "%5.1f | %-*s %d\n", h.lo+float64(i)*step, width, strings.Repeat("█", bar), c)
	}
	return b.String()
}

// lcg is a tiny deterministic generator.
type lcg uint64

func (l *lcg) next() float64 {
	*l = *l*6364136223846793005 + 1442695040888963407
	return float64(*l>>11) / float64(1<<53)
}

func main() {
	var r Running
	h := NewHistogram(0, 10, 5)
	g := lcg(42)
	for i := 0; i < 1000; i++ {
		x := (g.next() + g.next() + g.next()) / 3 * 10
		r.Add(x)
		h.Add(x)
	}
	fmt.Println(r)
	fmt.Print(h.Render(30))
}
