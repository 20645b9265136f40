#!/bin/sh
# t_quiz_tty.sh - the line-mode quiz on a real terminal (tmux): --plain on a
# capable terminal, and automatically on TERM=dumb, as a screen-reader or
# Emacs-shell user runs it.  Uses the terminal tests' tmux helpers.
. tests/tui/lib.sh
PACK=$ESC_ROOT/tests/cli/pack

start 80 24 --lessons "$PACK" quiz --plain --seed 7 --count 2
check "--plain on a terminal asks in line mode" wait_for "Question 1 of 2"
check "the prompt is on screen" wait_for "Program (end with '.'):"
keys skip Enter
check "skip moves on" wait_for "Question 2 of 2"
check "numbered choices" wait_for "2) Its address is returned"
keys quit Enter
check "quit shows the score and exits 0" wait_for "[exit 0]"
check "the score is printed" wait_for "Skipped: 1."

TEST_TERM=dumb start 80 24 --lessons "$PACK" quiz --seed 7 --count 1
check "TERM=dumb gets the line-mode quiz" wait_for "Question 1 of 1"
keys C-d
check "end of input ends it gracefully" wait_for "[exit 0]"
check "end of input gives the score" wait_for "Score: 0 of 0 correct."
finish
