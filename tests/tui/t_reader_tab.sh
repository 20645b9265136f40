#!/bin/sh
# t_reader_tab.sh - Tab and Shift-Tab in a lesson go from example to
# question like links in a pager: with none chosen, Tab takes the first on
# screen and Shift-Tab the last; at either end they stay and say so.
. tests/tui/lib.sh

start 80 24 --lessons lessons
check "home shows" wait_for "1   What you'll learn"
keys Enter
check "lesson 1 opens" wait_for "Understanding how Go manages memory"
check "the status line offers Enter and Tab" wait_for "   Enter open  Tab next"
keys G
check "G goes to the end of the lesson" wait_for "── end of lesson ──"
# Shift-Tab from the end chooses the last question (on screen), not the top
keys BTab
check "Shift-Tab from the end marks the last question" wait_for "▶ ┌─ Check yourself"
check "and stays in the lesson's last part" wait_for "In local, does x escape to the heap?"
keys BTab
check "Shift-Tab again marks the question before it" wait_for "In pointer, does y escape to the heap?"
keys BTab
check "and again the example" wait_for "▶ ┌─ first.go — A first look"
keys BTab
check "before the first example it stays and says so" wait_for "No earlier example or question"
check "the example is still marked" wait_for "▶ ┌─ first.go — A first look"
keys Enter
check "Enter opens the marked example" wait_for "go build -gcflags='-m'"
keys q
check "q goes back to the lesson" wait_for "first.go — A first look"
keys g
check "g goes to the top" wait_for "Understanding how Go manages memory"
keys Tab
check "Tab from the top marks the first example" wait_for "▶ ┌─ first.go — A first look"
keys Tab Tab
keys Tab
check "past the last question Tab stays and says so" wait_for "No further example or question"
keys Enter
check "Enter opens the last question" wait_for "In local, does x escape to the heap?"
check "as a quiz" wait_for "Question 1 of 1"
keys q q q
check "q leaves" wait_for "[exit 0]"
finish
