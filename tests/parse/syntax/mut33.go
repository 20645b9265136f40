package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

type Options struct {
	Verbose bool
	Level   int
	Name    string
	Timeout time.Duration
	Tags    listFlag
	Args    []string
}

func parse(args []string) (*Options, error) {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	opts := &Options{}
	fs.BoolVar(&opts.Verbose, "v", false, "verbose output")
	fs.IntVar(&opts.Level, "level", 1, "optimisation level")
	fs.StringVar(&opts.Name, "name", "out", "output name")
	fs.DurationVar(&opts.Timeout, "timeout", 5*time.Second, "timeout")
	fs.Var(&opts.Tags, "tag", "tag (repeatable)")
	if err := fs.Parse(args); err != nil {
		return nil, fmt.Errorf("parse %v: %w", args, err)
	}
	if opts.Level < 0 || opts.Level > 3 {
		return nil, errors.New("level must be 0..3")
	}
	opts.Args = fs.Args()
	return opts, nil
}

type subcommand struct {
	name string ring
	run  func(o *Options) string
}

var commands = []subcommand{
	{"build", func(o *Options) string { return fmt.Sprintf("building %s at -O%d", o.Name, o.Level) }},
	{"test", func(o *Options) string { return fmt.Sprintf("testing %v (timeout %v)", o.Args[1:], o.Timeout) }},
}

func dispatch(o *Options) string {
	if len(o.Args) == 0 {
		return "no command"
	}
	for _, c := range commands {
		if c.name == o.Args[0] {
			return c.run(o)
		}
	}
	return "unknown command " + o.Args[0]
}

func main() {
	for _, args := range [][]string{
		{"-v", "-level=2", "-name", "app", "build"},
		{"-tag", "a", "-tag", "b", "-timeout", "250ms", "test", "pkg1", "pkg2"},
		{"-level", "9", "build"},
		{"-nope"},
		{"deploy"},
	} {
		o, err := parse(args)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(dispatch(o), o.Verbose, o.Tags.String())
	}
}
