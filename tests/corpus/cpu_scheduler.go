package main

import (
	"fmt"
	"sort"
	"strings"
)

type Proc struct {
	PID      int
	Arrive   int
	Burst    int
	Priority int
	left     int
	finish   int
}

type Policy interface {
	Name() string
	Pick(ready []*Proc, now int) int
	Quantum() int
}

type FCFS struct{}

func (FCFS) Name() string                 { return "FCFS" }
func (FCFS) Pick(ready []*Proc, _ int) int { return 0 }
func (FCFS) Quantum() int                 { return 1 << 30 }

type SJF struct{}

func (SJF) Name() string { return "SJF" }
func (SJF) Pick(ready []*Proc, _ int) int {
	best := 0
	for i, p := range ready {
		if p.left < ready[best].left {
			best = i
		}
	}
	return best
}
func (SJF) Quantum() int { return 1 }

type RoundRobin struct{ Q int }

func (r RoundRobin) Name() string                 { return fmt.Sprintf("RR(q=%d)", r.Q) }
func (r RoundRobin) Pick(ready []*Proc, _ int) int { return 0 }
func (r RoundRobin) Quantum() int                 { return r.Q }

func Simulate(procs []Proc, pol Policy) (avgWait float64, timeline string) {
	ps := make([]*Proc, len(procs))
	for i := range procs {
		p := procs[i]
		p.left = p.Burst
		ps[i] = &p
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].Arrive < ps[j].Arrive })
	var ready []*Proc
	var tl strings.Builder
	now, next, done := 0, 0, 0
	for done < len(ps) {
		for next < len(ps) && ps[next].Arrive <= now {
			ready = append(ready, ps[next])
			next++
		}
		if len(ready) == 0 {
			tl.WriteByte('.')
			now++
			continue
		}
		i := pol.Pick(ready, now)
		p := ready[i]
		ready = append(ready[:i], ready[i+1:]...)
		run := pol.Quantum()
		if run > p.left {
			run = p.left
		}
		for t := 0; t < run; t++ {
			tl.WriteString(fmt.Sprint(p.PID))
			now++
			for next < len(ps) && ps[next].Arrive <= now {
				ready = append(ready, ps[next])
				next++
			}
		}
		p.left -= run
		if p.left == 0 {
			p.finish = now
			done++
		} else {
			ready = append(ready, p)
		}
	}
	total := 0
	for _, p := range ps {
		total += p.finish - p.Arrive - p.Burst
	}
	return float64(total) / float64(len(ps)), tl.String()
}

func main() {
	procs := []Proc{{1, 0, 5, 2, 0, 0}, {2, 1, 3, 1, 0, 0}, {3, 2, 1, 3, 0, 0}, {4, 8, 2, 1, 0, 0}}
	for _, pol := range []Policy{FCFS{}, SJF{}, RoundRobin{2}} {
		w, tl := Simulate(procs, pol)
		fmt.Printf("%-8s wait=%.2f %s\n", pol.Name(), w, tl)
	}
}
