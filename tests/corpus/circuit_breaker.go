// A circuit breaker around a flaky dependency: closed/open/half-open states,
// a failure window, an injectable clock, state-change hooks and a fallback.
package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type State int

const (
	Closed State = iota
	Open
	HalfOpen
)

func (s State) String() string {
	return [...]string{"closed", "open", "half-open"}[s]
}

var ErrOpen = errors.New("circuit open")

type Breaker struct {
	name        string
	state       State
	failures    int
	maxFailures int
	cooldown    time.Duration
	openedAt    time.Time
	now         func() time.Time
	onChange    []func(name string, from, to State)
}

type Option func(*Breaker)

func WithMaxFailures(n int) Option         { return func(b *Breaker) { b.maxFailures = n } }
func WithCooldown(d time.Duration) Option  { return func(b *Breaker) { b.cooldown = d } }
func WithClock(now func() time.Time) Option { return func(b *Breaker) { b.now = now } }

func OnChange(fn func(string, State, State)) Option {
	return func(b *Breaker) { b.onChange = append(b.onChange, fn) }
}

func NewBreaker(name string, opts ...Option) *Breaker {
	b := &Breaker{name: name, maxFailures: 3, cooldown: time.Second, now: time.Now}
	for _, o := range opts {
		o(b)
	}
	return b
}

func (b *Breaker) setState(s State) {
	if s == b.state {
		return
	}
	from := b.state
	b.state = s
	if s == Open {
		b.openedAt = b.now()
	}
	for _, fn := range b.onChange {
		fn(b.name, from, s)
	}
}

func (b *Breaker) Call(fn func() error) error {
	if b.state == Open {
		if b.now().Sub(b.openedAt) < b.cooldown {
			return ErrOpen
		}
		b.setState(HalfOpen)
	}
	err := fn()
	if err != nil {
		b.failures++
		if b.state == HalfOpen || b.failures >= b.maxFailures {
			b.setState(Open)
		}
		return fmt.Errorf("%s: %w", b.name, err)
	}
	b.failures = 0
	b.setState(Closed)
	return nil
}

func (b *Breaker) CallWithFallback(fn func() (string, error), fallback string) string {
	var out string
	err := b.Call(func() error {
		var err error
		out, err = fn()
		return err
	})
	if err != nil {
		return fallback
	}
	return out
}

type fakeClock struct{ t time.Time }

func (c *fakeClock) Now() time.Time          { return c.t }
func (c *fakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

type flaky struct {
	pattern string
	i       int
}

func (f *flaky) fetch() (string, error) {
	c := f.pattern[f.i%len(f.pattern)]
	f.i++
	if c == 'x' {
		return "", errors.New("timeout")
	}
	return fmt.Sprintf("data#%d", f.i), nil
}

func main() {
	clock := &fakeClock{t: time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)}
	var transitions []string
	b := NewBreaker("inventory",
		WithMaxFailures(2),
		WithCooldown(5*time.Second),
		WithClock(clock.Now),
		OnChange(func(name string, from, to State) {
			transitions = append(transitions, fmt.Sprintf("%s:%v->%v", name, from, to))
		}))

	dep := &flaky{pattern: "ooxxoxooo"}
	var results []string
	for i := 0; i < 12; i++ {
		results = append(results, b.CallWithFallback(dep.fetch, "cached"))
		clock.Advance(2 * time.Second)
	}
	fmt.Println(strings.Join(results, " "))
	fmt.Println(strings.Join(transitions, " "))
	fmt.Println("final state:", b.state, "calls made:", dep.i)
	err := NewBreaker("x", WithClock(clock.Now)).Call(func() error { return nil })
	fmt.Println(err, errors.Is(ErrOpen, ErrOpen))
}
