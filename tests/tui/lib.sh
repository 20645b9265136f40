# lib.sh - helpers for the terminal tests: drive ./escapade inside tmux.
#
# Each test script sources this, starts the app in a private tmux server
# (its own socket, fixed size, HOME and XDG_STATE_HOME in a temporary
# directory), sends keys and polls the screen with capture-pane until the
# expected text shows or a timeout passes.  No fixed sleeps decide results.

: "${ESCAPADE:=./escapade}"
case $ESCAPADE in
    /*) ESC_BIN=$ESCAPADE ;;
    *) ESC_BIN=$(pwd)/$ESCAPADE ;;
esac
ESC_ROOT=$(pwd)
SOCK=escapade-test-$$
NSTART=0
TMPD=$(mktemp -d "${TMPDIR:-/tmp}/escapade-tui.XXXXXX")
mkdir -p "$TMPD/home" "$TMPD/state"
export HOME="$TMPD/home" XDG_STATE_HOME="$TMPD/state"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset NO_COLOR TMUX
FAILED=0

T() { tmux -L "$SOCK" -f /dev/null "$@"; }

# The sockets of every server this test started, to kill them all at exit.
SOCKS=""

cleanup() {
    for s in $SOCKS; do
        tmux -L "$s" kill-server >/dev/null 2>&1
    done
    # The app saves progress as it exits on the server's SIGHUP: retry
    # until it is done writing.
    i=0
    until rm -rf "$TMPD" 2>/dev/null || [ $i -ge 20 ]; do
        sleep 0.1
        i=$((i + 1))
    done
}
trap cleanup EXIT
trap 'cleanup; exit 1' INT TERM HUP

if ! command -v tmux >/dev/null 2>&1; then
    echo "ok - tmux tests # SKIP tmux is not installed"
    exit 0
fi

# start COLS ROWS ARGS... : run escapade ARGS in a fresh session (with the
# variables in $START_ENV, e.g. START_ENV="NO_COLOR=1").  After the
# app exits the pane shows "[exit N]" so tests can check the status and
# that the terminal was restored.
start() {
    cols=$1 rows=$2
    shift 2
    # A fresh server per start: reusing a socket while the old server is
    # still shutting down can lose the new session.
    T kill-server >/dev/null 2>&1
    NSTART=$((NSTART + 1))
    SOCK=escapade-test-$$-$NSTART
    SOCKS="$SOCKS $SOCK"
    args=""
    for a in "$@"; do args="$args '$a'"; done
    T new-session -d -x "$cols" -y "$rows" -c "$ESC_ROOT" \
        "env TERM=${TEST_TERM:-xterm-256color} HOME='$HOME' XDG_STATE_HOME='$XDG_STATE_HOME' \
         LANG=C.UTF-8 LC_ALL=C.UTF-8 ${START_ENV:-} '$ESC_BIN' $args; echo \"[exit \$?]\"; sleep 600"
}

screen() { T capture-pane -p -t 0 2>/dev/null; }
# The screen with its colours and attributes as escape sequences.
screen_attrs() { T capture-pane -p -e -t 0 2>/dev/null; }

# The pid of the escapade process in the pane (child of the pane's shell).
app_pid() { pgrep -P "$(T list-panes -t 0 -F '#{pane_pid}')" -x escapade; }

# wait_for TEXT [TENTHS]: poll until TEXT is on screen (default 30 s: a
# loaded machine can take seconds to start the app; a pass returns at once).
wait_for() {
    i=0
    while [ "$i" -lt "${2:-300}" ]; do
        screen | grep -qF -- "$1" && return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}

# wait_gone TEXT [TENTHS]: poll until TEXT is no longer on screen.
wait_gone() {
    i=0
    while [ "$i" -lt "${2:-300}" ]; do
        screen | grep -qF -- "$1" || return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}

keys() { T send-keys -t 0 "$@"; }

# check NAME COMMAND...: one TAP-like result; on failure show the screen.
check() {
    name=$1
    shift
    if "$@"; then
        echo "ok - $name"
    else
        echo "not ok - $name"
        screen | sed 's/^/#   |/'
        FAILED=1
    fi
}

finish() { exit "$FAILED"; }
