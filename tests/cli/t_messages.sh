#!/bin/sh
# t_messages.sh - what the commands say in the cases a user meets first:
# counts in the singular, an empty or missing lesson directory, a command's
# usage errors in the one "escapade: CMD: ..." form, nothing due for review.
. tests/cli/lib.sh

mkdir -p "$TMP/empty" "$TMP/one"
cp lessons/02-stack-vs-heap.yaml "$TMP/one/"
printf 'id: bad\ntitle: Bad\norder: 9\nblocks:\n  - colour: red\n' >"$TMP/one/zz-bad.yaml"

check "lint of a pack with one bad file exits 1" 1 "$ESCAPADE" lint "$TMP/one"
summary=$(tail -1 "$TMP/out")
if [ "$summary" = "1 lesson, 1 example, 5 questions (0 fix-it), 1 problem" ]; then
    ok "lint counts one lesson, one example and one problem in the singular"
else
    fail "lint summary in the singular" "got: $summary"
fi
contains "lint counts disagreements with the noun in the plural for 0" "$TMP/out" "0 disagreements,"
check "lint of the shipped lessons exits 0" 0 "$ESCAPADE" lint -q
contains "lint of the shipped lessons: plural nouns" "$TMP/out" " problems"

check "lint of an empty directory is a problem (exit 1)" 1 "$ESCAPADE" lint "$TMP/empty"
contains "lint says the directory has no lesson files" "$TMP/out" "$TMP/empty: no lesson files (*.yaml)"
check "lint of an empty --lessons directory exits 1" 1 "$ESCAPADE" --lessons "$TMP/empty" lint
contains "it names the directory" "$TMP/out" "$TMP/empty: no lesson files"

check "lint --help exits 0" 0 "$ESCAPADE" lint --help
contains "lint --help documents the exit status" "$TMP/out" "Exit status: 0 no problems"

check "the app with a missing lesson directory exits 1" 1 "$ESCAPADE" --lessons "$TMP/nonexistent"
contains "it names the directory once, with the reason" "$TMP/err" \
    "escapade: $TMP/nonexistent: cannot open lesson directory: No such file or directory"
lacks "no ':0:' position for a directory" "$TMP/err" ":0:"
contains "and says how to give lessons" "$TMP/err" "use --lessons DIR or set ESCAPADE_LESSONS"

check "a quiz on an empty pack exits 1" 1 "$ESCAPADE" --lessons "$TMP/empty" quiz --plain
contains "it says the pack has no lessons" "$TMP/err" "escapade: quiz: no lessons in $TMP/empty"

mkdir -p "$TMP/good" && cp lessons/02-stack-vs-heap.yaml "$TMP/good/"
check "quiz --review with nothing due exits 0" 0 "$ESCAPADE" --lessons "$TMP/good" quiz --plain --review
contains "and says nothing is due" "$TMP/out" "Nothing is due for review."

check "view without a file exits 2" 2 "$ESCAPADE" view
contains "view without a file: escapade: view: message" "$TMP/err" "escapade: view: no Go file given"
contains "with the help hint" "$TMP/err" "Try 'escapade view --help'."
check "view with two files exits 2" 2 "$ESCAPADE" view a.go b.go
contains "view with two files says one at a time" "$TMP/err" "escapade: view: one Go file at a time"
check "view of a directory exits 1" 1 "$ESCAPADE" view "$TMP"
contains "view of a directory says so" "$TMP/err" "escapade: view: cannot open $TMP: is a directory"

# progress: one answer is "1 of 1 answer", not "answers"
printf '2\nquit\n' | "$ESCAPADE" --lessons "$TMP/one" quiz --plain --seed 1 --count 1 >/dev/null 2>&1
check "progress runs" 0 "$ESCAPADE" --lessons "$TMP/one" progress
contains "progress counts one answer in the singular" "$TMP/out" "of 1 answer correct"
# a workshop's report file that cannot be written stops the quiz before
# the first question (its results would be lost)
check "quiz --report into a missing directory exits 1" 1 sh -c \
    "printf '1\nquit\n' | '$ESCAPADE' --lessons '$TMP/good' quiz --plain --seed 1 --report '$TMP/no/such/dir/r.csv'"
contains "it names the report file" "$TMP/err" "escapade: quiz: cannot write report $TMP/no/such/dir/r.csv: No such file or directory"
lacks "no question was asked" "$TMP/out" "Question 1"
check "quiz --report into a new file works" 0 sh -c \
    "printf '1\nquit\n' | '$ESCAPADE' --lessons '$TMP/good' quiz --plain --seed 1 --report '$TMP/r.csv'"
contains "the new report starts with its header" "$TMP/r.csv" "name,time,lesson,question,answer,correct,seconds"

# analyze: gc's -m=3 debugging output is not reproduced; refused, not
# answered as -m=2
check "analyze -m=3 is a usage error" 2 "$ESCAPADE" analyze -m=3 tests/cli/go/ret.go
contains "it says which levels work" "$TMP/err" "escapade: analyze: -m=3 is not supported (use -m or -m=2)"
check "analyze -m -m -m is -m=3: refused too" 2 "$ESCAPADE" analyze -m -m -m tests/cli/go/ret.go
finish
