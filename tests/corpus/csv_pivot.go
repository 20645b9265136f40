// csv_pivot.go - reads CSV sales rows, pivots them into a region x month
// table with totals, and prints it aligned.
package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

const data = `region,month,amount
north,2024-01,120.50
south,2024-01,80
north,2024-02,99.95
east,2024-02,42
south,2024-03,17.25
north,2024-03,61
east,2024-01,bad
`

type Pivot struct {
	rows, cols map[string]bool
	cells      map[[2]string]float64
	errs       []error
}

func NewPivot() *Pivot {
	return &Pivot{rows: map[string]bool{}, cols: map[string]bool{}, cells: map[[2]string]float64{}}
}

func (p *Pivot) Add(rec []string) {
	amt, err := strconv.ParseFloat(rec[2], 64)
	if err != nil {
		p.errs = append(p.errs, fmt.Errorf("row %v: %w", rec, err))
		return
	}
	p.rows[rec[0]], p.cols[rec[1]] = true, true
	p.cells[[2]string{rec[0], rec[1]}] += amt
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (p *Pivot) Print(w io.Writer) {
	rows, cols := keys(p.rows), keys(p.cols)
	widths := make([]int, len(cols)+2)
	widths[0] = len("region")
	for _, r := range rows {
		if len(r) > widths[0] {
			widths[0] = len(r)
		}
	}
	for i, c := range cols {
		widths[i+1] = len(c)
	}
	widths[len(widths)-1] = len("total")
	cell := func(i int, s string) string {
		return strings.Repeat(" ", widths[i]-len(s)) + s
	}
	hdr := []string{cell(0, "region")}
	for i, c := range cols {
		hdr = append(hdr, cell(i+1, c))
	}
	hdr = append(hdr, cell(len(widths)-1, "total"))
	fmt.Fprintln(w, strings.Join(hdr, " | "))
	for _, r := range rows {
		line := []string{cell(0, r)}
		total := 0.0
		for i, c := range cols {
			v := p.cells[[2]string{r, c}]
			total += v
			line = append(line, cell(i+1, strconv.FormatFloat(v, 'f', 1, 64)))
		}
		line = append(line, cell(len(widths)-1, fmt.Sprintf("%.1f", total)))
		fmt.Fprintln(w, strings.Join(line, " | "))
	}
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	p := NewPivot()
	if _, err := r.Read(); err != nil {
		fmt.Println(err)
		return
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		p.Add(rec)
	}
	p.Print(os.Stdout)
	for _, e := range p.errs {
		fmt.Println("skipped:", e)
	}
}
