package main

import "fmt"

type stats struct {
	hits, misses int
}

type Index struct {
	byName map[string]*stats
	byID   map[int]stats
	lists  map[string][]string
	nested map[string]map[string]int
}

func NewIndex() *Index {
	return &Index{
		byName: make(map[string]*stats),
		byID:   make(map[int]stats),
		lists:  make(map[string][]string),
		nested: make(map[string]map[string]int),
	}
}

func (ix *Index) HitName(name string) {
	s, ok := ix.byName[name]
	if !ok {
		s = &stats{}
		ix.byName[name] = s
	}
	s.hits++
}

func (ix *Index) HitID(id int) {
	s := ix.byID[id]
	s.hits++
	ix.byID[id] = s
}

func (ix *Index) Add(list, item string) {
	ix.lists[list] = append(ix.lists[list], item)
}

func (ix *Index) Inc(a, b string) {
	m, ok := ix.nested[a]
	if !ok {
		m = map[string]int{}
		ix.nested[a] = m
	}
	m[b]++
}

func localMapOfPtr() int {
	m := map[int]*stats{}
	for i := 0; i < 3; i++ {
		m[i] = &stats{hits: i}
	}
	return m[2].hits
}

func main() {
	ix := NewIndex()
	ix.HitName("a")
	ix.HitName("a")
	ix.HitID(1)
	ix.Add("l", "x")
	ix.Inc("p", "q")
	fmt.Println(ix.byName["a"].hits, ix.byID[1].hits, ix.lists["l"], ix.nested["p"]["q"], localMapOfPtr())
}
