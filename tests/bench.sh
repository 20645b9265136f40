#!/bin/sh
# tests/bench.sh - `make bench`: analyzer, lessons and app speed; no Go needed.
#
# Prints: the chapter examples' analysis time, alone and with the std
# packages cached between analyses as the app does; throughput on generated files
# of 1k, 10k and 100k lines with the 10k->100k growth; peak memory; the
# corpus score against gc's goldens; lessons load+lint time; the app's time
# to first frame; and, where Go is installed, gc's own time on the same
# files and the ratio.
set -u
cd "$(dirname "$0")/.." || exit 2
B=build/bench
mkdir -p "$B"
ESCAPADE=${ESCAPADE:-./escapade}

chapter="tests/corpus/escape_analysis.go tests/corpus/escape_check.go
         tests/corpus/optimization_tips.go"
echo "== chapter examples (best of 200 runs, -m): each analysis on its own"
for f in $chapter; do
    [ -f "$f" ] && "$B/bench" -n 200 "$f"
done
echo "== the same with a StdCache shared between analyses (the app, lint)"
for f in $chapter; do
    [ -f "$f" ] && "$B/bench" -c -n 200 "$f"
done

echo
echo "== generated programs (best of 5 runs, -m; each stage's best time and arena bytes below)"
for n in 1000 10000 100000; do
    [ -f "$B/gen$n.go" ] || sh tests/bench/gengo.sh $n >"$B/gen$n.go"
done
out=$("$B/bench" -s -n 5 "$B/gen1000.go" "$B/gen10000.go" "$B/gen100000.go")
echo "$out"
for n in 1000 10000 100000; do   # peak memory of each size on its own
    "$B/peak" "gen$n.go analyze -m" "$ESCAPADE" analyze -m "$B/gen$n.go" >/dev/null
done
t10=$(echo "$out" | awk '/gen10000.go/ {print $5}')
t100=$(echo "$out" | awk '/gen100000.go/ {print $5}')
if [ -n "$t10" ] && [ -n "$t100" ]; then
    awk -v a="$t10" -v b="$t100" 'BEGIN { printf "growth 10k -> 100k lines: %.2fx time for 10x lines (1.0 = linear)\n", b / a / 10 }'
fi

if command -v go >/dev/null 2>&1; then
    echo
    echo "== gc 1.19 on the same files (go tool compile -m, best of 3)"
    for n in 1000 10000 100000; do
        best=
        for r in 1 2 3; do
            s=$(date +%s%N)
            (cd "$B" && go tool compile -m -o /dev/null "gen$n.go" >/dev/null 2>&1)
            e=$(date +%s%N)
            us=$(( (e - s) / 1000 ))
            if [ -z "$best" ] || [ "$us" -lt "$best" ]; then best=$us; fi
        done
        ours=$(echo "$out" | awk -v f="gen$n.go" '$1 ~ f {print $5}')
        cpu=$(echo "$out" | awk -v f="gen$n.go" '$1 ~ f && match($0, /cpu +[0-9.]+/) {
            split(substr($0, RSTART, RLENGTH), c, " "); print c[2] }')
        awk -v n=$n -v g="$best" -v o="$ours" -v c="${cpu:-0}" 'BEGIN {
            printf "gen%d.go: gc %.1f ms, escapade %.1f ms: %.0fx faster (escapade cpu %.1f ms)\n",
                   n, g / 1000, o / 1000, (o > 0 ? g / o : 0), c / 1000 }'
    done
else
    echo
    echo "== gc comparison skipped: Go is not installed"
fi

if [ -f tests/corpus/score.sh ]; then
    echo
    echo "== corpus against gc 1.19 goldens"
    ESCAPADE=$ESCAPADE sh tests/corpus/score.sh
fi

if [ -f tests/parse/goroot.sh ] && command -v go >/dev/null 2>&1 && \
   [ -d "$(go env GOROOT)/src" ]; then
    echo
    echo "== parsing Go's own source tree"
    sh tests/parse/goroot.sh
fi

echo
echo "== lessons: load and lint"
"$B/peak" "escapade lint lessons" "$ESCAPADE" lint lessons >"$B/lint.out" 2>"$B/lint.err"
tail -n 1 "$B/lint.out"
tail -n 1 "$B/lint.err"

echo
echo "== app: time to first frame (home screen; a pty, TERM=xterm-256color)"
st=$(mktemp -d)
for size in "80 24" "300 100"; do
    # shellcheck disable=SC2086
    HOME=$st XDG_STATE_HOME=$st TERM=xterm-256color LANG=C.UTF-8 \
        "$B/firstframe" $size "? help" "$ESCAPADE"
done
rm -rf "$st"
if command -v tmux >/dev/null 2>&1; then
    echo
    echo "== app: frame times over a scripted session (tmux; budgets 50 ms first frame, 16 ms p90)"
    ESCAPADE_BUDGETS=1 ESCAPADE="$ESCAPADE" sh tests/tui/t_speed.sh | grep -v '^ok - a session'
fi
