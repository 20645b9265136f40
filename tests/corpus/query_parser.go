// A search query language: a tokenizer and recursive-descent parser for
// `title:go AND (tag:memory OR NOT draft)` evaluated against documents.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Doc struct {
	Title string
	Tags  []string
	Draft bool
	Words int
}

type Expr interface {
	Eval(d *Doc) bool
	String() string
}

type And struct{ L, R Expr }
type Or struct{ L, R Expr }
type Not struct{ X Expr }
type Term struct{ Field, Value string }

func (e And) Eval(d *Doc) bool  { return e.L.Eval(d) && e.R.Eval(d) }
func (e Or) Eval(d *Doc) bool   { return e.L.Eval(d) || e.R.Eval(d) }
func (e Not) Eval(d *Doc) bool  { return !e.X.Eval(d) }
func (e And) String() string    { return "(" + e.L.String() + " AND " + e.R.String() + ")" }
func (e Or) String() string     { return "(" + e.L.String() + " OR " + e.R.String() + ")" }
func (e Not) String() string    { return "NOT " + e.X.String() }
func (t *Term) String() string  { return t.Field + ":" + t.Value }

func (t *Term) Eval(d *Doc) bool {
	switch t.Field {
	case "title":
		return strings.Contains(strings.ToLower(d.Title), t.Value)
	case "tag":
		for _, tag := range d.Tags {
			if tag == t.Value {
				return true
			}
		}
		return false
	case "is":
		return t.Value == "draft" && d.Draft
	}
	return strings.Contains(strings.ToLower(d.Title), t.Value)
}

func tokenize(s string) []string {
	var toks []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			toks = append(toks, cur.String())
			cur.Reset()
		}
	}
	for _, r := range s {
		switch {
		case r == '(' || r == ')':
			flush()
			toks = append(toks, string(r))
		case unicode.IsSpace(r):
			flush()
		case r == '-' && cur.Len() == 0:
			toks = append(toks, "-")
		default:
			cur.WriteRune(unicode.ToLower(r))
		}
	}
	flush()
	return toks
}

type parser struct {
	toks []string
	pos  int
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *parser) next() string {
	t := p.peek()
	p.pos++
	return t
}

// expr := and ("or" and)*
func (p *parser) expr() (Expr, error) {
	l, err := p.and()
	for err == nil && p.peek() == "or" {
		p.next()
		var r Expr
		if r, err = p.and(); err == nil {
			l = Or{l, r}
		}
	}
	return l, err
}

// and := unary (["and"] unary)*
func (p *parser) and() (Expr, error) {
	l, err := p.unary()
	for err == nil {
		t := p.peek()
		if t == "" || t == ")" || t == "or" {
			break
		}
		if t == "and" {
			p.next()
		}
		var r Expr
		if r, err = p.unary(); err == nil {
			l = And{l, r}
		}
	}
	return l, err
}

func (p *parser) unary() (Expr, error) {
	switch t := p.next(); t {
	case "not", "-":
		x, err := p.unary()
		return Not{x}, err
	case "(":
		x, err := p.expr()
		if err == nil && p.next() != ")" {
			err = fmt.Errorf("missing ) at token %d", p.pos)
		}
		return x, err
	case "", ")", "and", "or":
		return nil, fmt.Errorf("unexpected %q at token %d", t, p.pos)
	default:
		if i := strings.IndexByte(t, ':'); i > 0 {
			return &Term{Field: t[:i], Value: t[i+1:]}, nil
		}
		return &Term{Field: "any", Value: t}, nil
	}
}

func Parse(q string) (Expr, error) {
	p := &parser{toks: tokenize(q)}
	e, err := p.expr()
	if err == nil && p.pos < len(p.toks) {
		err = fmt.Errorf("trailing %q", p.toks[p.pos])
	}
	return e, err
}

func Search(docs []Doc, q string) ([]string, error) {
	e, err := Parse(q)
	if err != nil {
		return nil, err
	}
	var hits []string
	for i := range docs {
		if e.Eval(&docs[i]) {
			hits = append(hits, docs[i].Title)
		}
	}
	return hits, nil
}

func main() {
	docs := []Doc{
		{Title: "Escape analysis in Go", Tags: []string{"go", "memory"}},
		{Title: "Go generics draft", Tags: []string{"go"}, Draft: true},
		{Title: "Rust ownership", Tags: []string{"rust", "memory"}},
		{Title: "Garbage collectors", Tags: []string{"memory", "gc"}, Draft: true},
	}
	for _, q := range []string{
		"tag:go AND NOT is:draft",
		"tag:memory (title:rust OR title:garbage)",
		"-tag:go",
		"go OR (tag:gc",
		"AND tag:x",
	} {
		e, _ := Parse(q)
		hits, err := Search(docs, q)
		if err != nil {
			fmt.Printf("%-40s error: %v\n", q, err)
			continue
		}
		fmt.Printf("%-40s %v => %q\n", q, e, hits)
	}
}
