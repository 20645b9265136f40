#!/bin/sh
# t_fixit.sh - a fix-it exercise: hints, editing the code in the app's
# editor, a broken edit judged wrong, the missed exercise coming back, and
# a right fix judged right.
. tests/tui/lib.sh

start 100 30 --lessons tests/tui/data/lessons quiz --lesson tui-fixit
check "the fix-it shows its prompt" wait_for "Keep x in f's frame."
check "the fix-it shows its goal" wait_for "Goal: x must not escape"
check "the fix-it shows the code" wait_for "sink = &x"
keys h
check "h shows a hint" wait_for "FIXTURE-HINT-ONE"

# A broken edit: a stray brace on the first line.
keys e
check "e opens the code in the editor" wait_for "  line 1/"
keys i
keys -l "}"
keys Escape q
check "leaving the editor returns to the exercise" wait_for "(your edit)"
check "the exercise shows the edited code" wait_for "}package main"
keys Enter
check "a broken edit is judged wrong" wait_for "✗ Not quite."
keys Enter
check "the missed exercise comes back" wait_for "Question 2 of 2"
check "it comes back with the original code" wait_gone "(your edit)"

# The fix: line 7 "sink = &x" becomes "_ = x".
keys e
wait_for "  line 1/"
keys j j j j j j i Home DC DC DC DC DC DC DC DC DC
keys -l "_ = x"
keys Escape q
check "the fixed code is shown" wait_for "    _ = x"
keys Enter
# The analyzer's escape stage judges the fix: the original code's
# `moved to heap: x` is gone, so the fix passes (never "cannot judge").
check "the right fix is judged right" wait_for "✓ Right!"
# (escape: the outcomes list each check as "[ok] GOAL"; the "✓" lines
# carry only failure details, so a passing check's line is blank)
check "each check is listed" wait_for "[ok]   x must not escape"
check "the quiz does not fall back to cannot judge" wait_gone "Cannot judge" 10
check "the explanation follows" wait_for "FIXTURE-FIX-EXPLAIN"
keys Enter
check "the quiz ends with the score" wait_for "Quiz finished: 1 of 2 right"
# Checking the code unchanged: the analyzer still reports x on the heap.
# The failure is listed once, under the check it fails.
start 100 30 --lessons tests/tui/data/lessons quiz --lesson tui-fixit
check "the unchanged fix-it is shown" wait_for "sink = &x"
keys Enter
check "the unchanged code is judged wrong" wait_for "✗ Not quite."
check "the check that failed is named" wait_for "[not yet] x must not escape"
check "the analyzer's line is shown once" \
    [ "$(screen | grep -c 'moved to heap: x')" = 1 ]
check "a passing check has no empty mark line" wait_gone "    ✓ " 10
finish
