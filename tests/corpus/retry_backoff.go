package main

import (
	"errors"
	"fmt"
	"time"
)

type Temporary interface{ Temporary() bool }

type netErr struct {
	msg  string
	temp bool
}

func (e *netErr) Error() string   { return e.msg }
func (e *netErr) Temporary() bool { return e.temp }

type Policy struct {
	Attempts   int
	Base       time.Duration
	Max        time.Duration
	Multiplier float64
}

func (p Policy) Delay(attempt int) time.Duration {
	d := float64(p.Base)
	for i := 0; i < attempt; i++ {
		d *= p.Multiplier
	}
	if time.Duration(d) > p.Max {
		return p.Max
	}
	return time.Duration(d)
}

func isRetryable(err error) bool {
	var t Temporary
	return errors.As(err, &t) && t.Temporary()
}

// Retry runs op until it succeeds, fails permanently or runs out of attempts.
// sleep is injected so the program runs instantly and deterministically.
func Retry(p Policy, sleep func(time.Duration), op func(attempt int) error) (int, error) {
	var err error
	for a := 0; a < p.Attempts; a++ {
		if err = op(a); err == nil {
			return a + 1, nil
		}
		if !isRetryable(err) {
			return a + 1, fmt.Errorf("permanent failure: %w", err)
		}
		if a < p.Attempts-1 {
			sleep(p.Delay(a))
		}
	}
	return p.Attempts, fmt.Errorf("gave up after %d attempts: %w", p.Attempts, err)
}

func main() {
	p := Policy{Attempts: 5, Base: 100 * time.Millisecond, Max: time.Second, Multiplier: 2}
	var slept []time.Duration
	sleep := func(d time.Duration) { slept = append(slept, d) }

	n, err := Retry(p, sleep, func(a int) error {
		if a < 3 {
			return &netErr{"timeout", true}
		}
		return nil
	})
	fmt.Println(n, err, slept)

	slept = nil
	n, err = Retry(p, sleep, func(int) error { return &netErr{"refused", false} })
	fmt.Println(n, err, slept)

	n, err = Retry(p, sleep, func(int) error { return fmt.Errorf("wrapped: %w", &netErr{"reset", true}) })
	fmt.Println(n, err, len(slept))
}
