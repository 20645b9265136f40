package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Value is a tiny JSON value model encoded by hand.
type Value interface{}

type encoder struct {
	sb     strings.Builder
	indent string
	depth  int
}

func (e *encoder) newline() {
	if e.indent == "" {
		return
	}
	e.sb.WriteByte('\n')
	for i := 0; i < e.depth; i++ {
		e.sb.WriteString(e.indent)
	}
}

func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func (e *encoder) encode(v Value) error {
	switch x := v.(type) {
	case nil:
		e.sb.WriteString("null")
	case bool:
		e.sb.WriteString(strconv.FormatBool(x))
	case int:
		e.sb.WriteString(strconv.Itoa(x))
	case float64:
		e.sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		e.sb.WriteString(quote(x))
	case []Value:
		e.sb.WriteByte('[')
		e.depth++
		for i, item := range x {
			if i > 0 {
				e.sb.WriteByte(',')
			}
			e.newline()
			if err := e.encode(item); err != nil {
				return err
			}
		}
		e.depth--
		if len(x) > 0 {
			e.newline()
		}
		e.sb.WriteByte(']')
	case map[string]Value:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		e.sb.WriteByte('{')
		e.depth++
		for i, k := range keys {
			if i > 0 {
				e.sb.WriteByte(',')
			}
			e.newline()
			e.sb.WriteString(quote(k))
			e.sb.WriteByte(':')
			if e.indent != "" {
				e.sb.WriteByte(' ')
			}
			if err := e.encode(x[k]); err != nil {
				return err
			}
		}
		e.depth--
		if len(keys) > 0 {
			e.newline()
		}
		e.sb.WriteByte('}')
	default:
		return fmt.Errorf("unsupported type %T", v)
	}
	return nil
}

func Marshal(v Value, indent string) (string, error) {
	e := &encoder{indent: indent}
	if err := e.encode(v); err != nil {
		return "", err
	}
	return e.sb.String(), nil
}

func main() {
	doc := map[string]Value{
		"name":  "escapade",
		"tags":  []Value{"go", "memory", 1, 2.5, true, nil},
		"inner": map[string]Value{"quote": "say \"hi\"\n"},
	}
	s, err := Marshal(doc, "")
	fmt.Println(s, err)
	s, err = Marshal(doc, "  ")
	fmt.Println(s, err)
	_, err = Marshal([]Value{struct{}{}}, "")
	fmt.Println(err)
}
