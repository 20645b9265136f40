// A metrics registry: lock-free counters and gauges with sync/atomic, a bucketed
// latency histogram, labels, concurrent updates and a Prometheus-style dump.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type Counter struct{ v int64 }

func (c *Counter) Inc()         { atomic.AddInt64(&c.v, 1) }
func (c *Counter) Add(n int64)  { atomic.AddInt64(&c.v, n) }
func (c *Counter) Value() int64 { return atomic.LoadInt64(&c.v) }

type Gauge struct{ bits uint64 }

func (g *Gauge) Set(f float64) { atomic.StoreUint64(&g.bits, math.Float64bits(f)) }
func (g *Gauge) Value() float64 {
	return math.Float64frombits(atomic.LoadUint64(&g.bits))
}

type Histogram struct {
	bounds []float64
	counts []uint64
	sum    uint64 // microseconds
	total  uint64
}

func NewHistogram(bounds ...float64) *Histogram {
	return &Histogram{bounds: bounds, counts: make([]uint64, len(bounds)+1)}
}

func (h *Histogram) Observe(d time.Duration) {
	ms := float64(d) / float64(time.Millisecond)
	i := sort.SearchFloat64s(h.bounds, ms)
	atomic.AddUint64(&h.counts[i], 1)
	atomic.AddUint64(&h.sum, uint64(d/time.Microsecond))
	atomic.AddUint64(&h.total, 1)
}

func (h *Histogram) Quantile(q float64) float64 {
	total := atomic.LoadUint64(&h.total)
	if total == 0 {
		return 0
	}
	target := uint64(math.Ceil(q * float64(total)))
	var seen uint64
	for i := range h.counts {
		seen += atomic.LoadUint64(&h.counts[i])
		if seen >= target {
			if i < len(h.bounds) {
				return h.bounds[i]
			}
			return math.Inf(1)
		}
	}
	return math.Inf(1)
}

type Registry struct {
	mu       sync.Mutex
	counters map[string]*Counter
	gauges   map[string]*Gauge
	hists    map[string]*Histogram
}

func NewRegistry() *Registry {
	return &Registry{counters: map[string]*Counter{}, gauges: map[string]*Gauge{}, hists: map[string]*Histogram{}}
}

func key(name string, labels ...string) string {
	if len(labels) == 0 {
		return name
	}
	pairs := make([]string, 0, len(labels)/2)
	for i := 0; i+1 < len(labels); i += 2 {
		pairs = append(pairs, fmt.Sprintf("%s=%q", labels[i], labels[i+1]))
	}
	return name + "{" + strings.Join(pairs, ",") + "}"
}

func (r *Registry) Counter(name string, labels ...string) *Counter {
	k := key(name, labels...)
	r.mu.Lock()
	defer r.mu.Unlock()
	c, ok := r.counters[k]
	if !ok {
		c = new(Counter)
		r.counters[k] = c
	}
	return c
}

func (r *Registry) Gauge(name string) *Gauge {
	r.mu.Lock()
	defer r.mu.Unlock()
	if g, ok := r.gauges[name]; ok {
		return g
	}
	g := &Gauge{}
	r.gauges[name] = g
	return g
}

func (r *Registry) Histogram(name string) *Histogram {
	r.mu.Lock()
	defer r.mu.Unlock()
	if h, ok := r.hists[name]; ok {
		return h
	}
	h := NewHistogram(1, 5, 10, 50, 100)
	r.hists[name] = h
	return h
}

func (r *Registry) Dump() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var lines []string
	for k, c := range r.counters {
		lines = append(lines, fmt.Sprintf("%s %d", k, c.Value()))
	}
	for k, g := range r.gauges {
		lines = append(lines, fmt.Sprintf("%s %g", k, g.Value()))
	}
	for k, h := range r.hists {
		lines = append(lines, fmt.Sprintf("%s_count %d", k, atomic.LoadUint64(&h.total)),
			fmt.Sprintf("%s{quantile=\"0.5\"} %g", k, h.Quantile(0.5)),
			fmt.Sprintf("%s{quantile=\"0.99\"} %g", k, h.Quantile(0.99)))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func main() {
	reg := NewRegistry()
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				status := "200"
				if i%50 == 0 {
					status = "500"
				}
				reg.Counter("http_requests_total", "code", status).Inc()
				reg.Histogram("latency_ms").Observe(time.Duration(i%120) * time.Millisecond)
			}
		}(w)
	}
	wg.Wait()
	reg.Gauge("goroutines").Set(4)
	reg.Counter("bytes_sent").Add(1 << 20)
	fmt.Println(reg.Dump())
}
