// A job scheduler on container/heap: priorities with deadlines as tie-breakers,
// cancellation through the heap index, periodic jobs re-queued after running.
package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Job struct {
	Name     string
	Priority int
	Deadline int
	Period   int
	Run      func(now int) string
	index    int
}

type jobQueue []*Job

func (q jobQueue) Len() int { return len(q) }

func (q jobQueue) Less(i, j int) bool {
	if q[i].Deadline != q[j].Deadline {
		return q[i].Deadline < q[j].Deadline
	}
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].Name < q[j].Name
}

func (q jobQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}

func (q *jobQueue) Push(x interface{}) {
	j := x.(*Job)
	j.index = len(*q)
	*q = append(*q, j)
}

func (q *jobQueue) Pop() interface{} {
	old := *q
	n := len(old)
	j := old[n-1]
	old[n-1] = nil
	j.index = -1
	*q = old[:n-1]
	return j
}

type Scheduler struct {
	queue  jobQueue
	byName map[string]*Job
	now    int
	log    []string
}

func NewScheduler() *Scheduler {
	s := &Scheduler{byName: make(map[string]*Job)}
	heap.Init(&s.queue)
	return s
}

func (s *Scheduler) Submit(j *Job) {
	s.byName[j.Name] = j
	heap.Push(&s.queue, j)
}

func (s *Scheduler) Cancel(name string) bool {
	j, ok := s.byName[name]
	if !ok || j.index < 0 {
		return false
	}
	heap.Remove(&s.queue, j.index)
	delete(s.byName, name)
	return true
}

func (s *Scheduler) Bump(name string, priority int) {
	if j, ok := s.byName[name]; ok && j.index >= 0 {
		j.Priority = priority
		heap.Fix(&s.queue, j.index)
	}
}

func (s *Scheduler) Step() bool {
	if s.queue.Len() == 0 {
		return false
	}
	j := heap.Pop(&s.queue).(*Job)
	if j.Deadline > s.now {
		s.now = j.Deadline
	}
	out := j.Run(s.now)
	s.log = append(s.log, fmt.Sprintf("t=%02d %-8s %s", s.now, j.Name, out))
	if j.Period > 0 && s.now+j.Period <= 30 {
		j.Deadline = s.now + j.Period
		heap.Push(&s.queue, j)
	} else {
		delete(s.byName, j.Name)
	}
	return true
}

func (s *Scheduler) RunAll(limit int) []string {
	for i := 0; i < limit && s.Step(); i++ {
	}
	return s.log
}

func printer(msg string) func(int) string {
	return func(now int) string { return msg }
}

func counter() func(int) string {
	n := 0
	return func(now int) string {
		n++
		return fmt.Sprintf("tick #%d", n)
	}
}

func main() {
	s := NewScheduler()
	s.Submit(&Job{Name: "backup", Priority: 1, Deadline: 20, Run: printer("snapshot written")})
	s.Submit(&Job{Name: "email", Priority: 5, Deadline: 3, Run: printer("3 mails sent")})
	s.Submit(&Job{Name: "metrics", Priority: 2, Deadline: 0, Period: 10, Run: counter()})
	s.Submit(&Job{Name: "report", Priority: 3, Deadline: 3, Run: printer("pdf built")})
	s.Submit(&Job{Name: "cleanup", Priority: 1, Deadline: 15, Run: printer("tmp purged")})
	s.Bump("report", 9)
	fmt.Println("cancel cleanup:", s.Cancel("cleanup"), "cancel nothing:", s.Cancel("nothing"))
	fmt.Println(strings.Join(s.RunAll(100), "\n"))
	fmt.Println("remaining:", s.queue.Len())
}
