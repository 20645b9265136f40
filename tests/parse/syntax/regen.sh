#!/bin/sh
# tests/parse/syntax/regen.sh - regenerate NAME.golden for every NAME.go here
# with the real Go 1.19 (what `go build NAME.go` prints, "#" line dropped).
# The NAME.go files are programs of tests/corpus with one token deleted,
# inserted or doubled at random, kept when gc reports a syntax error.
set -eu
cd "$(dirname "$0")"
for f in *.go; do
    GO111MODULE=off go build -o /dev/null "$f" 2>&1 | grep -v '^#' >"${f%.go}.golden" || true
done
