package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Section map[string]string

type Config struct {
	sections map[string]Section
	order    []string
}

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func Parse(src string) (*Config, error) {
	cfg := &Config{sections: map[string]Section{}}
	current := ""
	cfg.sections[current] = Section{}
	sc := bufio.NewScanner(strings.NewReader(src))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, ";") || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") {
			if !strings.HasSuffix(line, "]") {
				return nil, &ParseError{n, "unclosed section header"}
			}
			current = strings.TrimSpace(line[1 : len(line)-1])
			if _, ok := cfg.sections[current]; !ok {
				cfg.sections[current] = Section{}
				cfg.order = append(cfg.order, current)
			}
			continue
		}
		eq := strings.IndexByte(line, '=')
		if eq < 0 {
			return nil, &ParseError{Line: n, Msg: "expected key = value"}
		}
		key := strings.TrimSpace(line[:eq])
		val := strings.Trim(strings.TrimSpace(line[eq+1:]), `"`)
		cfg.sections[current][key] = val
	}
	return cfg, sc.Err()
}

func (c *Config) Get(section, key string) (string, bool) {
	s, ok := c.sections[section]
	if !ok {
		return "", false
	}
	v, ok := s[key]
	return v, ok
}

func (c *Config) Int(section, key string, def int) int {
	v, ok := c.Get(section, key)
	if !ok {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return def
	}
	return n
}

func (c *Config) Bool(section, key string) bool {
	v, _ := c.Get(section, key)
	b, _ := strconv.ParseBool(v)
	return b
}

func (c *Config) Dump() string {
	var sb strings.Builder
	for _, name := range c.order {
		fmt.Fprintf(&sb, "[%s]\n", name)
		keys := make([]string, 0, len(c.sections[name]))
		for k := range c.sections[name] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			sb.WriteString(k + " = " + c.sections[name][k] + "\n")
		}
	}
	return sb.String()
}

const sample = `
; global settings
name = demo
[server]
host = "localhost"
port = 8080
debug = true
[database]
user = admin
pool = lots
`

func main() {
	cfg, err := Parse(sample)
	if err != nil {
		fmt.Println(err)
		return
	}
	host, _ := cfg.Get("server", "host")
	fmt.Println(host, cfg.Int("server", "port", 80), cfg.Bool("server", "debug"), cfg.Int("database", "pool", 4))
	fmt.Print(cfg.Dump())
	_, err = Parse("[broken\nx=1")
	fmt.Println(err)
	_, err = Parse("novalue")
	fmt.Println(err)
}
