package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	Selecting
	Paying
	Dispensing
	OutOfStock
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case Selecting:
		return "Selecting"
	case Paying:
		return "Paying"
	case Dispensing:
		return "Dispensing"
	case OutOfStock:
		return "OutOfStock"
	}
	return "?"
}

type Event struct {
	Name  string
	Item  string
	Coins int
}

type Machine struct {
	state    State
	stock    map[string]int
	prices   map[string]int
	selected string
	paid     int
	log      []string
}

type transition func(m *Machine, e Event) (State, error)

var table = map[State]map[string]transition{
	Idle: {
		"select": func(m *Machine, e Event) (State, error) {
			if m.stock[e.Item] == 0 {
				return Idle, fmt.Errorf("%s sold out", e.Item)
			}
			m.selected = e.Item
			return Selecting, nil
		},
	},
	Selecting: {
		"pay": func(m *Machine, e Event) (State, error) {
			m.paid += e.Coins
			if m.paid >= m.prices[m.selected] {
				return Dispensing, nil
			}
			return Paying, nil
		},
		"cancel": func(m *Machine, e Event) (State, error) { m.selected = ""; return Idle, nil },
	},
	Paying: {
		"pay": func(m *Machine, e Event) (State, error) {
			m.paid += e.Coins
			if m.paid >= m.prices[m.selected] {
				return Dispensing, nil
			}
			return Paying, nil
		},
	},
	Dispensing: {
		"take": func(m *Machine, e Event) (State, error) {
			m.stock[m.selected]--
			change := m.paid - m.prices[m.selected]
			m.logf("dispensed %s, change %d", m.selected, change)
			m.selected, m.paid = "", 0
			return Idle, nil
		},
	},
}

func (m *Machine) logf(format string, args ...interface{}) {
	m.log = append(m.log, fmt.Sprintf(format, args...))
}

func (m *Machine) Fire(e Event) {
	handlers, ok := table[m.state]
	if !ok {
		m.logf("no transitions from %v", m.state)
		return
	}
	h, ok := handlers[e.Name]
	if !ok {
		m.logf("%v: ignored %q", m.state, e.Name)
		return
	}
	next, err := h(m, e)
	if err != nil {
		m.logf("%v: %v", m.state, err)
	}
	m.state = next
}

func main() {
	m := &Machine{
		stock:  map[string]int{"cola": 1, "chips": 0},
		prices: map[string]int{"cola": 150, "chips": 100},
	}
	events := []Event{
		{Name: "select", Item: "chips"},
		{Name: "select", Item: "cola"},
		{Name: "pay", Coins: 100},
		{Name: "take"},
		{Name: "pay", Coins: 100},
		{Name: "take"},
		{Name: "select", Item: "cola"},
	}
	for _, e := range events {
		m.Fire(e)
	}
	fmt.Println(strings.Join(m.log, "\n"))
	fmt.Println("final:", m.state)
}
