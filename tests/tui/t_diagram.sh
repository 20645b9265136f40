#!/bin/sh
# t_diagram.sh - lesson diagrams drawn from their structure at any width:
# side by side with a horizontal arrow when there is room, stacked with the
# arrow drawn down between the boxes (not listed in words) when narrow.
. tests/tui/lib.sh

# The lesson "Stack vs heap", scrolled to its "Who points at whom" diagram.
open_diagram() {
    # each start from a fresh home screen (the last app may still be
    # saving its position into the old state directory as it exits)
    XDG_STATE_HOME="$TMPD/state-$1x$2${START_ENV:+-ascii}"
    mkdir -p "$XDG_STATE_HOME"
    start "$1" "$2"
    wait_for "Stack vs heap" || return 1
    keys j Enter
    wait_for "Stack vs Heap" || return 1
    keys / && keys -l "Who points" && keys Enter
    wait_for "newCounter() retur"
}

# The row of the arrow's label, the rows around it.
arrow_rows() { screen | grep -B2 -A3 "p points here"; }

open_diagram 100 40
check "wide: the diagram shows" wait_for "p points here"
check "wide: the boxes sit side by side, joined by an arrow" \
    sh -c 'echo "$1" | grep -q "main.s frame (stack) .*┐  p points here  ┌ heap"' sh "$(screen)"
check "wide: the arrow is drawn right to the heap" \
    sh -c 'echo "$1" | grep -q "├─*▶┤"' sh "$(screen)"

for size in "50 50" "40 50"; do
    set -- $size
    open_diagram "$1" "$2"
    check "$1 cols: the diagram shows" wait_for "p points here"
    rows=$(arrow_rows)
    check "$1 cols: the arrow leaves the frame's bottom edge (┬)" \
        sh -c 'echo "$1" | grep -q "│ └──┬─*┘ │"' sh "$rows"
    check "$1 cols: the arrow runs down with its label" \
        sh -c 'echo "$1" | grep -q "│    │ p points here"' sh "$rows"
    check "$1 cols: the arrow head points at the heap box" \
        sh -c 'echo "$1" | grep -A1 "│    ▼ " | grep -q "│ ┌ heap"' sh "$rows"
    check "$1 cols: the arrow is not listed in words under the diagram" \
        sh -c '! echo "$1" | grep -q "──▶ heap"' sh "$(screen)"
done

# An ASCII terminal still gets the drawing (curses' line-drawing set).
START_ENV="LANG=C LC_ALL=C" open_diagram 40 50
check "ASCII locale: the stacked diagram shows with its label" wait_for "p points here"
finish
