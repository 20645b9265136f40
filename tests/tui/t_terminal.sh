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
check "narrow layout puts the panel below" wait_for "── analyzer: go build -gcflags='-m' ──"
T resize-window -t 0 -x 140 -y 30
check "a resize reflows the panel beside the code" wait_gone "── analyzer: go build"
check "wide layout still shows the code" wait_for "func NewUser() *User {"

keys '?'
check "? opens the help overlay" wait_for "Help — q closes"
keys q
check "q closes the help overlay" wait_gone "Help — q closes"

keys /
T resize-window -t 0 -x 120 -y 30
prompt_shown() {
    i=0
    while [ $i -lt 300 ]; do
        screen | tail -n 1 | grep -q '^/' && return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}
check "a resize while typing a search keeps the prompt" prompt_shown
keys N a m e Enter
check "/ search moves the cursor to the match" wait_for "line 4/14"
keys n
check "n finds the next match" wait_for "line 8/14"

kill -TERM "$(app_pid)"
check "SIGTERM ends the app with status 143 (128 + 15)" wait_for "[exit 143]"
check "the terminal is restored after SIGTERM (normal screen, no app chrome)" \
    wait_gone "? help"
# Colours: on by default, none with NO_COLOR (attributes remain).
has_colour() { screen_attrs | grep -q "$(printf '\033')\\[[0-9;]*3[0-7]m\|38;5;"; }
has_reverse() { screen_attrs | grep -q "$(printf '\033')\\[[0-9;]*7m"; }
start 100 30 view "$f"
wait_for "func NewUser() *User {"
check "the code is highlighted in colour" has_colour
START_ENV="NO_COLOR=1" start 100 30 view "$f"
wait_for "func NewUser() *User {"
no_colour() { ! has_colour; }
check "NO_COLOR turns colours off" no_colour
check "NO_COLOR keeps the status bar in reverse video" has_reverse
START_ENV=""

# Without a UTF-8 locale lines are drawn with the terminal's line drawing
# set: tmux keeps those cells as 'q' (horizontal line) after a shift-out.
acs_lines() { screen_attrs | grep -q "$(printf '\016')qqqqqqqq"; }
START_ENV="LANG=C LC_ALL=C" start 100 30 view "$f"
check "a C locale still shows the app" wait_for "func NewUser() *User {"
check "a C locale draws lines with the alternate character set" acs_lines
check "a C locale shows no raw UTF-8" sh -c "! tmux -L '$SOCK' capture-pane -p -t 0 | grep -q '─\|▸'"
keys '?'
check "a C locale: the help opens" wait_for "Keys here"
check "a C locale: the arrow keys read ^ v, not ? ?" wait_for "^ v  j k"
keys q
START_ENV=""
# Terminals the app cannot drive: a clear message and status 1, never
# garbage on a dumb terminal or curses' own bare error.
TEST_TERM=dumb start 80 24
check "TERM=dumb: the tutor says it needs a full-screen terminal" wait_for "cannot move the cursor"
check "TERM=dumb: exit 1" wait_for "[exit 1]"
TEST_TERM=no-such-terminal start 80 24
check "an unknown TERM is named, with what to try" wait_for "unknown terminal type 'no-such-terminal'"
check "an unknown TERM: exit 1" wait_for "[exit 1]"
finish
