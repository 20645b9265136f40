// heap_tasks.go - a priority-queue task scheduler on container/heap: tasks
// ordered by deadline then priority, with Update (heap.Fix) and Cancel.
package main

import (
	"container/heap"
	"fmt"
	"time"
)

type Task struct {
	ID       int
	Name     string
	Priority int
	Deadline time.Duration
	index    int
}

type taskQueue []*Task

func (q taskQueue) Len() int { return len(q) }

func (q taskQueue) Less(i, j int) bool {
	if q[i].Deadline != q[j].Deadline {
		return q[i].Deadline < q[j].Deadline
	}
	return q[i].Priority > q[j].Priority
}

func (q taskQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}

func (q *taskQueue) Push(x any) {
	t := x.(*Task)
	t.index = len(*q)
	*q = append(*q, t)
}

func (q *taskQueue) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*q = old[:n-1]
	return t
}

type Scheduler struct {
	queue  taskQueue
	byID   map[int]*Task
	nextID int
	now    time.Duration
}

func NewScheduler() *Scheduler {
	s := &Scheduler{byID: map[int]*Task{}}
	heap.Init(&s.queue)
	return s
}

func (s *Scheduler) Add(name string, prio int, in time.Duration) int {
	s.nextID++
	t := &Task{ID: s.nextID, Name: name, Priority: prio, Deadline: s.now + in}
	heap.Push(&s.queue, t)
	s.byID[t.ID] = t
	return t.ID
}

func (s *Scheduler) Reschedule(id int, in time.Duration) bool {
	t, ok := s.byID[id]
	if !ok {
		return false
	}
	t.Deadline = s.now + in
	heap.Fix(&s.queue, t.index)
	return true
}

func (s *Scheduler) Cancel(id int) bool {
	t, ok := s.byID[id]
	if !ok {
		return false
	}
	heap.Remove(&s.queue, t.index)
	delete(s.byID, id)
	return true
}

// RunUntil pops every task due by the given time and hands it to run.
func (s *Scheduler) RunUntil(until time.Duration, run func(*Task)) int {
	n := 0
	for s.queue.Len() > 0 && s.queue[0].Deadline <= until {
		t := heap.Pop(&s.queue).(*Task)
		delete(s.byID, t.ID)
		s.now = t.Deadline
		run(t)
		n++
	}
	s.now = until
	return n
}

func main() {
	s := NewScheduler()
	s.Add("backup", 1, 5*time.Second)
	mail := s.Add("send mail", 5, 2*time.Second)
	s.Add("compact", 3, 2*time.Second)
	gc := s.Add("gc", 9, time.Second)
	s.Add("report", 2, 8*time.Second)
	s.Reschedule(mail, 6*time.Second)
	s.Cancel(gc)
	var order []string
	run := func(t *Task) {
		order = append(order, fmt.Sprintf("%s@%v", t.Name, t.Deadline))
	}
	fmt.Println("ran", s.RunUntil(5*time.Second, run))
	s.Add("late", 1, time.Second)
	fmt.Println("ran", s.RunUntil(10*time.Second, run))
	for i, o := range order {
		fmt.Println(i+1, o)
	}
	fmt.Println("left:", s.queue.Len(), "cancel again:", s.Cancel(gc))
}
