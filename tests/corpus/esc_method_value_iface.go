package main

import (
	"fmt"
	"sort"
	"strings"
)

type Formatter interface{ Format(string) string }

type upper struct{}

func (upper) Format(s string) string { return strings.ToUpper(s) }

type prefix struct{ p string }

func (x prefix) Format(s string) string { return x.p + s }

func mapStrings(xs []string, f func(string) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func viaMethodValue(xs []string, fm Formatter) []string {
	return mapStrings(xs, fm.Format)
}

func viaConcrete(xs []string) []string {
	p := prefix{"> "}
	return mapStrings(xs, p.Format)
}

func sortedBy(xs []string, key func(string) string) []string {
	out := append([]string(nil), xs...)
	sort.Slice(out, func(i, j int) bool { return key(out[i]) < key(out[j]) })
	return out
}

type registry struct {
	fns map[string]func(string) string
}

func (r *registry) register(name string, f Formatter) {
	r.fns[name] = f.Format
}

func main() {
	xs := []string{"b", "a", "c"}
	r := &registry{fns: map[string]func(string) string{}}
	r.register("up", upper{})
	r.register("pre", prefix{"#"})
	fmt.Println(viaMethodValue(xs, upper{}), viaConcrete(xs), sortedBy(xs, strings.ToLower), r.fns["pre"]("x"))
}
