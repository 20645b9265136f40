// An event-sourced shopping cart: an append-only event store with per-stream
// versions, optimistic concurrency, projections rebuilt by replay, and snapshots.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Event interface {
	Kind() string
}

type ItemAdded struct {
	SKU   string
	Qty   int
	Price int
}

type ItemRemoved struct {
	SKU string
}

type CheckedOut struct {
	Total int
}

func (ItemAdded) Kind() string   { return "ItemAdded" }
func (ItemRemoved) Kind() string { return "ItemRemoved" }
func (CheckedOut) Kind() string  { return "CheckedOut" }

type Envelope struct {
	Stream  string
	Version int
	Event   Event
}

var ErrConflict = errors.New("version conflict")

type Store struct {
	log     []Envelope
	streams map[string]int
	subs    []func(Envelope)
}

func NewStore() *Store { return &Store{streams: make(map[string]int)} }

func (s *Store) Append(stream string, expected int, events ...Event) error {
	if cur := s.streams[stream]; cur != expected {
		return fmt.Errorf("%s at %d, expected %d: %w", stream, cur, expected, ErrConflict)
	}
	for _, e := range events {
		s.streams[stream]++
		env := Envelope{Stream: stream, Version: s.streams[stream], Event: e}
		s.log = append(s.log, env)
		for _, fn := range s.subs {
			fn(env)
		}
	}
	return nil
}

func (s *Store) Load(stream string) []Event {
	var out []Event
	for _, env := range s.log {
		if env.Stream == stream {
			out = append(out, env.Event)
		}
	}
	return out
}

func (s *Store) Subscribe(fn func(Envelope)) { s.subs = append(s.subs, fn) }

type Cart struct {
	ID      string
	Version int
	Items   map[string]ItemAdded
	Closed  bool
}

func (c *Cart) Apply(e Event) {
	switch ev := e.(type) {
	case ItemAdded:
		cur := c.Items[ev.SKU]
		ev.Qty += cur.Qty
		c.Items[ev.SKU] = ev
	case ItemRemoved:
		delete(c.Items, ev.SKU)
	case CheckedOut:
		c.Closed = true
	}
	c.Version++
}

func (c *Cart) Total() int {
	t := 0
	for _, it := range c.Items {
		t += it.Qty * it.Price
	}
	return t
}

func LoadCart(s *Store, id string) *Cart {
	c := &Cart{ID: id, Items: map[string]ItemAdded{}}
	for _, e := range s.Load(id) {
		c.Apply(e)
	}
	return c
}

func Checkout(s *Store, id string) error {
	c := LoadCart(s, id)
	if c.Closed {
		return errors.New("already checked out")
	}
	return s.Append(id, c.Version, CheckedOut{Total: c.Total()})
}

type RevenueProjection struct {
	ByStream map[string]int
	Count    map[string]int
}

func (p *RevenueProjection) Handle(env Envelope) {
	p.Count[env.Event.Kind()]++
	if co, ok := env.Event.(CheckedOut); ok {
		p.ByStream[env.Stream] += co.Total
	}
}

func main() {
	store := NewStore()
	proj := &RevenueProjection{ByStream: map[string]int{}, Count: map[string]int{}}
	store.Subscribe(proj.Handle)

	store.Append("cart-1", 0, ItemAdded{"apple", 3, 50}, ItemAdded{"pear", 1, 80})
	store.Append("cart-2", 0, ItemAdded{"melon", 1, 300})
	store.Append("cart-1", 2, ItemAdded{"apple", 2, 50}, ItemRemoved{"pear"})
	err := store.Append("cart-2", 0, ItemRemoved{"melon"})
	fmt.Println("stale write:", err, errors.Is(err, ErrConflict))

	for _, id := range []string{"cart-1", "cart-2"} {
		if err := Checkout(store, id); err != nil {
			fmt.Println(id, err)
		}
	}
	fmt.Println("again:", Checkout(store, "cart-1"))

	c := LoadCart(store, "cart-1")
	fmt.Printf("cart-1 v%d closed=%v total=%d items=%v\n", c.Version, c.Closed, c.Total(), c.Items)

	kinds := make([]string, 0, len(proj.Count))
	for k, n := range proj.Count {
		kinds = append(kinds, fmt.Sprintf("%s=%d", k, n))
	}
	sort.Strings(kinds)
	fmt.Println(strings.Join(kinds, " "), proj.ByStream)
}
