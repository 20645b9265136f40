package main

import (
	"fmt"
	"sort"
	"strings"
)

type Named struct{ Name string }

func (n Named) String() string { return "named:" + n.Name }

type Handler func(args []string) string

// Package-level state initialized in dependency order, not declaration order.
var (
	summary  = describe(registry)
	registry = buildRegistry()
	aliases  = map[string]string{"ls": "list", "rm": "remove"}
	defaultN = Named{Name: "root"}
	st       = fmt.Stringer(Named{Name: "static"})
	greeting = strings.Repeat("=", width)
	width    = len(banner) + 2
	banner   = "commands"
	order    []string
)

func buildRegistry() map[string]Handler {
	return map[string]Handler{
		"list":   func(args []string) string { return "listing " + strings.Join(args, ",") },
		"remove": func(args []string) string { return fmt.Sprint("removed ", len(args)) },
		"echo":   echo,
	}
}

func echo(args []string) string { return strings.Join(args, " ") }

func describe(r map[string]Handler) string {
	names := make([]string, 0, len(r))
	for k := range r {
		names = append(names, k)
	}
	sort.Strings(names)
	return strings.Join(names, "|")
}

func init() {
	for k := range registry {
		order = append(order, k)
	}
	sort.Strings(order)
}

func dispatch(line string) string {
	fields := strings.Fields(line)
	if len(fields) == 0 {
		return ""
	}
	cmd := fields[0]
	if real, ok := aliases[cmd]; ok {
		cmd = real
	}
	h, ok := registry[cmd]
	if !ok {
		return "unknown: " + cmd
	}
	return h(fields[1:])
}

func main() {
	fmt.Println(greeting)
	fmt.Println(banner, summary)
	fmt.Println(order)
	for _, l := range []string{"ls a b", "rm x", "echo hi there", "nope"} {
		fmt.Println(dispatch(l))
	}
	fmt.Println(st, defaultN)
}
