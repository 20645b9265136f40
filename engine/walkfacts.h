/* walkfacts.h - what a function's tree holds that the last stage's walks
 * act on (bounds.c's index lines, inline_wrap.c's itabs), found in one
 * cheap walk so those walks can skip the functions where they would find
 * nothing: most functions index no array and convert to no interface.
 */
#ifndef ESC_WALKFACTS_H
#define ESC_WALKFACTS_H

#include <stdint.h>

#include "arena.h"
#include "ast.h"

enum {
    WF_INDEX    = 1 << 0,   /* x[i] of an array, *array or constant string,
                             * i not constant: bounds.c may report it */
    WF_CONV     = 1 << 1,   /* a conversion of a non-interface value to an
                             * interface, a type assertion or a type switch:
                             * inline_wrap.c's walk notes it */
    WF_ITABLINE = 1 << 2,   /* one of those that may make an itab (its
                             * interface has methods): lines */
    WF_LIT      = 1 << 3,   /* a function literal, also in the original call
                             * of an inlined one: the tree as it was before
                             * inlining has none without it */
};

/* The WF_* facts of the tree at n: its nodes, inlined bodies and function
 * literals included. */
unsigned wf_scan(const Node *n);
/* The node's own fact, its children aside: for a walk of another stage
 * that notes them as it goes (escape.c's collect). */
unsigned wf_fact(const Node *n);

/* The facts of each declaration of the file's root (its list): of a
 * function's body, of a variable's initial values; one byte each, in the
 * arena.  One walk of the whole file, shared by the stage's passes; a
 * function escape analysis walked (esc, or NULL) is not walked again: its
 * collect noted the facts (escape_decl_facts). */
struct EscResult;
uint8_t *wf_file(Arena *a, const File *f, const struct EscResult *esc);

#endif
