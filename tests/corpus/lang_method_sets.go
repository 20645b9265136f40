package main

import (
	"fmt"
	"sort"
	"strings"
)

type IntList []int

func (l IntList) Len() int           { return len(l) }
func (l IntList) Less(i, j int) bool { return l[i] < l[j] }
func (l IntList) Swap(i, j int)      { l[i], l[j] = l[j], l[i] }
func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}
func (l *IntList) Append(v ...int) { *l = append(*l, v...) }

type Counts map[string]int

func (c Counts) Add(word string) { c[word]++ }
func (c Counts) Top() string {
	best := ""
	for w, n := range c {
		if n > c[best] || (n == c[best] && w < best) {
			best = w
		}
	}
	return best
}

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }
func (o Op) Flip() Op          { return func(a, b int) int { return o(b, a) } }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }
func (s *Stack[T]) Pop() T {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

type Sizer interface{ Len() int }

func total(ss ...Sizer) int {
	n := 0
	for _, s := range ss {
		n += s.Len()
	}
	return n
}

func main() {
	l := IntList{5, 2, 8}
	l.Append(1, 9)
	sort.Sort(l)
	c := Counts{}
	for _, w := range strings.Fields("a b a c b a") {
		c.Add(w)
	}
	sub := Op(func(a, b int) int { return a - b })
	var st Stack[string]
	st.Push("x")
	st.Push("y")
	fmt.Println(l, l.Sum(), c.Top(), sub.Apply(5, 3), sub.Flip().Apply(5, 3), Celsius(21.5), st.Pop(), total(l, IntList{1}))
}
