#!/bin/sh
# t_search.sh - / n N in the reader: each n goes to the next match even
# when the matches are all on the first screen (the view cannot scroll
# there), and the current match's line shows in reverse video.
. tests/tui/lib.sh

# current TEXT: the reverse-video line on screen contains TEXT.
current() {
    i=0
    while [ $i -lt 100 ]; do
        screen_attrs | grep "$(printf '\033')\[7m" | grep -v "escapade  ▸" | grep -qF -- "$1" && return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}

start 80 24 --lessons lessons
check "home opens" wait_for "What you'll learn"
keys Enter
check "the first lesson opens at its top" wait_for "Go Memory & Escape Analysis"
keys / ; keys -l heap ; keys Enter
check "/heap goes to the first match on screen" current "or on the heap, where the garbage"
keys n
check "n goes to the next match, also on the first screen" current "Stack vs heap allocation"
keys N
check "N goes back to the previous match" current "or on the heap, where the garbage"
keys n n
check "n keeps going past the first screen" current "heap"
keys g
no_current() {    # polled: the keys may not all be handled yet
    i=0
    while [ $i -lt 100 ]; do
        screen_attrs | grep "$(printf '\033')\[7m" | grep -v "escapade  ▸" | grep -q heap || return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}
check "scrolling away drops the current-match mark" no_current
keys / ; keys -l zzzz-none ; keys Enter
check "a pattern that is nowhere says so" wait_for "Pattern not found: zzzz-none"
keys Q
check "Q quits" wait_for "[exit 0]"
finish
