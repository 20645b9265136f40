package main

import (
	"fmt"
	"strings"
)

type Node interface {
	Accept(v Visitor) interface{}
}

type Visitor interface {
	VisitNum(n *Num) interface{}
	VisitBin(b *Bin) interface{}
	VisitLet(l *Let) interface{}
	VisitRef(r *Ref) interface{}
}

type Num struct{ V int }
type Bin struct {
	Op   string
	L, R Node
}
type Let struct {
	Name  string
	Value Node
	Body  Node
}
type Ref struct{ Name string }

func (n *Num) Accept(v Visitor) interface{} { return v.VisitNum(n) }
func (b *Bin) Accept(v Visitor) interface{} { return v.VisitBin(b) }
func (l *Let) Accept(v Visitor) interface{} { return v.VisitLet(l) }
func (r *Ref) Accept(v Visitor) interface{} { return v.VisitRef(r) }

type Printer struct{}

func (Printer) VisitNum(n *Num) interface{} { return fmt.Sprint(n.V) }
func (p Printer) VisitBin(b *Bin) interface{} {
	return "(" + b.L.Accept(p).(string) + " " + b.Op + " " + b.R.Accept(p).(string) + ")"
}
func (p Printer) VisitLet(l *Let) interface{} {
	return "let " + l.Name + " = " + l.Value.Accept(p).(string) + " in " + l.Body.Accept(p).(string)
}
func (Printer) VisitRef(r *Ref) interface{} { return r.Name }

type Evaluator struct {
	scopes []map[string]int
}

func (e *Evaluator) VisitNum(n *Num) interface{} { return n.V }
func (e *Evaluator) VisitBin(b *Bin) interface{} {
	l, r := b.L.Accept(e).(int), b.R.Accept(e).(int)
	switch b.Op {
	case "+":
		return l + r
	case "-":
		return l - r
	case "*":
		return l * r
	}
	panic("bad op " + b.Op)
}
func (e *Evaluator) VisitLet(l *Let) interface{} {
	v := l.Value.Accept(e).(int)
	e.scopes = append(e.scopes, map[string]int{l.Name: v})
	defer func() { e.scopes = e.scopes[:len(e.scopes)-1] }()
	return l.Body.Accept(e)
}
func (e *Evaluator) VisitRef(r *Ref) interface{} {
	for i := len(e.scopes) - 1; i >= 0; i-- {
		if v, ok := e.scopes[i][r.Name]; ok {
			return v
		}
	}
	panic("unbound " + r.Name)
}

type Counter struct{ counts map[string]int }

func (c *Counter) VisitNum(*Num) interface{} { c.counts["num"]++; return nil }
func (c *Counter) VisitBin(b *Bin) interface{} {
	c.counts["bin"]++
	b.L.Accept(c)
	b.R.Accept(c)
	return nil
}
func (c *Counter) VisitLet(l *Let) interface{} {
	c.counts["let"]++
	l.Value.Accept(c)
	l.Body.Accept(c)
	return nil
}
func (c *Counter) VisitRef(*Ref) interface{} { c.counts["ref"]++; return nil }

func safeEval(n Node) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval: %v", r)
		}
	}()
	return n.Accept(&Evaluator{}).(int), nil
}

func main() {
	prog := &Let{"x", &Bin{"+", &Num{2}, &Num{3}}, &Bin{"*", &Ref{"x"}, &Let{"y", &Num{4}, &Bin{"-", &Ref{"y"}, &Ref{"x"}}}}}
	fmt.Println(prog.Accept(Printer{}))
	fmt.Println(safeEval(prog))
	fmt.Println(safeEval(&Bin{"/", &Num{1}, &Num{2}}))
	fmt.Println(safeEval(&Ref{"zz"}))
	c := &Counter{counts: map[stringint{}}
	prog.Accept(c)
	fmt.Println(c.counts, strings.Count(prog.Accept(Printer{}).(string), "("))
}
