// A JSON pretty-printer and sorter built on encoding/json: re-indents documents,
// sorts object keys and summarizes their shape.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Shape struct {
	Objects, Arrays, Strings, Numbers, Bools, Nulls int
	MaxDepth                                        int
}

func (s *Shape) walk(v interface{}, depth int) {
	if depth > s.MaxDepth {
		s.MaxDepth = depth
	}
	switch x := v.(type) {
	case map[string]interface{}:
		s.Objects++
		for _, child := range x {
			s.walk(child, depth+1)
		}
	case []interface{}:
		s.Arrays++
		for _, child := range x {
			s.walk(child, depth+1)
		}
	case string:
		s.Strings++
	case json.Number:
		s.Numbers++
	case bool:
		s.Bools++
	case nil:
		s.Nulls++
	}
}

func decode(data []byte) (interface{}, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v interface{}
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	return v, nil
}

func writeSorted(buf *bytes.Buffer, v interface{}, indent string, depth int) {
	pad := strings.Repeat(indent, depth+1)
	switch x := v.(type) {
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		buf.WriteString("{\n")
		for i, k := range keys {
			kb, _ := json.Marshal(k)
			buf.WriteString(pad)
			buf.Write(kb)
			buf.WriteString(": ")
			writeSorted(buf, x[k], indent, depth+1)
			if i < len(keys)-1 {
				buf.WriteByte(',')
			}
			buf.WriteByte('\n')
		}
		buf.WriteString(strings.Repeat(indent, depth) + "}")
	case []interface{}:
		if len(x) == 0 {
			buf.WriteString("[]")
			return
		}
		buf.WriteString("[\n")
		for i, e := range x {
			buf.WriteString(pad)
			writeSorted(buf, e, indent, depth+1)
			if i < len(x)-1 {
				buf.WriteByte(',')
			}
			buf.WriteByte('\n')
		}
		buf.WriteString(strings.Repeat(indent, depth) + "]")
	default:
		b, _ := json.Marshal(x)
		buf.Write(b)
	}
}

func Pretty(data []byte, indent string) (string, *Shape, error) {
	v, err := decode(data)
	if err != nil {
		return "", nil, fmt.Errorf("pretty: %w", err)
	}
	var buf bytes.Buffer
	writeSorted(&buf, v, indent, 0)
	shape := new(Shape)
	shape.walk(v, 0)
	return buf.String(), shape, nil
}

func Compact(data []byte) (string, error) {
	var buf bytes.Buffer
	if err := json.Compact(&buf, data); err != nil {
		return "", err
	}
	return buf.String(), nil
}

const doc = `{"name":"escapade","version":3,"tags":["go","memory"],
 "owner":{"login":"gopher","id":42,"admin":true},"license":null,
 "deps":[{"path":"ncurses","pin":false},{"path":"libyaml","pin":true}]}`

func main() {
	out, shape, err := Pretty([]byte(doc), "  ")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(out)
	fmt.Printf("%+v\n", *shape)

	c, err := Compact([]byte("{ \"a\" : [1, 2,\n 3] }"))
	fmt.Println(c, err)

	var std bytes.Buffer
	if err := json.Indent(&std, []byte(`{"b":1,"a":[true,false]}`), ">", "\t"); err == nil {
		fmt.Println(std.String())
	}
	_, _, err = Pretty([]byte(`{"broken": `), " ")
	fmt.Println("error:", err)
}
