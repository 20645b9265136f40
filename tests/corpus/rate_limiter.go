package main

import (
	"fmt"
	"time"
)

// Clock lets the limiter run on simulated time.
type Clock interface {
	Now() time.Time
}

type fakeClock struct{ t time.Time }

func (c *fakeClock) Now() time.Time          { return c.t }
func (c *fakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

type TokenBucket struct {
	clock    Clock
	capacity float64
	tokens   float64
	rate     float64 // tokens per second
	last     time.Time
}

func NewTokenBucket(c Clock, capacity int, perSecond float64) *TokenBucket {
	return &TokenBucket{clock: c, capacity: float64(capacity), tokens: float64(capacity), rate: perSecond, last: c.Now()}
}

func (b *TokenBucket) refill() {
	now := b.clock.Now()
	elapsed := now.Sub(b.last).Seconds()
	b.last = now
	b.tokens += elapsed * b.rate
	if b.tokens > b.capacity {
		b.tokens = b.capacity
	}
}

func (b *TokenBucket) Allow() bool {
	b.refill()
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

// SlidingWindow counts requests per key in a fixed window.
type SlidingWindow struct {
	clock  Clock
	window time.Duration
	limit  int
	hits   map[string][]time.Time
}

func NewSlidingWindow(c Clock, window time.Duration, limit int) *SlidingWindow {
	return &SlidingWindow{clock: c, window: window, limit: limit, hits: map[string][]time.Time{}}
}

func (s *SlidingWindow) Allow(key string) bool {
	now := s.clock.Now()
	cutoff := now.Add(-s.window)
	kept := s.hits[key][:0]
	for _, t := range s.hits[key] {
		if t.After(cutoff) {
			kept = append(kept, t)
		}
	}
	if len(kept) >= s.limit {
		s.hits[key] = kept
		return false
	}
	s.hits[key] = append(kept, now)
	return true
}

func main() {
	clk := &fakeClock{t: time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)}
	tb := NewTokenBucket(clk, 3, 2)
	var out []bool
	for i := 0; i < 6; i++ {
		out = append(out, tb.Allow())
		clk.Advance(200 * time.Millisecond)
	}
	fmt.Println(out)
	sw := NewSlidingWindow(clk, time.Second, 2)
	for i := 0; i < 5; i++ {
		fmt.Print(sw.Allow("user"), sw.Allow("other"), " ")
		clk.Advance(400 * time.Millisecond)
	}
	fmt.Println()
}
