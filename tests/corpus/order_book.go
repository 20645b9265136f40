package main

import (
	"fmt"
	"sort"
	"strings"
)

type Side int

const (
	Buy Side = iota
	Sell
)

type Order struct {
	ID    int
	Side  Side
	Price int
	Qty   int
	Owner string
}

type Trade struct {
	BuyID, SellID int
	Price, Qty    int
}

type Book struct {
	bids   []*Order // highest first
	asks   []*Order // lowest first
	trades []Trade
	nextID int
}

func (b *Book) insert(o *Order) {
	if o.Side == Buy {
		i := sort.Search(len(b.bids), func(i int) bool { return b.bids[i].Price < o.Price })
		b.bids = append(b.bids, nil)
		copy(b.bids[i+1:], b.bids[i:])
		b.bids[i] = o
	} else {
		i := sort.Search(len(b.asks), func(i int) bool { return b.asks[i].Price > o.Price })
		b.asks = append(b.asks, nil)
		copy(b.asks[i+1:], b.asks[i:])
		b.asks[i] = o
	}
}

func (b *Book) Submit(side Side, price, qty int, owner string) *Order {
	b.nextID++
	o := &Order{ID: b.nextID, Side: side, Price: price, Qty: qty, Owner: owner}
	for o.Qty > 0 {
		var best *Order
		if side == Buy && len(b.asks) > 0 && b.asks[0].Price <= price {
			best = b.asks[0]
		} else if side == Sell && len(b.bids) > 0 && b.bids[0].Price >= price {
			best = b.bids[0]
		}
		if best == nil {
			break
		}
		q := o.Qty
		if best.Qty < q {
			q = best.Qty
		}
		t := Trade{Price: best.Price, Qty: q}
		if side == Buy {
			t.BuyID, t.SellID = o.ID, best.ID
		} else {
			t.BuyID, t.SellID = best.ID, o.ID
		}
		b.trades = append(b.trades, t)
		o.Qty -= q
		best.Qty -= q
		if best.Qty == 0 {
			if side == Buy {
				b.asks = b.asks[1:]
			} else {
				b.bids = b.bids[1:]
			}
		}
	}
	if o.Qty > 0 {
		b.insert(o)
	}
	return o
}

func (b *Book) Depth() string {
	var sb strings.Builder
	for i := len(b.asks) - 1; i >= 0; i-- {
		fmt.Fprintf(&sb, "  ask %d x %d\n", b.asks[i].Price, b.asks[i].Qty)
	}
	for _, o := range b.bids {
		fmt.Fprintf(&sb, "  bid %d x %d\n", o.Price, o.Qty)
	}
	return sb.String()
}

func main() {
	var b Book
	b.Submit(Sell, 101, 5, "s1")
	b.Submit(Sell, 103, 5, "s2")
	b.Submit(Buy, 99, 4, "b1")
	b.Submit(Buy, 100, 2, "b2")
	b.Submit(Buy, 102, 7, "b3")
	b.Submit(Sell, 98, 3, "s3")
	fmt.Print(b.Depth())
	for _, t := range b.trades {
		fmt.Printf("%+v\n", t)
	}
}
