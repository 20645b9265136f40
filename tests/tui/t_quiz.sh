#!/bin/sh
# t_quiz.sh - `escapade quiz` on a terminal: the full-screen quiz, its
# report rows, --review and the schedule kept in progress.
. tests/tui/lib.sh

L=tests/tui/data/lessons
R="$TMPD/results.csv"

# The right answer for `c` is whatever the quiz's key says: the analyzer's
# when it reports escapes, else the lesson's stated "yes" (see t_tutor.sh).
cat >"$TMPD/counter.go" <<'GO'
package main

func newCounter() *int {
	c := 0
	return &c
}

func main() {
	p := newCounter()
	n := 3
	*p += n
}
GO
esc_out=$("$ESC_BIN" analyze -m -l "$TMPD/counter.go" 2>/dev/null)
right_c=y
if ! echo "$esc_out" | grep -q 'moved to heap: c$' &&
    echo "$esc_out" | grep -q 'escape\|moved to heap\|leaking param'; then
    right_c=n
fi

start 100 30 --lessons "$L" quiz --lesson tui-basics --report "$R" --name Ann
check "quiz opens full screen on a terminal" wait_for "Question 1 of 2"
keys $right_c
check "the right answer is confirmed" wait_for "✓ Right!"
keys Enter
check "the second question follows" wait_for "Question 2 of"
keys y
check "the wrong answer is flagged" wait_for "✗ Not quite."
check "the report has a header and a row per answer" sh -c "[ \$(wc -l <'$R') -eq 3 ]"
check "report rows name the learner and the question" \
    grep -q '^Ann,.*,tui-basics,tui-counter-n,yes,false,' "$R"
check "report rows record right answers" grep -q ',tui-counter-c,.*,true,' "$R"
keys q
check "q leaves the quiz" wait_for "[exit 0]"

# The miss is scheduled for review soon, the right answer much later.
P="$XDG_STATE_HOME/escapade/progress.yaml"
check "progress keeps a card per answered question" \
    sh -c "[ \$(grep -c '^- lesson: \"tui-basics\"' '$P') -eq 2 ]"
# Ten minutes pass: move the missed card's due time into the past.
awk '/question: "tui-counter-n"/ { n = 1 } n && /^  due:/ { sub(/due: .*/, "due: 2000-01-01T00:00:00Z"); n = 0 } { print }' \
    "$P" >"$P.new" && mv "$P.new" "$P"

# The missed question is due again: --review asks it, and only it.
start 100 30 --lessons "$L" quiz --review
check "--review asks the missed question" wait_for "Does n in main escape?"
check "--review asks only what is due" wait_for "Question 1 of 1"
keys n
check "answering the review right" wait_for "✓ Right!"
keys Enter
check "the review ends with its score" wait_for "Quiz finished: 1 of 1 right"
keys q
check "q after the review quits" wait_for "[exit 0]"

start 100 30 --lessons "$L" quiz --review
check "nothing is due right after the review" wait_for "Nothing is due for review."
check "and that is not an error (status 0)" wait_for "[exit 0]"
# A narrow terminal: the status line keeps the score and the question
# number (they come first) and shows "…" where it cuts the title.
start 40 12 --lessons "$L" quiz --lesson tui-basics
check "the quiz starts at 40x12" wait_for "question 1 of"
status_ok() { screen | tail -1 | grep -q '^ Score 0/0  ·  question 1 of [0-9]*  ·  .*…$'; }
check "at 40 columns the status shows score and question, cut with …" status_ok
keys q
check "q leaves the narrow quiz" wait_for "[exit"
# A long listing at 80x24: the prompt stays pinned above the code and the
# answers below it; the code opens on the line asked about (not on line 1),
# and "↓ more" at the bottom right says there is more code below.
XDG_STATE_HOME="$TMPD/state-long"
mkdir -p "$XDG_STATE_HOME"
start 80 24 quiz --lesson optimization-tips
check "the long question opens" wait_for "What does gc print on line 33"
check "the line asked about is on screen, marked" wait_for "33  ▌func ProcessAny"
check "the answers are on screen with it" wait_for "d) x does not escape"
check "↓ more says the code goes on below" wait_for "↓ more"
keys PageDown PageDown PageDown PageDown
check "paging the code keeps the prompt in view" wait_for "What does gc print on line 33"
check "and the answers" wait_for "d) x does not escape"
check "↓ more goes at the end of the code" wait_gone "↓ more"
check "the end of the listing shows" wait_for "func main()"
keys q
check "q leaves the long quiz" wait_for "[exit"
finish
