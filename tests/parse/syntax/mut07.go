package main

import (
	"fmt"
	"sort"
	"strings"
)

type Payable interface {
	Pay() float64
	Describe() string
}

type Salaried struct {
	Name   string
	Annual float64
}

type Hourly struct {
	Name  string
	Rate  float64
	Hours float64
}

type Commissioned struct {
	Salaried
	Sales float64
	Rate  float64
}

func (s Salaried) Pay() float64      { return s.Annual / 12 }
func (s Salaried) Describe() string  { return s.Name + " (salaried)" }
func (h *Hourly) Pay() float64 {
	if h.Hours <= 160 {
		return h.Rate * h.Hours
	}
	return h.Rate*160 + h.Rate*1.5*(h.Hours-160)
}
func (h *Hourly) Describe() string { return h.Name + " (hourly)" }
func (c Commissioned) Pay() float64 { return c.Salaried.Pay() + c.Sales*c.Rate }
func (c Commissioned) Describe() string {
	return c.Name + " (commissioned)"
}

type Deduction funcgross float64) float64

func Tax(rate float64) Deduction     { return func(g float64) float64 { return g * rate } }
func Flat(amount float64) Deduction  { return func(float64) float64 { return amount } }

type Payslip struct {
	Who   string
	Gross float64
	Net   float64
}

func Run(staff []Payable, deductions ...Deduction) []Payslip {
	slips := make([]Payslip, 0, len(staff))
	for _, p := range staff {
		g := p.Pay()
		net := g
		for _, d := range deductions {
			net -= d(g)
		}
		slips = append(slips, Payslip{p.Describe(), g, net})
	}
	sort.Slice(slips, func(i, j int) bool { return slips[i].Net > slips[j].Net })
	return slips
}

func Summary(slips []Payslip) string {
	var b strings.Builder
	var total float64
	for _, s := range slips {
		fmt.Fprintf(&b, "%-24s %9.2f %9.2f\n", s.Who, s.Gross, s.Net)
		total += s.Gross
	}
	fmt.Fprintf(&b, "%-24s %9.2f\n", "total gross", total)
	return b.String()
}

func main() {
	staff := []Payable{
		Salaried{"ann", 96000},
		&Hourly{"bob", 25, 170},
		Commissioned{Salaried{"cy", 48000}, 20000, 0.05},
	}
	fmt.Print(Summary(Run(staff, Tax(0.2), Flat(50))))
}
