package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

// mini renders {{name}} and {{name|upper}} placeholders by hand.
func mini(tpl string, vars map[string]string) (string, error) {
	var out strings.Builder
	for {
		i := strings.Index(tpl, "{{")
		if i < 0 {
			out.WriteString(tpl)
			return out.String(), nil
		}
		out.WriteString(tpl[:i])
		j := strings.Index(tpl[i:], "}}")
		if j < 0 {
			return "", errors.New("unclosed {{")
		}
		expr := strings.TrimSpace(tpl[i+2 : i+j])
		tpl = tpl[i+j+2:]
		name, filter, _ := strings.Cut(expr, "|")
		v, ok := vars[name]
		if !ok {
			return "", fmt.Errorf("unknown variable %q", name)
		}
		switch filter {
		case "":
		case "upper":
			v = strings.ToUpper(v)
		case "title":
			if v != "" {
				v = strings.ToUpper(v[:1]) + v[1:]
			}
		default:
			return "", fmt.Errorf("unknown filter %q", filter)
		}
		out.WriteString(v)
	}
}

type Invoice struct {
	Customer string
	Lines    []Line
}

type Line struct {
	Item  string
	Qty   int
	Price float64
}

func (l Line) Total() float64 { return float64(l.Qty) * l.Price }

func (inv Invoice) Sum() float64 {
	s := 0.0
	for _, l := range inv.Lines {
		s += l.Total()
	}
	return s
}

const invoiceTpl = `Invoice for {{.Customer}}
{{range .Lines}}- {{printf "%-8s" .Item}} {{.Qty}} x {{printf "%.2f" .Price}} = {{printf "%.2f" .Total}}
{{end}}Total: {{printf "%.2f" .Sum}}
`

func main() {
	s, err := mini("Hello {{ name|title }}, welcome to {{place|upper}}!", map[string]string{"name": "gopher", "place": "go"})
	fmt.Println(s, err)
	_, err = mini("{{missing}}", nil)
	fmt.Println(err)
	_, err = mini("{{name|reverse}}", map[string]string{"name": "x"})
	fmt.Println(err)
	t := template.Must(template.New("inv").Parse(invoiceTpl))
	inv := Invoice{Customer: "ACME", Lines: []Line{{"bolts", 10, 0.25}, {"nuts", 4, 0.1}}}
	if err := t.Execute(os.Stdout, inv); err != nil {
		fmt.Println(err)
	}
}
