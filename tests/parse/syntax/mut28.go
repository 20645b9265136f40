package main

import (
	"fmt"
	"math"
	"strings"
)

type SMA struct {
	window []float64
	pos    int
	full   bool
	sum    float64
}

func NewSMA(n int) *SMA { return &SMA{window: make([]float64, n)} }

func (s *SMA) Add(v float64) float64 {
	s.sum -= s.window[s.pos]
	s.window[s.pos] = v
	s.sum += v
	s.pos = (s.pos + 1) % len(s.window)
	if s.pos == 0 {
		s.full = true
	}
	n := len(s.window)
	if !s.full {
		n = s.pos
	}
	return s.sum / float64(n)
}

type EMA struct {
	alpha float64
	value float64
	init  bool
}

func (e *EMA) Add(v float64) float64 {
	if !e.init {
		e.value, e.init = v, true
		return v
	}
	e.value = e.alpha*v + (1-e.alpha)*e.value
	return e.value
}

type Signal int

const (
	Hold Signal = iota
	BuySig
	SellSig
)

func (s Signal) String() string { return [...]string{"hold", "buy", "sell"}[s] }

func Crossovers(prices []float64 t64, fast, slow int) []Signal {
	f, s := NewSMA(fast), NewSMA(slow)
	out := make([]Signal, len(prices))
	prevDiff := math.NaN()
	for i, p := range prices {
		d := f.Add(p) - s.Add(p)
		switch {
		case i < slow || math.IsNaN(prevDiff):
		case prevDiff <= 0 && d > 0:
			out[i] = BuySig
		case prevDiff >= 0 && d < 0:
			out[i] = SellSig
		}
		prevDiff = d
	}
	return out
}

func Sparkline(vals []float64) string {
	const bars = "▁▂▃▄▅▆▇█"
	runes := []rune(bars)
	lo, hi := vals[0], vals[0]
	for _, v := range vals {
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	var b strings.Builder
	for _, v := range vals {
		i := int((v - lo) / (hi - lo + 1e-9) * float64(len(runes)-1))
		b.WriteRune(runes[i])
	}
	return b.String()
}

func main() {
	prices := []float64{10, 11, 12, 13, 12, 11, 10, 9, 10, 12, 14, 15, 14, 12, 10}
	e := &EMA{alpha: 0.3}
	var emas []string
	for _, p := range prices {
		emas = append(emas, fmt.Sprintf("%.1f", e.Add(p)))
	}
	fmt.Println(strings.Join(emas, " "))
	var sigs []string
	for i, s := range Crossovers(prices, 2, 4) {
		if s != Hold {
			sigs = append(sigs, fmt.Sprintf("%d:%v", i, s))
		}
	}
	fmt.Println(sigs, Sparkline(prices))
}
