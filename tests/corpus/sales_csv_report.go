// sales_csv_report.go - read sales rows with encoding/csv, aggregate per
// region and product, sort with sort.Slice and print a fixed-width report.
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

const data = `region,product,units,price
north,widget,10,2.50
south,gadget,3,10.00
north,gadget,1,10.00
east,widget,25,2.40
south,widget,7,2.50
east,gizmo,2,99.90
north,gizmo,1,99.90
west,widget,bad,2.50
`

type Sale struct {
	Region, Product string
	Units           int
	Price           float64
}

func (s Sale) Total() float64 { return float64(s.Units) * s.Price }

type Summary struct {
	Key   string
	Units int
	Total float64
}

func readSales(r io.Reader) ([]Sale, []error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, []error{err}
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	var sales []Sale
	var errs []error
	line := 1
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line++
		if err != nil {
			errs = append(errs, err)
			continue
		}
		units, err := strconv.Atoi(rec[col["units"]])
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: units: %w", line, err))
			continue
		}
		price, err := strconv.ParseFloat(rec[col["price"]], 64)
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: price: %w", line, err))
			continue
		}
		sales = append(sales, Sale{rec[col["region"]], rec[col["product"]], units, price})
	}
	return sales, errs
}

func summarize(sales []Sale, key func(Sale) string) []Summary {
	idx := map[string]int{}
	var out []Summary
	for _, s := range sales {
		k := key(s)
		i, ok := idx[k]
		if !ok {
			i = len(out)
			idx[k] = i
			out = append(out, Summary{Key: k})
		}
		out[i].Units += s.Units
		out[i].Total += s.Total()
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Total != out[j].Total {
			return out[i].Total > out[j].Total
		}
		return out[i].Key < out[j].Key
	})
	return out
}

func printTable(w io.Writer, title string, rows []Summary) {
	fmt.Fprintf(w, "%s\n%s\n", title, strings.Repeat("=", len(title)))
	var grand float64
	for _, r := range rows {
		fmt.Fprintf(w, "%-10s %5d %10.2f\n", r.Key, r.Units, r.Total)
		grand += r.Total
	}
	fmt.Fprintf(w, "%-10s %5s %10.2f\n\n", "TOTAL", "", grand)
}

func main() {
	sales, errs := readSales(strings.NewReader(data))
	for _, e := range errs {
		fmt.Fprintln(os.Stdout, "skip:", e)
	}
	printTable(os.Stdout, "By region", summarize(sales, func(s Sale) string { return s.Region }))
	printTable(os.Stdout, "By product", summarize(sales, func(s Sale) string { return s.Product }))
	w := csv.NewWriter(os.Stdout)
	for _, s := range summarize(sales, func(s Sale) string { return s.Region + "/" + s.Product })[:3] {
		w.Write([]string{s.Key, strconv.Itoa(s.Units), strconv.FormatFloat(s.Total, 'f', 2, 64)})
	}
	w.Flush()
}
