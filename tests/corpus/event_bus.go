package main

import (
	"fmt"
	"sort"
	"sync"
)

type Event struct {
	Topic   string
	Payload interface{}
}

type Handler func(Event)

type subscription struct {
	id      int
	handler Handler
}

type Bus struct {
	mu     sync.Mutex
	subs   map[string][]subscription
	nextID int
	queue  []Event
}

func NewBus() *Bus { return &Bus{subs: make(map[string][]subscription)} }

func (b *Bus) Subscribe(topic string, h Handler) (unsubscribe func()) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.nextID++
	id := b.nextID
	b.subs[topic] = append(b.subs[topic], subscription{id, h})
	return func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		list := b.subs[topic]
		for i, s := range list {
			if s.id == id {
				b.subs[topic] = append(list[:i], list[i+1:]...)
				return
			}
		}
	}
}

func (b *Bus) Publish(topic string, payload interface{}) {
	b.mu.Lock()
	b.queue = append(b.queue, Event{topic, payload})
	b.mu.Unlock()
}

func (b *Bus) Drain() int {
	b.mu.Lock()
	q := b.queue
	b.queue = nil
	b.mu.Unlock()
	delivered := 0
	for _, e := range q {
		b.mu.Lock()
		handlers := append([]subscription(nil), b.subs[e.Topic]...)
		b.mu.Unlock()
		for _, s := range handlers {
			s.handler(e)
			delivered++
		}
	}
	return delivered
}

type Stats struct {
	counts map[string]int
}

func (s *Stats) Record(e Event) { s.counts[e.Topic]++ }

func (s *Stats) Summary() []string {
	var out []string
	for k, v := range s.counts {
		out = append(out, fmt.Sprintf("%s=%d", k, v))
	}
	sort.Strings(out)
	return out
}

func main() {
	bus := NewBus()
	stats := &Stats{counts: map[string]int{}}
	var received []string
	bus.Subscribe("order", stats.Record)
	bus.Subscribe("user", stats.Record)
	unsub := bus.Subscribe("order", func(e Event) {
		received = append(received, fmt.Sprintf("order #%v", e.Payload))
	})
	bus.Publish("order", 1)
	bus.Publish("user", "alice")
	fmt.Println(bus.Drain())
	unsub()
	bus.Publish("order", 2)
	fmt.Println(bus.Drain(), received, stats.Summary())
}
