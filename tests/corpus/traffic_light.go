package main

import (
	"fmt"
	"strings"
	"time"
)

type Light int

const (
	Red Light = iota
	RedAmber
	Green
	Amber
)

var lightNames = [...]string{"red", "red+amber", "green", "amber"}

func (l Light) String() string { return lightNames[l] }

type Phase struct {
	Light    Light
	Duration time.Duration
}

type Controller struct {
	phases  []Phase
	current int
	elapsed time.Duration
	pedReq  bool
	history []string
}

func NewController() *Controller {
	return &Controller{phases: []Phase{
		{Red, 20 * time.Second}, {RedAmber, 2 * time.Second},
		{Green, 25 * time.Second}, {Amber, 3 * time.Second},
	}}
}

func (c *Controller) Press() { c.pedReq = true }

func (c *Controller) Tick(d time.Duration) {
	c.elapsed += d
	ph := c.phases[c.current]
	limit := ph.Duration
	if ph.Light == Green && c.pedReq {
		limit /= 2
	}
	for c.elapsed >= limit {
		c.elapsed -= limit
		c.current = (c.current + 1) % len(c.phases)
		if c.phases[c.current].Light == Red {
			c.pedReq = false
		}
		c.history = append(c.history, c.phases[c.current].Light.String())
		ph = c.phases[c.current]
		limit = ph.Duration
	}
}

func (c *Controller) State() Light { return c.phases[c.current].Light }

func main() {
	c := NewController()
	for i := 0; i < 30; i++ {
		if i == 12 {
			c.Press()
		}
		c.Tick(5 * time.Second)
	}
	fmt.Println(c.State(), len(c.history))
	fmt.Println(strings.Join(c.history, " -> "))
}
