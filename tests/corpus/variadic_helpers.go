// variadic_helpers.go - variadic functions as used in utility code: sums and
// extremes, option merging, a Join over Stringers, forwarding ... to
// fmt, and spreading slices into variadic calls.
package main

import (
	"errors"
	"fmt"
	"strings"
)

func Sum(xs ...int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

func MinMax(first float64, rest ...float64) (lo, hi float64) {
	lo, hi = first, first
	for _, x := range rest {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

type Tag string

func (t Tag) String() string { return "#" + string(t) }

func JoinAll(sep string, items ...fmt.Stringer) string {
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = it.String()
	}
	return strings.Join(parts, sep)
}

type Config struct {
	Name    string
	Retries int
	Verbose bool
}

type Option func(*Config)

func WithRetries(n int) Option { return func(c *Config) { c.Retries = n } }
func Verbose() Option          { return func(c *Config) { c.Verbose = true } }

func NewConfig(name string, opts ...Option) Config {
	c := Config{Name: name, Retries: 1}
	for _, o := range opts {
		o(&c)
	}
	return c
}

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Printf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

func (l *Logger) Errorf(format string, args ...any) error {
	err := fmt.Errorf(format, args...)
	l.Printf("error: %v", err)
	return err
}

func firstError(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

func appendUnique(dst []string, items ...string) []string {
	seen := make(map[string]bool, len(dst))
	for _, d := range dst {
		seen[d] = true
	}
	for _, it := range items {
		if !seen[it] {
			seen[it] = true
			dst = append(dst, it)
		}
	}
	return dst
}

func main() {
	nums := []int{4, 8, 15, 16, 23, 42}
	fmt.Println(Sum(), Sum(1, 2), Sum(nums...), Sum(nums[2:]...))
	fmt.Println(MinMax(3))
	fmt.Println(MinMax(3, -1, 7.5, 2))
	fmt.Println(JoinAll(", ", Tag("go"), Tag("escape"), Tag("heap")))
	fmt.Printf("%+v\n", NewConfig("svc", WithRetries(3), Verbose()))
	opts := []Option{Verbose()}
	fmt.Printf("%+v\n", NewConfig("batch", opts...))
	l := &Logger{prefix: "[x] "}
	l.Printf("%d items, %s", len(nums), "ok")
	err := l.Errorf("lost %d of %d", 2, 5)
	fmt.Println(strings.Join(l.lines, "\n"))
	fmt.Println(firstError(nil, err, errors.New("later")))
	fmt.Println(appendUnique([]string{"a", "b"}, "b", "c", "a", "d"))
}
