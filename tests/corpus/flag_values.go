package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"
)

// listValue collects repeated -tag flags.
type listValue []string

func (l *listValue) String() string { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error {
	if s == "" {
		return errors.New("empty tag")
	}
	*l = append(*l, s)
	return nil
}

// levelValue maps names to numbers.
type levelValue struct {
	level *int
	names map[string]int
}

func (v levelValue) String() string {
	if v.level == nil {
		return ""
	}
	for n, l := range v.names {
		if l == *v.level {
			return n
		}
	}
	return fmt.Sprint(*v.level)
}

func (v levelValue) Set(s string) error {
	l, ok := v.names[strings.ToLower(s)]
	if !ok {
		return fmt.Errorf("unknown level %q", s)
	}
	*v.level = l
	return nil
}

type Options struct {
	Name    string
	Workers int
	Timeout time.Duration
	DryRun  bool
	Tags    listValue
	Level   int
	Args    []string
}

func parse(args []string) (*Options, error) {
	o := &Options{Level: 1}
	fs := flag.NewFlagSet("deploy", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.Name, "name", "app", "service name")
	fs.IntVar(&o.Workers, "workers", 4, "parallel workers")
	fs.DurationVar(&o.Timeout, "timeout", 30*time.Second, "per-step timeout")
	fs.BoolVar(&o.DryRun, "n", false, "dry run")
	fs.Var(&o.Tags, "tag", "tag (repeatable)")
	fs.Var(levelValue{&o.Level, map[string]int{"quiet": 0, "info": 1, "debug": 2}}, "level", "log level")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if o.Workers < 1 {
		return nil, fmt.Errorf("workers must be positive, got %d", o.Workers)
	}
	o.Args = fs.Args()
	return o, nil
}

func main() {
	cases := [][]string{
		{"-name", "api", "-tag", "blue", "-tag", "eu", "-level", "DEBUG", "-timeout", "90s", "us-east", "eu-west"},
		{"-workers", "0"},
		{"-level", "loud"},
		{"-n", "-tag", ""},
	}
	for _, args := range cases {
		o, err := parse(args)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s workers=%d timeout=%v dry=%v tags=%v level=%d args=%v\n",
			o.Name, o.Workers, o.Timeout, o.DryRun, o.Tags, o.Level, o.Args)
	}
}
