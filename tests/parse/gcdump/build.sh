#!/bin/sh
# tests/parse/gcdump/build.sh OUT - build "gcdump", gc's own syntax package
# (copied from GOROOT) with a small driver, to generate test expectations:
#   gcdump tok FILE   tokens as "kind@line:col" (as test_lex.c prints them)
#   gcdump pos FILE   every syntax node's type and position, in walk order
# Needs Go 1.19 installed; the tests only carry its output as data.
set -eu
out=${1:-/tmp/gcdump}
case $out in /*) ;; *) out="$(pwd)/$out" ;; esac
here=$(cd "$(dirname "$0")" && pwd)
gp=$(mktemp -d)
mkdir -p "$gp/src/gcsyntax" "$gp/src/dump"
for f in "$(go env GOROOT)"/src/cmd/compile/internal/syntax/*.go; do
    case $f in *_test.go) ;; *) cp "$f" "$gp/src/gcsyntax/" ;; esac
done
cp "$here/export_dump.go.in" "$gp/src/gcsyntax/export_dump.go"
cp "$here/main.go.in" "$gp/src/dump/main.go"
(cd "$gp" && GOPATH="$gp" GO111MODULE=off go build -o "$out" dump)
rm -rf "$gp"
echo "built $out"
