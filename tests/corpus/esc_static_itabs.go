// A package-level registry of interface values: shapes, encoders and
// middleware built by the package's variable initializers.
package main

import (
	"fmt"
	"os"
	"strings"
)

type Shape interface {
	Area() int
	Perimeter() int
}

type Square struct{ side int }

func (s Square) Area() int      { return s.side * s.side }
func (s Square) Perimeter() int { return 4 * s.side }

type Rect struct{ w, h int }

func (r *Rect) Area() int      { return r.w * r.h }
func (r *Rect) Perimeter() int { return 2 * (r.w + r.h) }
func (r *Rect) Scale(k int)    { r.w *= k; r.h *= k }

type Tri struct{ a, b, c int }

func (t Tri) Area() int      { return 0 }
func (t Tri) Perimeter() int { return t.a + t.b + t.c }
func (t Tri) Sides() []int   { return []int{t.a, t.b, t.c} }

// Labelled embeds a shape: its promoted methods get wrappers too.
type Labelled struct {
	Square
	id int
}

type Encoder interface {
	Encode(b *strings.Builder, v int)
}

type decEnc struct{ width int }

func (d decEnc) Encode(b *strings.Builder, v int) {
	for i := 0; i < d.width; i++ {
		b.WriteByte(' ')
	}
	fmt.Fprint(b, v)
}

type hexEnc struct{ upper bool }

func (h *hexEnc) Encode(b *strings.Builder, v int) {
	if h.upper {
		fmt.Fprintf(b, "%X", v)
		return
	}
	fmt.Fprintf(b, "%x", v)
}

type Step interface{ Apply(x int) int }

type addStep struct{ n int }

func (a addStep) Apply(x int) int { return x + a.n }

type mulStep struct{ n int }

func (m mulStep) Apply(x int) int { return x * m.n }

type nopStep struct{}

func (nopStep) Apply(x int) int { return x }

// compile-time checks: discarded by gc, no itab made here
var _ Step = nopStep{}
var _ Shape = (*Rect)(nil)

type pipeline struct {
	name  string
	steps []Step
	last  Step
}

var unit = 1

var shapes = []Shape{Square{2}, &Rect{3, 4}, Tri{3, 4, 5}, Labelled{Square{unit}, 7}}

var encoders = [2]Encoder{decEnc{2}, &hexEnc{upper: true}}

var defaultPipe = &pipeline{
	name:  "default",
	steps: []Step{addStep{unit}, mulStep{3}},
	last:  addStep{-1},
}

var fallback Shape = Square{unit + 1}

func total(list []Shape) (area, perim int) {
	for _, s := range list {
		area += s.Area()
		perim += s.Perimeter()
	}
	return area, perim
}

func run(p *pipeline, x int) int {
	if x < 0 {
		p.steps = append(p.steps, nopStep{})
	}
	for _, s := range p.steps {
		x = s.Apply(x)
	}
	return p.last.Apply(x)
}

func main() {
	a, p := total(shapes)
	var b strings.Builder
	for _, e := range encoders {
		e.Encode(&b, a+p)
	}
	shapes = append(shapes, Square{5})
	r := &Rect{1, 1}
	r.Scale(run(defaultPipe, 2))
	fmt.Fprintln(os.Stdout, b.String(), fallback.Area(), r.Area())
}
