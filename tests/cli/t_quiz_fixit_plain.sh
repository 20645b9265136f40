#!/bin/sh
# t_quiz_fixit_plain.sh - the line-mode fix-it: a '.' before any program is
# no program (asked again), not the start of one that swallows the next
# lines ('quit' read as Go source).
. tests/cli/lib.sh

printf 'skip\nskip\n.\nquit\n' | "$ESCAPADE" --lessons tests/cli/pack quiz --plain --lesson values \
    >"$TMP/out" 2>"$TMP/err"
rc=$?
if [ $rc -eq 0 ]; then ok "the quiz ends normally"; else fail "the quiz ends normally" "status $rc"; fi
contains "the fix-it is asked" "$TMP/out" "Program (end with '.'):"
contains "a lone '.' is no program" "$TMP/out" "No program given: type the whole edited program first, then '.'."
lacks "it is not graded" "$TMP/out" "expected 'package'"
contains "quit after it still quits" "$TMP/out" "Score: 0 of 0"
finish
