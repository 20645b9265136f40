#!/bin/sh
# tests/corpus/t_corpus_self.sh - test t_corpus.sh itself with a fake analyzer
# that prints the goldens (one file deliberately wrong, one crashing), so a
# broken comparison or ratchet cannot pass silently.  Run from the repo root.
set -u
root=$(pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/corpus_self.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
fail=0
# The fake analyzer gets one program wrong and crashes on another.  They are
# picked from the corpus itself (not fixed names such as lexer/trie), so adding
# or naming programs cannot make these checks match the wrong files.
set -- $(ls tests/corpus/*.go | sed 's|.*/||;s|\.go$||' | grep -vx 'escape_check' | head -n 2)
wrong=$1 crash=$2
check() {  # NAME CONDITION...
    name=$1; shift
    if "$@"; then echo "ok - corpus harness: $name"; else echo "not ok - corpus harness: $name"; fail=1; fi
}

cat >"$tmp/fake" <<FAKE
#!/bin/sh
# usage: fake analyze [FLAGS] FILE  -- prints the golden on stderr, like gc
shift
mode=err
case "\$*" in "-m -l "*) mode=ml ;; "-m=2 -l "*) mode=m2l ;; "-m=2 "*) mode=m2 ;; "-m "*) mode=m ;; esac
for a; do f=\$a; done
n=\$(basename "\$f" .go)
G=$root/tests/corpus/golden
case \$n in
    $wrong) echo "./$wrong.go:1:1: not what gc says" >&2; exit 0 ;;
    $crash) kill -SEGV \$\$ ;;
esac
if [ \$mode = err ]; then cat "\$G/errors/\$n.err.golden" >&2; exit 1; fi
cat "\$G/\$n.\$mode.golden" >&2
FAKE
chmod +x "$tmp/fake"
n=$(ls tests/corpus/*.go tests/corpus/gotest/*_test.go | wc -l)

printf 'ml escape_check\nml performance_test\nerr unused_import\n' >"$tmp/passing"
ESCAPADE=$tmp/fake CORPUS_PASSING=$tmp/passing sh tests/corpus/t_corpus.sh --mode ml --mode err >"$tmp/out" 2>&1
rc=$?
check "exit status 0 when PASSING files stay identical" [ $rc -eq 0 ]
check "identical count excludes the wrong and the crashing file" \
    grep -q "^corpus ml: files identical $((n - 2))/$n," "$tmp/out"
check "a crash is counted and named" grep -q "crashed or timed out 1: $crash\$" "$tmp/out"
check "ratchet reports ok for an identical file" grep -q "^ok - corpus ml escape_check$" "$tmp/out"
check "ratchet covers test files" grep -q "^ok - corpus ml performance_test$" "$tmp/out"
check "ratchet covers error programs" grep -q "^ok - corpus err unused_import$" "$tmp/out"

printf 'ml %s\n' "$wrong" >"$tmp/passing"
ESCAPADE=$tmp/fake CORPUS_PASSING=$tmp/passing sh tests/corpus/t_corpus.sh --mode ml >"$tmp/out" 2>&1
rc=$?
check "a PASSING file that differs fails the run" [ $rc -ne 0 ]
check "and is reported not ok" grep -q "^not ok - corpus ml $wrong\$" "$tmp/out"

: >"$tmp/passing"
ESCAPADE=$tmp/fake CORPUS_PASSING=$tmp/passing sh tests/corpus/t_corpus.sh --mode ml --update >/dev/null 2>&1
check "--update adds every identical file" [ "$(wc -l <"$tmp/passing")" -eq $((n - 2)) ]
check "--update leaves out differing files" sh -c "! grep -qx -e 'ml $wrong' -e 'ml $crash' '$tmp/passing'"

: >"$tmp/passing"
ESCAPADE=/bin/false CORPUS_PASSING=$tmp/passing sh tests/corpus/t_corpus.sh --mode ml >"$tmp/out" 2>&1
check "an analyzer that prints nothing passes with an empty PASSING" [ $? -eq 0 ]
# (except the programs gc has nothing to say about, e.g. tzdata_zipdata.go)
empty=$(for g in tests/corpus/golden/*.ml.golden; do [ -s "$g" ] || echo "$g"; done | wc -l)
check "and matches no lines" grep -q "^corpus ml: files identical $empty/$n, lines matched 0/" "$tmp/out"
exit $fail
