#!/bin/sh
# t_install.sh - `make install DESTDIR=...` puts the binary, the lessons and
# the man page in place, the page renders, and `make uninstall` removes them.
. tests/cli/lib.sh
D=$TMP/dest
# A clean environment for the inner make: no jobserver or overrides from
# the `make check` that runs us.
mk() { env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s --no-print-directory "$@"; }

check "make install DESTDIR exits 0" 0 mk install DESTDIR="$D" PREFIX=/usr
if [ -x "$D/usr/bin/escapade" ]; then ok "the binary is installed"; else
    fail "the binary is installed" "$(ls -R "$D" | head -20)"; fi
if [ -d "$D/usr/share/escapade/lessons" ]; then ok "the lessons directory is installed"; else
    fail "the lessons directory is installed"; fi
missing=""
for f in lessons/*.yaml; do
    [ -e "$f" ] || continue
    cmp -s "$f" "$D/usr/share/escapade/lessons/${f#lessons/}" || missing="$missing $f"
done
if [ -z "$missing" ]; then ok "every lesson is installed"; else
    fail "every lesson is installed" "missing or different:$missing"; fi
PAGE=$D/usr/share/man/man1/escapade.1
if cmp -s doc/escapade.1 "$PAGE"; then ok "the man page is installed"; else
    fail "the man page is installed"; fi
check "the installed binary runs" 0 "$D/usr/bin/escapade" --version
# Lessons are found from argv[0] (no /proc): the staged binary uses the
# staged lessons (BINDIR/../share/escapade/lessons), and a build tree's
# binary reached through a symlink in $PATH, run by its bare name from
# elsewhere, uses the tree's.
n=$(ls lessons/*.yaml | wc -l)
(cd "$TMP" && "$D/usr/bin/escapade" lint) >"$TMP/out" 2>"$TMP/err"
contains "the staged binary finds the staged lessons" "$TMP/out" "$n lessons"
mkdir -p "$TMP/bin"
ln -s "$ESCAPADE" "$TMP/bin/esc-link"
(cd "$TMP" && PATH="$TMP/bin:$PATH" esc-link lint) >"$TMP/out" 2>"$TMP/err"
contains "a symlinked build-tree binary found in \$PATH finds the tree's lessons" "$TMP/out" "$n lessons"

if command -v man >/dev/null 2>&1; then
    MANWIDTH=80 man -l "$PAGE" >"$TMP/man" 2>"$TMP/manerr"
    contains "man -l renders the page" "$TMP/man" "escapade - a terminal tutor for Go memory and escape analysis"
    for s in SYNOPSIS DESCRIPTION OPTIONS COMMANDS KEYS FILES ENVIRONMENT "EXIT STATUS"; do
        contains "the page has $s" "$TMP/man" "$s"
    done
    MANWIDTH=80 man --warnings -l "$PAGE" 2>"$TMP/manwarn" >/dev/null
    if [ ! -s "$TMP/manwarn" ]; then ok "the page renders without warnings"; else
        fail "the page renders without warnings" "$(head -5 "$TMP/manwarn")"; fi
else
    echo "# man is not installed: skipping the rendering checks (apt-get install man-db)"
fi

# The page documents every option the commands accept.
for c in quiz analyze progress; do
    "$ESCAPADE" $c --help | grep -o -- '--[a-z][a-z-]*' | sort -u | while read -r opt; do
        grep -qF -- "$(echo "$opt" | sed 's/-/\\-/g')" doc/escapade.1 || echo "$c $opt"
    done
done >"$TMP/undoc"
if [ ! -s "$TMP/undoc" ]; then ok "the page documents every long option"; else
    fail "the page documents every long option" "$(cat "$TMP/undoc")"; fi

check "make uninstall exits 0" 0 mk uninstall DESTDIR="$D" PREFIX=/usr
left=$(find "$D" -type f | head -5)
if [ -z "$left" ]; then ok "uninstall removes every installed file"; else
    fail "uninstall removes every installed file" "$left"; fi
finish
