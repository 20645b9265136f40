#!/bin/sh
# t_quiz_small.sh - on small terminals (down to the 40x10 minimum) a quiz
# question keeps its prompt above the code and both answers below it, and
# the y/n answers are never cut at the right edge.
. tests/tui/lib.sh

start 40 10 --lessons lessons quiz --lesson what-youll-learn --seed 1
check "40x10: the quiz opens" wait_for "question 1 of 2"
check "40x10: the question is on screen" wait_for "does y escape to the"
check "40x10: the yes answer is on screen" wait_for "  y  yes, it escapes to the heap"
check "40x10: the no answer is on screen" wait_for "  n  no, it stays on the stack"
check "40x10: the line asked about is on screen" wait_for "▌    y := 2"
T resize-window -t 0 -x 60 -y 14
check "60x14: the no answer is whole (its own line)" wait_for "  n  no, it stays on the stack"
T resize-window -t 0 -x 80 -y 24
one_line() { screen | grep -q '^  y  yes, it escapes to the heap      n  no, it stays on the stack$'; }
check "80x24: the question's header is back" wait_for "Question 1 of 2   ·   does it escape"
check "80x24: both answers on one line" one_line
T resize-window -t 0 -x 40 -y 12
check "back at 40x12" wait_for "  n  no, it stays on the stack"
keys y
check "answering at 40x12 works" wait_for "✓ Right!"
keys G
wrapped() { screen | grep -q "^  The analyzer (go build\$"; }
check "40x12: the feedback's analyzer heading wraps, not cut" wrapped
keys q
check "q leaves the quiz" wait_for "[exit"
finish
