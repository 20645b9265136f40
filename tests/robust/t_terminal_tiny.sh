#!/bin/sh
# t_terminal_tiny.sh - the app in absurdly small terminals (1x1, 2x2, 10x3)
# keeps running (no crash), shows the too-small message where it fits, and
# comes back when the terminal grows; SIGINT and SIGHUP restore the terminal.
. tests/tui/lib.sh

f="$TMPD/ex.go"
printf 'package main\n\nfunc NewInt() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() { _ = NewInt() }\n' >"$f"

alive() { [ -n "$(app_pid)" ]; }
# still_alive: the app is running after a moment (a crash would have
# printed "[exit N]" in the pane).
still_alive() {
    i=0
    until alive || [ $i -ge 50 ]; do sleep 0.1; i=$((i + 1)); done
    sleep 0.5
    alive && ! screen | grep -qF "[exit"
}

for size in "1 1" "2 2" "10 3"; do
    set -- $size
    start "$1" "$2" view "$f"
    check "${1}x$2: the app starts and keeps running" still_alive
    keys j k
    check "${1}x$2: keys at that size do not crash it" still_alive
    T resize-window -t 0 -x 100 -y 30
    check "${1}x$2: growing to 100x30 brings the view back" wait_for "func NewInt() *int {"
    check "${1}x$2: no too-small message after growing" wait_gone "too small"
done

start 10 3 view "$f"
T resize-window -t 0 -x 30 -y 5
check "30x5 shows the too-small message" wait_for "too small"
T resize-window -t 0 -x 1 -y 1
check "shrinking to 1x1 again does not crash" still_alive
T resize-window -t 0 -x 100 -y 30
check "and growing again recovers" wait_for "func NewInt() *int {"

# The message breaks between its phrases, never inside "need 40x10".
start 20 5 view "$f"
check "20x5: the message says too small" wait_for "Terminal too small:"
check "20x5: the size and the minimum on one line" wait_for "20x5, need 40x10."
check "20x5: how to quit on its own line" wait_for "q quits."
T resize-window -t 0 -x 60 -y 8
check "60x8: the whole message on one line" wait_for "Terminal too small: 60x8, need 40x10. q quits."

for sig in INT HUP; do
    start 100 30 view "$f"
    wait_for "func NewInt() *int {"
    pid=$(app_pid)
    [ -n "$pid" ] && kill -"$sig" "$pid"
    check "SIG$sig ends the app" wait_for "[exit"
    check "the terminal is restored after SIG$sig (no app chrome)" wait_gone "? help"
done

finish
