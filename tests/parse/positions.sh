#!/bin/sh
# tests/parse/positions.sh [FILE.go...] - compare every node's type and
# position in our tree with gc's own syntax package (tests/parse/gcdump) on
# the given files, or on all of GOROOT/src (testdata excluded, as
# goroot.sh).  Prints "DIFF FILE" per mismatch and "compared N, differ D".
# Needs Go installed; slow (two processes per file).
set -u
cd "$(dirname "$0")/../.." || exit 2
B=${BUILD:-build}
make -s "$B/libengine.a" >/dev/null || exit 2
LIBS=$(sed -n 's/^YAML_LIBS *= *//p' config.mk)
cc -std=c11 -O2 -D_DEFAULT_SOURCE -Iengine -o "$B/parse_files" tests/parse/parse_files.c \
    "$B/libengine.a" $LIBS -lm || exit 2
sh tests/parse/gcdump/build.sh "$B/gcdump" >/dev/null || exit 2
list=$(mktemp)
if [ $# -gt 0 ]; then
    for f in "$@"; do echo "$f"; done >"$list"
else
    find "$(go env GOROOT)/src/" -name testdata -prune -o -name '*.go' -type f -print |
        sort >"$list"
fi
n=0
bad=0
while read -r f; do
    n=$((n + 1))
    "$B/gcdump" pos "$f" >"$list.gc" 2>&1
    "$B/parse_files" -d "$f" >"$list.me" 2>&1
    if ! cmp -s "$list.gc" "$list.me"; then
        bad=$((bad + 1))
        echo "DIFF $f"
    fi
done <"$list"
rm -f "$list" "$list.gc" "$list.me"
echo "compared $n, differ $bad"
[ "$bad" -eq 0 ]
