#!/bin/sh
# t_example_edit.sh - editing a lesson's example is an experiment: leaving
# it says the edit was not kept, and the lesson still shows its own code;
# leaving an unedited example says nothing.  The reader's status line
# counts parts, as 'escapade progress' does.
. tests/tui/lib.sh

start 80 24 --lessons lessons
check "home shows" wait_for "1   What you'll learn"
keys Enter
check "the status line counts parts" wait_for "  ·  part 1/"
keys Tab Enter
check "the example opens" wait_for "go build -gcflags='-m'"
keys q
check "leaving it unedited says nothing" wait_gone "was not kept"
keys Enter
check "the example opens again" wait_for "go build -gcflags='-m'"
keys i End Enter
T send-keys -t 0 -l 'z := 3'
check "the edit shows" wait_for "z := 3"
keys Escape q
check "leaving the edited example says it was not kept" wait_for "Your edit of the example was not kept"
check "the lesson shows its own code" wait_gone "z := 3"
keys Q
check "Q quits" wait_for "[exit 0]"
finish
