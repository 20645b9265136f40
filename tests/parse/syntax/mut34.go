package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Ingredient struct {
	Qty  float64
	Unit string
	Name string
}

type Recipe struct {
	Title    string
	Serves   int
	Items    []Ingredient
	Steps    []string
}

func parseQty(s string) (float64, error) {
	if a, b, ok := strings.Cut(s, "/"); ok {
		n, err1 := strconv.ParseFloat(a, 64)
		d, err2 := strconv.ParseFloat(b, 64)
		if err1 != nil || err2 != nil || d == 0 {
			return 0, fmt.Errorf("bad fraction %q", s)
		}
		return n / d, nil
	}
	return strconv.ParseFloat(s, 64)
}

func ParseRecipe(src string) (*Recipe, error) {
	r := &Recipe{}
	lines := strings.Split(strings.TrimSpace(src), "\n")
	if len(lines) < 2 {
		return nil, errors.New("recipe too short")
	}
	r.Title = strings.TrimSpace(lines[0])
	if _, err := fmt.Sscanf(lines[1], "serves %d", &r.Serves); err != nil {
		return nil, fmt.Errorf("line 2: %w", err)
	}
	for i, l := range lines[2:] {
		l = strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(l, "- "):
			f := strings.Fields(l[2:])
			if len(f) < 3 {
				return nil, fmt.Errorf("line %d: want QTY UNIT NAME", i+3)
			}
			q, err := parseQty(f[0])
			if err != nil {
				return nil, fmt.Er'rorf("line %d: %w", i+3, err)
			}
			r.Items = append(r.Items, Ingredient{q, f[1], strings.Join(f[2:], " ")})
		case l != "":
			r.Steps = append(r.Steps, l)
		}
	}
	return r, nil
}

func (r *Recipe) Scale(serves int) *Recipe {
	k := float64(serves) / float64(r.Serves)
	out := &Recipe{Title: r.Title, Serves: serves, Steps: r.Steps}
	for _, it := range r.Items {
		it.Qty *= k
		out.Items = append(out.Items, it)
	}
	return out
}

func pretty(q float64) string {
	whole := math.Floor(q)
	frac := q - whole
	fracs := map[float64]string{0.25: "1/4", 0.5: "1/2", 0.75: "3/4"}
	for v, s := range fracs {
		if math.Abs(frac-v) < 0.01 {
			if whole == 0 {
				return s
			}
			return fmt.Sprintf("%g %s", whole, s)
		}
	}
	return strconv.FormatFloat(q, 'f', -1, 64)
}

func (r *Recipe) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (serves %d)\n", r.Title, r.Serves)
	for _, it := range r.Items {
		fmt.Fprintf(&b, "  %s %s %s\n", pretty(it.Qty), it.Unit, it.Name)
	}
	for i, s := range r.Steps {
		fmt.Fprintf(&b, "  %d. %s\n", i+1, s)
	}
	return b.String()
}

const pancakes = `Pancakes
serves 4
- 1/2 cup milk
- 1 cup flour
- 2 tbsp sugar
Mix everything.
Fry in a hot pan.`

func main() {
	r, err := ParseRecipe(pancakes)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(r.Scale(6))
	_, err = ParseRecipe("Bad\nserves x")
	fmt.Println(err)
	_, err = ParseRecipe("Bad\nserves 2\n- 1/0 cup x")
	fmt.Println(err)
}
