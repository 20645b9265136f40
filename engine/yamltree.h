/* yamltree.h - a small YAML tree read with libyaml's event parser.
 *
 * The lesson loader needs positions on every node and must survive any
 * input, so instead of libyaml's document API (unbounded recursion on deep
 * nesting in some versions, no limit on aliases) it builds its own tree with
 * an explicit depth limit, rejects aliases, and reports libyaml's errors as
 * "FILE:LINE:COL: message" Diags.
 */
#ifndef ESC_YAMLTREE_H
#define ESC_YAMLTREE_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "diag.h"

typedef enum YKind { Y_SCALAR, Y_SEQ, Y_MAP } YKind;

typedef struct YNode YNode;
struct YNode {
    YKind kind;
    Pos pos;
    const char *str;      /* Y_SCALAR: value, NUL-terminated */
    size_t len;
    bool plain;           /* Y_SCALAR: unquoted, not a block scalar */
    YNode **kids;         /* Y_SEQ: items; Y_MAP: key0, val0, key1, val1 ... */
    int nkids;            /* Y_MAP: twice the number of pairs */
};

/* Parse text into a tree in arena.  Returns the root (NULL on an empty
 * document or an error: then errors were added to dl, with file). */
YNode *ytree_parse(Arena *arena, DiagList *dl, const char *file,
                   const char *text, size_t len, int max_depth);

const char *ykind_name(YKind k);   /* "a string", "a list", "a mapping" */

#endif
