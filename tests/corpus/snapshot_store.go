// snapshot_store.go - a versioned key/value store with copy-on-write
// snapshots, a write-ahead undo log, and a deferred rollback on panic.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type entry struct {
	key, val string
	ver      int
}

type Snapshot struct {
	ver  int
	data []entry
}

type Store struct {
	ver   int
	data  []entry
	undo  []func()
	snaps [4]*Snapshot
	next  int
}

func (s *Store) find(key string) *entry {
	for i := range s.data {
		if s.data[i].key == key {
			return &s.data[i]
		}
	}
	return nil
}

func (s *Store) Set(key, val string) {
	s.ver++
	if e := s.find(key); e != nil {
		old := *e
		s.undo = append(s.undo, func() { *s.find(key) = old })
		e.val, e.ver = val, s.ver
		return
	}
	s.data = append(s.data, entry{key, val, s.ver})
	n := len(s.data)
	s.undo = append(s.undo, func() { s.data = s.data[:n-1] })
}

func (s *Store) Snapshot() *Snapshot {
	cp := make([]entry, len(s.data))
	copy(cp, s.data)
	sn := &Snapshot{ver: s.ver, data: cp}
	s.snaps[s.next%len(s.snaps)] = sn
	s.next++
	return sn
}

func (sn *Snapshot) Get(key string) (string, bool) {
	for _, e := range sn.data {
		if e.key == key {
			return e.val, true
		}
	}
	return "", false
}

var errAbort = errors.New("abort")

func (s *Store) Txn(f func(*Store) error) (err error) {
	mark := len(s.undo)
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
		if err != nil {
			for i := len(s.undo) - 1; i >= mark; i-- {
				s.undo[i]()
			}
		}
		s.undo = s.undo[:mark]
	}()
	return f(s)
}

func (s *Store) String() string {
	var b strings.Builder
	for _, e := range s.data {
		fmt.Fprintf(&b, "%s=%s@%d ", e.key, e.val, e.ver)
	}
	return b.String()
}

func main() {
	s := &Store{}
	s.Set("a", "1")
	s.Set("b", "2")
	snap := s.Snapshot()
	err := s.Txn(func(t *Store) error {
		t.Set("a", "10")
		t.Set("c", "3")
		return errAbort
	})
	fmt.Println(err, s)
	err = s.Txn(func(t *Store) error {
		t.Set("d", "4")
		var m map[string]int
		m["x"] = 1
		return nil
	})
	fmt.Println(err != nil, s)
	_ = s.Txn(func(t *Store) error { t.Set("b", "20"); return nil })
	v, ok := snap.Get("b")
	fmt.Println(s, "| snapshot b:", v, ok, snap.ver)
}
