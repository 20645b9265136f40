#!/bin/sh
# t_narrow.sh - the smallest terminal the app accepts (40x12), and below:
# home, help and the quiz stay readable (columns give way, cut text ends in
# "…"), and 1x1 shows the too-small message until the terminal grows.
. tests/tui/lib.sh

start 40 12 --lessons lessons
check "home opens at 40x12" wait_for "Lessons"
check "a short title shows whole at 40 columns" wait_for "1   What you'll learn"
check "a long title is cut with … at 40 columns" wait_for "3   What is escape a…"
check "at 40 columns an untried quiz says how many to do" wait_for "0% 2 to do"
no_cut_quiz() { ! screen | grep -q ' qu$'; }
check "the quiz column is not cut mid-word" no_cut_quiz
check "the keys line fits at 40 columns" wait_for "  Enter open  t quiz  ? help  q quit"
keys '?'
check "help opens at 40x12" wait_for "Help — q closes"
stacked() { screen | grep -q '^ │      choose a lesson *│$'; }
check "help puts each meaning under its key when narrow" stacked
keys q
check "help closes" wait_gone "Help — q closes"

T resize-window -t 0 -x 1 -y 1
check "1x1 shows the too-small message" wait_for "T"
T resize-window -t 0 -x 39 -y 12
check "39 columns is too small, and says the minimum" wait_for "need 40x10"
T resize-window -t 0 -x 80 -y 24
check "growing back to 80x24 shows home again" wait_for "1   What you'll learn"
check "at 80 columns the bars and quiz counts are back" wait_for "░░░░░░░░░░   0%  2 questions"
keys q
check "q quits" wait_for "[exit 0]"

start 40 12 --lessons lessons quiz --lesson checking-escape-analysis --seed 3
check "the quiz opens at 40x12" wait_for "question 1 of"
# it opens on the line asked about, with the question above the code and
# how to answer below it (compact: no header, the status line numbers it)
check "the quiz opens on the line asked about" wait_for "▌"
# poll COMMAND...: until it succeeds (the screen may not be redrawn yet)
poll() { i=0; until "$@"; do [ $i -ge 100 ] && return 1; sleep 0.1; i=$((i + 1)); done; }
prompt_row() { screen | sed -n 2p | grep -q '^  [A-Z]'; }
prompt_pinned() { poll prompt_row; }
check "at 40x12 the question stays in view above the code" prompt_pinned
answers_row() { screen | sed -n 11p | grep -qE '^(  y  yes|  ▶ [a-d]\)|    [a-d]\)|  ↑ ↓ move|  e edit)'; }
answers_pinned() { poll answers_row; }
check "at 40x12 how to answer stays in view below the code" answers_pinned
T resize-window -t 0 -x 40 -y 10
check "at 40x10 (too small to pin it all) the question still shows first" prompt_pinned
T resize-window -t 0 -x 40 -y 30
check "taller, the question's header shows" wait_for "Question 1 of"
header_whole() { screen | grep -q '^  Question 1 of [0-9]*   ·   [a-z -]*$'; }
check "the quiz header leaves out a lesson title that does not fit" header_whole
T resize-window -t 0 -x 100 -y 24
check "wider, the header names the lesson" wait_for "   ·   Checking escape analysis with -gcflags=-m"
keys q
check "q leaves the quiz" wait_for "[exit"
# A heap-lines question at 40 columns: how to answer wraps, not cut.
start 40 12 --lessons tests/tui/data/lessons quiz --lesson tui-kinds
check "the kinds quiz opens at 40x12" wait_for "question 1 of"
keys G
check "the heap-lines hint wraps to show all of it" wait_for "  submits"
keys q
check "q leaves it" wait_for "[exit"

# The fix-it editor offers no F2 save: a lesson's code is not a file.
start 100 30 --lessons tests/tui/data/lessons quiz --lesson tui-fixit
check "the fix-it opens" wait_for "Keep x in f's frame."
keys e
check "e opens its editor" wait_for "  line 1/"
keys i
check "edit mode shows its keys" wait_for "-- EDIT --"
no_f2() { ! screen | tail -1 | grep -q "F2 save"; }
check "the fix-it editor does not offer F2 save" no_f2
keys Escape q q
check "q leaves the fix-it quiz" wait_for "[exit"
finish
