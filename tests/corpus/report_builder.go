// A sales report generator built on strings.Builder: aligned text tables,
// subtotals by region, a histogram bar chart and a CSV export.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Sale struct {
	Region  string
	Product string
	Units   int
	Price   float64
}

func (s Sale) Revenue() float64 { return float64(s.Units) * s.Price }

type Report struct {
	Title string
	Sales []Sale
	width int
}

func NewReport(title string, sales []Sale) *Report {
	return &Report{Title: title, Sales: sales, width: 60}
}

func (r *Report) rule(sb *strings.Builder, ch byte) {
	for i := 0; i < r.width; i++ {
		sb.WriteByte(ch)
	}
	sb.WriteByte('\n')
}

func center(s string, width int) string {
	if len(s) >= width {
		return s
	}
	pad := (width - len(s)) / 2
	return strings.Repeat(" ", pad) + s
}

func (r *Report) byRegion() (map[string][]Sale, []string) {
	groups := make(map[string][]Sale)
	for _, s := range r.Sales {
		groups[s.Region] = append(groups[s.Region], s)
	}
	regions := make([]string, 0, len(groups))
	for k := range groups {
		regions = append(regions, k)
	}
	sort.Strings(regions)
	return groups, regions
}

func (r *Report) Text() string {
	var sb strings.Builder
	r.rule(&sb, '=')
	sb.WriteString(center(r.Title, r.width))
	sb.WriteByte('\n')
	r.rule(&sb, '=')
	groups, regions := r.byRegion()
	var grand float64
	for _, reg := range regions {
		fmt.Fprintf(&sb, "%s\n", strings.ToUpper(reg))
		var sub float64
		for _, s := range groups[reg] {
			fmt.Fprintf(&sb, "  %-20s %6d x %8.2f = %10.2f\n", s.Product, s.Units, s.Price, s.Revenue())
			sub += s.Revenue()
		}
		fmt.Fprintf(&sb, "  %-20s %30.2f\n", "subtotal", sub)
		grand += sub
		r.rule(&sb, '-')
	}
	fmt.Fprintf(&sb, "%-22s %30.2f\n", "TOTAL", grand)
	return sb.String()
}

func (r *Report) Chart(maxBar int) string {
	groups, regions := r.byRegion()
	totals := make([]float64, len(regions))
	var max float64
	for i, reg := range regions {
		for _, s := range groups[reg] {
			totals[i] += s.Revenue()
		}
		if totals[i] > max {
			max = totals[i]
		}
	}
	var sb strings.Builder
	for i, reg := range regions {
		n := 0
		if max > 0 {
			n = int(totals[i] / max * float64(maxBar))
		}
		sb.WriteString(fmt.Sprintf("%-8s|", reg))
		sb.WriteString(strings.Repeat("#", n))
		sb.WriteString(fmt.Sprintf(" %.0f\n", totals[i]))
	}
	return sb.String()
}

func csvField(s string) string {
	if strings.ContainsAny(s, ",\"\n") {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}

func (r *Report) CSV() string {
	var sb strings.Builder
	sb.WriteString("region,product,units,price,revenue\n")
	for _, s := range r.Sales {
		fields := []string{csvField(s.Region), csvField(s.Product),
			fmt.Sprint(s.Units), fmt.Sprintf("%.2f", s.Price), fmt.Sprintf("%.2f", s.Revenue())}
		sb.WriteString(strings.Join(fields, ","))
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	sales := []Sale{
		{"north", "widget", 120, 2.50},
		{"south", "widget", 80, 2.50},
		{"north", "gadget, large", 15, 19.99},
		{"east", "gizmo", 42, 7.25},
		{"south", "gizmo \"pro\"", 9, 49.00},
		{"east", "widget", 200, 2.40},
	}
	rep := NewReport("Quarterly Sales", sales)
	fmt.Print(rep.Text())
	fmt.Print(rep.Chart(30))
	fmt.Print(rep.CSV())
}
