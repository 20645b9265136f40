/* parse.h - the Go 1.19 parser, after cmd/compile/internal/syntax/parser.go.
 *
 * Builds arena-allocated Nodes (ast.h) whose positions are those gc's syntax
 * package assigns, and reports syntax errors as gc does: same wording, same
 * positions, at most one syntax error per line, and at most 10 errors
 * (then "too many errors"), sorted by position.
 */
#ifndef ESC_PARSE_H
#define ESC_PARSE_H

#include "ast.h"
#include "diag.h"

/* Nesting deeper than this (expressions, types, blocks) is reported as an
 * error instead of risking the C stack; gc has no such limit. */
#define PARSE_MAX_DEPTH 1000

/* Parse src[0..len) (need not be NUL-terminated; it is copied into the
 * arena).  path is the file name used in diagnostics.  Errors go to diags
 * as DK_SYNTAX.  Returns the File (root is an N_FILE) even when there were
 * errors, except when the package clause itself is bad (then NULL, as gc
 * stops there too). */
File *parse_file(Arena *a, const char *path, const char *src, int len,
                 DiagList *diags);

/* Flags for parse_file_flags. */
enum {
    /* The file belongs to the standard library and runtime, which gc
     * compiles with -std -+: directives reserved to them are allowed. */
    PARSE_STD = 1 << 0,
};
File *parse_file_flags(Arena *a, const char *path, const char *src, int len,
                       DiagList *diags, unsigned flags);

#endif
