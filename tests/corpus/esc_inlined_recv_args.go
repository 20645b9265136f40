package main

import "container/list"

// Implicit conversions of the arguments of inlined method calls whose
// receiver is not a plain name: gc converts them at the call, as
// typecheckaste sees only the arguments, never the receiver.
type Box struct{ a, b any }

func (b *Box) Put(v any)     { b.a = v }
func (b *Box) Put2(v, w any) { b.a, b.b = v, w }
func (b Box) With(v any) Box { b.a = v; return b }
func (b *Box) Self() *Box    { return b }

type S struct {
	q  *list.List
	b  *Box
	bs []*Box
	v  Box
}

type T struct{ n int }

func f1(s *S, t *T)                { s.q.PushBack(t) }
func f2(l *list.List, t *T)        { l.PushBack(t) }
func f3(s *S, t *T)                { s.b.Put(t) }
func f4(b *Box, t *T)              { b.Put(t) }
func f5(s *S, t *T) *list.Element  { return s.q.PushFront(t) }
func f6(s *S, t, u *T)             { s.bs[0].Put2(t, u) }
func f7(s *S, t *T)                { s.b.Self().Put(t) }
func f8(s *S, t *T) Box            { return s.v.With(t) }
func f9(s *S, t *T, n int)         { s.bs[n].Put2(t, &T{n}) }
func f10(s *S, t *T) *list.Element { return s.q.InsertBefore(t, s.q.Front()) }

func main() {
	s := &S{q: list.New(), b: &Box{}, bs: []*Box{{}}}
	t := &T{}
	f1(s, t)
	f2(s.q, t)
	f3(s, t)
	f4(s.b, t)
	f5(s, t)
	f6(s, t, t)
	f7(s, t)
	_ = f8(s, t)
	f9(s, t, 0)
	f10(s, t)
}
