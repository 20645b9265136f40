// An in-memory key-value store with nested transactions (BEGIN/ROLLBACK/COMMIT),
// per-key TTLs on a logical clock, and a tiny command interpreter.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type entry struct {
	value   string
	expires int64 // 0: never
}

type layer struct {
	writes  map[string]*entry // nil entry: deleted in this layer
}

type Store struct {
	base  map[string]entry
	txs   []*layer
	clock int64
}

func NewStore() *Store { return &Store{base: make(map[string]entry)} }

func (s *Store) lookup(key string) (entry, bool) {
	for i := len(s.txs) - 1; i >= 0; i-- {
		if e, ok := s.txs[i].writes[key]; ok {
			if e == nil {
				return entry{}, false
			}
			return *e, true
		}
	}
	e, ok := s.base[key]
	return e, ok
}

func (s *Store) Get(key string) (string, bool) {
	e, ok := s.lookup(key)
	if !ok || (e.expires != 0 && e.expires <= s.clock) {
		return "", false
	}
	return e.value, true
}

func (s *Store) Set(key, value string, ttl int64) {
	e := entry{value: value}
	if ttl > 0 {
		e.expires = s.clock + ttl
	}
	if n := len(s.txs); n > 0 {
		s.txs[n-1].writes[key] = &e
		return
	}
	s.base[key] = e
}

func (s *Store) Delete(key string) {
	if n := len(s.txs); n > 0 {
		s.txs[n-1].writes[key] = nil
		return
	}
	delete(s.base, key)
}

func (s *Store) Begin() { s.txs = append(s.txs, &layer{writes: map[string]*entry{}}) }

func (s *Store) Rollback() bool {
	if len(s.txs) == 0 {
		return false
	}
	s.txs = s.txs[:len(s.txs)-1]
	return true
}

func (s *Store) Commit() bool {
	if len(s.txs) == 0 {
		return false
	}
	for _, l := range s.txs {
		for k, e := range l.writes {
			if e == nil {
				delete(s.base, k)
			} else {
				s.base[k] = *e
			}
		}
	}
	s.txs = nil
	return true
}

func (s *Store) Keys() []string {
	seen := map[string]bool{}
	for k := range s.base {
		seen[k] = true
	}
	for _, l := range s.txs {
		for k := range l.writes {
			seen[k] = true
		}
	}
	var keys []string
	for k := range seen {
		if _, ok := s.Get(k); ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

func (s *Store) Exec(line string) string {
	f := strings.Fields(line)
	if len(f) == 0 {
		return ""
	}
	switch strings.ToUpper(f[0]) {
	case "SET":
		var ttl int64
		if len(f) == 4 {
			ttl, _ = strconv.ParseInt(f[3], 10, 64)
		}
		s.Set(f[1], f[2], ttl)
		return "OK"
	case "GET":
		if v, ok := s.Get(f[1]); ok {
			return v
		}
		return "NULL"
	case "DEL":
		s.Delete(f[1])
		return "OK"
	case "BEGIN":
		s.Begin()
		return "OK"
	case "ROLLBACK":
		if s.Rollback() {
			return "OK"
		}
		return "NO TRANSACTION"
	case "COMMIT":
		if s.Commit() {
			return "OK"
		}
		return "NO TRANSACTION"
	case "TICK":
		n, _ := strconv.ParseInt(f[1], 10, 64)
		s.clock += n
		return fmt.Sprint("clock=", s.clock)
	case "KEYS":
		return strings.Join(s.Keys(), ",")
	}
	return "ERR unknown command " + f[0]
}

const script = `SET a 10
SET session xyz 5
BEGIN
SET a 20
BEGIN
DEL a
GET a
ROLLBACK
GET a
COMMIT
GET a
ROLLBACK
KEYS
TICK 5
GET session
KEYS
FLY away`

func main() {
	s := NewStore()
	sc := bufio.NewScanner(strings.NewReader(script))
	for sc.Scan() {
		fmt.Printf("> %-16s %s\n", sc.Text(), s.Exec(sc.Text()))
	}
}
