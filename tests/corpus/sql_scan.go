// A database/sql-style row scanner over an in-memory table: Scan into pointers
// through ...interface{}, typed conversions, and mapping rows onto structs.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

type Table struct {
	Columns []string
	Rows    [][]string
}

type Rows struct {
	t   *Table
	pos int
	err error
}

var ErrNoRows = errors.New("sql: no rows in result set")

func (t *Table) Query(where func(row []string) bool) *Rows {
	filtered := &Table{Columns: t.Columns}
	for _, r := range t.Rows {
		if where == nil || where(r) {
			filtered.Rows = append(filtered.Rows, r)
		}
	}
	return &Rows{t: filtered, pos: -1}
}

func (r *Rows) Next() bool {
	if r.err != nil {
		return false
	}
	r.pos++
	return r.pos < len(r.t.Rows)
}

func (r *Rows) Err() error { return r.err }

func convertAssign(dest interface{}, src string) error {
	switch d := dest.(type) {
	case *string:
		*d = src
	case *int:
		n, err := strconv.Atoi(src)
		if err != nil {
			return fmt.Errorf("converting %q to int: %w", src, err)
		}
		*d = n
	case *float64:
		f, err := strconv.ParseFloat(src, 64)
		if err != nil {
			return err
		}
		*d = f
	case *bool:
		b, err := strconv.ParseBool(src)
		if err != nil {
			return err
		}
		*d = b
	case *time.Time:
		t, err := time.Parse("2006-01-02", src)
		if err != nil {
			return err
		}
		*d = t
	case **string:
		if src == "NULL" {
			*d = nil
		} else {
			s := src
			*d = &s
		}
	default:
		return fmt.Errorf("unsupported Scan destination %T", dest)
	}
	return nil
}

func (r *Rows) Scan(dest ...interface{}) error {
	row := r.t.Rows[r.pos]
	if len(dest) != len(row) {
		return fmt.Errorf("sql: expected %d destination arguments in Scan, not %d", len(row), len(dest))
	}
	for i, d := range dest {
		if err := convertAssign(d, row[i]); err != nil {
			return fmt.Errorf("sql: Scan error on column %d (%s): %w", i, r.t.Columns[i], err)
		}
	}
	return nil
}

type Employee struct {
	ID      int
	Name    string
	Salary  float64
	Active  bool
	Hired   time.Time
	Manager *string
}

func LoadEmployees(t *Table, minSalary float64) ([]Employee, error) {
	rows := t.Query(func(r []string) bool {
		s, _ := strconv.ParseFloat(r[2], 64)
		return s >= minSalary
	})
	var out []Employee
	for rows.Next() {
		var e Employee
		if err := rows.Scan(&e.ID, &e.Name, &e.Salary, &e.Active, &e.Hired, &e.Manager); err != nil {
			return out, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

func QueryRow(t *Table, id int, dest ...interface{}) error {
	key := strconv.Itoa(id)
	rows := t.Query(func(r []string) bool { return r[0] == key })
	if !rows.Next() {
		return ErrNoRows
	}
	return rows.Scan(dest...)
}

func main() {
	t := &Table{
		Columns: []string{"id", "name", "salary", "active", "hired", "manager"},
		Rows: [][]string{
			{"1", "Grace", "185000", "true", "2015-03-01", "NULL"},
			{"2", "Alan", "120000", "true", "2018-07-15", "Grace"},
			{"3", "Edsger", "99000", "false", "2012-01-09", "Grace"},
			{"4", "Barbara", "142500.50", "true", "2020-11-30", "Alan"},
		},
	}
	emps, err := LoadEmployees(t, 100000)
	fmt.Println(len(emps), err)
	for _, e := range emps {
		mgr := "-"
		if e.Manager != nil {
			mgr = *e.Manager
		}
		fmt.Printf("%d %-8s %10.2f %-5v %s mgr=%s\n", e.ID, e.Name, e.Salary, e.Active, e.Hired.Format("Jan 2006"), mgr)
	}

	var name string
	var salary float64
	var id, active, hired, manager interface{} = new(int), new(bool), new(time.Time), new(*string)
	err = QueryRow(t, 3, id, &name, &salary, active, hired, manager)
	fmt.Println(name, salary, *active.(*bool), err)
	fmt.Println(QueryRow(t, 9, &name), errors.Is(QueryRow(t, 9), ErrNoRows))

	var bad int
	err = QueryRow(t, 1, &bad, &bad, &bad, &bad, &bad, &bad)
	fmt.Println(strings.SplitN(err.Error(), ":", 3)[1])
}
