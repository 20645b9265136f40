// widget_tree.go - a retained-mode UI tree: embedded base widgets, layout
// by method values, event bubbling through parent pointers, a render pass.
package main

import (
	"fmt"
	"strings"
)

type Rect struct{ X, Y, W, H int }

type Base struct {
	Rect
	ID       string
	parent   Widget
	children []Widget
	handlers map[string][]func(ev *Event) bool
}

type Widget interface {
	base() *Base
	Render(b *strings.Builder, depth int)
}

type Event struct {
	Kind   string
	Target Widget
	Path   []string
}

func (b *Base) base() *Base { return b }

func (b *Base) On(kind string, h func(ev *Event) bool) {
	if b.handlers == nil {
		b.handlers = map[string][]func(*Event) bool{}
	}
	b.handlers[kind] = append(b.handlers[kind], h)
}

func (b *Base) Add(children ...Widget) {
	for _, c := range children {
		c.base().parent = b.self()
		b.children = append(b.children, c)
	}
}

var selves = map[*Base]Widget{}

func (b *Base) self() Widget { return selves[b] }

type Panel struct {
	Base
	Title string
}

type Button struct {
	Base
	Label   string
	Clicked int
}

func (p *Panel) Render(sb *strings.Builder, depth int) {
	fmt.Fprintf(sb, "%s[%s %q %dx%d]\n", strings.Repeat("  ", depth), p.ID, p.Title, p.W, p.H)
	for _, c := range p.children {
		c.Render(sb, depth+1)
	}
}

func (bt *Button) Render(sb *strings.Builder, depth int) {
	fmt.Fprintf(sb, "%s(%s %q clicks=%d)\n", strings.Repeat("  ", depth), bt.ID, bt.Label, bt.Clicked)
}

func NewPanel(id, title string) *Panel {
	p := &Panel{Base: Base{ID: id}, Title: title}
	selves[&p.Base] = p
	return p
}

func NewButton(id, label string) *Button {
	b := &Button{Base: Base{ID: id}, Label: label}
	selves[&b.Base] = b
	b.On("click", func(*Event) bool { b.Clicked++; return false })
	return b
}

func Dispatch(target Widget, kind string) *Event {
	ev := &Event{Kind: kind, Target: target}
	for w := target; w != nil; w = w.base().parent {
		b := w.base()
		ev.Path = append(ev.Path, b.ID)
		for _, h := range b.handlers[kind] {
			if h(ev) {
				return ev
			}
		}
	}
	return ev
}

func layout(p *Panel, y int) int {
	p.Y = y
	for i, c := range p.children {
		r := &c.base().Rect
		r.X, r.Y, r.W, r.H = p.X+2, y+1+i*2, p.W-4, 2
	}
	return y + 1 + 2*len(p.children)
}

func main() {
	root := NewPanel("root", "Settings")
	root.W = 40
	save, cancel := NewButton("save", "Save"), NewButton("cancel", "Cancel")
	form := NewPanel("form", "Form")
	form.Add(save, cancel)
	root.Add(form)
	var log []string
	root.On("click", func(ev *Event) bool {
		log = append(log, strings.Join(ev.Path, ">"))
		return ev.Target == Widget(cancel)
	})
	Dispatch(save, "click")
	Dispatch(cancel, "click")
	Dispatch(save, "click")
	layout(form, layout(root, 0))
	var sb strings.Builder
	root.Render(&sb, 0)
	fmt.Print(sb.String())
	fmt.Println(log, save.Y, cancel.Rect)
}
