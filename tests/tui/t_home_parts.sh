#!/bin/sh
# t_home_parts.sh - home groups the course under its lessons' `part`
# headings ("The chapter", "Beyond the chapter"); the selection skips the
# heading rows with the arrow keys, Home/End and search, also on a small
# terminal where the list scrolls.
. tests/tui/lib.sh

# The row the selection is on, by its lesson number: the footer shows the
# chosen lesson's summary, so compare that.
start 80 24 --lessons lessons
check "home shows the chapter's heading" wait_for "  The chapter"
check "home shows the heading of the lessons beyond" wait_for "  Beyond the chapter"
check "the first lesson is selected, not the heading" \
    wait_for "Where Go puts your variables, and how to ask the compiler."
keys Up
check "Up on the first lesson stays on it" \
    wait_for "Where Go puts your variables, and how to ask the compiler."
# Lesson 9 is the last of the chapter; Down from it skips the heading.
keys j j j j j j j j
check "eight Downs reach lesson 9" wait_for "Where the chapter goes next"
keys Down
check "Down from lesson 9 skips the heading to lesson 10" \
    wait_for "Why a small constructor's &T{} stops escaping"
keys Up
check "Up from lesson 10 skips the heading back to lesson 9" \
    wait_for "Where the chapter goes next"
keys G
check "End reaches the last lesson" wait_for "When converting to an interface allocates"
keys g
check "Home reaches the first lesson" \
    wait_for "Where Go puts your variables, and how to ask the compiler."
check "the chapter's heading shows above it" wait_for "  The chapter"
keys / 'Beyond' Enter
check "a search matching a heading selects the lesson under it" \
    wait_for "Why a small constructor's &T{} stops escaping"
keys Enter
check "Enter opens that lesson, not a heading" wait_for "Inlining and //go:noinline  ·"
keys Q
check "Q quits" wait_for "[exit 0]"

# A small terminal: the list scrolls, headings still skipped.  A fresh
# state, so the tutor does not resume in lesson 10.
rm -rf "$XDG_STATE_HOME/escapade"
start 40 12 --lessons lessons
check "small: the chapter's heading shows" wait_for "The chapter"
keys j j j j j j j j j
check "small: nine Downs reach lesson 10 past the heading" wait_for "Why a small"
keys Enter
check "small: Enter opens lesson 10" wait_for "Inlining and //go:noinline"
keys Q
check "small: Q quits" wait_for "[exit 0]"

# A pack without parts stays one list with no heading rows.
mkdir -p "$TMPD/pack"
sed '/^part:/d' lessons/02-stack-vs-heap.yaml >"$TMPD/pack/02.yaml"
start 80 24 --lessons "$TMPD/pack"
check "a pack without parts lists its lesson" wait_for "1   Stack vs heap"
check "a pack without parts has no heading" wait_gone "The chapter" 5
finish
