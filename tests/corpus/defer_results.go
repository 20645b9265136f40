package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Err.Error() }
func (e *ParseError) Unwrap() error { return e.Err }

var errEmpty = errors.New("empty value")

type Config map[string]int

// parse uses named results that deferred functions adjust.
func parse(src string) (cfg Config, n int, err error) {
	line := 0
	defer func() {
		if r := recover(); r != nil {
			err = &ParseError{Line: line, Err: fmt.Errorf("panic: %v", r)}
			cfg = nil
		}
	}()
	defer func() {
		if err != nil {
			err = fmt.Errorf("parse config: %w", err)
		}
	}()
	cfg = Config{}
	for _, l := range strings.Split(src, "\n") {
		line++
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		k, v, ok := strings.Cut(l, "=")
		if !ok {
			return cfg, n, &ParseError{Line: line, Err: fmt.Errorf("missing '=' in %q", l)}
		}
		if v == "" {
			return cfg, n, &ParseError{line, errEmpty}
		}
		if v == "boom" {
			panic("explosive value")
		}
		x, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil {
			return cfg, n, &ParseError{line, err}
		}
		cfg[strings.TrimSpace(k)] = x
		n++
	}
	return
}

func counted(f func() error) (calls int, err error) {
	defer func() { calls++ }()
	err = f()
	return
}

func main() {
	inputs := []string{
		"a = 1\n# comment\nb=2\n",
		"a=1\nb\n",
		"x=\n",
		"a=1\nb=boom\n",
		"n=abc",
	}
	for _, in := range inputs {
		cfg, n, err := parse(in)
		var pe *ParseError
		switch {
		case err == nil:
			fmt.Println("ok", n, cfg["a"], cfg["b"])
		case errors.Is(err, errEmpty):
			fmt.Println("empty:", err)
		case errors.As(err, &pe):
			fmt.Println("line", pe.Line, "->", err, cfg == nil)
		}
	}
	c, err := counted(func() error { return errEmpty })
	fmt.Println(c, err)
}
