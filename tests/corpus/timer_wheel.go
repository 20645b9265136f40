// timer_wheel.go - a hashed timing wheel: timers land in slots by expiry
// tick, a Tick advances the wheel and fires due callbacks, timers can be
// stopped and rescheduled, and multi-round timers wait for their round.
package main

import (
	"fmt"
	"strings"
)

type Timer struct {
	id       int
	expires  int
	rounds   int
	fn       func(now int)
	stopped  bool
	next     *Timer
	slotHead **Timer
}

type Wheel struct {
	slots  []*Timer
	now    int
	nextID int
	live   map[int]*Timer
}

func NewWheel(size int) *Wheel {
	return &Wheel{slots: make([]*Timer, size), live: map[int]*Timer{}}
}

func (w *Wheel) After(delay int, fn func(now int)) int {
	if delay < 1 {
		delay = 1
	}
	w.nextID++
	t := &Timer{id: w.nextID, expires: w.now + delay, fn: fn}
	w.insert(t)
	w.live[t.id] = t
	return t.id
}

func (w *Wheel) insert(t *Timer) {
	delay := t.expires - w.now
	slot := t.expires % len(w.slots)
	t.rounds = (delay - 1) / len(w.slots)
	t.next = w.slots[slot]
	w.slots[slot] = t
}

func (w *Wheel) Stop(id int) bool {
	t, ok := w.live[id]
	if !ok {
		return false
	}
	t.stopped = true
	delete(w.live, id)
	return true
}

func (w *Wheel) Reset(id, delay int) bool {
	t, ok := w.live[id]
	if !ok {
		return false
	}
	t.stopped = true
	nt := &Timer{id: id, expires: w.now + delay, fn: t.fn}
	w.insert(nt)
	w.live[id] = nt
	return true
}

func (w *Wheel) Tick() int {
	w.now++
	slot := w.now % len(w.slots)
	fired := 0
	var keep *Timer
	for t := w.slots[slot]; t != nil; {
		next := t.next
		switch {
		case t.stopped:
		case t.rounds > 0:
			t.rounds--
			t.next = keep
			keep = t
		default:
			delete(w.live, t.id)
			t.fn(w.now)
			fired++
		}
		t = next
	}
	w.slots[slot] = keep
	return fired
}

func main() {
	w := NewWheel(8)
	var log []string
	record := func(name string) func(int) {
		return func(now int) { log = append(log, fmt.Sprintf("%s@%d", name, now)) }
	}
	w.After(3, record("a"))
	b := w.After(5, record("b"))
	w.After(5, record("c"))
	w.After(20, record("long"))
	d := w.After(2, record("d"))
	w.Stop(d)
	w.After(1, func(now int) {
		w.After(2, record("chained"))
	})
	total := 0
	for i := 0; i < 25; i++ {
		if i == 2 {
			w.Reset(b, 10)
		}
		total += w.Tick()
	}
	fmt.Println(strings.Join(log, " "))
	fmt.Println("fired", total, "live", len(w.live), "stop again", w.Stop(d))
}
