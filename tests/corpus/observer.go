package main

import (
	"fmt"
	"strings"
)

type Observer interface {
	Notify(topic string, value float64)
}

type Subject struct {
	observers map[string][]Observer
}

func (s *Subject) Attach(topic string, o Observer) {
	if s.observers == nil {
		s.observers = make(map[string][]Observer)
	}
	s.observers[topic] = append(s.observers[topic], o)
}

func (s *Subject) Publish(topic string, v float64) {
	for _, o := range s.observers[topic] {
		o.Notify(topic, v)
	}
}

type Logger struct{ lines []string }

func (l *Logger) Notify(topic string, v float64) {
	l.lines = append(l.lines, fmt.Sprintf("%s=%.1f", topic, v))
}

type Threshold struct {
	limit  float64
	alerts int
}

func (t *Threshold) Notify(_ string, v float64) {
	if v > t.limit {
		t.alerts++
	}
}

type FuncObserver func(string, float64)

func (f FuncObserver) Notify(topic string, v float64) { f(topic, v) }

type Average struct {
	sum   float64
	count int
}

func (a *Average) Notify(_ string, v float64) {
	a.sum += v
	a.count++
}

func (a *Average) Value() float64 {
	if a.count == 0 {
		return 0
	}
	return a.sum / float64(a.count)
}

func main() {
	var s Subject
	log := &Logger{}
	th := &Threshold{limit: 30}
	avg := &Average{}
	maxSeen := 0.0
	s.Attach("temp", log)
	s.Attach("temp", th)
	s.Attach("temp", avg)
	s.Attach("humidity", log)
	s.Attach("temp", FuncObserver(func(_ string, v float64) {
		if v > maxSeen {
			maxSeen = v
		}
	}))
	for _, v := range []float64{21.5, 33.0, 29.9, 35.2} {
		s.Publish("temp", v)
	}
	s.Publish("humidity", 60)
	fmt.Println(strings.Join(log.lines, " "))
	fmt.Printf("alerts=%d avg=%.2f max=%.1f\n", th.alerts, avg.Value(), maxSeen)
}
