package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

type Align int

const (
	Left Align = iota
	Right
	Center
)

type Column struct {
	Title string
	Align Align
	width int
}

type Table struct {
	cols []Column
	rows [][]string
}

func NewTable(titles ...string) *Table {
	t := &Table{}
	for _, title := range titles {
		t.cols = append(t.cols, Column{Title: title, width: utf8.RuneCountInString(title)})
	}
	return t
}

func (t *Table) SetAlign(col int, a Align) *Table {
	t.cols[col].Align = a
	return t
}

func (t *Table) Add(cells ...interface{}) {
	row := make([]string, len(t.cols))
	for i := range row {
		if i >= len(cells) {
			continue
		}
		switch v := cells[i].(type) {
		case string:
			row[i] = v
		case int:
			row[i] = strconv.Itoa(v)
		case float64:
			row[i] = strconv.FormatFloat(v, 'f', 2, 64)
		case fmt.Stringer:
			row[i] = v.String()
		default:
			row[i] = fmt.Sprint(v)
		}
		if n := utf8.RuneCountInString(row[i]); n > t.cols[i].width {
			t.cols[i].width = n
		}
	}
	t.rows = append(t.rows, row)
}

func pad(s string, width int, a Align) string {
	gap := width - utf8.RuneCountInString(s)
	if gap <= 0 {
		return s
	}
	switch a {
	case Right:
		return strings.Repeat(" ", gap) + s
	case Center:
		l := gap / 2
		return strings.Repeat(" ", l) + s + strings.Repeat(" ", gap-l)
	}
	return s + strings.Repeat(" ", gap)
}

func (t *Table) line(w io.Writer, cells []string) {
	parts := make([]string, len(cells))
	for i, c := range cells {
		parts[i] = pad(c, t.cols[i].width, t.cols[i].Align)
	}
	fmt.Fprintf(w, "| %s |\n", strings.Join(parts, " | "))
}

func (t *Table) Render(w io.Writer) {
	titles := make([]string, len(t.cols))
	seps := make([]string, len(t.cols))
	for i, c := range t.cols {
		titles[i] = c.Title
		seps[i] = strings.Repeat("-", c.width)
	}
	t.line(w, titles)
	fmt.Fprintf(w, "|-%s-|\n", strings.Join(seps, "-|-"))
	for _, r := range t.rows {
		t.line(w, r)
	}
}

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "°C" }

func main() {
	t := NewTable("City", "Pop", "Temp", "Note")
	t.SetAlign(1, Right).SetAlign(2, Center)
	t.Add("Zürich", 421878, Temp(11.5), "lake")
	t.Add("東京", 13960000, Temp(16.2))
	t.Add("Reykjavík", 131136, Temp(4.9), true)
	t.Render(os.Stdout)
	var sb strings.Builder
	NewTable("x").Render(&sb)
	fmt.Print(sb.String())
}
