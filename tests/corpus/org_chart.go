package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Name    string
	Title   string
	Salary  int
	Reports []*Employee
	Manager *Employee
}

type Org struct {
	byName map[string]*Employee
	root   *Employee
}

func NewOrg() *Org { return &Org{byName: map[string]*Employee{}} }

func (o *Org) Hire(name, title string, salary int, manager string) error {
	e := &Employee{Name: name, Title: title, Salary: salary}
	if manager == "" {
		if o.root != nil {
			return fmt.Errorf("%s: org already has a root (%s)", name, o.root.Name)
		}
		o.root = e
	} else {
		m, ok := o.byName[manager]
		if !ok {
			return fmt.Errorf("%s: unknown manager %q", name, manager)
		}
		e.Manager = m
		m.Reports = append(m.Reports, e)
	}
	o.byName[name] = e
	return nil
}

func (e *Employee) TeamCost() int {
	total := e.Salary
	for _, r := range e.Reports {
		total += r.TeamCost()
	}
	return total
}

func (e *Employee) Depth() int {
	d := 0
	for m := e.Manager; m != nil; m = m.Manager {
		d++
	}
	return d
}

func (o *Org) Chain(name string) []string {
	var out []string
	for e := o.byName[name]; e != nil; e = e.Manager {
		out = append(out, e.Name)
	}
	return out
}

func (o *Org) CommonManager(a, b string) string {
	seen := map[*Employee]bool{}
	for e := o.byName[a]; e != nil; e = e.Manager {
		seen[e] = true
	}
	for e := o.byName[b]; e != nil; e = e.Manager {
		if seen[e] {
			return e.Name
		}
	}
	return ""
}

func (o *Org) Print() string {
	var b strings.Builder
	var walk func(e *Employee, indent string)
	walk = func(e *Employee, indent string) {
		fmt.Fprintf(&b, "%s%s (%s) team=%d\n", indent, e.Name, e.Title, e.TeamCost())
		reports := append([]*Employee(nil), e.Reports...)
		sort.Slice(reports, func(i, j int) bool { return reports[i].Name < reports[j].Name })
		for _, r := range reports {
			walk(r, indent+"  ")
		}
	}
	if o.root != nil {
		walk(o.root, "")
	}
	return b.String()
}

func main() {
	o := NewOrg()
	must := func(err error) {
		if err != nil {
			fmt.Println("error:", err)
		}
	}
	must(o.Hire("ada", "CEO", 300, ""))
	must(o.Hire("bob", "CTO", 250, "ada"))
	must(o.Hire("cat", "CFO", 240, "ada"))
	must(o.Hire("dan", "Engineer", 150, "bob"))
	must(o.Hire("eve", "Engineer", 155, "bob"))
	must(o.Hire("fay", "Analyst", 120, "cat"))
	must(o.Hire("gus", "Intern", 50, "zed"))
	must(o.Hire("hal", "CEO2", 1, ""))
	fmt.Print(o.Print())
	fmt.Println(o.Chain("eve"), o.CommonManager("dan", "eve"), o.CommonManager("dan", "fay"), o.byName["dan"].Depth())
}
