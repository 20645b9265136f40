#!/bin/sh
# t_regress.sh - inputs that once crashed, hung or leaked: each must now give
# diagnostics and a clean exit status (0 or 1), never a signal.
cd "$(dirname "$0")/../.." || exit 2
ESCAPADE=${ESCAPADE:-./escapade}
fail=0
for f in tests/fuzz/regress/*.go; do
    [ -f "$f" ] || continue
    for mode in "-m -l" "-m" "-m=2"; do
        # shellcheck disable=SC2086
        timeout 10 "$ESCAPADE" analyze $mode "$f" >/dev/null 2>&1
        rc=$?
        if [ $rc -le 1 ]; then echo "ok - $f $mode"; else echo "not ok - $f $mode (status $rc)"; fail=1; fi
    done
done
for f in tests/fuzz/regress/*.yaml; do
    [ -f "$f" ] || continue
    timeout 10 "$ESCAPADE" lint "$f" >/dev/null 2>&1
    rc=$?
    if [ $rc -le 1 ]; then echo "ok - $f"; else echo "not ok - $f (status $rc)"; fail=1; fi
done
exit $fail
