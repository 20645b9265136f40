package main

import (
	"fmt"
	"math/rand"
	"strings"
)

const maxLevel = 8

type slNode struct {
	key   int
	value string
	next  [maxLevel]*slNode
}

type SkipList struct {
	head  slNode
	level int
	rng   *rand.Rand
	size  int
}

func NewSkipList(seed int64) *SkipList {
	return &SkipList{level: 1, rng: rand.New(rand.NewSource(seed))}
}

func (s *SkipList) randomLevel() int {
	l := 1
	for l < maxLevel && s.rng.Intn(2) == 0 {
		l++
	}
	return l
}

func (s *SkipList) Put(key int, value string) {
	var update [maxLevel]*slNode
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < key {
			x = x.next[i]
		}
		update[i] = x
	}
	if n := x.next[0]; n != nil && n.key == key {
		n.value = value
		return
	}
	lvl := s.randomLevel()
	if lvl > s.level {
		for i := s.level; i < lvl; i++ {
			update[i] = &s.head
		}
		s.level = lvl
	}
	n := &slNode{key: key, value: value}
	for i := 0; i < lvl; i++ {
		n.next[i] = update[i].next[i]
		update[i].next[i] = n
	}
	s.size++
}

func (s *SkipList) Get(key int) (string, bool) {
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < key {
			x = x.next[i]
		}
	}
	if n := x.next[0]; n != nil && n.key == key {
		return n.value, true
	}
	return "", false
}

func (s *SkipList) Range(lo, hi int) []string {
	var out []string
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < lo {
			x = x.next[i]
		}
	}
	for n := x.next[0]; n != nil && n.key <= hi; n = n.next[0] {
		out = append(out, fmt.Sprintf("%d:%s", n.key, n.value))
	}
	return out
}

func main() {
	s := NewSkipList(1)
	for _, k := range []int{50, 10, 30, 70, 20, 60, 40} {
		s.Put(k, strings.Repeat("x", k/10))
	}
	s.Put(30, "thirty")
	v, ok := s.Get(30)
	_, missing := s.Get(35)
	fmt.Println(v, ok, missing, s.size, s.Range(15, 55))
}
