#!/bin/sh
# t_catalog.sh - a catalog of bad inputs (lessons, Go, state files): each
# must give its expected message, exit 0 or 1 (2 for usage), never a signal
# (status > 128) and never a hang (every run is under `timeout 10`).
#
# Go messages marked "go build" were pasted from what Go 1.19 prints for
#   cd DIR && GO111MODULE=off go build -gcflags=-m -o /dev/null FILE.go
# on the same bytes (CI has no Go: the text is data).  Where gc has no
# message (gc accepts, or crashes itself) the expected text is escapade's.
set -u
E=${ESCAPADE:-./escapade}
case $E in /*) ;; *) E=$(pwd)/$E ;; esac
T=$(mktemp -d "${TMPDIR:-/tmp}/escapade-robust.XXXXXX")
trap 'chmod -R u+w "$T" 2>/dev/null; rm -rf "$T"' EXIT
export HOME="$T/home" XDG_STATE_HOME="$T/state" LANG=C.UTF-8 LC_ALL=C.UTF-8
mkdir -p "$HOME" "$XDG_STATE_HOME"
status=0
ok() { echo "ok - $1"; }
notok() { echo "not ok - $1"; status=1; }

# expect NAME RC TEXT CMD...: run CMD (in $T) under timeout; its status must
# be RC and its output (stdout+stderr) must contain the line TEXT.
expect() {
    name=$1 want=$2 text=$3
    shift 3
    (cd "$T" && timeout 10 "$@") >"$T/out" 2>&1 </dev/null
    rc=$?
    if [ $rc -eq 124 ]; then notok "$name: hang (killed after 10 s)"; return; fi
    if [ $rc -gt 128 ]; then notok "$name: killed by signal $((rc - 128))"; return; fi
    if [ $rc -ne "$want" ]; then
        notok "$name: exit status $rc, want $want"
        head -n 5 "$T/out" | sed 's/^/#   /'
        return
    fi
    if ! grep -qxF -- "$text" "$T/out"; then
        notok "$name: no line '$text'"
        head -n 5 "$T/out" | cut -c1-200 | sed 's/^/#   /'
        return
    fi
    ok "$name"
}

# rep STRING N: STRING N times (printf escapes in STRING), for big inputs.
rep() { awk -v s="$1" -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'; }

# ------------------------------------------------------------ Go sources
go() { name=$1; shift; printf "$@" >"$T/$name"; }
go ustr.go 'package main\n\nfunc main() {\n\ts := "abc\n}\n'
go uraw.go 'package main\n\nfunc main() {\n\ts := `abc\n}\n'
go urune.go "package main\n\nfunc main() {\n\tr := 'a\n}\n"
go ucomment.go 'package main\n\nfunc main() {\n}\n/* never closed\n'
go nul.go 'package main\n\nfunc main() {\n\tx := 1\000\n}\n'
go badutf.go 'package main\n\nfunc main() {\n\tx := "\377"\n\t_ = x\n}\n'
go badutf_id.go 'package main\n\nfunc main() {\n\tx\377 := 1\n}\n'
: >"$T/empty.go"
go e_plus.go 'package main\n\nfunc main() {\n\tx := 1 +\n}\n'
go e_if.go 'package main\n\nfunc main() {\n\tif x := 1; {\n\t}\n}\n'
go e_for.go 'package main\n\nfunc main() {\n\tfor i := 0; i < 3; i++ \n\t}\n}\n'
go e_params.go 'package main\n\nfunc main( {\n}\n'
go e_var.go 'package main\n\nfunc main() {\n\tvar x int = \n}\n'
go e_import.go 'package main\n\nimport \n\nfunc main() {\n}\n'
go e_package.go 'package\n\nfunc main() {\n}\n'
go e_struct.go 'package main\n\ntype T struct {\n\tx int,\n}\n\nfunc main() {}\n'
go e_composite.go 'package main\n\nfunc main() {\n\tx := []int{1, 2\n\t_ = x\n}\n'
go e_rparen.go 'package main\n\nfunc main() {\n\tx := 1)\n}\n'
go e_go.go 'package main\n\nfunc main() {\n\tgo\n}\n'
go e_case.go 'package main\n\nfunc main() {\n\tswitch {\n\tcase 1\n\t}\n}\n'
go e_hex.go 'package main\n\nfunc main() {\n\tx := 0x\n\t_ = x\n}\n'
go e_char.go 'package main\n\nfunc main() {\n\tx := 1 @ 2\n}\n'
{ printf 'package main\n\nvar x = '; rep '(' 100000; printf 1; rep ')' 100000
  printf '\n\nfunc main() {}\n'; } >"$T/deep.go"
{ printf 'package main\n\nfunc main() {\n\tx := 0'; rep ' + 1' 100000
  printf '\n\t_ = x\n}\n'; } >"$T/chain.go"
{ printf 'package main\n\nfunc f(s string) string {\n\treturn s'; rep ' + s' 100000
  printf '\n}\n\nfunc main() { println(f("x")) }\n'; } >"$T/concat.go"
{ printf 'package main\n\nfunc main() {\n\tvar x [1]int\n\t_ = x'; rep '[0]' 100000
  printf '\n}\n'; } >"$T/index.go"
{ printf 'package main\n\nvar s = "'; rep aaaaaaaaaaaaaaaa 65536
  printf '"\n\nfunc main() { _ = s }\n'; } >"$T/bigstr.go"
{ printf 'package main\n\nconst c = '; rep 1 10000; printf '\n\nfunc main() {}\n'; } >"$T/bigint.go"
{ printf 'package main\n\nconst c = '; rep 1 10001; printf '\n\nfunc main() {}\n'; } >"$T/bigint2.go"
{ printf 'package main\n\nfunc main() {\n\tx := []int{0'; rep ', 1' 350000
  printf '}\n\t_ = x\n}\n'; } >"$T/longline.go"
mkdir -p "$T/adir.go"

A="$E analyze -m"
# go build
expect "go: newline in string" 1 "./ustr.go:4:11: newline in string" $A ustr.go
# go build
expect "go: unterminated raw string" 1 "./uraw.go:4:7: string not terminated" $A uraw.go
# go build
expect "go: unterminated rune" 1 "./urune.go:4:9: newline in rune literal" $A urune.go
# go build
expect "go: unterminated comment" 1 "./ucomment.go:5:1: comment not terminated" $A ucomment.go
# go build (also prints "malformed constant: 1 " at 4:7)
expect "go: NUL byte" 1 "./nul.go:4:8: invalid NUL character" $A nul.go
# go build
expect "go: invalid UTF-8 in a string" 1 "./badutf.go:4:8: invalid UTF-8 encoding" $A badutf.go
# go build
expect "go: invalid UTF-8 in a name" 1 "./badutf_id.go:4:3: invalid UTF-8 encoding" $A badutf_id.go
# go build (the go command's own parser speaks first for these three)
expect "go: empty file" 1 "empty.go:1:1: expected 'package', found 'EOF'" $A empty.go
# go build
expect "go: import without a path" 1 "e_import.go:5:1: expected 'STRING', found 'func'" $A e_import.go
# go build
expect "go: package without a name" 1 "e_package.go:3:1: expected 'IDENT', found 'func'" $A e_package.go
# go build
expect "go: syntax error at } after +" 1 "./e_plus.go:5:1: syntax error: unexpected }, expecting expression" $A e_plus.go
# go build
expect "go: syntax error: if without condition" 1 "./e_if.go:4:11: syntax error: missing condition in if statement" $A e_if.go
# go build
expect "go: syntax error at newline after for clause" 1 "./e_for.go:4:25: syntax error: unexpected newline, expecting { after for clause" $A e_for.go
# go build
expect "go: syntax error at { in parameters" 1 "./e_params.go:3:12: syntax error: unexpected {, expecting )" $A e_params.go
# go build
expect "go: syntax error after var =" 1 "./e_var.go:5:1: syntax error: unexpected }, expecting expression" $A e_var.go
# go build
expect "go: syntax error at comma in struct" 1 "./e_struct.go:4:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }" $A e_struct.go
# go build
expect "go: syntax error at newline in composite literal" 1 "./e_composite.go:4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }" $A e_composite.go
# go build
expect "go: syntax error at stray )" 1 "./e_rparen.go:4:8: syntax error: unexpected ) at end of statement" $A e_rparen.go
# go build
expect "go: go without a call" 1 "./e_go.go:5:1: expression in go must be function call" $A e_go.go
# go build
expect "go: case without :" 1 "./e_case.go:5:8: syntax error: unexpected newline, expecting :" $A e_case.go
# go build
expect "go: 0x without digits" 1 "./e_hex.go:4:9: hexadecimal literal has no digits" $A e_hex.go
# go build
expect "go: invalid character" 1 "./e_char.go:4:9: invalid character U+0040 '@'" $A e_char.go
# go build (the same through --syntax-only)
expect "go: --syntax-only reports the lexer error" 1 "./ustr.go:4:11: newline in string" \
    $E analyze --syntax-only ustr.go
# gc accepts 100,000 parens; escapade bounds nesting (its stack is C's).
# Like gc, no column from column 255 on (src.colMax).
expect "go: 100,000 nested parens" 1 "./deep.go:3: syntax error: nesting too deep (more than 1000 levels)" $A deep.go
# go build (a chain is not nesting: gc dies of a stack overflow only at
# 262,144 terms, escapade walks chains without recursion)
expect "go: 100,000-term binary chain" 0 "./chain.go:3:6: can inline main" $A chain.go
# go build (its line about the concatenation itself: a 500 KB expression)
expect "go: 100,000-term string concatenation" 0 "./concat.go:3:8: s does not escape" $A concat.go
expect "go: 100,000 index expressions" 1 "./index.go:5: syntax error: nesting too deep (more than 1000 levels)" $A index.go
# go build
expect "go: a 1 MB string literal" 0 "./bigstr.go:5:6: can inline main" $A bigstr.go
# go build
expect "go: a 10,000-digit integer" 0 "./bigint.go:5:6: can inline main" $A bigint.go
# go build
expect "go: a 10,001-digit integer" 1 "./bigint2.go:3:11: excessively long constant: 1111111111... (10001 chars)" $A bigint2.go
# go build, with -gcflags='-m -l'
expect "go: a 1 MB line" 0 "./longline.go:4:12: []int{...} does not escape" $E analyze -m -l longline.go
expect "go: a directory" 1 "escapade: adir.go: is a directory (give .go files)" $A adir.go
expect "go: a missing file" 1 "escapade: missing.go: No such file or directory" $A missing.go

# ------------------------------------------------------------ lessons
les() { name=$1; shift; printf "$@" >"$T/$name"; }
les tab.yaml 'id: x\ntitle: T\n\tsummary: s\n'
: >"$T/empty.yaml"
les utf.yaml 'id: x\ntitle: \377\376\n'
les ctl.yaml 'id: x\ntitle: a\001b\n'
les nul.yaml 'id: x\000\n'
les unknown.yaml 'id: bad\ntitle: Bad\nsummary: s\norder: 99\ncolour: red\nblocks:\n  - paragraph: x\n'
les type.yaml 'id: bad2\ntitle: [a, b]\nsummary: s\norder: 98\nblocks:\n  - paragraph: x\n'
les missing.yaml 'id: bad3\nsummary: s\norder: 97\nblocks:\n  - paragraph: x\n'
{ rep '[' 10000; rep ']' 10000; echo; } >"$T/deep.yaml"
{ printf 'id: big\ntitle: Big\nsummary: s\norder: 1\nblocks:\n'
  rep '  - paragraph: word word word word word word word word word\n' 100000; } >"$T/huge.yaml"
# 2 KB of bytes 1..255 in a fixed order (no NUL), then a NUL byte
awk 'BEGIN { for (i = 0; i < 2048; i++) printf "%c", 1 + (i * 37) % 255 }' >"$T/garbage.yaml"
{ cat "$T/garbage.yaml"; printf '\000'; } >"$T/binary.yaml"

L="$E lint"
expect "yaml: tab in indentation" 1 "tab.yaml:3:1: tab character: YAML indentation must use spaces" $L tab.yaml
expect "yaml: empty file" 1 "empty.yaml:1:1: empty lesson file" $L empty.yaml
expect "yaml: invalid UTF-8 is placed at its byte" 1 "utf.yaml:2:8: YAML: invalid leading UTF-8 octet" $L utf.yaml
expect "yaml: control character" 1 "ctl.yaml:2:9: YAML: control characters are not allowed" $L ctl.yaml
expect "yaml: NUL byte" 1 "nul.yaml:1:1: file contains a NUL byte: not a text file" $L nul.yaml
expect "yaml: binary garbage" 1 "binary.yaml:1:1: file contains a NUL byte: not a text file" $L binary.yaml
expect "yaml: unknown key" 1 "unknown.yaml:5:1: unknown key 'colour' in lesson (expected one of: id, title, summary, order, part, blocks)" $L unknown.yaml
expect "yaml: wrong type" 1 "type.yaml:2:8: lesson: 'title' must be a string, not a list" $L type.yaml
expect "yaml: missing field" 1 "missing.yaml:1:1: lesson: missing required key 'title'" $L missing.yaml
expect "yaml: 10,000 levels of nesting" 1 "deep.yaml:1:33: nesting deeper than 32 levels" $L deep.yaml
# (the size given is what was read: loading stops past the limit)
expect "yaml: a 5 MB document" 1 "huge.yaml:1:1: file too large (1048577 bytes; at most 1048576)" $L huge.yaml
# bytes 1..255 without NUL: some YAML error, placed, never a crash
(cd "$T" && timeout 10 $L garbage.yaml) >"$T/out" 2>&1
rc=$?
if [ $rc -eq 1 ] && grep -q '^garbage.yaml:[0-9]*:[0-9]*: ' "$T/out"; then ok "yaml: binary garbage without NUL"
else notok "yaml: binary garbage without NUL (status $rc)"; fi

# a pack where one file is bad: the others still load
mkdir -p "$T/pack"
cp lessons/02-stack-vs-heap.yaml "$T/pack/"
cp "$T/unknown.yaml" "$T/pack/zz-unknown.yaml"
expect "yaml: lint of a pack names the bad file" 1 "pack/zz-unknown.yaml:5:1: unknown key 'colour' in lesson (expected one of: id, title, summary, order, part, blocks)" $L pack
expect "yaml: lint of a pack still loads the good lesson" 1 "1 lesson, 1 example, 5 questions (0 fix-it), 1 problem" $L pack
(cd "$T" && echo quit | timeout 10 "$E" --lessons pack quiz --plain --count 1 --seed 1) >"$T/out" 2>&1
rc=$?
if [ $rc -le 1 ] && grep -q "^Question 1 of 1 (lesson: Stack vs heap" "$T/out" &&
   grep -q "zz-unknown.yaml:5:1: unknown key 'colour'" "$T/out"; then
    ok "yaml: a quiz on a pack with a bad file asks the good lesson and names the bad one"
else
    notok "yaml: a quiz on a pack with a bad file (status $rc)"; head -n 5 "$T/out" | sed 's/^/#   /'
fi

# ------------------------------------------------------------ state
P="$XDG_STATE_HOME/escapade/progress.yaml"
damaged() {  # NAME CONTENT-PRINTF MESSAGE-TAIL
    rm -rf "$XDG_STATE_HOME/escapade"; mkdir -p "$XDG_STATE_HOME/escapade"
    printf "$2" >"$P"
    (cd "$T" && timeout 10 "$E" progress) >"$T/out" 2>"$T/err"
    rc=$?
    set -- "$1" "$3"
    if [ $rc -eq 0 ] && grep -qF "is damaged ($2); moved it to $P.damaged-" "$T/err" &&
       grep -q "^Due for review" "$T/out" && ls "$P".damaged-* >/dev/null 2>&1; then
        ok "state: $1 is set aside and progress still works"
    else
        notok "state: $1 (status $rc)"; head -n 3 "$T/err" | sed 's/^/#   /'
    fi
}
damaged "garbage progress" '\001\002\003' "1:1: control characters are not allowed"
damaged "truncated progress" 'version: 1\nlessons:\n- id: "esc' "3:11: found unexpected end of stream"
damaged "progress with a wrong type" 'version: 1\nlessons: 5\n' "2:10: 'lessons' must be a list"
damaged "progress with a wrong field type" 'version: 1\nlessons:\n- id: "escape-rules"\n  answered: many\n' \
    "4:13: 'answered' must be a non-negative integer"

# unwritable state dir, even for root: a path under a regular file
(cd "$T" && echo 1 | XDG_STATE_HOME=/dev/null/x timeout 10 "$E" quiz --plain --count 1 --seed 1) >"$T/out" 2>&1
rc=$?
if [ $rc -le 1 ] && grep -qF "escapade: cannot save progress to /dev/null/x/escapade/progress.yaml: Not a directory" "$T/out"; then
    ok "state: an unwritable state dir is a clear message"
else notok "state: an unwritable state dir (status $rc)"; head -n 3 "$T/out" | sed 's/^/#   /'; fi
(cd "$T" && echo 1 | HOME=/dev/null/home XDG_STATE_HOME= timeout 10 "$E" quiz --plain --count 1 --seed 1) >"$T/out" 2>&1
rc=$?
if [ $rc -le 1 ] && grep -qF "escapade: cannot save progress to /dev/null/home/" "$T/out"; then
    ok "state: an unwritable HOME is a clear message"
else notok "state: an unwritable HOME (status $rc)"; head -n 3 "$T/out" | sed 's/^/#   /'; fi
(cd "$T" && HOME=/dev/null/home XDG_STATE_HOME= timeout 10 "$E" progress) >"$T/out" 2>&1
rc=$?
if [ $rc -le 1 ]; then ok "state: progress with an unwritable HOME exits cleanly"
else notok "state: progress with an unwritable HOME (status $rc)"; fi

exit $status
