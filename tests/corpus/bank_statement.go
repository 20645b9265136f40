// bank_statement.go - monthly statements from transactions: money as int64
// cents with a Stringer, grouping by category with a map of slices, running
// balances, time-based filtering and a text/tabwriter table.
package main

import (
	"fmt"
	"os"
	"sort"
	"text/tabwriter"
	"time"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Tx struct {
	When     time.Time
	Desc     string
	Category string
	Amount   Cents
}

type Statement struct {
	From, To time.Time
	Opening  Cents
	Lines    []Line
	ByCat    map[string][]Tx
}

type Line struct {
	Tx
	Balance Cents
}

func day(m time.Month, d int) time.Time { return time.Date(2024, m, d, 12, 0, 0, 0, time.UTC) }

func BuildStatement(txs []Tx, opening Cents, from, to time.Time) *Statement {
	sorted := append([]Tx(nil), txs...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].When.Before(sorted[j].When) })
	st := &Statement{From: from, To: to, Opening: opening, ByCat: map[string][]Tx{}}
	bal := opening
	for _, tx := range sorted {
		if tx.When.Before(from) {
			st.Opening += tx.Amount
			bal += tx.Amount
			continue
		}
		if !tx.When.Before(to) {
			break
		}
		bal += tx.Amount
		st.Lines = append(st.Lines, Line{tx, bal})
		st.ByCat[tx.Category] = append(st.ByCat[tx.Category], tx)
	}
	return st
}

func (st *Statement) Closing() Cents {
	if len(st.Lines) == 0 {
		return st.Opening
	}
	return st.Lines[len(st.Lines)-1].Balance
}

func (st *Statement) Print() {
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "Date\tDescription\tAmount\tBalance\t\n")
	fmt.Fprintf(tw, "%s\t%s\t\t%v\t\n", st.From.Format("Jan 02"), "opening", st.Opening)
	for _, l := range st.Lines {
		fmt.Fprintf(tw, "%s\t%s\t%v\t%v\t\n", l.When.Format("Jan 02"), l.Desc, l.Amount, l.Balance)
	}
	tw.Flush()
	cats := make([]string, 0, len(st.ByCat))
	for c := range st.ByCat {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		var sum Cents
		for _, tx := range st.ByCat[c] {
			sum += tx.Amount
		}
		fmt.Printf("%-10s %3d tx %10v\n", c, len(st.ByCat[c]), sum)
	}
	fmt.Println("closing", st.Closing())
}

func main() {
	txs := []Tx{
		{day(3, 28), "rent", "housing", -120000},
		{day(4, 1), "salary", "income", 350000},
		{day(4, 3), "groceries", "food", -8450},
		{day(4, 3), "coffee", "food", -475},
		{day(4, 15), "electricity", "utilities", -6230},
		{day(4, 20), "refund", "income", 1999},
		{day(4, 30), "restaurant", "food", -5400},
		{day(5, 1), "rent", "housing", -120000},
	}
	st := BuildStatement(txs, 50000, day(4, 1), day(5, 1))
	st.Print()
}
