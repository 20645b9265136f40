// vending_machine.go - a vending machine as a state machine whose states are
// functions returning the next state (the stateFn pattern), with a coin
// bank, stock and an event log.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event struct {
	Kind  string // coin, select, cancel, restock
	Coin  int
	Item  string
	Count int
}

type Machine struct {
	credit int
	stock  map[string]int
	prices map[string]int
	bank   int
	log    []string
}

type stateFn func(m *Machine, e Event) stateFn

func (m *Machine) logf(format string, args ...any) {
	m.log = append(m.log, fmt.Sprintf(format, args...))
}

func idle(m *Machine, e Event) stateFn {
	switch e.Kind {
	case "coin":
		m.credit += e.Coin
		m.logf("credit %d", m.credit)
		return collecting
	case "restock":
		m.stock[e.Item] += e.Count
		m.logf("restocked %s x%d", e.Item, e.Count)
	default:
		m.logf("ignored %s while idle", e.Kind)
	}
	return idle
}

func collecting(m *Machine, e Event) stateFn {
	switch e.Kind {
	case "coin":
		m.credit += e.Coin
		m.logf("credit %d", m.credit)
	case "cancel":
		m.logf("refund %d", m.credit)
		m.credit = 0
		return idle
	case "select":
		price, ok := m.prices[e.Item]
		switch {
		case !ok:
			m.logf("no such item %q", e.Item)
		case m.stock[e.Item] == 0:
			m.logf("%s sold out", e.Item)
		case m.credit < price:
			m.logf("need %d more for %s", price-m.credit, e.Item)
		default:
			return vend(m, e.Item, price)
		}
	}
	return collecting
}

func vend(m *Machine, item string, price int) stateFn {
	m.stock[item]--
	m.bank += price
	change := m.credit - price
	m.credit = 0
	m.logf("vend %s, change %s", item, coins(change))
	return idle
}

func coins(amount int) string {
	if amount == 0 {
		return "none"
	}
	var parts []string
	for _, c := range []int{100, 25, 10, 5} {
		if n := amount / c; n > 0 {
			parts = append(parts, fmt.Sprintf("%dx%d", n, c))
			amount %= c
		}
	}
	return strings.Join(parts, "+")
}

func main() {
	m := &Machine{
		stock:  map[string]int{"cola": 1, "chips": 0},
		prices: map[string]int{"cola": 125, "chips": 75, "gum": 35},
	}
	events := []Event{
		{Kind: "select", Item: "cola"},
		{Kind: "coin", Coin: 100},
		{Kind: "select", Item: "cola"},
		{Kind: "coin", Coin: 100},
		{Kind: "select", Item: "cola"},
		{Kind: "coin", Coin: 25},
		{Kind: "select", Item: "cola"},
		{Kind: "select", Item: "chips"},
		{Kind: "cancel"},
		{Kind: "restock", Item: "chips", Count: 3},
		{Kind: "coin", Coin: 100},
		{Kind: "select", Item: "chips"},
	}
	state := stateFn(idle)
	for _, e := range events {
		state = state(m, e)
	}
	for i, l := range m.log {
		fmt.Printf("%2d %s\n", i, l)
	}
	items := make([]string, 0, len(m.stock))
	for k, v := range m.stock {
		items = append(items, fmt.Sprintf("%s=%d", k, v))
	}
	sort.Strings(items)
	fmt.Println("bank", m.bank, items)
}
