// Convert CSV rows to JSON objects, inferring column types from the data.
package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

type ColumnType int

const (
	TypeString ColumnType = iota
	TypeInt
	TypeFloat
	TypeBool
)

type Column struct {
	Name string
	Type ColumnType
}

func inferType(values []string) ColumnType {
	isInt, isFloat, isBool := true, true, true
	for _, v := range values {
		if v == "" {
			continue
		}
		if _, err := strconv.Atoi(v); err != nil {
			isInt = false
		}
		if _, err := strconv.ParseFloat(v, 64); err != nil {
			isFloat = false
		}
		if _, err := strconv.ParseBool(v); err != nil {
			isBool = false
		}
	}
	switch {
	case isInt:
		return TypeInt
	case isFloat:
		return TypeFloat
	case isBool:
		return TypeBool
	}
	return TypeString
}

func convert(v string, t ColumnType) interface{} {
	if v == "" {
		return nil
	}
	switch t {
	case TypeInt:
		n, _ := strconv.Atoi(v)
		return n
	case TypeFloat:
		f, _ := strconv.ParseFloat(v, 64)
		return f
	case TypeBool:
		b, _ := strconv.ParseBool(v)
		return b
	}
	return v
}

func readAll(r io.Reader) ([]string, [][]string, error) {
	cr := csv.NewReader(r)
	cr.TrimLeadingSpace = true
	records, err := cr.ReadAll()
	if err != nil {
		return nil, nil, err
	}
	if len(records) == 0 {
		return nil, nil, fmt.Errorf("no header")
	}
	return records[0], records[1:], nil
}

func columns(header []string, rows [][]string) []Column {
	cols := make([]Column, len(header))
	for i, name := range header {
		vals := make([]string, 0, len(rows))
		for _, row := range rows {
			if i < len(row) {
				vals = append(vals, row[i])
			}
		}
		cols[i] = Column{Name: strings.ToLower(strings.TrimSpace(name)), Type: inferType(vals)}
	}
	return cols
}

func toObjects(cols []Column, rows [][]string) []map[string]interface{} {
	out := make([]map[string]interface{}, 0, len(rows))
	for _, row := range rows {
		obj := make(map[string]interface{}, len(cols))
		for i, c := range cols {
			if i < len(row) {
				obj[c.Name] = convert(row[i], c.Type)
			}
		}
		out = append(out, obj)
	}
	return out
}

func Convert(r io.Reader, w io.Writer, pretty bool) error {
	header, rows, err := readAll(r)
	if err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	objs := toObjects(columns(header, rows), rows)
	enc := json.NewEncoder(w)
	if pretty {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(objs)
}

const data = `name, age, score, active
alice, 31, 88.5, true
bob, 27, 92, false
carol, , 79.25, true
`

func main() {
	var buf bytes.Buffer
	if err := Convert(strings.NewReader(data), &buf, false); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Print(buf.String())
	if err := Convert(strings.NewReader(data), os.Stdout, true); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	err := Convert(strings.NewReader("a,b\n1,2,3\n"), io.Discard, false)
	fmt.Println("bad input:", err)
}
