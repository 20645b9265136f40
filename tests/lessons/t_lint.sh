#!/bin/sh
# tests/lessons/t_lint.sh - escapade lint on the shipped lessons and on broken ones.
#
#  - the shipped lessons have no schema problems and every example parses;
#  - the chapter is all there: at least 60 questions, at least 10 fix-its;
#  - answers the analyzer does not confirm (disagreements + could not check)
#    do not exceed the ratchet in tests/lessons/KNOWN_DISAGREEMENTS;
#  - each file in tests/lessons/broken/ fails lint with the messages its
#    "# expect: LINE:COL: text" comments name, at those positions;
#  - usage errors exit 2.
set -u
E=${ESCAPADE:-./escapade}
dir=$(dirname "$0")
status=0
ok() { echo "ok - $1"; }
notok() { echo "not ok - $1"; status=1; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT

"$E" lint lessons >"$out" 2>&1
rc=$?
summary=$(tail -n 1 "$out")
num() { sed -n "s/$1/\\1/p" "$out" | tail -n 1; }
schema=$(num '^schema problems: \([0-9]*\),.*')
syntax=$(num '^schema problems: [0-9]*, examples that do not parse: \([0-9]*\),.*')
confirmed=$(num '^answers: \([0-9]*\) confirmed.*')
disagree=$(num '^answers: [0-9]* confirmed by the analyzer, \([0-9]*\) disagreements*,.*')
unchecked=$(num '^answers: .* disagreements*, \([0-9]*\) could not be checked.*')
questions=$(echo "$summary" | sed -n 's/^[0-9]* lessons*, [0-9]* examples*, \([0-9]*\) questions*.*/\1/p')
fixits=$(echo "$summary" | sed -n 's/.* questions (\([0-9]*\) fix-it).*/\1/p')
lessons=$(echo "$summary" | sed -n 's/^\([0-9]*\) lessons,.*/\1/p')

if echo "$summary" | grep -Eq '^[0-9]+ lessons?, [0-9]+ examples?, [0-9]+ questions? \([0-9]+ fix-it\), [0-9]+ problems?$'; then
    ok "lint: summary line ($summary)"
else
    notok "lint: summary line missing: $summary"
    cat "$out"
fi
if [ "${schema:-x}" = 0 ]; then ok "lint: no schema problems in lessons/"; else
    notok "lint: schema problems in lessons/: ${schema:-?}"
    grep -v '^answers:\|could not check' "$out" | head -n 30
fi
if [ "${syntax:-x}" = 0 ]; then ok "lint: every example parses"; else
    notok "lint: examples that do not parse: ${syntax:-?}"
    grep 'does not parse' "$out" | head -n 20
fi
if [ "${lessons:-0}" -ge 9 ]; then ok "lint: $lessons lessons load"; else
    notok "lint: only ${lessons:-0} lessons load"; fi
if [ "${questions:-0}" -ge 60 ]; then ok "lint: $questions questions (>= 60)"; else
    notok "lint: only ${questions:-0} questions (need 60)"; fi
if [ "${fixits:-0}" -ge 10 ]; then ok "lint: $fixits fix-its (>= 10)"; else
    notok "lint: only ${fixits:-0} fix-its (need 10)"; fi

ratchet=$(grep -v '^#' "$dir/KNOWN_DISAGREEMENTS" | grep -m 1 '[0-9]')
unconfirmed=$(( ${disagree:-999} + ${unchecked:-999} ))
echo "# answers: ${confirmed:-?} confirmed by the analyzer, ${disagree:-?} disagreements, ${unchecked:-?} could not be checked"
if [ "$unconfirmed" -le "$ratchet" ]; then
    ok "lint: $unconfirmed answers not confirmed by the analyzer (ratchet $ratchet)"
    [ "$unconfirmed" -lt "$ratchet" ] &&
        echo "# the analyzer improved: lower tests/lessons/KNOWN_DISAGREEMENTS to $unconfirmed"
else
    notok "lint: $unconfirmed answers not confirmed by the analyzer, more than the ratchet $ratchet"
    grep 'analyzer disagrees' "$out" | head -n 40
fi
# lint's exit status follows its problem count.
problems=$(echo "$summary" | sed -n 's/.* \([0-9]*\) problems*$/\1/p')
if { [ "${problems:-1}" = 0 ] && [ $rc = 0 ]; } || { [ "${problems:-0}" != 0 ] && [ $rc = 1 ]; }; then
    ok "lint: exit status $rc matches $problems problems"
else
    notok "lint: exit status $rc with ${problems:-?} problems"
fi

# --strict makes answers the analyzer could not check into problems.
"$E" lint -q --strict lessons >"$out" 2>&1
rc=$?
if { [ "${unchecked:-0}" -gt 0 ] && [ $rc = 1 ]; } || { [ "${unchecked:-0}" = 0 ] && [ "${disagree:-0}" = 0 ] && [ $rc = 0 ]; } ||
   { [ "${disagree:-0}" -gt 0 ] && [ $rc = 1 ]; }; then
    ok "lint: --strict counts unchecked answers as problems (exit $rc)"
else
    notok "lint: --strict exit $rc with ${unchecked:-?} unchecked"
fi

# Broken lessons: each must fail, with every expected message in place.
for f in "$dir"/broken/*.yaml; do
    name=$(basename "$f" .yaml)
    "$E" lint -q "$f" >"$out" 2>&1
    rc=$?
    missing=""
    while IFS= read -r want; do
        grep -qF -- "$f:$want" "$out" || missing="$missing [$want]"
    done <<EXPECT
$(sed -n 's/^# expect: //p' "$f")
EXPECT
    if [ $rc = 1 ] && [ -z "$missing" ] && grep -q '^0 lessons, ' "$out"; then
        ok "lint: broken/$name rejected with file:line:col messages"
    else
        notok "lint: broken/$name (exit $rc) missing:$missing"
        cat "$out"
    fi
done

# One bad file does not stop the others from loading.
"$E" lint -q lessons/01-what-youll-learn.yaml "$dir/broken/tab.yaml" >"$out" 2>&1
if [ $? = 1 ] && grep -q '^1 lesson, ' "$out"; then
    ok "lint: a bad file does not stop the others"
else
    notok "lint: a bad file stopped the others"; cat "$out"
fi
"$E" lint -q /nonexistent/lesson.yaml >"$out" 2>&1
if [ $? = 1 ] && grep -q 'cannot open' "$out"; then ok "lint: missing file is a problem"; else
    notok "lint: missing file"; cat "$out"; fi
"$E" lint --bogus >"$out" 2>&1
if [ $? = 2 ]; then ok "lint: unknown option exits 2"; else notok "lint: unknown option"; fi
"$E" lint --help >"$out" 2>&1
if [ $? = 0 ] && grep -q '^Usage: escapade lint' "$out"; then ok "lint: --help"; else
    notok "lint: --help"; fi
# With ESCAPADE_VERIFY_GO=1 and Go 1.19 installed, re-check every stated
# answer against the real compiler (slow: about a hundred go builds).
if [ -n "${ESCAPADE_VERIFY_GO:-}" ] && command -v go >/dev/null 2>&1; then
    if python3 "$dir/verify_go.py" >"$out" 2>&1; then
        ok "verify_go: every stated answer matches go $(go env GOVERSION)"
    else
        notok "verify_go: answers differ from the real compiler"; cat "$out"
    fi
else
    echo "# skip: set ESCAPADE_VERIFY_GO=1 (needs go 1.19) to check answers with the real compiler"
fi
exit $status
