#!/bin/sh
# t_plain_answers.sh - the line-mode quiz says which numbers a choice
# question takes when the answer is not one of them.
. tests/cli/lib.sh

# basics: the why question (4 choices) comes second in course order
printf 'skip\n0\n9\nquit\n' | "$ESCAPADE" --lessons tests/cli/pack quiz --plain --lesson basics \
    >"$TMP/out" 2>"$TMP/err"
rc=$?
if [ $rc -eq 0 ]; then ok "the quiz ends normally"; else fail "the quiz ends normally" "status $rc"; fi
contains "an answer out of range names the range" "$TMP/out" "Not an answer: type a number from 1 to"
lacks "not the vague wording" "$TMP/out" "Type the number of your choice."
finish
