// embedding_overrides.go - struct embedding as used for reuse: a base
// logger embedded by value and by pointer, methods overridden by the outer
// type, promoted fields through two levels, and interface satisfaction
// through promoted methods.
package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

func (l *Logger) Lines() []string { return l.lines }

type Named struct{ Name string }

func (n Named) Describe() string { return "named " + n.Name }

type Entity struct {
	Named
	ID int
}

type Service struct {
	Entity
	*Logger
	started bool
}

// Describe overrides the promoted Named.Describe, calling it explicitly.
func (s *Service) Describe() string {
	return fmt.Sprintf("service %d (%s, started=%v)", s.ID, s.Entity.Describe(), s.started)
}

func (s *Service) Start() {
	s.started = true
	s.Logf("starting %s", s.Name) // promoted through *Logger and Entity.Named
}

type Describer interface{ Describe() string }

type Cache struct {
	Service
	items map[string]string
}

func NewCache(id int, log *Logger) *Cache {
	return &Cache{
		Service: Service{Entity: Entity{Named{"cache"}, id}, Logger: log},
		items:   map[string]string{},
	}
}

func (c *Cache) Set(k, v string) {
	c.items[k] = v
	c.Logf("set %s", k)
}

type auditLogger struct {
	*Logger
	count int
}

func (a *auditLogger) Logf(format string, args ...any) {
	a.count++
	a.Logger.Logf("[audit] "+format, args...)
}

func describeAll(ds ...Describer) string {
	parts := make([]string, len(ds))
	for i, d := range ds {
		parts[i] = d.Describe()
	}
	return strings.Join(parts, "; ")
}

func main() {
	shared := &Logger{prefix: "svc: "}
	c := NewCache(7, shared)
	c.Start()
	c.Set("a", "1")
	c.Set("b", "2")
	e := Entity{Named{"plain"}, 1}
	fmt.Println(describeAll(c, &c.Service, e, e.Named))
	audit := &auditLogger{Logger: shared}
	audit.Logf("user %s logged in", "ann")
	audit.Logf("user %s logged out", "ann")
	for _, l := range shared.Lines() {
		fmt.Println(l)
	}
	fmt.Println(c.Name, c.Entity.Name, c.Service.Entity.Named.Name, audit.count, len(c.Lines()))
}
