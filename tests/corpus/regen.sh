#!/bin/sh
# tests/corpus/regen.sh - regenerate the corpus goldens with the real Go 1.19 gc.
#
#   sh tests/corpus/regen.sh [NAME...]      (what `make goldens` runs; needs Go)
#
# For each program NAME.go in tests/corpus and each mode it writes
# golden/NAME.MODE.golden with what gc prints, minus the `# command-line-arguments`
# header; everything else is kept byte for byte, in gc's order:
#   m    go build -gcflags='-m'
#   ml   go build -gcflags='-m -l'
#   m2   go build -gcflags='-m=2'
#   m2l  go build -gcflags='-m=2 -l'
# gotest/NAME_test.go is compiled the way `go test -c -gcflags=...` does (with
# gotest/main.go as the package's non-test file); its golden keeps only the
# lines of the package's own compile that are not about main.go.
# errors/NAME.go must fail to build: golden/errors/NAME.err.golden is the
# plain `go build` output (stderr) minus the header line.
# With NAME arguments only those programs (NAME, gotest/NAME_test or errors/NAME)
# are regenerated.
set -u
cd "$(dirname "$0")" || exit 2
command -v go >/dev/null 2>&1 || { echo "regen.sh: needs Go 1.19 (go not found)" >&2; exit 2; }
case $(go version) in
    *go1.19*) ;;
    *) echo "regen.sh: warning: $(go version) is not Go 1.19" >&2 ;;
esac
export GO111MODULE=off GOFLAGS= CGO_ENABLED=0
status=0
modes="m ml m2 m2l"

flags_of() {
    case $1 in
        m) echo "-m" ;; ml) echo "-m -l" ;; m2) echo "-m=2" ;; m2l) echo "-m=2 -l" ;;
    esac
}

drop_header() { grep -v '^# command-line-arguments$' || true; }

regen_prog() {  # $1 = NAME (NAME.go in this directory)
    for mode in $modes; do
        out=golden/$1.$mode.golden
        if ! go build -gcflags="$(flags_of $mode)" -o /dev/null "$1.go" >"$out.raw" 2>&1; then
            echo "regen.sh: $1.go does not build:" >&2; cat "$out.raw" >&2; status=1
        fi
        drop_header <"$out.raw" >"$out"; rm -f "$out.raw"
    done
}

regen_test() {  # $1 = NAME_test (gotest/NAME_test.go)
    for mode in $modes; do
        out=golden/$1.$mode.golden
        if ! (cd gotest && go test -c -gcflags="$(flags_of $mode)" -o /dev/null . >"../$out.raw" 2>&1); then
            echo "regen.sh: gotest does not build:" >&2; cat "$out.raw" >&2; status=1
        fi
        # Keep the package's own section (up to the test main's "# " header),
        # minus its header and the lines about main.go.
        awk 'NR > 1 && /^# / { exit } NR > 1 && !/^\.\/main\.go:/' "$out.raw" >"$out"
        rm -f "$out.raw"
    done
}

regen_err() {  # $1 = NAME (errors/NAME.go)
    out=golden/errors/$1.err.golden
    if (cd errors && go build -o /dev/null "$1.go" >"../$out.raw" 2>&1); then
        echo "regen.sh: errors/$1.go builds but must not" >&2; status=1
    fi
    drop_header <"$out.raw" >"$out"; rm -f "$out.raw"
}

regen_one() {
    case $1 in
        errors/*) regen_err "${1#errors/}" ;;
        gotest/*) n=${1#gotest/}; regen_test "${n%.go}" ;;
        *_test) regen_test "$1" ;;
        *) if [ -f "errors/$1.go" ] && [ ! -f "$1.go" ]; then regen_err "$1"; else regen_prog "${1%.go}"; fi ;;
    esac
}

mkdir -p golden/errors
if [ $# -gt 0 ]; then
    for n in "$@"; do regen_one "$n"; done
else
    rm -f golden/*.golden golden/errors/*.golden
    n=0
    for f in *.go; do regen_prog "${f%.go}"; n=$((n + 1)); done
    for f in gotest/*_test.go; do [ -f "$f" ] && regen_test "$(basename "$f" .go)"; done
    for f in errors/*.go; do [ -f "$f" ] && regen_err "$(basename "$f" .go)"; done
    sh stdtags/gen.sh || status=1
    echo "regen.sh: $n programs, $(ls gotest/*_test.go 2>/dev/null | wc -l) test files," \
         "$(ls errors/*.go 2>/dev/null | wc -l) error programs"
fi
exit $status
