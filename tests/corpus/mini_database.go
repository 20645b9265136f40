package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// A tiny in-memory table store with a query language:
//   CREATE TABLE t (a, b, c)
//   INSERT INTO t VALUES (1, 'x', 2)
//   SELECT a, c FROM t WHERE a > 1 ORDER BY c DESC LIMIT 2
//   DELETE FROM t WHERE b = 'x'

type Value struct {
	isNum bool
	num   float64
	str   string
}

func (v Value) String() string {
	if v.isNum {
		return strconv.FormatFloat(v.num, 'g', -1, 64)
	}
	return "'" + v.str + "'"
}

func (v Value) Less(o Value) bool {
	if v.isNum && o.isNum {
		return v.num < o.num
	}
	return v.String() < o.String()
}

func (v Value) Equal(o Value) bool { return v.isNum == o.isNum && v.num == o.num && v.str == o.str }

type Row []Value

type Table struct {
	Name    string
	Columns []string
	Rows    []Row
	index   map[string]int
}

type DB struct {
	tables map[string]*Table
}

var (
	ErrSyntax   = errors.New("syntax error")
	ErrNoTable  = errors.New("no such table")
	ErrNoColumn = errors.New("no such column")
)

func NewDB() *DB { return &DB{tables: map[string]*Table{}} }

func tokenize(q string) []string {
	var toks []string
	i := 0
	for i < len(q) {
		c := q[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			i++
		case c == '\'':
			j := i + 1
			for j < len(q) && q[j] != '\'' {
				j++
			}
			toks = append(toks, q[i:min(j+1, len(q))])
			i = j + 1
		case strings.IndexByte("(),*", c) >= 0:
			toks = append(toks, string(c))
			i++
		case strings.IndexByte("<>=!", c) >= 0:
			j := i + 1
			if j < len(q) && q[j] == '=' {
				j++
			}
			toks = append(toks, q[i:j])
			i = j
		default:
			j := i
			for j < len(q) && strings.IndexByte(" \t\n(),*<>=!'", q[j]) < 0 {
				j++
			}
			toks = append(toks, q[i:j])
			i = j
		}
	}
	return toks
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func parseValue(tok string) (Value, error) {
	if strings.HasPrefix(tok, "'") {
		if len(tok) < 2 || !strings.HasSuffix(tok, "'") {
			return Value{}, fmt.Errorf("%w: unterminated string", ErrSyntax)
		}
		return Value{str: tok[1 : len(tok)-1]}, nil
	}
	f, err := strconv.ParseFloat(tok, 64)
	if err != nil {
		return Value{}, fmt.Errorf("%w: bad value %q", ErrSyntax, tok)
	}
	return Value{isNum: true, num: f}, nil
}

type cond struct {
	col int
	op  string
	val Value
}

func (c cond) match(r Row) bool {
	v := r[c.col]
	switch c.op {
	case "=":
		return v.Equal(c.val)
	case "!=":
		return !v.Equal(c.val)
	case "<":
		return v.Less(c.val)
	case ">":
		return c.val.Less(v)
	case "<=":
		return !c.val.Less(v)
	case ">=":
		return !v.Less(c.val)
	}
	return false
}

func (t *Table) col(name string) (int, error) {
	i, ok := t.index[name]
	if !ok {
		return 0, fmt.Errorf("%w: %s.%s", ErrNoColumn, t.Name, name)
	}
	return i, nil
}

func (t *Table) where(toks []string) ([]cond, []string, error) {
	var conds []cond
	for len(toks) >= 4 && (toks[0] == "WHERE" || toks[0] == "AND") {
		c, err := t.col(toks[1])
		if err != nil {
			return nil, nil, err
		}
		v, err := parseValue(toks[3])
		if err != nil {
			return nil, nil, err
		}
		conds = append(conds, cond{c, toks[2], v})
		toks = toks[4:]
	}
	return conds, toks, nil
}

func matchAll(conds []cond, r Row) bool {
	for _, c := range conds {
		if !c.match(r) {
			return false
		}
	}
	return true
}

func (db *DB) table(name string) (*Table, error) {
	t, ok := db.tables[name]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrNoTable, name)
	}
	return t, nil
}

func (db *DB) Exec(q string) (string, error) {
	toks := tokenize(q)
	if len(toks) < 2 {
		return "", ErrSyntax
	}
	switch strings.ToUpper(toks[0]) {
	case "CREATE":
		if len(toks) < 6 || toks[1] != "TABLE" || toks[3] != "(" {
			return "", ErrSyntax
		}
		t := &Table{Name: toks[2], index: map[string]int{}}
		for _, tok := range toks[4:] {
			if tok == "," || tok == ")" {
				continue
			}
			t.index[tok] = len(t.Columns)
			t.Columns = append(t.Columns, tok)
		}
		db.tables[t.Name] = t
		return "created " + t.Name, nil
	case "INSERT":
		if len(toks) < 6 || toks[1] != "INTO" || toks[3] != "VALUES" {
			return "", ErrSyntax
		}
		t, err := db.table(toks[2])
		if err != nil {
			return "", err
		}
		var row Row
		for _, tok := range toks[5:] {
			if tok == "," || tok == ")" {
				continue
			}
			v, err := parseValue(tok)
			if err != nil {
				return "", err
			}
			row = append(row, v)
		}
		if len(row) != len(t.Columns) {
			return "", fmt.Errorf("%w: %d values for %d columns", ErrSyntax, len(row), len(t.Columns))
		}
		t.Rows = append(t.Rows, row)
		return "1 row", nil
	case "DELETE":
		t, err := db.table(toks[2])
		if err != nil {
			return "", err
		}
		conds, _, err := t.where(toks[3:])
		if err != nil {
			return "", err
		}
		kept := t.Rows[:0]
		n := 0
		for _, r := range t.Rows {
			if matchAll(conds, r) {
				n++
				continue
			}
			kept = append(kept, r)
		}
		t.Rows = kept
		return fmt.Sprintf("%d rows deleted", n), nil
	case "SELECT":
		return db.selectRows(toks[1:])
	}
	return "", fmt.Errorf("%w: unknown statement %s", ErrSyntax, toks[0])
}

func (db *DB) selectRows(toks []string) (string, error) {
	var cols []string
	for len(toks) > 0 && toks[0] != "FROM" {
		if toks[0] != "," {
			cols = append(cols, toks[0])
		}
		toks = toks[1:]
	}
	if len(toks) < 2 {
		return "", ErrSyntax
	}
	t, err := db.table(toks[1])
	if err != nil {
		return "", err
	}
	if len(cols) == 1 && cols[0] == "*" {
		cols = t.Columns
	}
	idx := make([]int, len(cols))
	for i, c := range cols {
		if idx[i], err = t.col(c); err != nil {
			return "", err
		}
	}
	conds, rest, err := t.where(toks[2:])
	if err != nil {
		return "", err
	}
	var rows []Row
	for _, r := range t.Rows {
		if matchAll(conds, r) {
			rows = append(rows, r)
		}
	}
	limit := -1
	for len(rest) > 0 {
		switch {
		case rest[0] == "ORDER" && len(rest) >= 3:
			oc, err := t.col(rest[2])
			if err != nil {
				return "", err
			}
			desc := len(rest) > 3 && rest[3] == "DESC"
			sort.SliceStable(rows, func(i, j int) bool {
				if desc {
					return rows[j][oc].Less(rows[i][oc])
				}
				return rows[i][oc].Less(rows[j][oc])
			})
			rest = rest[3:]
			if desc {
				rest = rest[1:]
			}
		case rest[0] == "LIMIT" && len(rest) >= 2:
			limit, err = strconv.Atoi(rest[1])
			if err != nil {
				return "", ErrSyntax
			}
			rest = rest[2:]
		default:
			return "", fmt.Errorf("%w: near %s", ErrSyntax, rest[0])
		}
	}
	if limit >= 0 && limit < len(rows) {
		rows = rows[:limit]
	}
	var b strings.Builder
	b.WriteString(strings.Join(cols, " | "))
	for _, r := range rows {
		b.WriteByte('\n')
		for i, c := range idx {
			if i > 0 {
				b.WriteString(" | ")
			}
			b.WriteString(r[c].String())
		}
	}
	return b.String(), nil
}

func main() {
	db := NewDB()
	for _, q := range []string{
		"CREATE TABLE pets (name, kind, age)",
		"INSERT INTO pets VALUES ('rex', 'dog', 3)",
		"INSERT INTO pets VALUES ('tom', 'cat', 5)",
		"INSERT INTO pets VALUES ('kit', 'cat', 1)",
		"INSERT INTO pets VALUES ('bo', 'dog')",
		"SELECT name, age FROM pets WHERE kind = 'cat' ORDER BY age",
		"SELECT * FROM pets ORDER BY age DESC LIMIT 2",
		"SELECT nope FROM pets",
		"DELETE FROM pets WHERE age < 2",
		"SELECT name FROM pets",
		"SELECT x FROM ghosts",
		"DROP TABLE pets",
	} {
		out, err := db.Exec(q)
		if err != nil {
			fmt.Printf("%s\n  error: %v\n", q, err)
			continue
		}
		fmt.Printf("%s\n  %s\n", q, strings.ReplaceAll(out, "\n", "\n  "))
	}
}
