package main

import (
	"errors"
	"fmt"
	"time"
)

type State int

const (
	Closed State = iota
	Open
	HalfOpen
)

func (s State) String() string { return [...]string{"closed", "open", "half-open"}[s] }

var ErrOpen = errors.New("circuit open")

type Breaker struct {
	state     State
	failures  int
	threshold int
	cooldown  time.Duration
	openedAt  time.Time
	now       func() time.Time
	onChange  func(from, to State)
}

func (b *Breaker) set(s State) {
	if b.onChange != nil && s != b.state {
		b.onChange(b.state, s)
	}
	b.state = s
}

func (b *Breaker) Call(f func() error) error {
	if b.state == Open {
		if b.now().Sub(b.openedAt) < b.cooldown {
			return ErrOpen
		}
		b.set(HalfOpen)
	}
	if err := f(); err != nil {
		b.failures++
		if b.state == HalfOpen || b.failures >= b.threshold {
			b.set(Open)
			b.openedAt = b.now()
		}
		return err
	}
	b.failures = 0
	b.set(Closed)
	return nil
}

type Retrier struct {
	Attempts int
	Backoff  func(n int) time.Duration
	Sleep    func(time.Duration)
}

func (r Retrier) Do(f func() error) (err error) {
	for i := 0; i < r.Attempts; i++ {
		if err = f(); err == nil || errors.Is(err, ErrOpen) {
			return err
		}
		r.Sleep(r.Backoff(i))
	}
	return fmt.Errorf("after %d attempts: %w", r.Attempts, err)
}

func main() {
	clock := time.Unix(0, 0)
	var transitions []string
	b := &Breaker{threshold: 2, cooldown: 5 * time.Second, now: func() time.Time { return clock }}
	b.onChange = func(from, to State) { transitions = append(transitions, from.String()+"->"+to.String()) }
	var slept time.Duration
	r := Retrier{
		Attempts: 3,
		Backoff:  func(n int) time.Duration { return time.Second << n },
		Sleep:    func(d time.Duration) { slept += d; clock = clock.Add(d) },
	}
	calls := 0
	flaky := func() error {
		calls++
		if calls < 4 {
			return fmt.Errorf("call %d failed", calls)
		}
		return nil
	}
	err := r.Do(func() error { return b.Call(flaky) })
	fmt.Println(err, errors.Is(err, ErrOpen), slept)
	clock = clock.Add(10 * time.Second)
	err = r.Do(func() error { return b.Call(flaky) })
	fmt.Println(err, b.state, transitions, calls)
}
