#!/bin/sh
# t_terminal.sh - terminal handling: too-small message and recovery, resize
# reflow, help overlay, search, and a restored terminal after SIGTERM.
. tests/tui/lib.sh

f="$TMPD/ex.go"
cat >"$f" <<'GO'
package main

type User struct {
	Name string
}

func NewUser() *User {
	return &User{Name: "gopher"}
}

func main() {
	u := NewUser()
	println(u.Name)
}
GO

start 20 5 view "$f"
check "a 20x5 terminal shows the too-small message" wait_for "too small"
T resize-window -t 0 -x 100 -y 30
check "growing the terminal brings the view back" wait_for "func NewUser() *User {"
check "the too-small message is gone" wait_gone "too small"

# At 100 columns the analyzer panel sits below the code; at 140 beside it.
check "narrow layout puts the panel below" wait_for "── analyzer ──"
T resize-window -t 0 -x 140 -y 30
check "a resize reflows the panel beside the code" wait_gone "── analyzer ──"
check "wide layout still shows the code" wait_for "func NewUser() *User {"

keys '?'
check "? opens the help overlay" wait_for "Help — q closes"
keys q
check "q closes the help overlay" wait_gone "Help — q closes"

keys / N a m e Enter
check "/ search moves the cursor to the match" wait_for "line 4/14"
keys n
check "n finds the next match" wait_for "line 8/14"

kill -TERM "$(app_pid)"
check "SIGTERM ends the app" wait_for "[exit"
check "the terminal is restored after SIGTERM (normal screen, no app chrome)" \
    wait_gone "? help"
finish
