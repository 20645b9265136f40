package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Event interface {
	Topic() string
}

type UserCreated struct{ Name string }
type OrderPlaced struct {
	ID    int
	Total float64
}

func (UserCreated) Topic() string { return "user.created" }
func (OrderPlaced) Topic() string { return "order.placed" }

type Handler[E Event] func(E) error

type Bus[E Event] struct {
	mu       sync.RWMutex
	handlers map[string][]Handler[E]
	dead     []E
}

func NewBus[E Event]() *Bus[E] {
	return &Bus[E]{handlers: make(map[string][]Handler[E])}
}

func (b *Bus[E]) Subscribe(topic string, h Handler[E]) func() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.handlers[topic] = append(b.handlers[topic], h)
	idx := len(b.handlers[topic]) - 1
	return func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		b.handlers[topic][idx] = nil
	}
}

func (b *Bus[E]) Publish(e E) (delivered int, errs []error) {
	b.mu.RLock()
	hs := b.handlers[e.Topic()]
	b.mu.RUnlock()
	for _, h := range hs {
		if h == nil {
			continue
		}
		if err := h(e); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", e.Topic(), err))
			continue
		}
		delivered++
	}
	if delivered == 0 {
		b.mu.Lock()
		b.dead = append(b.dead, e)
		b.mu.Unlock()
	}
	return
}

func main() {
	bus := NewBus[Event]()
	var log []string
	unsub := bus.Subscribe("user.created", func(e Event) error {
		u := e.(UserCreated)
		log = append(log, "welcome "+u.Name)
		return nil
	})
	bus.Subscribe("order.placed", func(e Event) error {
		o, ok := e.(OrderPlaced)
		if !ok || o.Total <= 0 {
			return fmt.Errorf("bad order %v", e)
		}
		log = append(log, fmt.Sprintf("order %d: %.2f", o.ID, o.Total))
		return nil
	})
	fmt.Println(bus.Publish(UserCreated{"ann"}))
	fmt.Println(bus.Publish(OrderPlaced{1, 9.5}))
	fmt.Println(bus.Publish(OrderPlaced{2, 0}))
	unsub()
	fmt.Println(bus.Publish(UserCreated{"bob"}))

	orders := NewBus[OrderPlaced]()
	sum := 0.0
	orders.Subscribe("order.placed", func(o OrderPlaced) error { sum += o.Total; return nil })
	for i := 1; i <= 3; i++ {
		orders.Publish(OrderPlaced{i, float64(i) * 1.5})
	}
	sort.Strings(log)
	fmt.Println(strings.Join(log, "; "), sum, len(bus.dead))
}
