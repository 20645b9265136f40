/* escape_reason.c - a plain-language reason for each escape decision.
 *
 * Derived from the same path -m=2 prints: when a location is found to
 * escape, we follow its path toward the root (the location that outlives
 * it) and name the first thing that explains it: a return, a global, a
 * closure, an interface, a channel send, a call whose parameter leaks, or
 * the size limits.
 */
#include <string.h>

#include "escape_int.h"

static const char *why_text(EscBatch *b, const char *why, EscLoc *root) {
    (void)root;
    if (!strcmp(why, "return"))
        return "returned to the caller";
    if (!strcmp(why, "send"))
        return "sent on a channel";
    if (!strcmp(why, "captured by a closure") || !strcmp(why, "reference"))
        return "captured by a closure that escapes";
    if (!strcmp(why, "interface-converted"))
        return "stored in an interface that escapes";
    if (!strcmp(why, "call parameter"))
        return "passed to a function whose parameter leaks";
    if (!strcmp(why, "too large for stack"))
        return NULL;   /* handled with sizes below */
    if (!strcmp(why, "non-constant size"))
        return "its size is not a constant, so it cannot be on the stack";
    if (!strcmp(why, "map literal key") || !strcmp(why, "map literal value") ||
        !strcmp(why, "key of map put"))
        return "stored in a map";
    if (!strcmp(why, "appendee slice") || !strcmp(why, "appended slice..."))
        return "appended to a slice whose backing array escapes";
    (void)b;
    return NULL;
}

static const char *size_text(EscBatch *b, int64_t sz, bool implicit) {
    const char *lim = implicit ? "64 KiB" : "10 MiB";
    if (sz >= 1024 * 1024 && sz % (1024 * 1024) == 0)
        return arena_printf(b->arena, "too large for the stack: %lld MiB > %s",
                            (long long)(sz / (1024 * 1024)), lim);
    if (sz >= 1024 && sz % 1024 == 0)
        return arena_printf(b->arena, "too large for the stack: %lld KiB > %s",
                            (long long)(sz / 1024), lim);
    return arena_printf(b->arena, "too large for the stack: %lld bytes > %s", (long long)sz, lim);
}

static const char *notes_reason(EscBatch *b, EscNote *notes, EscLoc *root, EscLoc *l) {
    const char *best = NULL;
    for (EscNote *n = notes; n; n = n->next) {
        if (!strcmp(n->why, "too large for stack")) {
            Type *t = n->where ? n->where->ty : NULL;
            bool implicit = l->kind == LK_EXPR;
            int64_t sz = l->size;
            if (implicit && t) {
                Type *u = type_under(t);
                if (u->kind == TY_PTR)
                    sz = type_size(u->elem);
                else if (u->kind == TY_SLICE && n->where->kind == N_CALL && n->where->list.len > 1) {
                    extern bool esc_small_int_const(Node *n, int64_t *v);
                    int64_t v;
                    Node *r = n->where->list.len > 2 ? n->where->list.items[2] : n->where->list.items[1];
                    if (esc_small_int_const(r, &v))
                        sz = v * type_size(u->elem);
                }
            }
            return size_text(b, sz, implicit);
        }
        const char *t = why_text(b, n->why, root);
        if (t)
            best = t;
    }
    return best;
}

void esc_note_reason(EscBatch *b, EscLoc *root, EscLoc *l) {
    if (l->reason)
        return;
    const char *r = NULL;
    /* Walk l's path toward the root, keeping the most telling note. */
    EscLoc *src = l;
    int guard = 0;
    while (src && src->dst && src != root && guard++ < 1000) {
        EscLoc *dst = src->dst;
        EscEdge *e = &dst->edges[src->dst_edge];
        const char *t = notes_reason(b, e->notes, root, l);
        if (t && !r)
            r = t;
        if (dst->kind == LK_RESULT && !r)
            r = "returned to the caller";
        if (dst->kind == LK_VAR && dst->escapes && !r && dst != l)
            r = arena_printf(b->arena, "stored in %s, which is on the heap", esc_loc_text(b, dst));
        src = dst;
    }
    if (!r && root) {
        if (root == &b->heap)
            r = "assigned to the heap (a global, an interface method call, or a leaking parameter)";
        else if (root->kind == LK_RESULT)
            r = "returned to the caller";
        else if (root->escapes && esc_loc_text(b, root) && *esc_loc_text(b, root))
            r = arena_printf(b->arena, "its address is stored in %s, which escapes", esc_loc_text(b, root));
        else
            r = "outlives the function";
    }
    l->reason = r;
}
