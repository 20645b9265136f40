#!/bin/sh
# t_kinds.sh - the quiz's other question kinds on a terminal: marking heap
# lines, choosing why, choosing the -m output.
. tests/tui/lib.sh

start 100 30 --lessons tests/tui/data/lessons quiz --lesson tui-kinds
check "a heap-lines question lists the code" wait_for "keep = &b"
check "it says how to answer" wait_for "Space marks a line"
keys j j j j j j Space
check "Space marks the line under the cursor" wait_for "▶   7 ■"
keys Enter
check "marking the allocating line is right" wait_for "✓ Right!"
check "the feedback repeats what was marked" wait_for "You marked: 7"
check "the feedback explains" wait_for "FIXTURE-LINES-EXPLAIN"
keys Enter
check "a why question lists its choices" wait_for "c) it is returned to the caller"
check "the why question marks the line it asks about" wait_for "  6  ▌    b := 2"
check "and no other line" [ "$(screen | grep -c "^ *[0-9][0-9]*  ▌")" = 1 ]
keys j
check "arrows move the choice" wait_for "▶ b) its address is stored"
keys Enter
check "the right reason is confirmed" wait_for "✓ Right!"
keys Enter
check "an -m output question lists gc's lines as choices" wait_for "a) moved to heap: b"
check "the -m output question marks its line" wait_for "  6  ▌    b := 2"
keys c
check "a wrong -m line is flagged" wait_for "✗ Not quite."
check "the right -m line is given" wait_for "The answer: a) moved to heap: b"
check "the -m feedback explains" wait_for "FIXTURE-MOUT-EXPLAIN"
finish
