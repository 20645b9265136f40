// sharded_map.go - a concurrent map split into shards chosen by FNV-1a hash,
// each guarded by its own sync.RWMutex; Get/Set/Update/Range and a
// parallel word count that hammers it from several goroutines.
package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
	"sync"
)

const shardCount = 16

type shard struct {
	sync.RWMutex
	items map[string]int
}

type ShardedMap struct {
	shards [shardCount]*shard
}

func NewShardedMap() *ShardedMap {
	m := &ShardedMap{}
	for i := range m.shards {
		m.shards[i] = &shard{items: make(map[string]int)}
	}
	return m
}

func (m *ShardedMap) shardFor(key string) *shard {
	h := fnv.New32a()
	h.Write([]byte(key))
	return m.shards[h.Sum32()%shardCount]
}

func (m *ShardedMap) Get(key string) (int, bool) {
	s := m.shardFor(key)
	s.RLock()
	defer s.RUnlock()
	v, ok := s.items[key]
	return v, ok
}

func (m *ShardedMap) Set(key string, v int) {
	s := m.shardFor(key)
	s.Lock()
	s.items[key] = v
	s.Unlock()
}

func (m *ShardedMap) Update(key string, fn func(old int, ok bool) int) {
	s := m.shardFor(key)
	s.Lock()
	defer s.Unlock()
	old, ok := s.items[key]
	s.items[key] = fn(old, ok)
}

func (m *ShardedMap) Range(fn func(k string, v int)) {
	for _, s := range m.shards {
		s.RLock()
		for k, v := range s.items {
			fn(k, v)
		}
		s.RUnlock()
	}
}

func (m *ShardedMap) Len() int {
	n := 0
	for _, s := range m.shards {
		s.RLock()
		n += len(s.items)
		s.RUnlock()
	}
	return n
}

const text = `go is expressive concise clean and efficient its concurrency mechanisms make it easy
to write programs that get the most out of multicore and networked machines while its novel type
system enables flexible and modular program construction go compiles quickly to machine code yet has
the convenience of garbage collection and the power of run-time reflection`

func main() {
	m := NewShardedMap()
	lines := strings.Split(text, "\n")
	var wg sync.WaitGroup
	for _, line := range lines {
		wg.Add(1)
		go func(line string) {
			defer wg.Done()
			for _, w := range strings.Fields(line) {
				m.Update(w, func(old int, _ bool) int { return old + 1 })
			}
		}(line)
	}
	wg.Wait()
	type wc struct {
		w string
		n int
	}
	var all []wc
	m.Range(func(k string, v int) { all = append(all, wc{k, v}) })
	sort.Slice(all, func(i, j int) bool { return all[i].n > all[j].n || all[i].n == all[j].n && all[i].w < all[j].w })
	for _, x := range all[:5] {
		fmt.Println(x.w, x.n)
	}
	m.Set("go", 100)
	v, ok := m.Get("go")
	_, missing := m.Get("rust")
	fmt.Println(v, ok, missing, m.Len())
}
