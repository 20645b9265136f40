#!/bin/sh
# tools/stdtags.sh - regenerate engine/std/*.go, the standard-library stubs,
# from the real GOROOT sources and the real compiler (needs Go 1.19).
#
# tools/stdspec.txt names what each package exports to escapade; the
# generator (tools/stdtags/main.go) copies the declarations they need from
# GOROOT, keeps the bodies of the functions gc inlines (gc -m=2 "can inline"),
# and writes each function's parameter escape tags as gc computed them
# (gc -m=2 "leaking param..." / "does not escape", exact derefs from the
# "parameter p leaks to {heap} with derefs=D" explanations) on an //esc: line
# in the format of engine/escape.h.  CI has no Go: the stubs are committed.
set -eu
cd "$(dirname "$0")/.."
command -v go >/dev/null || { echo "stdtags: needs the go command (Go 1.19)" >&2; exit 2; }
case $(go env GOVERSION) in go1.19*) ;; *) echo "stdtags: needs Go 1.19, have $(go env GOVERSION)" >&2; exit 2 ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
GO111MODULE=off go run tools/stdtags/main.go tools/stdspec.txt "$tmp"
rm -f engine/std/*.go
cp "$tmp"/*.go engine/std/
echo "stdtags: $(ls engine/std/*.go | wc -l) stubs in engine/std"
