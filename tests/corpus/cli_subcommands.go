// cli_subcommands.go - a git-style command line tool: subcommands with their
// own flag.FlagSet, help text, an in-memory todo store, and exit codes
// returned instead of os.Exit so main stays testable.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

type Todo struct {
	ID    int
	Title string
	Done  bool
	Tags  []string
}

type App struct {
	out   io.Writer
	todos []*Todo
	next  int
}

type Command struct {
	Name  string
	Usage string
	Run   func(a *App, args []string) error
}

var errUsage = errors.New("usage")

func (a *App) commands() []Command {
	return []Command{
		{"add", "add [-tag t]... TITLE", (*App).add},
		{"done", "done ID", (*App).done},
		{"list", "list [-all] [-tag t]", (*App).list},
	}
}

type tagList []string

func (t *tagList) String() string     { return strings.Join(*t, ",") }
func (t *tagList) Set(s string) error { *t = append(*t, s); return nil }

func (a *App) add(args []string) error {
	fs := flag.NewFlagSet("add", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var tags tagList
	fs.Var(&tags, "tag", "tag (repeatable)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("add: missing title: %w", errUsage)
	}
	a.next++
	a.todos = append(a.todos, &Todo{ID: a.next, Title: strings.Join(fs.Args(), " "), Tags: tags})
	fmt.Fprintf(a.out, "added #%d\n", a.next)
	return nil
}

func (a *App) done(args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("done: %w", errUsage)
	}
	var id int
	if _, err := fmt.Sscan(args[0], &id); err != nil {
		return fmt.Errorf("done: bad id %q", args[0])
	}
	for _, t := range a.todos {
		if t.ID == id {
			t.Done = true
			return nil
		}
	}
	return fmt.Errorf("done: no todo #%d", id)
}

func (a *App) list(args []string) error {
	fs := flag.NewFlagSet("list", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	all := fs.Bool("all", false, "include finished")
	tag := fs.String("tag", "", "only this tag")
	if err := fs.Parse(args); err != nil {
		return err
	}
	shown := make([]*Todo, 0, len(a.todos))
	for _, t := range a.todos {
		if (t.Done && !*all) || (*tag != "" && !contains(t.Tags, *tag)) {
			continue
		}
		shown = append(shown, t)
	}
	sort.Slice(shown, func(i, j int) bool { return shown[i].Title < shown[j].Title })
	for _, t := range shown {
		mark := " "
		if t.Done {
			mark = "x"
		}
		fmt.Fprintf(a.out, "[%s] #%d %s %v\n", mark, t.ID, t.Title, t.Tags)
	}
	return nil
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func (a *App) Run(argv []string) int {
	if len(argv) == 0 {
		a.help()
		return 2
	}
	for _, c := range a.commands() {
		if c.Name == argv[0] {
			if err := c.Run(a, argv[1:]); err != nil {
				fmt.Fprintln(a.out, "error:", err)
				if errors.Is(err, errUsage) {
					fmt.Fprintln(a.out, "usage:", c.Usage)
					return 2
				}
				return 1
			}
			return 0
		}
	}
	fmt.Fprintf(a.out, "unknown command %q\n", argv[0])
	return 2
}

func (a *App) help() {
	for _, c := range a.commands() {
		fmt.Fprintf(a.out, "  %-6s %s\n", c.Name, c.Usage)
	}
}

func main() {
	app := &App{out: os.Stdout}
	script := [][]string{
		{"add", "-tag", "home", "buy", "milk"},
		{"add", "-tag", "work", "-tag", "urgent", "fix", "escape", "bug"},
		{"add"},
		{"done", "1"},
		{"done", "7"},
		{"list"},
		{"list", "-all"},
		{"list", "-tag", "urgent"},
		{"frobnicate"},
		{},
	}
	for _, argv := range script {
		code := app.Run(argv)
		fmt.Printf("$ todo %s -> %d\n", strings.Join(argv, " "), code)
	}
}
