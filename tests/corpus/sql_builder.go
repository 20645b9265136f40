package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Query struct {
	table   string
	columns []string
	where   []string
	args    []interface{}
	order   string
	limit   int
}

func Select(cols ...string) *Query {
	return &Query{columns: cols}
}

func (q *Query) From(t string) *Query {
	q.table = t
	return q
}

func (q *Query) Where(cond string, args ...interface{}) *Query {
	q.where = append(q.where, cond)
	q.args = append(q.args, args...)
	return q
}

func (q *Query) OrderBy(col string) *Query {
	q.order = col
	return q
}

func (q *Query) Limit(n int) *Query {
	q.limit = n
	return q
}

func (q *Query) Build() (string, []interface{}) {
	var b strings.Builder
	b.WriteString("SELECT ")
	if len(q.columns) == 0 {
		b.WriteString("*")
	} else {
		b.WriteString(strings.Join(q.columns, ", "))
	}
	b.WriteString(" FROM " + q.table)
	n := 0
	for i, w := range q.where {
		if i == 0 {
			b.WriteString(" WHERE ")
		} else {
			b.WriteString(" AND ")
		}
		for strings.Contains(w, "?") {
			n++
			w = strings.Replace(w, "?", "$"+strconv.Itoa(n), 1)
		}
		b.WriteString(w)
	}
	if q.order != "" {
		b.WriteString(" ORDER BY " + q.order)
	}
	if q.limit > 0 {
		fmt.Fprintf(&b, " LIMIT %d", q.limit)
	}
	return b.String(), q.args
}

type Insert struct {
	table string
	cols  []string
	rows  [][]interface{}
}

func InsertInto(table string, cols ...string) *Insert {
	return &Insert{table: table, cols: cols}
}

func (ins *Insert) Values(vals ...interface{}) *Insert {
	ins.rows = append(ins.rows, vals)
	return ins
}

func quote(v interface{}) string {
	switch x := v.(type) {
	case string:
		return "'" + strings.ReplaceAll(x, "'", "''") + "'"
	case nil:
		return "NULL"
	case bool:
		if x {
			return "TRUE"
		}
		return "FALSE"
	default:
		return fmt.Sprint(x)
	}
}

func (ins *Insert) String() string {
	rows := make([]string, len(ins.rows))
	for i, r := range ins.rows {
		vals := make([]string, len(r))
		for j, v := range r {
			vals[j] = quote(v)
		}
		rows[i] = "(" + strings.Join(vals, ", ") + ")"
	}
	return fmt.Sprintf("INSERT INTO %s (%s) VALUES %s", ins.table, strings.Join(ins.cols, ", "), strings.Join(rows, ", "))
}

func main() {
	sql, args := Select("id", "name").From("users").Where("age > ?", 18).Where("name LIKE ? OR email = ?", "a%", "x@y").OrderBy("name").Limit(10).Build()
	fmt.Println(sql, args)
	sql, args = Select().From("t").Build()
	fmt.Println(sql, len(args))
	fmt.Println(InsertInto("users", "name", "admin", "age").Values("O'Brien", true, 40).Values("x", false, nil))
}
