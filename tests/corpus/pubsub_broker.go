// A publish/subscribe broker over channels: topic subscriptions with buffered
// mailboxes, slow-subscriber dropping, wildcard topics and graceful shutdown.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Message struct {
	Topic   string
	Payload string
}

type Subscription struct {
	ID      int
	Pattern string
	C       chan Message
	dropped int
}

type Broker struct {
	mu     sync.RWMutex
	subs   map[int]*Subscription
	nextID int
	closed bool
	wg     sync.WaitGroup
}

func NewBroker() *Broker {
	return &Broker{subs: make(map[int]*Subscription)}
}

func match(pattern, topic string) bool {
	if strings.HasSuffix(pattern, ".*") {
		return strings.HasPrefix(topic, strings.TrimSuffix(pattern, "*"))
	}
	return pattern == topic
}

func (b *Broker) Subscribe(pattern string, buffer int) *Subscription {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.nextID++
	s := &Subscription{ID: b.nextID, Pattern: pattern, C: make(chan Message, buffer)}
	b.subs[s.ID] = s
	return s
}

func (b *Broker) Unsubscribe(s *Subscription) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, ok := b.subs[s.ID]; ok {
		delete(b.subs, s.ID)
		close(s.C)
	}
}

func (b *Broker) Publish(topic, payload string) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	if b.closed {
		return 0
	}
	msg := Message{Topic: topic, Payload: payload}
	delivered := 0
	for _, s := range b.subs {
		if !match(s.Pattern, topic) {
			continue
		}
		select {
		case s.C <- msg:
			delivered++
		default:
			s.dropped++
		}
	}
	return delivered
}

func (b *Broker) Close() {
	b.mu.Lock()
	b.closed = true
	for id, s := range b.subs {
		close(s.C)
		delete(b.subs, id)
	}
	b.mu.Unlock()
	b.wg.Wait()
}

func (b *Broker) Consume(s *Subscription, handle func(Message)) {
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		for m := range s.C {
			handle(m)
		}
	}()
}

type Collector struct {
	mu   sync.Mutex
	seen map[string][]string
}

func (c *Collector) handler(name string) func(Message) {
	return func(m Message) {
		c.mu.Lock()
		defer c.mu.Unlock()
		c.seen[name] = append(c.seen[name], m.Topic+"="+m.Payload)
	}
}

func main() {
	b := NewBroker()
	col := &Collector{seen: map[string][]string{}}

	orders := b.Subscribe("orders.*", 16)
	audit := b.Subscribe("orders.created", 16)
	slow := b.Subscribe("orders.*", 1)
	b.Consume(orders, col.handler("orders"))
	b.Consume(audit, col.handler("audit"))

	total := 0
	for i, t := range []string{"orders.created", "orders.paid", "users.login", "orders.created"} {
		total += b.Publish(t, fmt.Sprint(i))
	}
	fmt.Println("delivered:", total)
	b.Unsubscribe(slow)
	b.Close()

	names := make([]string, 0, len(col.seen))
	for n := range col.seen {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		got := col.seen[n]
		sort.Strings(got)
		fmt.Println(n, got)
	}
	fmt.Println("slow dropped:", slow.dropped, "after close:", b.Publish("orders.x", "late"))
}
