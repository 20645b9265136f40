#!/bin/sh
# t_code_path.sh - a long file path does not fill the code view's status
# line at 40 columns: it is cut in the middle with "…", keeping the file's
# name whole, so the line number and flags still show.  At 80 columns a
# path that fits shows whole.
. tests/tui/lib.sh

d="$TMPD/a-rather-long-directory-name/with/several/levels"
mkdir -p "$d"
cat >"$d/résumé_store.go" <<'GO'
package main

func main() {
	x := 1
	_ = x
}
GO
f="$d/résumé_store.go"

start 40 12 view "$f"
status() { screen | tail -n 1; }
cut_path() { status | grep -q '^ /tmp.*…/résumé_store\.go  line 1/6  -m'; }
check "40 columns: the path is cut in the middle, the file's name kept" wait_for "résumé_store.go  line 1/6"
check "40 columns: the status starts with the path's start and …" cut_path
fits() { [ "$(status | sed 's/ *$//' | wc -m)" -le 41 ]; }
check "40 columns: the status line fits the screen" fits
title_cut() { screen | head -n 1 | grep -q '▸  [^ ]*…/résumé_store\.go  ? help'; }
check "40 columns: the title bar cuts the path in the middle too" title_cut
keys j
check "40 columns: the line number follows the cursor" wait_for "résumé_store.go  line 2/6"
keys Q
check "Q quits" wait_for "[exit 0]"

# A short path at 80 columns is shown whole.
cp "$f" "$TMPD/short.go"
start 80 24 view "$TMPD/short.go"
check "80 columns: a path that fits shows whole" wait_for " $TMPD/short.go  line 1/6  -m"
finish
