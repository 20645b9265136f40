#!/bin/sh
# t_syntax.sh - `escapade analyze --syntax-only` on broken programs prints
# exactly what `go build` printed for them (tests/parse/syntax/*.golden,
# made by tests/parse/syntax/regen.sh with the real Go 1.19).
cd "$(dirname "$0")/syntax" || exit 1
esc=${ESCAPADE:-./escapade}
case $esc in /*) ;; *) esc="$(cd ../../.. && pwd)/$esc" ;; esac
fail=0
for f in *.go; do
    want="${f%.go}.golden"
    got=$("$esc" analyze --syntax-only "$f" 2>&1)
    if [ "$got" = "$(cat "$want")" ]; then
        echo "ok - $f"
    else
        echo "not ok - $f"
        printf '%s\n' "$got" | diff "$want" - | sed 's/^/# /' | head -10
        fail=1
    fi
done
exit $fail
