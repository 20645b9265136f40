#!/bin/sh
# tests/parse/goroot.sh - parse every .go file of Go's own source tree that
# gofmt accepts (testdata excluded) with escapade's parser; prints the first
# error of each failure and "parsed N/M files (P%) in T s".
# Needs Go installed (run by `make bench`); builds a small driver.
set -u
cd "$(dirname "$0")/../.." || exit 2
B=${BUILD:-build}
GOROOT=$(go env GOROOT) || exit 2
[ -f config.mk ] || ./configure >/dev/null
make -s "$B/libengine.a" >/dev/null || exit 2
LIBS=$(sed -n 's/^YAML_LIBS *= *//p' config.mk)
cc -std=c11 -O2 -D_DEFAULT_SOURCE -Iengine -o "$B/parse_files" tests/parse/parse_files.c \
    "$B/libengine.a" $LIBS -lm || exit 2
list=$(mktemp)
find "$GOROOT/src/" -name testdata -prune -o -name '*.go' -type f -print | sort >"$list.all"
# gofmt -e reports "FILE:LINE:COL: msg" for files it cannot parse: drop those.
xargs gofmt -l -e <"$list.all" 2>&1 >/dev/null | sed -n 's/^\(.*\.go\):[0-9]*:[0-9]*: .*/\1/p' |
    sort -u >"$list.bad"
comm -23 "$list.all" "$list.bad" >"$list"
"$B/parse_files" <"$list"
rc=$?
rm -f "$list" "$list.all" "$list.bad"
exit $rc
