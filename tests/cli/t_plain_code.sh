#!/bin/sh
# t_plain_code.sh - the line-mode quiz prints code as a plain-text reader
# (and a screen reader) expects: a fix-it's solution and gc's lines as
# blocks indented four spaces between blank lines, never flush left, and a
# choice that is all code without backticks around it.
. tests/cli/lib.sh

printf 'yes\n1\nquit\n' | "$ESCAPADE" --lessons tests/cli/pack quiz --plain --lesson basics \
    --seed 1 >"$TMP/out" 2>"$TMP/err"
contains "gc's lines are introduced" "$TMP/out" "gc -m says:"
# The line after "gc -m says:" is blank, the next one gc's line indented.
after=$(sed -n '/^gc -m says:$/{n;p;n;p;q;}' "$TMP/out")
want=$(printf '\n    ./ret.go:')
case $after in
    "$want"*) ok "gc's lines are an indented block" ;;
    *) fail "gc's lines are an indented block" "$after" ;;
esac
if grep -q '^\./ret\.go:' "$TMP/out"; then
    fail "no gc line is flush left" "$(grep '^\./ret\.go:' "$TMP/out")"
else ok "no gc line is flush left"; fi

printf 'no\nnone\npackage main\n.\nquit\n' | "$ESCAPADE" --lessons tests/cli/pack quiz --plain \
    --lesson values --seed 1 >"$TMP/out" 2>"$TMP/err"
contains "a wrong fix-it shows a solution" "$TMP/out" "One solution:"
contains "the solution's code is indented four spaces" "$TMP/out" "    func h() int {"
contains "its body keeps its own indent under that" "$TMP/out" "        return z"
if sed -n '/^One solution:$/,/^Return the value/p' "$TMP/out" | grep -q '^func\|^package\|[[:space:]]$'; then
    fail "no solution line is flush left or ends in blanks" \
        "$(sed -n '/^One solution:$/,/^Return the value/p' "$TMP/out")"
else ok "no solution line is flush left or ends in blanks"; fi

# A lesson whose choices are gc's lines, each all code.
mkdir -p "$TMP/pack"
cat >"$TMP/pack/m.yaml" <<'YAML'
id: mout
title: What gc prints
order: 1
blocks:
  - code:
      id: mout-ex
      file: ret.go
      modes: [ml]
      source: |
        package main

        func f() *int {
            x := 1
            return &x
        }

        func main() { _ = f() }
  - question:
      id: mout-q
      kind: m-output
      example: mout-ex
      mode: ml
      line: 4
      prompt: What does gc print on line 4?
      explanation: x is returned by address.
      choices:
        - "`moved to heap: x`"
        - |
          `x does not escape`
          `moved to heap: x`
      answer: 0
YAML
printf '2\nquit\n' | "$ESCAPADE" --lessons "$TMP/pack" quiz --plain >"$TMP/out" 2>"$TMP/err"
contains "a choice that is all code has no backticks" "$TMP/out" "  1) moved to heap: x"
contains "the answer names it without backticks" "$TMP/out" "The answer: 1) moved to heap: x"
lacks "no backticks around a whole code choice" "$TMP/out" '`moved to heap: x`'
contains "a choice of several code lines: the first after its number" "$TMP/out" "  2) x does not escape"
contains "and the next aligned under it" "$TMP/out" "$(printf '\n     moved to heap: x')"
finish
