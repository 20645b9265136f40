package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Event-sourced inventory: state is rebuilt by folding events.
type Event interface {
	apply(*Inventory) error
	String() string
}

type Received struct {
	SKU string
	Qty int
}
type Shipped struct {
	SKU   string
	Qty   int
	Order string
}
type Adjusted struct {
	SKU    string
	Delta  int
	Reason string
}

var ErrStock = errors.New("not enough stock")

type Inventory struct {
	stock   map[string]int
	orders  map[string][]string
	version int
}

func (e Received) apply(inv *Inventory) error {
	inv.stock[e.SKU] += e.Qty
	return nil
}

func (e Shipped) apply(inv *Inventory) error {
	if inv.stock[e.SKU] < e.Qty {
		return fmt.Errorf("ship %d %s for %s: %w", e.Qty, e.SKU, e.Order, ErrStock)
	}
	inv.stock[e.SKU] -= e.Qty
	inv.orders[e.Order] = append(inv.orders[e.Order], e.SKU)
	return nil
}

func (e Adjusted) apply(inv *Inventory) error {
	inv.stock[e.SKU] += e.Delta
	if inv.stock[e.SKU] < 0 {
		inv.stock[e.SKU] = 0
	}
	return nil
}

func (e Received) String() string { return fmt.Sprintf("+%d %s", e.Qty, e.SKU) }
func (e Shipped) String() string  { return fmt.Sprintf("-%d %s (%s)", e.Qty, e.SKU, e.Order) }
func (e Adjusted) String() string { return fmt.Sprintf("~%+d %s: %s", e.Delta, e.SKU, e.Reason) }

func Replay(events []Event) (*Inventory, []error) {
	inv := &Inventory{stock: map[string]int{}, orders: map[string][]string{}}
	var errs []error
	for _, e := range events {
		if err := e.apply(inv); err != nil {
			errs = append(errs, err)
			continue
		}
		inv.version++
	}
	return inv, errs
}

func (inv *Inventory) Report() string {
	skus := make([]string, 0, len(inv.stock))
	for s := range inv.stock {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	var sb strings.Builder
	for _, s := range skus {
		fmt.Fprintf(&sb, "%s=%d ", s, inv.stock[s])
	}
	fmt.Fprintf(&sb, "v%d", inv.version)
	return sb.String()
}

func main() {
	log := []Event{
		Received{"apple", 10},
		Received{"pear", 3},
		Shipped{"apple", 4, "o1"},
		Shipped{"pear", 5, "o2"},
		Adjusted{"apple", -2, "bruised"},
		Shipped{"apple", 4, "o3"},
		Adjusted{"pear", -9, "stolen"},
	}
	for _, e := range log {
		fmt.Println(e)
	}
	inv, errs := Replay(log)
	fmt.Println(inv.Report())
	for _, err := range errs {
		fmt.Println(err, errors.Is(err, ErrStock))
	}
	fmt.Println(inv.orders["o1"], len(inv.orders))
}
