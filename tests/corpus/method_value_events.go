// method_value_events.go - an event dispatcher whose handlers are method
// values (counter.Inc, audit.Record) and method expressions ((*Audit).Flush),
// stored in maps and slices and called later.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event struct {
	Name string
	Data map[string]string
}

type Handler func(Event)

type Dispatcher struct {
	handlers map[string][]Handler
	any      []Handler
}

func NewDispatcher() *Dispatcher { return &Dispatcher{handlers: map[string][]Handler{}} }

func (d *Dispatcher) On(name string, h Handler) { d.handlers[name] = append(d.handlers[name], h) }
func (d *Dispatcher) OnAny(h Handler)            { d.any = append(d.any, h) }

func (d *Dispatcher) Emit(name string, kv ...string) int {
	e := Event{Name: name, Data: map[string]string{}}
	for i := 0; i+1 < len(kv); i += 2 {
		e.Data[kv[i]] = kv[i+1]
	}
	n := 0
	for _, h := range d.handlers[name] {
		h(e)
		n++
	}
	for _, h := range d.any {
		h(e)
		n++
	}
	return n
}

type Counter struct{ counts map[string]int }

func (c *Counter) Inc(e Event) { c.counts[e.Name]++ }

type Audit struct {
	lines []string
	level int
}

func (a *Audit) Record(e Event) {
	keys := make([]string, 0, len(e.Data))
	for k := range e.Data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	sb.WriteString(e.Name)
	for _, k := range keys {
		fmt.Fprintf(&sb, " %s=%s", k, e.Data[k])
	}
	a.lines = append(a.lines, sb.String())
}

func (a *Audit) Flush() []string {
	out := a.lines
	a.lines = nil
	return out
}

type Greeter struct{ Greeting string }

func (g Greeter) Greet(e Event) { fmt.Println(g.Greeting, e.Data["user"]) }

func main() {
	d := NewDispatcher()
	c := &Counter{counts: map[string]int{}}
	a := &Audit{}
	g := Greeter{"hello"}
	d.OnAny(c.Inc)
	d.On("login", a.Record)
	d.On("login", g.Greet)
	d.On("logout", a.Record)
	g.Greeting = "changed" // the method value copied g already
	calls := d.Emit("login", "user", "ann", "ip", "10.0.0.1")
	calls += d.Emit("logout", "user", "ann")
	calls += d.Emit("ping")
	flush := (*Audit).Flush
	for _, l := range flush(a) {
		fmt.Println("audit:", l)
	}
	greet := Greeter.Greet
	greet(Greeter{"hi"}, Event{Data: map[string]string{"user": "bob"}})
	fmt.Println(calls, c.counts["login"], c.counts["ping"], len(a.lines))
}
