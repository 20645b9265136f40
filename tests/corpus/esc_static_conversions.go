package main

import "fmt"

type Named struct{ Name string }

func (n Named) String() string { return "named:" + n.Name }

type T struct{ p *int }
type Ints []int
type PInts *Ints
type Big struct{ a, b, c int }

const greet = "hey"

// Package-level initializers: explicit conversions that staticinit still
// lays out as data (no escape lines), and the ones that need code.
var (
	a      = Ints([]int{1, 2, 3})
	b      = []byte("abc")
	c      = fmt.Stringer(Named{"c"})
	d      = interface{}(Named{"x"})
	e      = error(nil)
	f      = (*T)(&T{})
	g      = any(&T{})
	h      = fmt.Stringer(&Named{"h"})
	i      = interface{}(Big{1, 2, 3})
	j      = []fmt.Stringer{Named{"j"}, fmt.Stringer(Named{"k"})}
	k      = interface{}(3)
	l      = interface{}("str")
	m      = []byte(banner)
	banner = "hello"
	n      = []interface{}{Ints{4}, []int{5}}
	base   = Ints{9}
	r      = []rune("héllo")
	p      = PInts(&base)
	q      = []byte(greet)
	s      = fmt.Stringer(fmt.Stringer(Named{"s"}))
	t      = error(fmt.Errorf("x"))
	u      = interface{}(fmt.Stringer(nil))
	w      = []Ints{Ints([]int{1})}
	x      = &[]fmt.Stringer{fmt.Stringer(Named{"x"})}
	y      = float64(3)
	z      = struct{ v interface{} }{v: interface{}(Named{})}
	rs     = string(r)
	bs     = []byte(string(b))
	ns     = []Named{Named(struct{ Name string }{"anon"})}
)

func main() {
	fmt.Println(a, b, c, d, e, f, g, h, i, j, k, l, m, n)
	fmt.Println(r, p, q, s, t, u, w, x, y, z, rs, bs, ns)
}
