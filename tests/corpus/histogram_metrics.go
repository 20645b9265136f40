package main

import (
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strings"
	"sync"
)

type Histogram struct {
	mu      sync.Mutex
	bounds  []float64
	counts  []uint64
	sum     float64
	min     float64
	max     float64
	samples uint64
}

func NewHistogram(bounds ...float64) *Histogram {
	b := append([]float64(nil), bounds...)
	sort.Float64s(b)
	return &Histogram{bounds: b, counts: make([]uint64, len(b)+1), min: math.Inf(1), max: math.Inf(-1)}
}

func (h *Histogram) Observe(v float64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	i := sort.SearchFloat64s(h.bounds, v)
	h.counts[i]++
	h.sum += v
	h.samples++
	h.min = math.Min(h.min, v)
	h.max = math.Max(h.max, v)
}

func (h *Histogram) Quantile(q float64) float64 {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.samples == 0 {
		return math.NaN()
	}
	rank := uint64(math.Ceil(q * float64(h.samples)))
	var seen uint64
	for i, c := range h.counts {
		seen += c
		if seen >= rank {
			if i == len(h.bounds) {
				return h.max
			}
			return h.bounds[i]
		}
	}
	return h.max
}

type Registry struct {
	mu    sync.RWMutex
	hists map[string]*Histogram
	order []string
}

func (r *Registry) Get(name string, bounds ...float64) *Histogram {
	r.mu.RLock()
	h, ok := r.hists[name]
	r.mu.RUnlock()
	if ok {
		return h
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if h, ok := r.hists[name]; ok {
		return h
	}
	if r.hists == nil {
		r.hists = make(map[string]*Histogram)
	}
	h = NewHistogram(bounds...)
	r.hists[name] = h
	r.order = append(r.order, name)
	return h
}

func (r *Registry) WriteTo(w io.Writer) (int64, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	var total int64
	for _, name := range r.order {
		h := r.hists[name]
		var bars strings.Builder
		for i, c := range h.counts {
			label := "+Inf"
			if i < len(h.bounds) {
				label = fmt.Sprintf("%g", h.bounds[i])
			}
			fmt.Fprintf(&bars, "  le=%-5s %-10s %d\n", label, strings.Repeat("#", int(c)), c)
		}
		n, err := fmt.Fprintf(w, "%s count=%d mean=%.2f p50=%g p90=%g min=%g max=%g\n%s",
			name, h.samples, h.sum/float64(h.samples), h.Quantile(0.5), h.Quantile(0.9), h.min, h.max, bars.String())
		total += int64(n)
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

func main() {
	var reg Registry
	lat := reg.Get("latency_ms", 1, 5, 10, 50, 100)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(seed int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				lat.Observe(float64((seed*37+i*13)%120) + 0.5)
			}
		}(w)
	}
	wg.Wait()
	size := reg.Get("size_kb", 4, 16, 64)
	for _, v := range []float64{1, 3, 20, 70, 5} {
		size.Observe(v)
	}
	if reg.Get("latency_ms") != lat {
		fmt.Println("registry lost a histogram")
	}
	n, err := reg.WriteTo(os.Stdout)
	fmt.Println(n > 0, err)
}
