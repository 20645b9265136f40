package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Bid struct {
	Bidder string
	Amount int
	Seq    int
}

type Auction struct {
	mu      sync.Mutex
	item    string
	reserve int
	bids    []Bid
	closed  bool
	seq     int
}

var (
	ErrClosed = errors.New("auction closed")
	ErrLow    = errors.New("bid too low")
)

func NewAuction(item string, reserve int) *Auction {
	return &Auction{item: item, reserve: reserve}
}

func (a *Auction) highest() (Bid, bool) {
	if len(a.bids) == 0 {
		return Bid{}, false
	}
	return a.bids[len(a.bids)-1], true
}

func (a *Auction) Place(bidder string, amount int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return ErrClosed
	}
	if h, ok := a.highest(); ok && amount <= h.Amount {
		return fmt.Errorf("%s bid %d <= %d: %w", bidder, amount, h.Amount, ErrLow)
	}
	a.seq++
	a.bids = append(a.bids, Bid{bidder, amount, a.seq})
	return nil
}

// Close returns the winner and the second-price (Vickrey style) they pay.
func (a *Auction) Close() (string, int, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.closed = true
	h, ok := a.highest()
	if !ok || h.Amount < a.reserve {
		return "", 0, fmt.Errorf("%s: reserve %d not met", a.item, a.reserve)
	}
	price := a.reserve
	if len(a.bids) > 1 {
		if p := a.bids[len(a.bids)-2].Amount; p > price {
			price = p
		}
	}
	return h.Bidder, price, nil
}

func main() {
	a := NewAuction("gopher plush", 50)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var errs []string
	for i, b := range []struct {
		who string
		amt int
	}{{"ann", 40}, {"bob", 60}, {"cy", 55}, {"dee", 75}} {
		wg.Add(1)
		go func(i int, who string, amt int) {
			defer wg.Done()
			if err := a.Place(who, amt); err != nil {
				mu.Lock()
				errs = append(errs, fmt.Sprint(i))
				mu.Unlock()
			}
		}(i, b.who, b.amt)
	}
	wg.Wait()
	w, p, err := a.Close()
	sort.Strings(errs)
	fmt.Println(w == "dee", p >= 50, err, len(errs) <= 3)
	fmt.Println(a.Place("late", 100))
	b := NewAuction("lamp", 100)
	b.Place("x", 10)
	fmt.Println(b.Close())
}
