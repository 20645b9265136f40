package main

import (
	"fmt"
	"strings"
)

var logged []string

func logf(format string, args ...interface{}) {
	logged = append(logged, fmt.Sprintf(format, args...))
}

func debugf(format string, args ...interface{}) {
	logf("debug: "+format, args...)
}

func countArgs(args ...interface{}) int { return len(args) }

func forward(args ...interface{}) int { return countArgs(args...) }

func joinAll(sep string, parts ...string) string { return strings.Join(parts, sep) }

func joinForward(parts ...string) string { return joinAll("/", parts...) }

func keepArgs(args ...int) []int { return args }

func sumForward(xs ...int) int {
	s := 0
	for _, x := range keepArgs(xs...) {
		s += x
	}
	return s
}

func main() {
	debugf("%d items", 3)
	logf("plain")
	n := forward(1, "two", 3.0)
	fmt.Println(len(logged), n, joinForward("a", "b"), sumForward(1, 2, 3))
}
