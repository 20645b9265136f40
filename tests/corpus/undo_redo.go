package main

import (
	"fmt"
	"strings"
)

type Document struct {
	text []rune
}

type Command interface {
	Do(d *Document)
	Undo(d *Document)
	Name() string
}

type Insert struct {
	Pos  int
	Text string
}

func (c *Insert) Do(d *Document) {
	r := []rune(c.Text)
	d.text = append(d.text[:c.Pos], append(r, d.text[c.Pos:]...)...)
}

func (c *Insert) Undo(d *Document) {
	n := len([]rune(c.Text))
	d.text = append(d.text[:c.Pos], d.text[c.Pos+n:]...)
}

func (c *Insert) Name() string { return fmt.Sprintf("insert %q@%d", c.Text, c.Pos) }

type Delete struct {
	Pos, Len int
	removed  []rune
}

func (c *Delete) Do(d *Document) {
	c.removed = append([]rune(nil), d.text[c.Pos:c.Pos+c.Len]...)
	d.text = append(d.text[:c.Pos], d.text[c.Pos+c.Len:]...)
}

func (c *Delete) Undo(d *Document) {
	d.text = append(d.text[:c.Pos], append(c.removed, d.text[c.Pos:]...)...)
}

func (c *Delete) Name() string { return fmt.Sprintf("delete %d@%d", c.Len, c.Pos) }

type Editor struct {
	doc  Document
	undo []Command
	redo []Command
}

func (e *Editor) Exec(c Command) {
	c.Do(&e.doc)
	e.undo = append(e.undo, c)
	e.redo = e.redo[:0]
}

func (e *Editor) Undo() bool {
	if len(e.undo) == 0 {
		return false
	}
	c := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	c.Undo(&e.doc)
	e.redo = append(e.redo, c)
	return true
}

func (e *Editor) Redo() bool {
	if len(e.redo) == 0 {
		return false
	}
	c := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	c.Do(&e.doc)
	e.undo = append(e.undo, c)
	return true
}

func (e *Editor) History() string {
	names := make([]string, len(e.undo))
	for i, c := range e.undo {
		names[i] = c.Name()
	}
	return strings.Join(names, ", ")
}

func main() {
	e := &Editor{}
	e.Exec(&Insert{0, "hello"})
	e.Exec(&Insert{5, " world"})
	e.Exec(&Delete{Pos: 0, Len: 1})
	e.Exec(&Insert{0, "J"})
	fmt.Println(string(e.doc.text), "|", e.History())
	e.Undo()
	e.Undo()
	fmt.Println(string(e.doc.text))
	e.Redo()
	fmt.Println(string(e.doc.text), e.Redo(), e.Redo())
}
