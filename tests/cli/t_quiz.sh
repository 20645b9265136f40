#!/bin/sh
# t_quiz.sh - the line-mode quiz as a script or a screen reader uses it:
# answers on stdin, a fixed seed, the score, the CSV report (header once,
# rows appended), progress saved, EOF and quit, an unwritable state dir.
. tests/cli/lib.sh
PACK=$ROOT/tests/cli/pack
# Checks marked when_complete need the analyzer's real escape decisions
# (the answer keys come from it); the rest run on any build.
Q="$ESCAPADE --lessons $PACK quiz"

# The order --seed 7 gives (splitmix64 shuffle of the pack's questions in
# course order); the same on every machine.
ORDER="cli-fix cli-ret-why cli-val-lines cli-ret-escapes cli-val-escapes"
cat >"$TMP/answers" <<'IN'
hint
package main

func h() int {
	z := 3
	return z
}

func main() { _ = h() }
.
2
5
y
no
IN
$Q --seed 7 --count 0 --report "$TMP/r.csv" --name "Ada L" <"$TMP/answers" >"$TMP/out" 2>"$TMP/err"
rc=$?
if [ $rc -eq 0 ]; then ok "plain quiz exits 0"; else fail "plain quiz exits 0" "status $rc" "$(cat "$TMP/err")"; fi
got=$(grep -o 'question [a-z-]*)' "$TMP/out" | sed 's/question //; s/)//' | tr '\n' ' ' | sed 's/ $//')
if [ "$got" = "$ORDER" ]; then ok "--seed 7 asks the expected questions in order"; else
    fail "--seed 7 asks the expected questions in order" "got:  $got" "want: $ORDER"; fi
contains "questions are numbered" "$TMP/out" "Question 5 of 5"
contains "choices are numbered" "$TMP/out" "  2) Its address is returned"
contains "a clear prompt" "$TMP/out" "Answer: "
contains "fix-it hint on request" "$TMP/out" "Hint 1 of 1: What does the caller really need"
contains "fix-it reads the program up to ." "$TMP/out" "(read a program of 8 lines)"
contains "a wrong answer gets the right one" "$TMP/out" "Not quite. The answer:"
when_complete contains "the score" "$TMP/out" "Score: 4 of 5 correct (80%)."
when_complete contains "missed questions come back" "$TMP/out" "To review (they come back in your next quiz): cli-val-lines"
if grep -q "$(printf '\033')" "$TMP/out"; then fail "no escape codes in plain mode"; else
    ok "no escape codes in plain mode"; fi
if [ ! -s "$TMP/err" ]; then ok "nothing on stderr"; else fail "nothing on stderr" "$(cat "$TMP/err")"; fi

# The report: a header, then one row per answer in order.
head -n 1 "$TMP/r.csv" >"$TMP/h"
contains "the report starts with its header" "$TMP/h" "name,time,lesson,question,answer,correct,seconds"
rows=$(grep -c '^"\{0,1\}Ada L' "$TMP/r.csv")
if [ "$rows" -eq 5 ]; then ok "one report row per answer"; else fail "one report row per answer" "$rows rows" "$(cat "$TMP/r.csv")"; fi
tail -n 4 "$TMP/r.csv" | cut -d, -f1,3-6 >"$TMP/rows"
cat >"$TMP/want" <<'CSV'
Ada L,basics,cli-ret-why,2,true
Ada L,values,cli-val-lines,5,false
Ada L,basics,cli-ret-escapes,yes,true
Ada L,values,cli-val-escapes,no,true
CSV
rows_match() {
    if cmp -s "$TMP/rows" "$TMP/want"; then ok "$1"; else fail "$1" "$(cat "$TMP/rows")"; fi
}
when_complete rows_match "report rows: lesson, question, answer, correct"
cut -d, -f1-4 "$TMP/want" >"$TMP/want4"
cut -d, -f1-4 "$TMP/rows" >"$TMP/rows4"
if cmp -s "$TMP/rows4" "$TMP/want4"; then ok "report rows: lesson, question, answer"; else
    fail "report rows: lesson, question, answer" "$(cat "$TMP/rows4")"; fi
if grep -Eq '^Ada L,[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z,basics,cli-ret-why,2,true,[0-9]+\.[0-9]$' "$TMP/r.csv"
then ok "report time is ISO 8601 and seconds a number"; else fail "report time is ISO 8601 and seconds a number" "$(cat "$TMP/r.csv")"; fi
contains "the fix-it's program is one quoted field" "$TMP/r.csv" 'cli-fix,"package main'

# Progress was saved after each answer.
contains "answers are saved to progress" "$XDG_STATE_HOME/escapade/progress.yaml" 'question: "cli-val-lines"'

# A second run appends rows and does not repeat the header.
printf '1\nno\n' | $Q --seed 7 --count 2 --report "$TMP/r.csv" --name "Ada L" >"$TMP/out2" 2>&1
headers=$(grep -c '^name,time,' "$TMP/r.csv")
rows=$(grep -c '^"\{0,1\}Ada L' "$TMP/r.csv")
if [ "$headers" -eq 1 ] && [ "$rows" -eq 6 ]; then ok "a second run appends, header once"; else
    fail "a second run appends, header once" "$headers headers, $rows rows"; fi
when_complete contains "the earlier rows are kept" "$TMP/r.csv" "basics,cli-ret-escapes,yes,true,"
contains "--count 2 asks 2" "$TMP/out2" "Question 2 of 2"
when_complete contains "second run score" "$TMP/out2" "Score: 0 of 1 correct (0%)."

# End of input ends the quiz with the score; quit too.
printf 'skip\n2\n' | $Q --seed 7 --count 0 >"$TMP/out" 2>&1
rc=$?
if [ $rc -eq 0 ]; then ok "EOF ends the quiz with status 0"; else fail "EOF ends the quiz with status 0" "status $rc"; fi
contains "EOF is reported" "$TMP/out" "End of input."
when_complete contains "EOF still gives the score" "$TMP/out" "Score: 1 of 1 correct (100%)."
contains "EOF counts what was not answered" "$TMP/out" "Not answered: 3."
printf 'quit\n' | $Q --seed 7 >"$TMP/out" 2>&1
contains "quit gives the score" "$TMP/out" "Score: 0 of 0 correct."
lacks "quit stops at once" "$TMP/out" "Question 2 of"

# Same seed, same order; the schedule does not change it.
printf 'skip\nskip\nskip\nskip\nskip\n' | $Q --seed 7 --count 0 >"$TMP/out" 2>&1
got=$(grep -o 'question [a-z-]*)' "$TMP/out" | sed 's/question //; s/)//' | tr '\n' ' ' | sed 's/ $//')
if [ "$got" = "$ORDER" ]; then ok "--seed is reproducible whatever the progress"; else
    fail "--seed is reproducible whatever the progress" "got: $got"; fi
contains "skips are counted" "$TMP/out" "Skipped: 5."

# Without a seed, the missed question comes first.
printf 'quit\n' | $Q >"$TMP/out" 2>&1
when_complete contains "a missed question comes back first" "$TMP/out" "Question 1 of 5 (lesson: Values stay put; question cli-val-lines)"
printf 'quit\n' | $Q --review >"$TMP/out" 2>&1
when_complete contains "--review asks the questions missed last time" "$TMP/out" "Quiz: 2 questions."

check "--lesson limits to one lesson" 0 $Q --lesson basics --count 0 </dev/null
contains "--lesson basics has 2 questions" "$TMP/out" "Quiz: 2 questions."
check "--lesson with an unknown id is a usage error" 2 $Q --lesson nope
contains "unknown lesson is named" "$TMP/err" "escapade: quiz: no lesson 'nope'"

# A read-only home: a clear message, the quiz still runs.
mkdir -p "$TMP/ro"
echo "not a directory" >"$TMP/ro/home"
printf 'skip\n2\n' | XDG_STATE_HOME="$TMP/ro/home" $Q --seed 7 --count 0 >"$TMP/out" 2>"$TMP/err"
rc=$?
if [ $rc -eq 0 ]; then ok "an unwritable state dir does not stop the quiz"; else
    fail "an unwritable state dir does not stop the quiz" "status $rc"; fi
contains "the save problem is reported" "$TMP/err" "escapade: cannot save progress to $TMP/ro/home/escapade/progress.yaml"
when_complete contains "the quiz still grades" "$TMP/out" "Score: 1 of 1 correct (100%)."

# A broken lesson in the pack: reported, the rest still quizzes, status 1.
mkdir -p "$TMP/pack"
cp "$PACK"/*.yaml "$TMP/pack/"
printf 'id: broken\ntitle: B\norder: 3\nblocks:\n  - bogus: 1\n' >"$TMP/pack/30-broken.yaml"
printf 'quit\n' | "$ESCAPADE" --lessons "$TMP/pack" quiz --seed 7 >"$TMP/out" 2>"$TMP/err"
rc=$?
if [ $rc -eq 1 ]; then ok "a broken lesson makes the status 1"; else fail "a broken lesson makes the status 1" "status $rc"; fi
contains "the broken lesson is reported as file:line:col" "$TMP/err" "$TMP/pack/30-broken.yaml:5:"
contains "the rest still quizzes" "$TMP/out" "Quiz: 5 questions."
finish
