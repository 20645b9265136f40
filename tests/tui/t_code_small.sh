#!/bin/sh
# t_code_small.sh - the code view at the 40x10 minimum still shows an
# analyzer line: the panel's command sits in its separator, not on a row
# of its own; the title is the path as given.
. tests/tui/lib.sh

f="$TMPD/small.go"
printf 'package main\n\nfunc NewInt() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() { _ = NewInt() }\n' >"$f"
start 40 10 view "$f"
check "40x10: view opens" wait_for "package main"
check "40x10: the separator names the command" wait_for "── analyzer: go build -gcflags='-m'"
check "40x10: an analyzer line shows under it" wait_for "3:6: can inline NewInt"
keys L
check "L toggles -l, in the separator too" wait_for "── analyzer: go build -gcflags='-m -l'"
T resize-window -t 0 -x 140 -y 30
check "wide: the command heads the panel beside the code" wait_for "│go build -gcflags='-m -l'"
keys q
check "q quits" wait_for "[exit 0]"
finish
