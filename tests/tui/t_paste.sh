#!/bin/sh
# t_paste.sh - bracketed paste in the editor: a pasted Go snippet goes in
# verbatim (no auto-indent doubling on its line ends), as one undo step,
# and a paste outside edit mode does not run its letters as commands.
. tests/tui/lib.sh

f="$TMPD/paste.go"
: >"$f"
snippet=$(printf 'package main\n\nfunc f() *int {\n\tx := 1\n\tif x > 0 {\n\t\tx++\n\t}\n\treturn &x\n}\n\nfunc main() { _ = f() }')

# paste TEXT: what a terminal does for a paste when the app asked for
# bracketed paste (ESC [ ? 2004 h); tmux's paste-buffer -p sends the markers.
paste() {
    T set-buffer -- "$1"
    T paste-buffer -p -t 0
}

start 100 30 view "$f"
check "view starts on an empty file (the title is the path given)" wait_for "$TMPD/paste.go"
keys i
check "i enters edit mode" wait_for "-- EDIT --"
paste "$snippet"
check "the pasted snippet shows" wait_for "return &x"
keys Escape
check "Esc leaves edit mode" wait_gone "-- EDIT --"
check "the analyzer sees the pasted code" wait_for "moved to heap: x"
keys s
check "s saves the file" wait_for "Saved"
check "the saved file is the snippet byte for byte (no doubled indent)" \
    sh -c 'printf "%s\n" "$1" | cmp -s - "$2"' sh "$snippet" "$f"
keys u
check "one undo takes the whole paste back" wait_gone "return &x"
check "the buffer is empty again" wait_gone "func f()"

# Pasted into a line in the middle: the rest of the line follows the paste.
printf 'package main\n\nfunc main() {\n\ty := 2\n\t_ = y\n}\n' >"$f"
start 100 30 view "$f"
check "view shows the file" wait_for "y := 2"
keys j j j i End Enter
paste "$(printf '\tz := 3\n\t_ = z')"
keys Escape s
check "saved after a paste inside the file" wait_for "Saved"
check "each pasted line keeps its own indent" \
    sh -c 'printf "package main\n\nfunc main() {\n\ty := 2\n\t\tz := 3\n\t_ = z\n\t_ = y\n}\n" | cmp -s - "$1"' sh "$f"

# Outside edit mode a paste is not a string of commands (its "q" would
# leave, its "d" open the memory view).
start 100 30 view "$f"
check "view shows the file again" wait_for "y := 2"
paste "qqd"
check "a paste outside edit mode says how to edit" wait_for "Press i to edit"
check "and did not act on its letters" wait_for "$TMPD/paste.go"
finish
