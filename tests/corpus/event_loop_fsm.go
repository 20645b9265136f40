package main

import (
	"errors"
	"fmt"
	"strings"
)

type State uint8

const (
	Idle State = iota
	Connecting
	Connected
	Closing
	Closed
)

func (s State) String() string {
	switch s {
	case Idle:
		return "idle"
	case Connecting:
		return "connecting"
	case Connected:
		return "connected"
	case Closing:
		return "closing"
	}
	return "closed"
}

type Event struct {
	Name string
	Data []byte
}

type transition struct {
	from State
	on   string
}

type Action func(m *Machine, e Event) error

type Machine struct {
	state   State
	table   map[transition]State
	actions map[State][]Action
	log     []string
	sent    int
}

var ErrBadTransition = errors.New("bad transition")

func NewMachine() *Machine {
	m := &Machine{
		table:   make(map[transition]State),
		actions: make(map[State][]Action),
	}
	m.on(Idle, "dial", Connecting)
	m.on(Connecting, "ok", Connected)
	m.on(Connecting, "fail", Idle)
	m.on(Connected, "send", Connected)
	m.on(Connected, "close", Closing)
	m.on(Closing, "done", Closed)
	m.enter(Connected, (*Machine).countSend)
	m.enter(Closed, func(m *Machine, e Event) error {
		m.logf("closed after %d sends", m.sent)
		return nil
	})
	return m
}

func (m *Machine) on(from State, ev string, to State) {
	m.table[transition{from, ev}] = to
}

func (m *Machine) enter(s State, a Action) {
	m.actions[s] = append(m.actions[s], a)
}

func (m *Machine) logf(format string, args ...interface{}) {
	m.log = append(m.log, fmt.Sprintf(format, args...))
}

func (m *Machine) countSend(e Event) error {
	if e.Name == "send" {
		if len(e.Data) == 0 {
			return fmt.Errorf("empty send in %v", m.state)
		}
		m.sent++
	}
	return nil
}

func (m *Machine) Fire(e Event) error {
	to, ok := m.table[transition{m.state, e.Name}]
	if !ok {
		return fmt.Errorf("%w: %v on %q", ErrBadTransition, m.state, e.Name)
	}
	m.logf("%v -> %v (%s)", m.state, to, e.Name)
	m.state = to
	for _, a := range m.actions[to] {
		if err := a(m, e); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	m := NewMachine()
	script := []Event{
		{Name: "dial"}, {Name: "ok"},
		{Name: "send", Data: []byte("hello")},
		{Name: "send"},
		{Name: "dial"},
		{Name: "close"}, {Name: "done"},
	}
	for _, e := range script {
		if err := m.Fire(e); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrBadTransition))
		}
	}
	fmt.Println(strings.Join(m.log, "\n"))
	fmt.Println("final:", m.state)
}
