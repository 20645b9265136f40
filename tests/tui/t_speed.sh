#!/bin/sh
# t_speed.sh - frame budgets on the real lessons: first frame under 50 ms,
# frames under 16 ms (90th percentile; the machine is shared), at 80x24 and
# at 300x100.  The app writes its frame times to $ESCAPADE_TIMING.
. tests/tui/lib.sh

L="$ESC_ROOT/lessons"
[ -d "$L" ] || L=tests/tui/data/lessons
TIMING="$TMPD/timing.txt"

value() { sed -n "s/^$1 //p" "$TIMING"; }
under() {  # under NAME LIMIT
    v=$(value "$1")
    [ -n "$v" ] && awk -v v="$v" -v l="$2" 'BEGIN { exit !(v < l) }'
}

# run COLS ROWS: home, a lesson paged through, an example with -m=2 and -l,
# the quiz, back home, quit.
run() {
    rm -f "$TIMING"
    rm -rf "$XDG_STATE_HOME/escapade"     # start at home, not resumed
    START_ENV="ESCAPADE_TIMING=$TIMING" start "$1" "$2" --lessons "$L"
    wait_for "Go Memory & Escape Analysis" || { echo "# no home"; return 1; }
    keys j j j j Enter
    wait_for "block 1/" || { echo "# no lesson"; return 1; }
    for i in 1 2 3 4 5 6 7 8 9 10; do keys Space; done
    keys g
    wait_for "block 1/" || { echo "# no g"; return 1; }
    keys /
    keys -l "func"
    keys Enter Enter
    wait_for "── analyzer\|go build -gcflags='-m'" 30
    keys M j j j L k k
    keys q t
    wait_for "Question 1 of" || { echo "# no quiz"; return 1; }
    keys q q
    wait_for "Go Memory & Escape Analysis" || { echo "# not home again"; return 1; }
    keys q
    wait_for "[exit 0]" || { echo "# no exit"; return 1; }
    [ -s "$TIMING" ]
}

for size in 80x24 300x100; do
    check "a session at $size runs" run "${size%x*}" "${size#*x}"
    echo "# $size: $(tr '\n' ' ' <"$TIMING" 2>/dev/null)"
    check "$size: first frame under 50 ms" under first_frame_ms 50
    check "$size: frames under 16 ms (90th percentile)" under p90_ms 16
done
finish
