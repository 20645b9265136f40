// struct_copy_semantics.go - value vs pointer semantics in everyday code:
// arrays copied by assignment, structs with slices sharing backing arrays,
// range copies, methods on values modifying copies, and a deep clone.
package main

import "fmt"

type Vec [3]float64

func (v Vec) Scaled(k float64) Vec {
	for i := range v {
		v[i] *= k
	}
	return v
}

func (v *Vec) Scale(k float64) {
	for i := range v {
		v[i] *= k
	}
}

type Inventory struct {
	Owner string
	Items []string
	Meta  map[string]string
	Pos   Vec
}

func (inv Inventory) AddCopy(item string) Inventory {
	inv.Items = append(inv.Items, item)
	return inv
}

func (inv *Inventory) Add(item string) { inv.Items = append(inv.Items, item) }

func (inv Inventory) Clone() Inventory {
	c := inv
	c.Items = append([]string(nil), inv.Items...)
	c.Meta = make(map[string]string, len(inv.Meta))
	for k, v := range inv.Meta {
		c.Meta[k] = v
	}
	return c
}

type Grid struct {
	cells [4][4]byte
}

func (g Grid) With(x, y int, b byte) Grid {
	g.cells[y][x] = b
	return g
}

func (g *Grid) String() string {
	s := ""
	for _, row := range g.cells {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
		s += "\n"
	}
	return s
}

func main() {
	a := Vec{1, 2, 3}
	b := a
	b[0] = 100
	c := a.Scaled(2)
	a.Scale(10)
	fmt.Println(a, b, c)

	inv := Inventory{Owner: "ann", Items: make([]string, 1, 4), Meta: map[string]string{"lvl": "1"}}
	inv.Items[0] = "sword"
	shared := inv.AddCopy("shield") // shares the backing array (cap 4)
	inv.Add("potion")               // overwrites shared's "shield"
	clone := inv.Clone()
	clone.Items[0] = "axe"
	clone.Meta["lvl"] = "2"
	fmt.Println(inv.Items, shared.Items, clone.Items, inv.Meta["lvl"], clone.Meta["lvl"])

	people := []Inventory{{Owner: "x"}, {Owner: "y"}}
	for _, p := range people {
		p.Owner = "changed" // a copy
	}
	for i := range people {
		people[i].Pos.Scale(0)
		people[i].Pos[1] = float64(i)
	}
	fmt.Println(people[0].Owner, people[1].Pos)

	var g Grid
	g2 := g.With(1, 1, '#').With(2, 2, '#')
	fmt.Print(g2.String(), g.String())
	arrs := [2][2]int{{1, 2}, {3, 4}}
	cp := arrs
	cp[0][0] = 9
	fmt.Println(arrs, cp, arrs == [2][2]int{{1, 2}, {3, 4}})
}
