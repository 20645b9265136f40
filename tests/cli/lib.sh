# tests/cli/lib.sh - helpers for the command-line tests (sourced).
# Each test prints "ok - NAME" or "not ok - NAME"; the script's status is
# non-zero when anything failed.
ESCAPADE=${ESCAPADE:-./escapade}
case $ESCAPADE in /*) ;; *) ESCAPADE=$(pwd)/$ESCAPADE ;; esac
ROOT=$(pwd)
fails=0
TMP=$(mktemp -d /tmp/esc-cli-XXXXXX)
trap 'rm -rf "$TMP"' EXIT
# Never touch the real home's state.
export XDG_STATE_HOME="$TMP/state"
unset ESCAPADE_LESSONS

ok() { echo "ok - $1"; }
fail() { echo "not ok - $1"; shift; for l in "$@"; do echo "#   $l"; done; fails=$((fails + 1)); }

# check NAME EXPECTED_STATUS COMMAND...: run it, keep stdout/stderr in
# $TMP/out and $TMP/err, and compare the status.
check() {
    name=$1 want=$2
    shift 2
    "$@" >"$TMP/out" 2>"$TMP/err"
    got=$?
    if [ "$got" -eq "$want" ]; then ok "$name"; else
        fail "$name" "status $got, want $want" "stderr: $(head -c 300 "$TMP/err")"
    fi
}

# contains NAME FILE TEXT: FILE has the fixed string TEXT.
contains() {
    if grep -qF -- "$3" "$2"; then ok "$1"; else
        fail "$1" "no '$3' in:" "$(head -c 600 "$2")"
    fi
}

# lacks NAME FILE TEXT
lacks() {
    if grep -qF -- "$3" "$2"; then fail "$1" "unexpected '$3' in:" "$(head -c 600 "$2")"; else
        ok "$1"
    fi
}

# Checks that need real escape decisions.  They used to be skipped while the
# analyzer had no escape stage; now they always run, so a regression fails
# them instead of silencing them.  ret.go's golden is gc 1.19's.
when_complete() { "$@"; }

finish() { [ "$fails" -eq 0 ]; exit $?; }
