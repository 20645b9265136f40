package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

type Sale struct {
	Region  string
	Product string
	Units   int
	Price   float64
}

const data = `region,product,units,price
north,widget,10,2.50
south,widget,4,2.50
north,gadget,3,10.00
east,widget,7,2.75
south,gizmo,1,99.99
east,gadget,bad,10.00
`

func parse(r io.Reader) ([]Sale, []error) {
	cr := csv.NewReader(r)
	var sales []Sale
	var errs []error
	header := true
	line := 0
	for {
		rec, err := cr.Read()
		line++
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if header {
			header = false
			continue
		}
		units, err := strconv.Atoi(rec[2])
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: units: %w", line, err))
			continue
		}
		price, err := strconv.ParseFloat(rec[3], 64)
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: price: %w", line, err))
			continue
		}
		sales = append(sales, Sale{rec[0], rec[1], units, price})
	}
	return sales, errs
}

type total struct {
	key     string
	units   int
	revenue float64
}

func groupBy(sales []Sale, key func(Sale) string) []total {
	m := map[string]*total{}
	for _, s := range sales {
		k := key(s)
		t, ok := m[k]
		if !ok {
			t = &total{key: k}
			m[k] = t
		}
		t.units += s.Units
		t.revenue += float64(s.Units) * s.Price
	}
	out := make([]total, 0, len(m))
	for _, t := range m {
		out = append(out, *t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].revenue > out[j].revenue })
	return out
}

func printTable(w io.Writer, title string, rows []total) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%s\tunits\trevenue\t\n", title)
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t\n", r.key, r.units, r.revenue)
	}
	tw.Flush()
}

func main() {
	sales, errs := parse(strings.NewReader(data))
	for _, e := range errs {
		fmt.Println("skip:", e)
	}
	printTable(os.Stdout, "region", groupBy(sales, func(s Sale) string { return s.Region }))
	printTable(os.Stdout, "product", groupBy(sales, func(s Sale) string { return s.Product }))
	w := csv.NewWriter(os.Stdout)
	for _, s := range sales[:2] {
		w.Write([]string{s.Region, s.Product, strconv.Itoa(s.Units)})
	}
	w.Flush()
}
