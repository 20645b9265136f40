package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type decoder struct {
	s   string
	pos int
}

type SyntaxError struct {
	Offset int
	Msg    string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("offset %d: %s", e.Offset, e.Msg) }

func (d *decoder) fail(msg string) error { return &SyntaxError{d.pos, msg} }

func (d *decoder) ws() {
	for d.pos < len(d.s) && unicode.IsSpace(rune(d.s[d.pos])) {
		d.pos++
	}
}

func (d *decoder) value() (interface{}, error) {
	d.ws()
	if d.pos >= len(d.s) {
		return nil, d.fail("unexpected end")
	}
	switch c := d.s[d.pos]; {
	case c == '{':
		return d.object()
	case c == '[':
		return d.array()
	case c == '"':
		return d.str()
	case c == 't' && strings.HasPrefix(d.s[d.pos:], "true"):
		d.pos += 4
		return true, nil
	case c == 'f' && strings.HasPrefix(d.s[d.pos:], "false"):
		d.pos += 5
		return false, nil
	case c == 'n' && strings.HasPrefix(d.s[d.pos:], "null"):
		d.pos += 4
		return nil, nil
	case c == '-' || (c >= '0' && c <= '9'):
		return d.number()
	}
	return nil, d.fail(fmt.Sprintf("unexpected %q", d.s[d.pos]))
}

func (d *decoder) number() (interface{}, error) {
	start := d.pos
	for d.pos < len(d.s) && strings.IndexByte("+-0123456789.eE", d.s[d.pos]) >= 0 {
		d.pos++
	}
	f, err := strconv.ParseFloat(d.s[start:d.pos], 64)
	if err != nil {
		return nil, d.fail("bad number")
	}
	return f, nil
}

func (d *decoder) str() (string, error) {
	d.pos++
	var b strings.Builder
	for d.pos < len(d.s) {
		c := d.s[d.pos]
		d.pos++
		switch c {
		case '"':
			return b.String(), nil
		case '\\':
			if d.pos >= len(d.s) {
				return "", d.fail("bad escape")
			}
			e := d.s[d.pos]
			d.pos++
			switch e {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			default:
				b.WriteByte(e)
			}
		default:
			b.WriteByte(c)
		}
	}
	return "", errors.New("unterminated string")
}

func (d *decoder) array() ([]interface{}, error) {
	d.pos++
	arr := []interface{}{}
	d.ws()
	if d.pos < len(d.s) && d.s[d.pos] == ']' {
		d.pos++
		return arr, nil
	}
	for {
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		arr = append(arr, v)
		d.ws()
		if d.pos >= len(d.s) {
			return nil, d.fail("unterminated array")
		}
		if d.s[d.pos] == ']' {
			d.pos++
			return arr, nil
		}
		if d.s[d.pos] != ',' {
			return nil, d.fail("expected , or ]")
		}
		d.pos++
	}
}

func (d *decoder) object() (map[string]interface{}, error) {
	d.pos++
	obj := map[string]interface{}{}
	for {
		d.ws()
		if d.pos < len(d.s) && d.s[d.pos] == '}' {
			d.pos++
			return obj, nil
		}
		if d.pos >= len(d.s) || d.s[d.pos] != '"' {
			return nil, d.fail("expected key")
		}
		k, err := d.str()
		if err != nil {
			return nil, err
		}
		d.ws()
		if d.pos >= len(d.s) || d.s[d.pos] != ':' {
			return nil, d.fail("expected :")
		}
		d.pos++
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		obj[k] = v
		d.ws()
		if d.pos < len(d.s) && d.s[d.pos] == ',' {
			d.pos++
		}
	}
}

func Unmarshal(s string) (interface{}, error) {
	d := &decoder{s: s}
	v, err := d.value()
	if err != nil {
		return nil, err
	}
	d.ws()
	if d.pos != len(d.s) {
		return nil, d.fail("trailing data")
	}
	return v, nil
}

func main() {
	for _, s := range []string{
		`{"name": "gopher", "age": 13, "tags": ["a", "b\n"], "ok": true, "none": null}`,
		`[1, 2.5, -3e2]`,
		`{"a": }`,
		`[1 2]`,
		`"open`,
		`12 34`,
	} {
		v, err := Unmarshal(s)
		fmt.Printf("%v | %v\n", v, err)
	}
}
