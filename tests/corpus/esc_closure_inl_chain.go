package main

// Closures through chains of inlined calls: a literal returned through two
// inlined wrappers, a literal passed into an inlined function that calls
// it (inlined in turn), literals reaching the results of inlined calls
// used as arguments, and a closure called from a deferred literal.

type Event struct {
	Name string
	Data []byte
}

var log []*Event

func Emit(e *Event) { log = append(log, e) }

func Identity(f func(*Event)) func(*Event) { return f }

func Twice(f func(*Event)) func(*Event) { return Identity(func(e *Event) { f(e); f(e) }) }

func Call(f func(*Event), e *Event) { f(e) }

func Apply(f func(int) int, v int) int { return f(v) }

func MakeHandler(tag string) func(*Event) {
	return Identity(func(e *Event) { e.Name = tag + e.Name })
}

func Use(e *Event) int {
	total := Apply(func(v int) int { return v + len(e.Data) }, 1)
	defer func() {
		Call(func(x *Event) { x.Data = nil }, e)
	}()
	return total
}

func main() {
	e := &Event{Name: "a"}
	Twice(Emit)(e)
	Call(MakeHandler("x-"), e)
	Call(func(x *Event) { Emit(x) }, &Event{Name: "b"})
	h := Identity(Identity(func(x *Event) { x.Data = append(x.Data, 1) }))
	var local Event
	h(&local)
	println(len(log), Use(&local), Apply(func(v int) int { return v * 2 }, Apply(func(v int) int { return v + 1 }, 3)))
}
