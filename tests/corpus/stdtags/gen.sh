#!/bin/sh
# tests/corpus/stdtags/gen.sh - regenerate stdtags.tsv: gc 1.19's escape tags
# for the standard-library packages the corpus and the lessons use (needs Go).
cd "$(dirname "$0")/.." || exit 2
export GO111MODULE=off
go run ./stdtags bufio bytes container/heap container/list context encoding/binary \
    encoding/json errors fmt hash/crc32 hash/fnv io math math/bits math/rand os path \
    path/filepath reflect regexp sort strconv strings sync sync/atomic testing \
    text/tabwriter time unicode unicode/utf8 > stdtags/stdtags.tsv.tmp &&
    mv stdtags/stdtags.tsv.tmp stdtags/stdtags.tsv
