#!/bin/sh
# t_inlining.sh - "c" in the code view: the code with and without inlining
# (-m against -m -l) and what the difference means, in plain words.  The
# expectations were checked against the real gc 1.19 (go build -gcflags
# '-m', '-m -l', '-m=2') on tests/tui/data/go/inlining.go:
#   -m:    38:14 inlining call to NewUser, 38:14 &User{...} does not escape,
#          42:9 inlining call to big, 9:9 &User{...} escapes to heap
#   -m -l: 9:9 &User{...} escapes to heap, nothing on line 38
#   -m=2:  cannot inline keep: marked go:noinline;
#          cannot inline main: function too complex: cost 146 exceeds budget 80
. tests/tui/lib.sh

cp tests/tui/data/go/inlining.go "$TMPD/inlining.go"
start 100 60 view "$TMPD/inlining.go"
check "view opens the file (the title is the path given)" wait_for "$TMPD/inlining.go"
check "the status line offers c" wait_for "c inlining"
keys c
check "c opens the comparison" wait_for "With and without inlining"
check "it explains inlining in plain words" wait_for "copies a small function's body into each caller"
check "it lists the inlined calls" wait_for "gc inlines 2 calls here"
check "with their lines" wait_for "line 38: NewUser"
check "and why a function is not inlined (go:noinline)" \
    wait_for "not inlined: keep, because it is marked //go:noinline"
check "and the budget, in words" \
    wait_for "not inlined: main, because its body costs 146, over gc's budget of 80"
check "at the inlined call: stays on the stack" \
    wait_for "✓ &User{...} does not escape: with inlining it stays on the stack"
check "without inlining: where and why it escapes" \
    sh -c 'screen_text=$(tmux -L "$1" capture-pane -p -J -t 0); echo "$screen_text" | tr -s " \n" "  " | grep -q "NewUser allocates it on line 9, where it escapes (returned to the caller)"' sh "$SOCK"
check "a call with nothing to decide saves only the call" \
    wait_for "inlining saves the cost of the call, not an"
check "the summary counts what inlining saves" \
    wait_for "Inlining keeps 1 value on the stack"
keys q
check "q goes back to the code" wait_for "line 1/43"

# A small terminal: the comparison wraps and scrolls.
start 40 12 view "$TMPD/inlining.go"
check "40x12: view opens" wait_for "inlining.go"
keys c
check "40x12: the comparison opens" wait_for "Inlining copies a"
keys G
check "40x12: it scrolls to its end" wait_for "L switches the"

# From a lesson: the example of "What is escape analysis?" (lesson 3).
start 100 40
check "home shows" wait_for "What is escape analysis?"
keys j j Enter
check "lesson 3 opens" wait_for "What is escape analysis"
keys Tab Enter
check "its example opens in the code view" wait_for "i edit"
keys c
check "c compares the lesson's example too" wait_for "At each inlined call"
finish
