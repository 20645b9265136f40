#!/bin/sh
# tests/run.sh - run every test suite and end with "check: N passed, N failed".
#
#   sh tests/run.sh            everything (what `make check` runs)
#   sh tests/run.sh unit       only the cmocka unit tests
#
# Suites:
#   unit        build/tests/**/test_*       (cmocka; plain build)
#   unit-asan   build/asan/tests/**/test_*  (cmocka; ASan + UBSan build)
#   shell       tests/*/t_*.sh               (command line, corpus, lessons lint,
#                                             terminal tests driven through tmux)
# A shell test prints "ok - NAME" or "not ok - NAME" per case (TAP-like);
# its exit status is non-zero when anything failed.
set -u
cd "$(dirname "$0")/.." || exit 2
only=${1:-all}
passed=0
failed=0
failures=""

count_cmocka() {  # $1 = log file
    p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$1" | tail -n 1)
    f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$1" | tail -n 1)
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
}

run_unit() {  # $1 = build dir
    for t in $(find "$1/tests" -type f -name 'test_*' -perm -u+x 2>/dev/null | sort); do
        log=$(mktemp)
        echo "== $t"
        ASAN_OPTIONS=detect_leaks=1 "$t" >"$log" 2>&1
        rc=$?
        cat "$log"
        count_cmocka "$log"
        if [ $rc -ne 0 ]; then
            failures="$failures $t"
            grep -q '^\[  FAILED  \]' "$log" || failed=$((failed + 1))
        fi
        rm -f "$log"
    done
}

run_shell() {
    for t in $(ls tests/*/t_*.sh 2>/dev/null | sort); do
        log=$(mktemp)
        echo "== $t"
        ESCAPADE=./escapade sh "$t" >"$log" 2>&1
        rc=$?
        cat "$log"
        p=$(grep -c '^ok - ' "$log")
        f=$(grep -c '^not ok - ' "$log")
        passed=$((passed + p))
        failed=$((failed + f))
        if [ $rc -ne 0 ]; then
            failures="$failures $t"
            [ "$f" -gt 0 ] || failed=$((failed + 1))
        fi
        rm -f "$log"
    done
}

case $only in
    unit) run_unit build ;;
    all) run_unit build; run_unit build/asan; run_shell ;;
    shell) run_shell ;;
    *) echo "usage: tests/run.sh [all|unit|shell]" >&2; exit 2 ;;
esac

[ -z "$failures" ] || echo "failing suites:$failures"
echo "check: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ -z "$failures" ]
