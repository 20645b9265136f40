#!/bin/sh
# tests/corpus/score.sh - machine-readable corpus score for `make bench`:
# one line per mode, "corpus.MODE files_identical=X files=N lines_matched=M
# lines_expected=E lines_extra=K", then "corpus.seconds=S".  Run from the repo
# root ($ESCAPADE, default ./escapade).
exec sh "$(dirname "$0")/t_corpus.sh" --score "$@"
