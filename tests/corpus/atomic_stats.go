package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Endpoint struct {
	name     string
	hits     atomic.Int64
	errors   atomic.Int64
	bytes    atomic.Int64
	inflight atomic.Int32
	healthy  atomic.Bool
}

type Stats struct {
	mu        sync.Mutex
	endpoints map[string]*Endpoint
	once      sync.Once
	started   atomic.Value
}

func (s *Stats) init() {
	s.once.Do(func() {
		s.endpoints = make(map[string]*Endpoint)
		s.started.Store("boot")
	})
}

func (s *Stats) endpoint(name string) *Endpoint {
	s.init()
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.endpoints[name]
	if !ok {
		e = &Endpoint{name: name}
		e.healthy.Store(true)
		s.endpoints[name] = e
	}
	return e
}

func (s *Stats) Record(name string, size int, failed bool) {
	e := s.endpoint(name)
	e.inflight.Add(1)
	defer e.inflight.Add(-1)
	e.hits.Add(1)
	e.bytes.Add(int64(size))
	if failed {
		if e.errors.Add(1) > 2 {
			e.healthy.Store(false)
		}
	}
}

type Row struct {
	Name               string
	Hits, Errors, Size int64
	Healthy            bool
}

func (s *Stats) Snapshot() []Row {
	s.mu.Lock()
	defer s.mu.Unlock()
	rows := make([]Row, 0, len(s.endpoints))
	for _, e := range s.endpoints {
		rows = append(rows, Row{e.name, e.hits.Load(), e.errors.Load(), e.bytes.Load(), e.healthy.Load()})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].Name < rows[j].Name })
	return rows
}

func main() {
	var st Stats
	var wg sync.WaitGroup
	paths := []string{"/api", "/login", "/api", "/static", "/api"}
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i, p := range paths {
				st.Record(p, 100*(i+1), (w+i)%3 == 0 && p == "/api")
			}
		}(w)
	}
	wg.Wait()
	var sb strings.Builder
	for _, r := range st.Snapshot() {
		fmt.Fprintf(&sb, "%-8s hits=%2d err=%d bytes=%5d healthy=%v\n", r.Name, r.Hits, r.Errors, r.Size, r.Healthy)
	}
	fmt.Print(sb.String())
	fmt.Println(st.started.Load())
}
