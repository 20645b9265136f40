#!/bin/sh
# t_analyze.sh - `escapade analyze` as editors and scripts call it: gc's
# lines on stdout, the go command's file names, exit statuses, --json and
# --explain.  Goldens come from the real Go 1.19 (tests/cli/go/regen.sh).
. tests/cli/lib.sh
G=tests/cli/go
if ! has_analyzer; then
    echo "# this build has no analyzer yet (engine/analyze.c): analyze tests skipped"
    check "analyze without the analyzer says so and exits 1" 1 "$ESCAPADE" analyze $G/ret.go
    finish
fi

# same NAME GOLDEN: $TMP/out equals the golden.
same() {
    if cmp -s "$TMP/out" "$2"; then ok "$1"; else
        fail "$1" "$(diff "$2" "$TMP/out" | head -8)"; fi
}

(cd $G && "$ESCAPADE" analyze ret.go >"$TMP/out" 2>"$TMP/err"); rc=$?
[ $rc -eq 0 ] && ok "analyze exits 0 when the analysis ran" || fail "analyze exits 0 when the analysis ran" "status $rc"
same "-m lines as gc prints them, bare name as ./ret.go" $G/golden/ret.m.here
if [ ! -s "$TMP/err" ]; then ok "nothing on stderr"; else fail "nothing on stderr" "$(cat "$TMP/err")"; fi
(cd $G && "$ESCAPADE" analyze -m ret.go >"$TMP/out" 2>&1)
same "-m is the default" $G/golden/ret.m.here
(cd $G && "$ESCAPADE" analyze -m -l ret.go >"$TMP/out" 2>&1)
same "-m -l" $G/golden/ret.ml.here
(cd $G && "$ESCAPADE" analyze -m=2 ret.go >"$TMP/out" 2>&1)
same "-m=2" $G/golden/ret.m2.here
(cd $G && "$ESCAPADE" analyze -m -m ret.go >"$TMP/out" 2>&1)
same "-m -m is -m=2" $G/golden/ret.m2.here
"$ESCAPADE" analyze $G/ret.go >"$TMP/out" 2>&1
same "a path is named as the go command names it" $G/golden/ret.m.root
"$ESCAPADE" analyze "$ROOT/$G/ret.go" >"$TMP/out" 2>&1
same "an absolute path is named relative when shorter" $G/golden/ret.m.root

(cd $G && "$ESCAPADE" analyze bad.go >"$TMP/out" 2>"$TMP/err"); rc=$?
[ $rc -eq 1 ] && ok "a syntax error exits 1" || fail "a syntax error exits 1" "status $rc"
same "the syntax error is printed as gc prints it" $G/golden/bad.err.here
(cd $G && "$ESCAPADE" analyze undef.go >"$TMP/out" 2>"$TMP/err"); rc=$?
[ $rc -eq 1 ] && ok "a type error exits 1" || fail "a type error exits 1" "status $rc"
same "the type error is printed as gc prints it" $G/golden/undef.err.here

# Several files: each its own program, all printed, status 1 if any failed.
(cd $G && "$ESCAPADE" analyze bad.go ret.go >"$TMP/out" 2>"$TMP/err"); rc=$?
[ $rc -eq 1 ] && ok "several files: 1 when one fails" || fail "several files: 1 when one fails" "status $rc"
cat $G/golden/bad.err.here $G/golden/ret.m.here >"$TMP/want"
same "several files: each analysed, in order" "$TMP/want"

check "a missing file exits 1" 1 "$ESCAPADE" analyze $G/nope.go
contains "a missing file is named" "$TMP/err" "escapade: $G/nope.go: No such file or directory"

(cd $G && "$ESCAPADE" analyze --json ret.go >"$TMP/out" 2>&1)
n=$(grep -c '^{"file":"./ret.go","line":[0-9]*,"column":[0-9]*,"kind":"[a-z-]*","message":".*","reason":.*}$' "$TMP/out")
want=$(grep -c . $G/golden/ret.m.here)
[ "$n" -eq "$want" ] && ok "--json: one object per diagnostic" || fail "--json: one object per diagnostic" "$n of $want" "$(head -3 "$TMP/out")"
contains "--json: kind and message" "$TMP/out" '"line":14,"column":2,"kind":"moved-to-heap","message":"moved to heap: n"'
if command -v python3 >/dev/null 2>&1; then
    if python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$TMP/out"; then
        ok "--json lines parse as JSON"; else fail "--json lines parse as JSON"; fi
fi

(cd $G && "$ESCAPADE" analyze --explain ret.go >"$TMP/out" 2>&1)
grep -v '^    reason: ' "$TMP/out" >"$TMP/plain"
cp "$TMP/plain" "$TMP/out"
same "--explain keeps gc's lines" $G/golden/ret.m.here
(cd $G && "$ESCAPADE" analyze --explain ret.go >"$TMP/out" 2>&1)
if grep -A1 'moved to heap: n' "$TMP/out" | grep -q '^    reason: .'; then ok "--explain gives the reason under a decision"; else
    fail "--explain gives the reason under a decision" "$(cat "$TMP/out")"; fi

(cd $G && "$ESCAPADE" analyze --syntax-only bad.go >"$TMP/out" 2>&1); rc=$?
[ $rc -eq 1 ] && ok "--syntax-only finds syntax errors" || fail "--syntax-only finds syntax errors" "status $rc"
(cd $G && "$ESCAPADE" analyze --syntax-only undef.go >"$TMP/out" 2>&1); rc=$?
[ $rc -eq 0 ] && ok "--syntax-only does not type-check" || fail "--syntax-only does not type-check" "status $rc"
finish
