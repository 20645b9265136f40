package main

import (
	"container/list"
	"fmt"
	"strings"
)

// Round-robin scheduler with a container/list run queue and per-task quanta.
type Task struct {
	Name      string
	Remaining int
	Priority  int
	Log       []string
}

type Scheduler struct {
	queue    *list.List
	byName   map[string]*list.Element
	quantum  int
	clock    int
	finished []*Task
}

func NewScheduler(quantum int) *Scheduler {
	return &Scheduler{queue: list.New(), byName: make(map[string]*list.Element), quantum: quantum}
}

func (s *Scheduler) Add(t *Task) {
	// higher priority goes before the first lower-priority task
	for e := s.queue.Front(); e != nil; e = e.Next() {
		if e.Value.(*Task).Priority < t.Priority {
			s.byName[t.Name] = s.queue.InsertBefore(t, e)
			return
		}
	}
	s.byName[t.Name] = s.queue.PushBack(t)
}

func (s *Scheduler) Cancel(name string) bool {
	e, ok := s.byName[name]
	if !ok {
		return false
	}
	s.queue.Remove(e)
	delete(s.byName, name)
	return true
}

func (s *Scheduler) Boost(name string) {
	if e, ok := s.byName[name]; ok {
		e.Value.(*Task).Priority++
		s.queue.MoveToFront(e)
	}
}

func (s *Scheduler) Step() bool {
	e := s.queue.Front()
	if e == nil {
		return false
	}
	t := e.Value.(*Task)
	run := s.quantum
	if t.Remaining < run {
		run = t.Remaining
	}
	t.Remaining -= run
	s.clock += run
	t.Log = append(t.Log, fmt.Sprintf("%d-%d", s.clock-run, s.clock))
	if t.Remaining == 0 {
		s.queue.Remove(e)
		delete(s.byName, t.Name)
		s.finished = append(s.finished, t)
	} else {
		s.queue.MoveToBack(e)
	}
	return true
}

func (s *Scheduler) String() string {
	var names []string
	for e := s.queue.Front(); e != nil; e = e.Next() {
		t := e.Value.(*Task)
		names = append(names, fmt.Sprintf("%s(%d)", t.Name, t.Remaining))
	}
	return "[" + strings.Join(names, " ") + "]"
}

func main() {
	s := NewScheduler(3)
	s.Add(&Task{Name: "backup", Remaining: 7, Priority: 1})
	s.Add(&Task{Name: "web", Remaining: 4, Priority: 5})
	s.Add(&Task{Name: "cron", Remaining: 2, Priority: 1})
	s.Add(&Task{Name: "mail", Remaining: 5, Priority: 3})
	fmt.Println(s)
	s.Step()
	s.Boost("cron")
	fmt.Println(s, s.Cancel("mail"), s.Cancel("nope"))
	for s.Step() {
	}
	for _, t := range s.finished {
		fmt.Println(t.Name, strings.Join(t.Log, ","))
	}
	fmt.Println("clock", s.clock, s.queue.Len())
}
