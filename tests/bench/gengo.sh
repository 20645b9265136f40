#!/bin/sh
# gengo.sh LINES - print a valid Go program of about LINES lines for benchmarks.
#
# The program repeats a unit of ordinary code (a struct, a constructor that
# escapes, methods, a loop with append, a closure, a map, an interface
# conversion) with fresh names, so every analysis path is exercised and the
# work grows with the size.  It builds with Go 1.19: `go build` must accept it
# for the ratio against gc to mean anything.
set -eu
lines=${1:?usage: gengo.sh LINES}
awk -v want="$lines" 'BEGIN {
    print "package main"
    print ""
    print "import \"fmt\""
    print ""
    n = 4
    i = 0
    while (n < want - 8) {
        printf "type T%d struct {\n\tName string\n\tVals []int\n\tNext *T%d\n}\n\n", i, i
        printf "func NewT%d(name string) *T%d {\n\treturn &T%d{Name: name}\n}\n\n", i, i, i
        printf "func (t *T%d) Add(v int) {\n\tt.Vals = append(t.Vals, v)\n}\n\n", i
        printf "func (t T%d) Sum() int {\n\ts := 0\n\tfor _, v := range t.Vals {\n\t\ts += v\n\t}\n\treturn s\n}\n\n", i
        printf "func Use%d(n int) (int, func() int) {\n", i
        printf "\tt := NewT%d(\"x\")\n\tfor j := 0; j < n; j++ {\n\t\tt.Add(j)\n\t}\n", i
        printf "\tm := map[string]int{\"a\": 1}\n\tm[t.Name] = t.Sum()\n"
        printf "\tbuf := make([]byte, 0, 64)\n\tbuf = append(buf, t.Name...)\n"
        printf "\tvar iface interface{} = len(buf)\n\t_ = iface\n"
        printf "\tcount := 0\n\tf := func() int {\n\t\tcount++\n\t\treturn count + m[\"a\"]\n\t}\n"
        printf "\treturn t.Sum(), f\n}\n\n"
        n += 42
        i++
    }
    print "func main() {"
    printf "\ts, _ := Use0(3)\n\tfmt.Println(s, %d)\n", i
    print "}"
}'
