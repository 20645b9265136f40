package main

import (
	"fmt"
	"strings"
	"time"
)

type Bar struct {
	Total   int
	Current int
	Width   int
	Label   string
	start   time.Time
}

func (b *Bar) Set(n int) *Bar {
	if n > b.Total {
		n = b.Total
	}
	b.Current = n
	return b
}

func (b *Bar) Render(now time.Time) string {
	frac := float64(b.Current) / float64(b.Total)
	filled := int(frac * float64(b.Width))
	var eta string
	if b.Current > 0 && b.Current < b.Total {
		elapsed := now.Sub(b.start)
		remain := time.Duration(float64(elapsed) / frac * (1 - frac))
		eta = " eta " + remain.Round(time.Second).String()
	}
	return fmt.Sprintf("%-8s [%s%s] %3.0f%%%s", b.Label, strings.Repeat("=", filled), strings.Repeat(" ", b.Width-filled), frac*100, eta)
}

type Table struct {
	headers []string
	rows    [][]string
}

func (t *Table) Add(cells ...interface{}) {
	row := make([]string, len(cells))
	for i, c := range cells {
		row[i] = fmt.Sprint(c)
	}
	t.rows = append(t.rows, row)
}

func (t *Table) String() string {
	widths := make([]int, len(t.headers))
	for i, h := range t.headers {
		widths[i] = len(h)
	}
	for _, r := range t.rows {
		for i, c := range r {
			if len(c) > widths[i] {
				widths[i] = len(c)
			}
		}
	}
	var b strings.Builder
	line := func(cells []string) {
		for i, c := range cells {
			fmt.Fprintf(&b, "| %-*s ", widths[i], c)
		}
		b.WriteString("|\n")
	}
	sep := func() {
		for _, w := range widths {
			b.WriteString("+" + strings.Repeat("-", w+2))
		}
		b.WriteString("+\n")
	}
	sep()
	line(t.headers)
	sep()
	for _, r := range t.rows {
		line(r)
	}
	sep()
	return b.String()
}

func main() {
	t0 := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	b := &Bar{Total: 200, Width: 20, Label: "download", start: t0}
	for _, n := range []int{0, 50, 120, 250} {
		fmt.Println(b.Set(n).Render(t0.Add(time.Duration(n) * 100 * time.Millisecond)))
	}
	t := &Table{headers: []string{"name", "allocs", "bytes"}}
	t.Add("ByValue", 0, 0)
	t.Add("ByPointer", 1, 896)
	t.Add("WithInterface", 2, 32)
	fmt.Print(t)
}
