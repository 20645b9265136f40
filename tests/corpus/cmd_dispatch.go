// cmd_dispatch.go - a tiny command shell: commands registered as method
// values and closures in a map, argument parsing, and middleware.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Handler func(args []string) (string, error)

type Shell struct {
	cmds    map[string]Handler
	history []string
	vars    map[string]int
	out     *bufio.Writer
}

func NewShell() *Shell {
	sh := &Shell{cmds: map[string]Handler{}, vars: map[string]int{}, out: bufio.NewWriter(os.Stdout)}
	sh.cmds["set"] = sh.set
	sh.cmds["get"] = sh.get
	sh.cmds["sum"] = sum
	sh.cmds["hist"] = func([]string) (string, error) {
		return strings.Join(sh.history, "; "), nil
	}
	return sh
}

func (sh *Shell) set(args []string) (string, error) {
	if len(args) != 2 {
		return "", errors.New("usage: set NAME VALUE")
	}
	n, err := strconv.Atoi(args[1])
	if err != nil {
		return "", err
	}
	sh.vars[args[0]] = n
	return "", nil
}

func (sh *Shell) get(args []string) (string, error) {
	v, ok := sh.vars[args[0]]
	if !ok {
		return "", fmt.Errorf("unknown var %q", args[0])
	}
	return strconv.Itoa(v), nil
}

func sum(args []string) (string, error) {
	t := 0
	for _, a := range args {
		n, err := strconv.Atoi(a)
		if err != nil {
			return "", err
		}
		t += n
	}
	return fmt.Sprint(t), nil
}

func logged(name string, h Handler, log *[]string) Handler {
	return func(args []string) (string, error) {
		*log = append(*log, name)
		return h(args)
	}
}

func (sh *Shell) Exec(line string) {
	f := strings.Fields(line)
	if len(f) == 0 {
		return
	}
	h, ok := sh.cmds[f[0]]
	if !ok {
		fmt.Fprintln(sh.out, "unknown command:", f[0])
		return
	}
	h = logged(f[0], h, &sh.history)
	res, err := h(f[1:])
	if err != nil {
		fmt.Fprintln(sh.out, "error:", err)
		return
	}
	if res != "" {
		fmt.Fprintln(sh.out, res)
	}
}

func main() {
	sh := NewShell()
	defer sh.out.Flush()
	for _, l := range []string{"set x 4", "get x", "sum 1 2 3", "get y", "set z q", "frob", "hist"} {
		sh.Exec(l)
	}
}
