#!/bin/sh
# t_analyze_many.sh - `escapade analyze` of several files shares one
# StdCache between them (analyze.h): the std packages are loaded once.
# Each file's lines must be exactly those of analysing it alone.
. tests/cli/lib.sh
C=tests/corpus

# Programs importing different std packages, some the same ones, in an
# order where a later file meets packages an earlier one loaded and used.
files="json_encoder.go http_handler.go csv_report.go escape_analysis.go
       regexp_usage.go time_calendar.go esc_sync.go url_parsing.go
       json_decoder.go esc_fmt_family.go"
for flags in -m "-m=2" "-m -l"; do
    : >"$TMP/want"
    # shellcheck disable=SC2086
    for f in $files; do (cd $C && "$ESCAPADE" analyze $flags "$f") >>"$TMP/want" 2>&1; done
    # shellcheck disable=SC2086
    (cd $C && "$ESCAPADE" analyze $flags $files) >"$TMP/out" 2>&1
    if cmp -s "$TMP/out" "$TMP/want"; then
        ok "analyze $flags of 10 files together prints what each prints alone"
    else
        fail "analyze $flags of 10 files together prints what each prints alone" \
             "$(diff "$TMP/want" "$TMP/out" | head -8)"
    fi
done
finish
