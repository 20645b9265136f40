#!/bin/sh
# tests/fuzz/run.sh - `make fuzz`: build the libFuzzer targets with clang and
# ASan/UBSan, and run each for FUZZ_SECONDS (default 60) from seed corpora
# made of tests/corpus and lessons/.  A crash leaves crash-* files here: turn
# each into a regression input under tests/fuzz/regress/ (analyzer inputs end
# in .go, lesson inputs in .yaml); `make check` runs those (t_regress.sh).
# usage: run.sh [TARGET...]   (default: every tests/fuzz/fuzz_*.c)
set -eu
cd "$(dirname "$0")/../.."
secs=${FUZZ_SECONDS:-60}
out=build/fuzz
mkdir -p "$out"
if ! command -v clang >/dev/null 2>&1; then
    echo "fuzz: clang is needed (apt-get install clang libclang-rt-14-dev)" >&2
    exit 1
fi
flags="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
 -std=c11 -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600 -Iengine -Ibuild/gen"
engine_src=$(ls engine/*.c)
make -s build/gen/std_data.c
targets=${*:-$(ls tests/fuzz/fuzz_*.c | sed 's|.*/||; s|\.c$||')}
for name in $targets; do
    target=tests/fuzz/$name.c
    echo "== building $name"
    # shellcheck disable=SC2086
    clang $flags $(pkg-config --cflags yaml-0.1) -o "$out/$name" "$target" $engine_src \
        build/gen/std_data.c $(pkg-config --libs yaml-0.1) -lm
    seeds="$out/seeds-$name"
    rm -rf "$seeds"; mkdir -p "$seeds"
    case $name in
        fuzz_lesson*) cp lessons/*.yaml tests/lessons/*/*.yaml "$seeds"/ 2>/dev/null || true ;;
        *) i=0
           for f in tests/corpus/*.go tests/corpus/errors/*.go tests/fuzz/regress/*.go; do
               [ -f "$f" ] || continue
               i=$((i + 1))
               # first byte picks the mode; seed each file in two modes
               { printf '\001'; cat "$f"; } >"$seeds/$i-ml"
               { printf '\002'; cat "$f"; } >"$seeds/$i-m"
           done ;;
    esac
    work="$out/corpus-$name"
    mkdir -p "$work"
    echo "== running $name for ${secs}s"
    (cd "$out" && "./$name" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 "corpus-$name" "seeds-$name" 2>&1 | tail -n 5)
done
