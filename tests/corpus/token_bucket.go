// token_bucket.go - a token-bucket rate limiter with an injectable clock,
// per-client buckets, and a sliding-window counter to compare against.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Clock interface {
	Now() time.Time
}

type fakeClock struct{ t time.Time }

func (c *fakeClock) Now() time.Time          { return c.t }
func (c *fakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

type Bucket struct {
	capacity float64
	tokens   float64
	rate     float64 // tokens per second
	last     time.Time
}

func (b *Bucket) refill(now time.Time) {
	elapsed := now.Sub(b.last).Seconds()
	b.tokens += elapsed * b.rate
	if b.tokens > b.capacity {
		b.tokens = b.capacity
	}
	b.last = now
}

func (b *Bucket) Allow(now time.Time, n float64) bool {
	b.refill(now)
	if b.tokens < n {
		return false
	}
	b.tokens -= n
	return true
}

type Limiter struct {
	mu      sync.Mutex
	clock   Clock
	buckets map[string]*Bucket
	rate    float64
	burst   float64
}

func NewLimiter(c Clock, perSecond, burst float64) *Limiter {
	return &Limiter{clock: c, buckets: make(map[string]*Bucket), rate: perSecond, burst: burst}
}

func (l *Limiter) Allow(client string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.clock.Now()
	b, ok := l.buckets[client]
	if !ok {
		b = &Bucket{capacity: l.burst, tokens: l.burst, rate: l.rate, last: now}
		l.buckets[client] = b
	}
	return b.Allow(now, 1)
}

type SlidingWindow struct {
	window time.Duration
	limit  int
	hits   []time.Time
}

func (s *SlidingWindow) Allow(now time.Time) bool {
	cutoff := now.Add(-s.window)
	i := 0
	for i < len(s.hits) && !s.hits[i].After(cutoff) {
		i++
	}
	s.hits = s.hits[i:]
	if len(s.hits) >= s.limit {
		return false
	}
	s.hits = append(s.hits, now)
	return true
}

func main() {
	clock := &fakeClock{t: time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)}
	lim := NewLimiter(clock, 2, 3)
	win := &SlidingWindow{window: time.Second, limit: 3}
	var line []byte
	for step := 0; step < 12; step++ {
		a := lim.Allow("alice")
		b := lim.Allow("bob") && lim.Allow("bob")
		w := win.Allow(clock.Now())
		mark := func(ok bool) byte {
			if ok {
				return '+'
			}
			return '.'
		}
		line = append(line[:0], mark(a), mark(b), mark(w))
		fmt.Printf("t=%-6v %s\n", clock.Now().Sub(time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)), line)
		clock.Advance(250 * time.Millisecond)
	}
	fmt.Println("clients:", len(lim.buckets))
}
