#!/bin/sh
# t_home_pack.sh - a workshop's one-lesson pack: home counts it in the
# singular and opens it.
. tests/tui/lib.sh

mkdir -p "$TMPD/pack"
cp lessons/02-stack-vs-heap.yaml "$TMPD/pack/"
start 80 24 --lessons "$TMPD/pack"
check "home lists the pack's lesson" wait_for "1   Stack vs heap"
check "the status line says 1 lesson" wait_for "1 lesson, 0 done  ·  0 questions due for review"
keys Enter
check "the lesson opens" wait_for "Stack vs Heap"
keys Q
check "Q quits" wait_for "[exit 0]"
finish
