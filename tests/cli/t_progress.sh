#!/bin/sh
# t_progress.sh - `escapade progress`, lesson packs given with --lessons and
# $ESCAPADE_LESSONS (a broken lesson is reported and the rest loads), the
# damaged-file rule and --reset.
. tests/cli/lib.sh
PACK=$ROOT/tests/cli/pack
STATE=$XDG_STATE_HOME/escapade

check "progress on a fresh state exits 0" 0 "$ESCAPADE" --lessons "$PACK" progress
contains "progress lists the pack's lessons" "$TMP/out" "basics: Escape basics"
contains "progress lists every lesson" "$TMP/out" "values: Values stay put"
contains "a fresh lesson is not started" "$TMP/out" "read: not started; quiz: not taken"
if [ ! -e "$STATE" ]; then ok "showing progress writes nothing"; else
    fail "showing progress writes nothing" "$(ls -R "$STATE")"; fi

# A workshop pack with one broken lesson: file:line:col on stderr, the rest loads.
mkdir -p "$TMP/pack"
cp "$PACK"/*.yaml "$TMP/pack/"
cat >"$TMP/pack/30-broken.yaml" <<'YAML'
id: broken
title: Broken
order: 3
blocks:
  - paragraph: fine
  - question:
      id: q-bad
      kind: guess
      prompt: x
      explanation: y
YAML
check "a broken lesson does not stop the others" 0 "$ESCAPADE" --lessons "$TMP/pack" progress
contains "the broken lesson is reported as file:line:col" "$TMP/err" "$TMP/pack/30-broken.yaml:8:13: "
contains "the good lessons still load" "$TMP/out" "values: Values stay put"
lacks "the broken lesson is left out" "$TMP/out" "broken: Broken"

ESCAPADE_LESSONS="$TMP/pack" "$ESCAPADE" progress >"$TMP/out" 2>"$TMP/err"
contains "\$ESCAPADE_LESSONS selects the pack" "$TMP/out" "basics: Escape basics"
ESCAPADE_LESSONS=/nonexistent "$ESCAPADE" --lessons "$PACK" progress >"$TMP/out" 2>"$TMP/err"
contains "--lessons wins over \$ESCAPADE_LESSONS" "$TMP/out" "values: Values stay put"
lacks "--lessons wins: no error about the env dir" "$TMP/err" "nonexistent"
check "a missing lessons dir is reported" 0 "$ESCAPADE" --lessons "$TMP/none" progress
contains "the missing dir is named" "$TMP/err" "escapade: $TMP/none: cannot open lesson directory"

# Progress written by an earlier run (the format progress.c writes).
mkdir -p "$STATE"
cat >"$STATE/progress.yaml" <<'YAML'
version: 1
current: "basics"
lessons:
- id: "basics"
  block: 2
  scroll: 0
  seen: 3
  blocks: 9
  completed: false
  answered: 4
  correct: 3
cards:
- lesson: "basics"
  question: "cli-ret-why"
  ease: 2.30
  interval: 0
  reps: 0
  lapses: 1
  due: 2020-01-01T00:00:00Z
  right: 0
  wrong: 1
  last: 2020-01-01T00:00:00Z
history: []
YAML
check "progress with saved state exits 0" 0 "$ESCAPADE" --lessons "$PACK" progress
contains "parts read are shown, counted in the pack's lesson" "$TMP/out" "read: 3 of 5 parts; quiz: 3 of 4 answers correct (75%)"
contains "where to resume is shown" "$TMP/out" "Resume: Escape basics, part 3 of 5"
contains "questions due are counted" "$TMP/out" "Due for review: 1 question"

echo n | "$ESCAPADE" progress --reset >"$TMP/out" 2>"$TMP/err"
contains "--reset asks first" "$TMP/err" "Delete all progress in $STATE/progress.yaml? [y/N]"
if [ -f "$STATE/progress.yaml" ]; then ok "answering n keeps the progress"; else
    fail "answering n keeps the progress"; fi
"$ESCAPADE" progress --reset </dev/null >"$TMP/out" 2>&1
if [ -f "$STATE/progress.yaml" ]; then ok "no answer keeps the progress"; else
    fail "no answer keeps the progress"; fi
echo y | "$ESCAPADE" progress --reset >"$TMP/out" 2>"$TMP/err"
if [ ! -e "$STATE/progress.yaml" ]; then ok "answering y deletes it"; else
    fail "answering y deletes it"; fi
echo 'version: 1' >"$STATE/progress.yaml"
check "--reset --yes does not ask" 0 "$ESCAPADE" progress --reset --yes </dev/null
if [ ! -e "$STATE/progress.yaml" ]; then ok "--reset --yes deletes it"; else
    fail "--reset --yes deletes it"; fi

# A damaged file is set aside with a message, and the command still works.
printf 'version: 1\nlessons: [\n  {id: x\n' >"$STATE/progress.yaml"
check "a damaged progress file does not stop progress" 0 "$ESCAPADE" --lessons "$PACK" progress
contains "the damaged file is reported" "$TMP/err" "escapade: progress file $STATE/progress.yaml is damaged"
set -- "$STATE"/progress.yaml.damaged-*
if [ -f "$1" ] && [ ! -e "$STATE/progress.yaml" ]; then ok "the damaged file is moved aside"; else
    fail "the damaged file is moved aside" "$(ls "$STATE")"; fi
contains "the moved file keeps its content" "$1" "lessons: ["
finish
