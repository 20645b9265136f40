#!/bin/sh
# tests/corpus/t_corpus.sh - compare `escapade analyze` with gc 1.19's goldens.
#
#   sh tests/corpus/t_corpus.sh                 run from the repo root ($ESCAPADE,
#                                                default ./escapade); what make check runs
#   sh tests/corpus/t_corpus.sh --update        also add newly identical files to PASSING
#   sh tests/corpus/t_corpus.sh --diff NAME [MODE]   golden vs analyzer, first differences
#   sh tests/corpus/t_corpus.sh --score         machine-readable summary (score.sh)
#   options: --mode MODE (repeatable: m ml m2 m2l err) limits the modes run.
#
# Modes and the analyzer flags they use (goldens in golden/NAME.MODE.golden):
#   m -m | ml -m -l | m2 -m=2 | m2l -m=2 -l | err (errors/NAME.go, no flags;
#   golden/errors/NAME.err.golden)
# The analyzer runs inside the program's directory (tests/corpus, tests/corpus/gotest
# or tests/corpus/errors) on the bare file name, so gc's `./NAME.go` names match.
# Its stdout and stderr are compared together (a `# command-line-arguments` line is
# ignored).  Per mode it prints "files identical X/N, lines matched M/E, extra K":
# a golden line is matched when the output has it (as a multiset), extra counts
# output lines that match no golden line; runs that crashed (killed by a signal)
# or timed out are counted and named.
#
# PASSING is the ratchet: lines `MODE NAME` for files that must stay identical
# ($CORPUS_PASSING names another file, for t_corpus_self.sh).
# Each gets an `ok - ` or `not ok - ` line; other files only count in the numbers.
set -u
root=$(pwd)
ESC=${ESCAPADE:-./escapade}
case $ESC in /*) ;; *) ESC=$root/$ESC ;; esac
cd "$(dirname "$0")" || exit 2
here=$(pwd)
passing=${CORPUS_PASSING:-PASSING}

update=0 score=0 diffname= diffmode= modes=
while [ $# -gt 0 ]; do
    case $1 in
        --update) update=1 ;;
        --score) score=1 ;;
        --diff) diffname=${2:-}; shift
                case ${2:-} in m|ml|m2|m2l|err) diffmode=$2; shift ;; esac ;;
        --mode) modes="$modes ${2:-}"; shift ;;
        -h|--help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "t_corpus.sh: unknown argument: $1" >&2; exit 2 ;;
    esac
    shift
done
[ -n "$modes" ] || modes="m ml m2 m2l err"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/corpus.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
tmo=
command -v timeout >/dev/null 2>&1 && tmo="timeout 20"

flags_of() {
    case $1 in m) echo "-m" ;; ml) echo "-m -l" ;; m2) echo "-m=2" ;; m2l) echo "-m=2 -l" ;; err) echo "" ;; esac
}

# Programs as "DIR FILE NAME": flat programs, gotest/*_test.go and errors/*.go.
programs() {
    for f in *.go; do [ -f "$f" ] && echo ". $f ${f%.go}"; done
    for f in gotest/*_test.go; do [ -f "$f" ] && b=$(basename "$f") && echo "gotest $b ${b%.go}"; done
}
errprogs() {
    for f in errors/*.go; do [ -f "$f" ] && b=$(basename "$f") && echo "errors $b ${b%.go}"; done
}
golden_of() {  # MODE NAME
    if [ "$1" = err ]; then echo "golden/errors/$2.err.golden"; else echo "golden/$2.$1.golden"; fi
}

run_one() {  # DIR FILE MODE OUT
    # shellcheck disable=SC2046
    (cd "$1" && $tmo "$ESC" analyze $(flags_of "$3") "$2") >"$4.raw" 2>&1
    rc=$?
    [ $rc -eq 124 ] && echo "t_corpus.sh: analyzer timed out" >>"$4.raw"
    grep -v '^# command-line-arguments$' "$4.raw" >"$4"
    rm -f "$4.raw"
    return $rc
}

if [ -n "$diffname" ]; then
    n=${diffname%.go}; n=${n#errors/}; n=${n#gotest/}
    [ -n "$diffmode" ] || diffmode="m ml m2 m2l"
    for mode in $diffmode; do
        if [ "$mode" = err ] || [ -f "errors/$n.go" ]; then mode=err; d=errors
        elif [ -f "gotest/$n.go" ]; then d=gotest
        else d=.; fi
        g=$(golden_of "$mode" "$n")
        [ -f "$g" ] || { echo "t_corpus.sh: no golden $g" >&2; exit 2; }
        run_one "$d" "$n.go" "$mode" "$tmp/out"
        echo "== $n $mode ($g vs escapade analyze $(flags_of "$mode"))"
        diff -u "$g" "$tmp/out" | head -n "${DIFF_LINES:-60}"
        [ "$mode" = err ] && break
    done
    exit 0
fi

# Run everything; one row per file and mode: MODE NAME GOLDEN OUT IDENTICAL.
: >"$tmp/rows"
start=$(date +%s)
for mode in $modes; do
    if [ "$mode" = err ]; then errprogs; else programs; fi | while read -r d f n; do
        g=$(golden_of "$mode" "$n")
        o=$tmp/$n.$mode.out
        run_one "$d" "$f" "$mode" "$o"
        # exit status >= 124: timeout or killed by a signal (a crash)
        if [ $? -ge 124 ]; then crash=1; else crash=0; fi
        if [ -f "$g" ] && cmp -s "$g" "$o"; then same=1; else same=0; fi
        echo "$mode $n $g $o $same $crash" >>"$tmp/rows"
    done
done
secs=$(( $(date +%s) - start ))

# Multiset line matching, per file, summed per mode.
awk -v score="$score" -v secs="$secs" '
{
    mode = $1; g = $3; o = $4
    split("", cnt); e = 0; m = 0; x = 0
    while ((getline l < g) > 0) { cnt[l]++; e++ }
    close(g)
    while ((getline l < o) > 0) { if (cnt[l] > 0) { cnt[l]--; m++ } else x++ }
    close(o)
    if (!(mode in files)) order[++nm] = mode
    files[mode]++; same[mode] += $5; expd[mode] += e; mat[mode] += m; ext[mode] += x
    crash[mode] += $6; if ($6) crashed[mode] = crashed[mode] " " $2
}
END {
    for (i = 1; i <= nm; i++) {
        k = order[i]
        if (score)
            printf "corpus.%s files_identical=%d files=%d lines_matched=%d lines_expected=%d lines_extra=%d crashed=%d\n", k, same[k], files[k], mat[k], expd[k], ext[k], crash[k]
        else {
            printf "corpus %s: files identical %d/%d, lines matched %d/%d, extra %d", k, same[k], files[k], mat[k], expd[k], ext[k]
            if (crash[k]) printf ", crashed or timed out %d:%s", crash[k], crashed[k]
            printf "\n"
        }
    }
    if (score) printf "corpus.seconds=%d\n", secs
}' "$tmp/rows"
[ "$score" = 1 ] && exit 0

fail=0
# Every program must have its goldens (they are generated, never hand-written).
missing=$(for mode in $modes; do
    if [ "$mode" = err ]; then errprogs; else programs; fi | while read -r d f n; do
        g=$(golden_of "$mode" "$n"); [ -f "$g" ] || echo "$g"
    done
done)
if [ -z "$missing" ]; then echo "ok - corpus goldens present"
else echo "not ok - corpus goldens present"; echo "$missing" | sed 's/^/#   missing /'; fail=1; fi

# The ratchet.
if [ -f "$passing" ]; then
    while read -r mode n rest; do
        case $mode in ''|'#'*) continue ;; esac
        case " $modes " in *" $mode "*) ;; *) continue ;; esac
        row=$(awk -v m="$mode" -v n="$n" '$1 == m && $2 == n' "$tmp/rows")
        same=$(echo "$row" | awk '{ print $5 }')
        if [ "$same" = 1 ]; then
            echo "ok - corpus $mode $n"
        else
            echo "not ok - corpus $mode $n"
            if [ -n "$row" ]; then
                set -- $row
                diff "$3" "$4" | head -n 8 | sed 's/^/#   /'
            else
                echo "#   no such program"
            fi
            fail=1
        fi
    done <"$passing"
fi

if [ "$update" = 1 ]; then
    touch "$passing"
    awk '$5 == 1 { print $1, $2 }' "$tmp/rows" >"$tmp/new"
    added=$(sort "$tmp/new" | comm -23 - "$(sort "$passing" >"$tmp/old"; echo "$tmp/old")")
    if [ -n "$added" ]; then
        { grep -v '^[[:space:]]*$' "$passing"; echo "$added"; } | sort -u >"$tmp/passing"
        cp "$tmp/passing" "$passing"
        echo "$added" | sed 's/^/# added to PASSING: /'
    fi
fi
exit $fail
