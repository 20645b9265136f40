#!/bin/sh
# t_usage.sh - help, version, usage errors and exit statuses of every command.
. tests/cli/lib.sh

check "--version exits 0" 0 "$ESCAPADE" --version
contains "--version prints the version" "$TMP/out" "escapade 0."
check "--version with an extra argument exits 2" 2 "$ESCAPADE" --version extra
contains "--version names the extra argument" "$TMP/err" "escapade: --version takes no arguments (got 'extra')"
lacks "--version with an extra argument prints no version" "$TMP/out" "escapade 0."
check "--version before a command exits 2" 2 "$ESCAPADE" --version quiz
check "--help exits 0" 0 "$ESCAPADE" --help
contains "--help lists the commands" "$TMP/out" "analyze"
for c in quiz analyze progress lint view; do
    check "$c --help exits 0" 0 "$ESCAPADE" $c --help
    contains "$c --help shows its usage" "$TMP/out" "Usage: escapade $c"
    check "$c with an unknown option exits 2" 2 "$ESCAPADE" $c --no-such-option
    contains "$c unknown option message" "$TMP/err" "escapade: $c: unknown option '--no-such-option'"
done
check "unknown command exits 2" 2 "$ESCAPADE" frobnicate
contains "unknown command message" "$TMP/err" "escapade: unknown command 'frobnicate'"
check "unknown global option exits 2" 2 "$ESCAPADE" --frob
check "--lessons without a directory exits 2" 2 "$ESCAPADE" --lessons
contains "missing argument message" "$TMP/err" "escapade: option '--lessons' needs an argument"

check "analyze without files exits 2" 2 "$ESCAPADE" analyze
contains "analyze without files says so" "$TMP/err" "escapade: analyze: no Go files given"
check "analyze -m=x exits 2" 2 "$ESCAPADE" analyze -m=x a.go
check "quiz --count x exits 2" 2 "$ESCAPADE" quiz --count x
check "quiz --seed -1 exits 2" 2 "$ESCAPADE" quiz --seed -1
check "quiz --report without a file exits 2" 2 "$ESCAPADE" quiz --report
check "quiz stray argument exits 2" 2 "$ESCAPADE" quiz extra
check "progress --yes alone exits 2" 2 "$ESCAPADE" progress --yes
check "progress stray argument exits 2" 2 "$ESCAPADE" progress now
# Nothing on stdout for usage errors: scripts parse stdout.
if [ ! -s "$TMP/out" ]; then ok "usage errors print nothing on stdout"; else
    fail "usage errors print nothing on stdout" "$(cat "$TMP/out")"; fi
# The full-screen commands without a terminal: a message and status 1.
check "view without a terminal exits 1" 1 sh -c "'$ESCAPADE' view '$ROOT/tests/cli/go/ret.go' </dev/null"
contains "view without a terminal says it needs one" "$TMP/err" "the full-screen app needs a terminal"
finish
