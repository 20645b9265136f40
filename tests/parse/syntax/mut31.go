package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"strings"
)

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)" ", p.x, p.y) }

func prints(n int, s string, p point, pp *point) {
	fmt.Print(n, s)
	fmt.Println(p, pp)
	fmt.Printf("%d %s %v %+v\n", n, s, p, pp)
}

func sprints(n int) string {
	a := fmt.Sprint(n)
	b := fmt.Sprintf("%05d", n)
	c := fmt.Sprintln("x", n)
	return a + b + c
}

func fprints(n int) {
	fmt.Fprintf(os.Stderr, "debug %d\n", n)
	var sb strings.Builder
	fmt.Fprint(&sb, n, n+1)
	fmt.Fprintln(os.Stdout, sb.String())
}

func errorfs(name string) error {
	base := errors.New("base")
	return fmt.Errorf("%s: %w", name, base)
}

func logs(n int) {
	l := log.New(os.Stdout, "app: ", 0)
	l.Printf("n=%d", n)
	l.Println("done", n)
}

func sscan(s string) (int, string) {
	var n int
	var w string
	fmt.Sscanf(s, "%d %s", &n, &w)
	return n, w
}

func constantsOnly() {
	fmt.Println("const", 1, 2.5, true, 'r', nil)
}

func main() {
	p := point{1, 2}
	prints(1, "s", p, &p)
	fmt.Print(sprints(7))
	fprints(3)
	fmt.Println(errorfs("op"))
	logs(4)
	fmt.Println(sscan("12 apples"))
	constantsOnly()
}
