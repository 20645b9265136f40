package main

import "fmt"

// OpenMap is an open-addressing hash map from string to int.
type OpenMap struct {
	keys   []string
	vals   []int
	used   []bool
	count  int
	tombs  int
	probes int
}

func NewOpenMap() *OpenMap {
	m := &OpenMap{}
	m.resize(8)
	return m
}

func hash(s string) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func (m *OpenMap) resize(n int) {
	oldK, oldV, oldU := m.keys, m.vals, m.used
	m.keys = make([]string, n)
	m.vals = make([]int, n)
	m.used = make([]bool, n)
	m.count = 0
	for i, u := range oldU {
		if u {
			m.Put(oldK[i], oldV[i])
		}
	}
}

func (m *OpenMap) slot(key string) (int, bool) {
	mask := len(m.keys) - 1
	i := int(hash(key)) & mask
	for {
		m.probes++
		if !m.used[i] {
			return i, false
		}
		if m.keys[i] == key {
			return i, true
		}
		i = (i + 1) & mask
	}
}

func (m *OpenMap) Put(key string, v int) {
	if (m.count+1)*4 > len(m.keys)*3 {
		m.resize(len(m.keys) * 2)
	}
	i, found := m.slot(key)
	if !found {
		m.used[i] = true
		m.keys[i] = key
		m.count++
	}
	m.vals[i] = v
}

func (m *OpenMap) Get(key string) (int, bool) {
	i, found := m.slot(key)
	if !found {
		return 0, false
	}
	return m.vals[i], true
}

func (m *OpenMap) Len() int { return m.count }

func (m *OpenMap) Range(f func(k string, v int) bool) {
	for i, u := range m.used {
		if u && !f(m.keys[i], m.vals[i]) {
			return
		}
	}
}

func main() {
	m := NewOpenMap()
	for i := 0; i < 50; i++ {
		m.Put(fmt.Sprintf("k%02d", i), i*i)
	}
	m.Put("k07", -1)
	v, ok := m.Get("k07")
	_, missing := m.Get("nope")
	sum := 0
	m.Range(func(k string, v int) bool {
		sum += v
		return true
	})
	fmt.Println(m.Len(), v, ok, missing, sum, len(m.keys))
}
