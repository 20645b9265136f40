package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type SKU string

type Item struct {
	SKU      SKU
	Name     string
	Qty      int
	Reorder  int
	Location string
}

type Movement struct {
	SKU   SKU
	Delta int
	Note  string
}

type Warehouse struct {
	items map[SKU]*Item
	log   []Movement
}

var ErrUnknown = errors.New("unknown sku")

type StockError struct {
	SKU       SKU
	Have, Req int
}

func (e StockError) Error() string {
	return fmt.Sprintf("%s: have %d, requested %d", e.SKU, e.Have, e.Req)
}

func NewWarehouse(items ...Item) *Warehouse {
	w := &Warehouse{items: map[SKU]*Item{}}
	for i := range items {
		it := items[i]
		w.items[it.SKU] = &it
	}
	return w
}

func (w *Warehouse) Receive(sku SKU, n int) error {
	it, ok := w.items[sku]
	if !ok {
		return fmt.Errorf("receive: %w", ErrUnknown)
	}
	it.Qty += n
	w.log = append(w.log, Movement{sku, n, "receive"})
	return nil
}

func (w *Warehouse) Pick(order map[SKU]int) error {
	for sku, n := range order {
		it, ok := w.items[sku]
		if !ok {
			return fmt.Errorf("pick %s: %w", sku, ErrUnknown)
		}
		if it.Qty < n {
			return StockError{sku, it.Qty, n}
		}
	}
	for sku, n := range order {
		w.items[sku].Qty -= n
		w.log = append(w.log, Movement{SKU: sku, Delta: -n, Note: "pick"})
	}
	return nil
}

func (w *Warehouse) LowStock() []string {
	var out []string
	for _, it := range w.items {
		if it.Qty <= it.Reorder {
			out = append(out, fmt.Sprintf("%s(%d)", it.Name, it.Qty))
		}
	}
	sort.Strings(out)
	return out
}

func (w *Warehouse) ByLocation() map[string][]string {
	m := map[string][]string{}
	for _, it := range w.items {
		m[it.Location] = append(m[it.Location], string(it.SKU))
	}
	for _, v := range m {
		sort.Strings(v)
	}
	return m
}

func main() {
	w := NewWarehouse(
		Item{"A-1", "bolt", 100, 20, "aisle1"},
		Item{"A-2", "nut", 15, 20, "aisle1"},
		Item{"B-1", "gear", 5, 2, "aisle2"},
	)
	fmt.Println(w.Pick(map[SKU]int{"A-1": 10, "B-1": 2}))
	err := w.Pick(map[SKU]int{"B-1": 10})
	var se StockError
	fmt.Println(err, errors.As(err, &se), se.Have)
	fmt.Println(w.Receive("Z-9", 1), errors.Is(w.Receive("Z-9", 1), ErrUnknown))
	w.Receive("A-2", 50)
	fmt.Println(w.LowStock(), w.ByLocation(), len(w.log))
	var notes []string
	for _, m := range w.log {
		notes = append(notes, fmt.Sprintf("%s%+d", m.SKU, m.Delta))
	}
	sort.Strings(notes)
	fmt.Println(strings.Join(notes, " "))
}
