// fanout_stream.go - a stream of log records fanned out to filters and
// sinks over channels, with select-based timeouts and a done channel.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

type Record struct {
	Level string
	Msg   string
	Attrs map[string]string
}

type Sink interface {
	Write(r *Record)
	Close() []string
}

type memSink struct {
	mu    sync.Mutex
	lines []string
}

func (m *memSink) Write(r *Record) {
	m.mu.Lock()
	defer m.mu.Unlock()
	keys := make([]string, 0, len(r.Attrs))
	for k := range r.Attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString(r.Level + " " + r.Msg)
	for _, k := range keys {
		b.WriteString(" " + k + "=" + r.Attrs[k])
	}
	m.lines = append(m.lines, b.String())
}

func (m *memSink) Close() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	sort.Strings(m.lines)
	return m.lines
}

type route struct {
	keep func(*Record) bool
	in   chan *Record
	sink Sink
}

func fanout(src <-chan *Record, done <-chan struct{}, routes []*route) {
	defer func() {
		for _, rt := range routes {
			close(rt.in)
		}
	}()
	for {
		select {
		case r, ok := <-src:
			if !ok {
				return
			}
			for _, rt := range routes {
				if rt.keep(r) {
					rt.in <- r
				}
			}
		case <-done:
			return
		case <-time.After(time.Second):
			return
		}
	}
}

func level(l string) func(*Record) bool {
	return func(r *Record) bool { return r.Level == l }
}

func main() {
	src := make(chan *Record)
	done := make(chan struct{})
	all, errs := &memSink{}, &memSink{}
	routes := []*route{
		{keep: func(*Record) bool { return true }, in: make(chan *Record, 4), sink: all},
		{keep: level("ERROR"), in: make(chan *Record, 4), sink: errs},
	}
	var wg sync.WaitGroup
	for _, rt := range routes {
		wg.Add(1)
		go func(rt *route) {
			defer wg.Done()
			for r := range rt.in {
				rt.sink.Write(r)
			}
		}(rt)
	}
	go fanout(src, done, routes)
	for i, l := range []string{"INFO", "ERROR", "DEBUG", "ERROR"} {
		src <- &Record{Level: l, Msg: fmt.Sprintf("event %d", i), Attrs: map[string]string{"i": fmt.Sprint(i), "svc": "api"}}
	}
	close(src)
	wg.Wait()
	close(done)
	fmt.Println(strings.Join(all.Close(), "\n"))
	fmt.Println(len(errs.Close()), "errors")
}
