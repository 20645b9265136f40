#!/bin/sh
# t_analyze.sh - `escapade analyze` as editors and scripts call it: gc's
# lines on stdout, the go command's file names, exit statuses, --json and
# --explain.  Goldens come from the real Go 1.19 (tests/cli/go/regen.sh).
. tests/cli/lib.sh
G=tests/cli/go

# same NAME GOLDEN: $TMP/out equals the golden.
same() {
    if cmp -s "$TMP/out" "$2"; then ok "$1"; else
        fail "$1" "$(diff "$2" "$TMP/out" | head -8)"; fi
}
# status NAME WANT GOT
status() {
    if [ "$3" -eq "$2" ]; then ok "$1"; else fail "$1" "status $3, want $2"; fi
}

# Errors: exit 1, printed as gc prints them, on stdout.
(cd $G && "$ESCAPADE" analyze bad.go >"$TMP/out" 2>"$TMP/err"); rc=$?
status "a syntax error exits 1" 1 $rc
same "the syntax error is printed as gc prints it" $G/golden/bad.err.here
"$ESCAPADE" analyze $G/bad.go >"$TMP/out" 2>&1
same "a path is named as the go command names it" $G/golden/bad.err.root
"$ESCAPADE" analyze "$ROOT/$G/bad.go" >"$TMP/out" 2>&1
same "an absolute path is named relative when shorter" $G/golden/bad.err.root
(cd $G && "$ESCAPADE" analyze ./bad.go >"$TMP/out" 2>&1)
same "./bad.go is ./bad.go" $G/golden/bad.err.here
# From a directory where the absolute name is shorter than the relative
# one, gc's go command prints the absolute name, cleaned (checked with go 1.19).
mkdir -p "$TMP/a/b"
(cd "$TMP/a/b" && "$ESCAPADE" analyze "../../../../../..//$ROOT/$G/bad.go" >"$TMP/out" 2>&1)
sed "s|^\./bad.go|$ROOT/$G/bad.go|" $G/golden/bad.err.here >"$TMP/want"
same "a long relative name becomes the cleaned absolute one" "$TMP/want"
(cd $G && "$ESCAPADE" analyze bad.go bad.go >"$TMP/out" 2>&1); rc=$?
status "several files: 1 when they fail" 1 $rc
cat $G/golden/bad.err.here $G/golden/bad.err.here >"$TMP/want"
same "several files: each analysed, in order" "$TMP/want"

check "a missing file exits 1" 1 "$ESCAPADE" analyze $G/nope.go
contains "a missing file is named" "$TMP/err" "escapade: $G/nope.go: No such file or directory"
check "a directory exits 1" 1 "$ESCAPADE" analyze $G

(cd $G && "$ESCAPADE" analyze --json bad.go >"$TMP/out" 2>&1)
contains "--json: an error object" "$TMP/out" '{"file":"./bad.go","line":5,"column":1,"kind":"syntax-error","message":"syntax error: unexpected }, expecting expression","reason":null}'
(cd $G && "$ESCAPADE" analyze --syntax-only bad.go >"$TMP/out" 2>&1); rc=$?
status "--syntax-only finds syntax errors" 1 $rc
(cd $G && "$ESCAPADE" analyze --syntax-only undef.go >"$TMP/out" 2>&1); rc=$?
status "--syntax-only does not type-check" 0 $rc

# Escape decisions, as gc 1.19 prints them (goldens from tests/cli/go/regen.sh).
(cd $G && "$ESCAPADE" analyze ret.go >"$TMP/out" 2>"$TMP/err"); rc=$?
status "analyze exits 0 when the analysis ran" 0 $rc
same "-m lines as gc prints them, bare name as ./ret.go" $G/golden/ret.m.here
if [ ! -s "$TMP/err" ]; then ok "nothing on stderr"; else fail "nothing on stderr" "$(cat "$TMP/err")"; fi
(cd $G && "$ESCAPADE" analyze -m -l ret.go >"$TMP/out" 2>&1)
same "-m -l" $G/golden/ret.ml.here
(cd $G && "$ESCAPADE" analyze -m=2 ret.go >"$TMP/out" 2>&1)
same "-m=2" $G/golden/ret.m2.here
(cd $G && "$ESCAPADE" analyze -m -m ret.go >"$TMP/out" 2>&1)
same "-m -m is -m=2" $G/golden/ret.m2.here
"$ESCAPADE" analyze $G/ret.go >"$TMP/out" 2>&1
same "a path is named as the go command names it (-m)" $G/golden/ret.m.root
(cd $G && "$ESCAPADE" analyze undef.go >"$TMP/out" 2>"$TMP/err"); rc=$?
status "a type error exits 1" 1 $rc
same "the type error is printed as gc prints it" $G/golden/undef.err.here
(cd $G && "$ESCAPADE" analyze bad.go ret.go >"$TMP/out" 2>"$TMP/err"); rc=$?
status "several files: 1 when one fails" 1 $rc
cat $G/golden/bad.err.here $G/golden/ret.m.here >"$TMP/want"
same "several files: the good one is still analysed" "$TMP/want"

(cd $G && "$ESCAPADE" analyze --json ret.go >"$TMP/out" 2>&1)
n=$(grep -c '^{"file":"./ret.go","line":[0-9]*,"column":[0-9]*,"kind":"[a-z-]*","message":".*","reason":.*}$' "$TMP/out")
want=$(grep -c . $G/golden/ret.m.here)
[ "$n" -eq "$want" ] && ok "--json: one object per diagnostic" || fail "--json: one object per diagnostic" "$n of $want"
contains "--json: kind and message" "$TMP/out" '"line":14,"column":2,"kind":"moved-to-heap","message":"moved to heap: n"'
if command -v python3 >/dev/null 2>&1; then
    if python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$TMP/out"; then
        ok "--json lines parse as JSON"; else fail "--json lines parse as JSON"; fi
fi
(cd $G && "$ESCAPADE" analyze --explain ret.go >"$TMP/out" 2>&1)
cp "$TMP/out" "$TMP/explained"
grep -v '^    reason: ' "$TMP/explained" >"$TMP/out"
same "--explain keeps gc's lines" $G/golden/ret.m.here
if grep -A1 'moved to heap: n' "$TMP/explained" | grep -q '^    reason: .'; then
    ok "--explain gives the reason under a decision"; else
    fail "--explain gives the reason under a decision" "$(cat "$TMP/explained")"; fi
# Standard input: "-" reads the program there; gc cannot compile stdin, so
# the name is escapade's choice, <stdin>, or the go command's name for the
# file --stdin-name gives.  The lines are gc's lines for the same file.
(cd $G && "$ESCAPADE" analyze - <ret.go >"$TMP/out" 2>"$TMP/err"); rc=$?
status "analyze - reads standard input" 0 $rc
sed 's|^\./ret\.go:|<stdin>:|' $G/golden/ret.m.here >"$TMP/want"
same "analyze - prints gc's lines, named <stdin>" "$TMP/want"
(cd $G && "$ESCAPADE" analyze --stdin-name ret.go -m=2 - <ret.go >"$TMP/out" 2>&1)
same "--stdin-name names standard input as the go command names that file" $G/golden/ret.m2.here
(cd $G && "$ESCAPADE" analyze - <bad.go >"$TMP/out" 2>&1); rc=$?
status "analyze - with a syntax error exits 1" 1 $rc
sed 's|^\./bad\.go:|<stdin>:|' $G/golden/bad.err.here >"$TMP/want"
same "analyze - reports the syntax error as gc, named <stdin>" "$TMP/want"
(cd $G && "$ESCAPADE" analyze bad.go - <ret.go >"$TMP/out" 2>&1)
{ cat $G/golden/bad.err.here; sed 's|^\./ret\.go:|<stdin>:|' $G/golden/ret.m.here; } >"$TMP/want"
same "analyze FILE - mixes files and standard input, in order" "$TMP/want"
check "analyze - - is a usage error" 2 "$ESCAPADE" analyze - -
check "analyze --help exits 0" 0 "$ESCAPADE" analyze --help
contains "analyze --help documents '-'" "$TMP/out" "FILE '-' reads the program"
contains "escapade --help documents analyze -" "$ROOT/doc/escapade.1" "reads the program from standard input"
finish
