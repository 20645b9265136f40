#!/bin/sh
# regen.sh - regenerate the goldens of tests/cli/t_analyze.sh with the real
# Go 1.19 compiler (CI has no Go: the goldens are committed data).
#   sh tests/cli/go/regen.sh        (from the repo root)
# Names: "here" goldens are built inside tests/cli/go on the bare file name
# (./ret.go); "root" goldens from the repo root on tests/cli/go/ret.go, to
# pin the go command's way of naming files.  A fresh GOCACHE each time:
# the build cache replays old output with the file names of the first run.
set -eu
cd "$(dirname "$0")"
export GO111MODULE=off
gc() {  # dir file flags
    cache=$(mktemp -d)
    (cd "$1" && GOCACHE=$cache go build -gcflags="$3" -o /dev/null "$2" 2>&1 || true) |
        grep -v '^# command-line-arguments' || true
    rm -rf "$cache"
}
gc . ret.go -m >golden/ret.m.here
gc . ret.go '-m -l' >golden/ret.ml.here
gc . ret.go -m=2 >golden/ret.m2.here
gc ../../.. tests/cli/go/ret.go -m >golden/ret.m.root
gc . bad.go -m >golden/bad.err.here
gc . undef.go -m >golden/undef.err.here

gc ../../.. tests/cli/go/bad.go -m >golden/bad.err.root
go version >golden/VERSION
