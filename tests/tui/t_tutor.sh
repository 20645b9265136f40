#!/bin/sh
# t_tutor.sh - the tutor on fixture lessons (tests/tui/data/lessons): home
# screen, reader with a drawn diagram, quiz feedback, resume after a kill,
# a damaged progress file.
. tests/tui/lib.sh

L=tests/tui/data/lessons
P="$XDG_STATE_HOME/escapade/progress.yaml"

# The quiz grades with the analyzer's answer (gc 1.19 says `moved to heap:
# c`); the analyzer's own correctness is tests/corpus's job, so the right
# key here is whatever `escapade analyze` says for the fixture's code.
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
# gc 1.19 -m -l prints "./counter.go:4:2: moved to heap: c", so the right
# answer to "does c escape?" is yes; the quiz must grade with it.
right_c=y

start 100 30 --lessons "$L"
check "home lists the lessons" wait_for "Frames and the heap"
check "home lists the second lesson" wait_for "A second lesson"
check "home shows a progress bar" wait_for "░░░░░░░░░░   0%"
check "before any answer home shows how many questions" wait_for "0%  2 questions"

keys Enter
check "Enter opens the lesson" wait_for "Frames and the heap  ·"
check "the diagram's frame is drawn with box characters" wait_for "┌ FIXTURE MEMORY ─"
check "the diagram's boxes sit side by side" wait_for "│ ┌ main frame ─"
check "the diagram's arrow joins the boxes" wait_for "├────────────▶┤"
check "the table is drawn" wait_for "├───────────────────┼──────────────────────┤"
check "inline code loses its backticks" wait_for "Run go build -gcflags=-m to see"
keys G
check "a callout of several paragraphs shows them all" wait_for "FIXTURE-CALLOUT-TWO"

keys g Tab
check "Tab marks the lesson's example" wait_for "▶ ┌─ counter.go"
keys Tab
check "Tab again moves to the first question" wait_for "▶ ┌─ Check yourself"
keys BTab
check "Shift-Tab goes back to the example" wait_for "▶ ┌─ counter.go"
keys Enter
check "Enter opens the chosen example in the code view" wait_for "./counter.go  line 1/12"
check "the example opens with its lesson mode's flags" wait_for "line 1/12  -m -l  "
keys q
check "q returns to the lesson" wait_for "Frames and the heap  ·"
keys q t
check "t starts the lesson's quiz" wait_for "Question 1 of 2"
check "the question shows its code" wait_for "func newCounter() *int {"
keys $right_c
check "a right answer is confirmed" wait_for "✓ Right!"
check "feedback shows the explanation" wait_for "FIXTURE-EXPLAIN-C"
check "the score counts it" wait_for "Score 1/1"
keys Enter
check "Enter moves to the next question" wait_for "Does n in main escape?"
keys y
check "a wrong answer is flagged" wait_for "✗ Not quite."
check "a wrong answer shows the right one" wait_for "The answer: no"
check "a wrong answer shows the explanation" wait_for "FIXTURE-EXPLAIN-N"
check "the score counts the miss" wait_for "Score 1/2"
keys Enter
check "the missed question comes back later" wait_for "Does n in main escape?"
keys n
check "answering it right the second time" wait_for "✓ Right!"
keys Enter
check "the quiz ends with a score" wait_for "Quiz finished: 2 of 3 right"
keys q
check "after answering home shows right of answered" wait_for "%  2/3 right"

# Resume: scroll into the second lesson, kill -9 once saved, restart.
keys j Enter
check "the second lesson opens" wait_for "SECOND-P01"
keys Space Space
check "paging moves down the lesson" wait_gone "SECOND-P01"
top=$(screen | sed -n 2p)
# second_saved: the progress file has the second lesson as the current one
# at a block past the first (the app saves when idle, so a kill loses
# nothing).
second_saved() {
    grep -q '^current: "tui-second"' "$P" 2>/dev/null &&
        awk '/^- id: "tui-second"/ { f = 1; next } /^- id:/ { f = 0 }
             f && /^  block: [1-9]/ { ok = 1 } END { exit !ok }' "$P"
}
i=0
while [ $i -lt 300 ] && ! second_saved; do
    sleep 0.1
    i=$((i + 1))
done
check "the position is saved while reading" second_saved
kill -KILL "$(app_pid)"
check "the app was killed" wait_for "[exit"
start 100 30 --lessons "$L"
check "restart resumes in the same lesson" wait_for "A second lesson  ·"
check "restart resumes at the same line" sh -c "tmux -L '$SOCK' capture-pane -p -t 0 | sed -n 2p | grep -qxF -- '$top'"
keys q
check "q from the resumed lesson goes home" wait_for "Go Memory & Escape Analysis"
keys q
check "q on home quits cleanly" wait_for "[exit 0]"

# Ctrl-C while reading: progress saved, terminal restored, status 130, and
# the next start resumes there.
start 100 30 --lessons "$L"
check "the app starts again in the lesson read last" wait_for "A second lesson  ·"
keys g
check "g goes to the top of the lesson" wait_for "SECOND-P01"
keys Space
check "paging again" wait_gone "SECOND-P01"
top2=$(screen | sed -n 2p)
keys C-c
check "Ctrl-C ends the app with status 130" wait_for "[exit 130]"
check "Ctrl-C restores the terminal" wait_gone "? help"
start 100 30 --lessons "$L"
check "after Ctrl-C the app resumes in the lesson" wait_for "A second lesson  ·"
resumed2() { screen | sed -n 2p | grep -qxF -- "$top2"; }
check "after Ctrl-C the app resumes at the same line" resumed2
keys Q
check "Q quits from the lesson" wait_for "[exit 0]"

# A damaged progress file is set aside and the app still starts.
printf 'lessons: [[[\n\tgarbage: {' >"$P"
start 100 30 --lessons "$L"
check "a damaged progress file is reported" wait_for "damaged"
check "the app still starts with a damaged file" wait_for "Frames and the heap"
check "the damaged file was set aside" sh -c "ls '$XDG_STATE_HOME/escapade' | grep -q damaged"
finish
