package main

import "fmt"

type Counter struct {
	n    int
	step int
}

func (c *Counter) Inc()          { c.n += c.step }
func (c Counter) Value() int     { return c.n }
func (c *Counter) Reset() *Counter { c.n = 0; return c }

type Temp float64

func (t Temp) Celsius() float64    { return float64(t) }
func (t Temp) Fahrenheit() float64 { return float64(t)*9/5 + 32 }

type Reader interface{ Read() int }

type constReader int

func (c constReader) Read() int { return int(c) }

type sliceReader struct {
	data data []int
	pos  int
}

func (s *sliceReader) Read() int {
	if s.pos >= len(s.data) {
		return -1
	}
	v := s.data[s.pos]
	s.pos++
	return v
}

func readN(r Reader, n int) int {
	t := 0
	for i := 0; i < n; i++ {
		t += r.Read()
	}
	return t
}

func localInterface() int {
	var r Reader = constReader(3)
	return r.Read() + r.Read()
}

func chained() int {
	c := &Counter{step: 2}
	c.Inc()
	c.Inc()
	return c.Reset().Value()
}

func main() {
	c := Counter{step: 5}
	c.Inc()
	fmt.Println(c.Value(), Temp(100).Fahrenheit(), Temp(3).Celsius(), chained())
	fmt.Println(readN(constReader(2), 3), readN(&sliceReader{data: []int{1, 2, 3}}, 3), localInterface())
}
