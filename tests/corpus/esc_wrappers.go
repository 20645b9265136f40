package main

import (
	"fmt"
	"strings"
)

// Compiler-generated method wrappers: (*T).M for value methods, promoted
// methods through value and pointer embedding, interface types' own
// wrappers, itabs from conversions, type switches and assertions.

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point  { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) String() string     { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p *Point) Scale(k int)       { p.X *= k; p.Y *= k }
func (p Point) Ptr() *Point        { return &p }
func (p Point) Split() (int, int)  { return p.X, p.Y }
func (p Point) Sum(xs ...int) int  { s := p.X; for _, x := range xs { s += x }; return s }
func (p Point) Ignore(int, string) {}

type Named struct {
	Point
	Name string
}

type Tagged struct {
	*Named
	fmt.Stringer
	tags []string
}

func (t *Tagged) Tag(s string) { t.tags = append(t.tags, s) }

type Shape interface {
	Area() int
	fmt.Stringer
}

type Rect struct{ W, H int }

func (r Rect) Area() int       { return r.W * r.H }
func (r Rect) String() string  { return "rect " + fmt.Sprint(r.W, "x", r.H) }
func (r *Rect) Grow(d int) int { r.W += d; r.H += d; return r.Area() }

type Swapper []int

func (s Swapper) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s Swapper) Len() int      { return len(s) }

type Counter struct{ n int }

func (c Counter) Later() func() int { return func() int { return c.n } }

type Box[T any] struct{ items []T }

func (b *Box[T]) Put(v T)          { b.items = append(b.items, v) }
func (b Box[T]) First() (T, bool) {
	var zero T
	if len(b.items) == 0 {
		return zero, false
	}
	return b.items[0], true
}

func describe(s Shape) string {
	switch v := s.(type) {
	case Rect:
		return "a rect of " + fmt.Sprint(v.Area())
	case *Rect:
		return "a *rect"
	}
	if r, ok := s.(Rect); ok {
		return r.String()
	}
	return s.String()
}

func main() {
	p := &Point{1, 2}
	p.Scale(2)
	n := &Named{Point: *p, Name: "n"}
	var sb strings.Builder
	sb.WriteString("s")
	t := &Tagged{Named: n, Stringer: &sb}
	t.Tag("x")
	var st interface{ Tag(string) } = t
	var sh Shape = Rect{2, 3}
	var anon interface{ Len() int } = Swapper{1, 2}
	st.Tag("y")
	fmt.Println(describe(sh), describe(&Rect{1, 1}), anon.Len())
	b := &Box[string]{}
	b.Put("a")
	v, ok := b.First()
	fmt.Println(v, ok, Counter{3}.Later()())
}
