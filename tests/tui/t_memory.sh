#!/bin/sh
# t_memory.sh - the memory diagram at the standard 80x24 terminal and
# narrower: arrows from pointers to the heap are drawn (beside the frames
# at 80 columns, below them when narrower), not only listed in words.
. tests/tui/lib.sh

f="$TMPD/user.go"
cat >"$f" <<'GO'
package main

type User struct{ Name string }

func NewUser(name string) *User {
	u := User{Name: name}
	return &u
}

func main() {
	p := NewUser("ada")
	println(p.Name)
}
GO

start 80 24 view "$f"
check "view opens at 80x24" wait_for "line 1/"
keys d
check "the diagram shows NewUser's frame at 80 columns" wait_for "NewUser's frame"
check "the heap box is beside the frames at 80 columns" wait_for "┐    ┌─ heap"
check "an arrow enters the heap box at 80 columns" wait_for "▶┤ u  (from NewUser)"
arrow_from_r0() { screen | grep -q '│ ~r0  (result)  *├─'; }
check "the arrow leaves the frame at the pointer's row" arrow_from_r0
T resize-window -t 0 -x 50 -y 24
check "narrower, the arrow comes down into the heap box" wait_for "├◀┘"
check "narrower, the heap box is below the frames" wait_for "┌─ heap (garbage collected)"
T resize-window -t 0 -x 40 -y 12
check "at 40x12 the arrow is still drawn" wait_for "~r0  (result)"
keys G
check "at 40x12 the heap box is reached by scrolling" wait_for "◀"
keys '?' j j j j j j
check "the diagram's help explains both arrowheads" wait_for "◀──"
keys q q q
check "q leaves the diagram and the view" wait_for "[exit 0]"
finish
