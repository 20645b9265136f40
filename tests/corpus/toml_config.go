// A TOML-ish config parser: tables, strings, ints, bools, floats and string arrays.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Kind int

const (
	String Kind = iota
	Int
	Float
	Bool
	Array
)

type Value struct {
	Kind  Kind
	Str   string
	Int   int64
	Float float64
	Bool  bool
	List  []string
}

type Table map[string]Value

type Config struct {
	Tables map[string]Table
	order  []string
}

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

var errEmptyKey = errors.New("empty key")

func parseValue(raw string) (Value, error) {
	raw = strings.TrimSpace(raw)
	switch {
	case strings.HasPrefix(raw, `"`):
		s, err := strconv.Unquote(raw)
		if err != nil {
			return Value{}, err
		}
		return Value{Kind: String, Str: s}, nil
	case raw == "true" || raw == "false":
		return Value{Kind: Bool, Bool: raw == "true"}, nil
	case strings.HasPrefix(raw, "["):
		inner := strings.TrimSuffix(strings.TrimPrefix(raw, "["), "]")
		var list []string
		for _, part := range strings.Split(inner, ",") {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			s, err := strconv.Unquote(part)
			if err != nil {
				return Value{}, err
			}
			list = append(list, s)
		}
		return Value{Kind: Array, List: list}, nil
	}
	if n, err := strconv.ParseInt(raw, 10, 64); err == nil {
		return Value{Kind: Int, Int: n}, nil
	}
	if f, err := strconv.ParseFloat(raw, 64); err == nil {
		return Value{Kind: Float, Float: f}, nil
	}
	return Value{}, fmt.Errorf("bad value %q", raw)
}

func stripComment(s string) string {
	inStr := false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			inStr = !inStr
		case '#':
			if !inStr {
				return strings.TrimSpace(s[:i])
			}
		}
	}
	return s
}

func Parse(src string) (*Config, error) {
	cfg := &Config{Tables: map[string]Table{}}
	current := ""
	cfg.Tables[current] = Table{}
	cfg.order = append(cfg.order, current)
	sc := bufio.NewScanner(strings.NewReader(src))
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		text = stripComment(text)
		if text == "" {
			continue
		}
		if strings.HasPrefix(text, "[") && strings.HasSuffix(text, "]") {
			current = strings.TrimSpace(text[1 : len(text)-1])
			if _, ok := cfg.Tables[current]; !ok {
				cfg.Tables[current] = Table{}
				cfg.order = append(cfg.order, current)
			}
			continue
		}
		eq := strings.IndexByte(text, '=')
		if eq < 0 {
			return nil, &ParseError{Line: line, Msg: "expected key = value"}
		}
		key := strings.TrimSpace(text[:eq])
		if key == "" {
			return nil, &ParseError{Line: line, Msg: errEmptyKey.Error()}
		}
		v, err := parseValue(text[eq+1:])
		if err != nil {
			return nil, &ParseError{Line: line, Msg: err.Error()}
		}
		cfg.Tables[current][key] = v
	}
	return cfg, sc.Err()
}

func (c *Config) Get(path string) (Value, bool) {
	table, key := "", path
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		table, key = path[:i], path[i+1:]
	}
	t, ok := c.Tables[table]
	if !ok {
		return Value{}, false
	}
	v, ok := t[key]
	return v, ok
}

func (c *Config) IntOr(path string, def int64) int64 {
	if v, ok := c.Get(path); ok && v.Kind == Int {
		return v.Int
	}
	return def
}

func (v Value) String() string {
	switch v.Kind {
	case String:
		return strconv.Quote(v.Str)
	case Int:
		return strconv.FormatInt(v.Int, 10)
	case Float:
		return strconv.FormatFloat(v.Float, 'g', -1, 64)
	case Bool:
		return strconv.FormatBool(v.Bool)
	}
	return "[" + strings.Join(v.List, ", ") + "]"
}

const sample = `
title = "demo service"  # the name
debug = false

[server]
host = "0.0.0.0"
port = 8080
timeout = 2.5

[database]
hosts = ["db1", "db2", "db3"]
pool = 16
`

func main() {
	cfg, err := Parse(sample)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, name := range cfg.order {
		t := cfg.Tables[name]
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("[%s]\n", name)
		for _, k := range keys {
			fmt.Printf("  %s = %v\n", k, t[k])
		}
	}
	fmt.Println("port:", cfg.IntOr("server.port", 80), "retries:", cfg.IntOr("server.retries", 3))

	_, err = Parse("[x]\nbroken line\n")
	var pe *ParseError
	if errors.As(err, &pe) {
		fmt.Println("parse error at line", pe.Line, "-", pe.Msg)
	}
}
