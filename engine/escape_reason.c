/* escape_reason.c - a plain-language reason for each escape decision.
 *
 * Derived from the same path -m=2 prints: when a location is found to
 * escape, the solver has just found the path from it to the location that
 * outlives it (the root).  The edges' notes say what each step was; the
 * step into the root says where the value went (returned, sent, stored in
 * a global, passed to a call whose parameter leaks, captured...), the
 * first step says how it started (an interface conversion, a capture).
 */
#include <string.h>

#include "escape_int.h"

static bool why_is(const EscNote *n, const char *w) {
    return n && (n->why == w || (n->why[0] == w[0] && !strcmp(n->why, w)));
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

static const Node *lhs_global(const Node *as) {
    if (!as || as->kind != N_ASSIGN)
        return NULL;
    for (int i = 0; i < as->lhs.len; i++) {
        const Node *l = as->lhs.items[i];
        while (l && (l->kind == N_SELECTOR || l->kind == N_INDEX || l->kind == N_PAREN) &&
               !(l->kind == N_SELECTOR && l->x && l->x->kind == N_NAME && l->x->obj &&
                 l->x->obj->kind == OBJ_PKG))
            l = l->x;
        if (l && l->kind == N_SELECTOR)
            return l;
        if (l && l->kind == N_NAME && l->obj && l->obj->kind == OBJ_VAR &&
            ((l->obj->flags & OBJF_GLOBAL) || !l->obj->fn))
            return l;
    }
    return NULL;
}

/* What happened at one step, from its notes (innermost note first).
 * Without format, a reason that names an expression is only PENDING (a
 * path keeps its last step's reason: it is printed for that one). */
static const char PENDING[] = "";
static const char *step_reason(EscBatch *b, const EscNote *notes, EscLoc *dst, bool format) {
    for (const EscNote *n = notes; n; n = n->next) {
        if (why_is(n, "return"))
            return "returned to the caller";
        if (why_is(n, "send"))
            return "sent on a channel";
        if (why_is(n, "captured by a closure"))
            return dst && dst->kind == LK_EXPR ? "captured by a closure that escapes" : NULL;
        if (why_is(n, "key of map put") || why_is(n, "map literal key") ||
            why_is(n, "map literal value"))
            return "stored in a map (map contents live on the heap)";
        if (why_is(n, "appendee slice") || why_is(n, "appended slice...") ||
            why_is(n, "copied slice"))
            return "stored in a slice whose backing array is on the heap";
        if (why_is(n, "call parameter") && dst == &b->heap) {
            const Node *call = n->where;
            const Node *f = call && call->kind == N_CALL ? call->x : NULL;
            if (f && !format)
                return PENDING;
            if (f)
                return esc_cat(b->arena, "passed to ", esc_expr_string(b, f),
                               ", whose parameter leaks (escapes)");
            return "passed to a function whose parameter leaks (escapes)";
        }
        if (why_is(n, "assign") && dst == &b->heap) {
            const Node *g = lhs_global(n->where);
            if (g && !format)
                return PENDING;
            if (g)
                return esc_cat(b->arena, "assigned to the global ", esc_expr_string(b, g), NULL);
            const Node *as = n->where;
            for (int i = 0; as && as->kind == N_ASSIGN && i < as->lhs.len; i++) {
                const Node *x = as->lhs.items[i];
                if (x && x->kind == N_INDEX && x->x && x->x->ty &&
                    type_under(x->x->ty)->kind == TY_MAP)
                    return "stored in a map (map contents live on the heap)";
            }
            return "stored through a pointer, into memory that may outlive the function";
        }
    }
    return NULL;
}

static const char *path_reason(EscBatch *b, EscLoc *root, EscLoc *l);

void esc_note_reason(EscBatch *b, EscLoc *root, EscLoc *l) {
    if (!l->reason)
        l->reason = path_reason(b, root, l);
}

void esc_note_leak(EscBatch *b, EscLoc *root, EscLoc *l) {
    if (!l->leak_reason)
        l->leak_reason = path_reason(b, root, l);
}

/* A direct flow of l's address into an escaping location (g = &x). */
void esc_flow_reason(EscBatch *b, EscNote *notes, EscLoc *dst, EscLoc *l) {
    if (l->reason)
        return;
    const char *r = step_reason(b, notes, dst, true);
    if (!r && dst != &b->heap && dst->isclosure)
        r = "captured by reference by a closure that escapes";
    l->reason = r ? r : "its address is stored where it outlives the function";
}

static const char *path_reason(EscBatch *b, EscLoc *root, EscLoc *l) {
    const char *where_to = NULL;
    const EscNote *last_notes = NULL;   /* where_to is PENDING: its step */
    EscLoc *last_dst = NULL;
    bool conv = l->n && l->kind == LK_EXPR &&
                (l->n->kind == N_CONVIFACE ||
                 (l->n->kind == N_CALL && l->n->ty && type_is_interface(l->n->ty)));
    /* Walk l's path toward the root. */
    EscLoc *src = l;
    int guard = 0;
    while (src && src->dst && src != root && guard++ < 10000) {
        EscLoc *dst = src->dst;
        EscEdge *e = &dst->edges[src->dst_edge];
        const char *r = step_reason(b, e->notes, dst, false);
        if (r) {
            where_to = r;
            last_notes = e->notes;
            last_dst = dst;
        }
        if (dst == root && dst->kind == LK_RESULT)
            where_to = "returned to the caller";
        src = dst;
    }
    if (where_to == PENDING)
        where_to = step_reason(b, last_notes, last_dst, true);
    const char *r = where_to;
    if (!r && root && root != &b->heap) {
        if (root->kind == LK_RESULT)
            r = "returned to the caller";
        else if (root->isclosure)
            r = "captured by reference by a closure that escapes";
        else if (root->escapes)
            r = arena_printf(b->arena, "%s %s, which escapes",
                             l->derefs < 0 ? "its address is stored in" : "stored in",
                             esc_loc_text(b, root));
        else if (root->fn == l->fn && root->loop_depth < l->loop_depth)
            r = arena_printf(b->arena, "its address is kept in %s, declared outside the loop, "
                             "so it outlives the loop iteration", esc_loc_text(b, root));
        else
            r = "its address outlives the function";
    }
    if (!r)
        r = "flows to the heap";
    if (conv && strncmp(r, "stored in an interface", 22))
        r = esc_cat(b->arena, "stored in an interface that escapes: ", r, NULL);
    return r;
}

/* Reasons for the size limits, set when HeapAllocReason adds the edge. */
void esc_size_reason(EscBatch *b, EscLoc *l, const char *why) {
    if (!strcmp(why, "non-constant size")) {
        l->reason = "its size is not a constant, so it cannot be on the stack";
        return;
    }
    Node *n = l->n;
    Type *t = n ? n->ty : NULL;
    bool implicit = l->kind == LK_EXPR;
    int64_t sz = l->size;
    if (implicit && t) {
        Type *u = type_under(t);
        if (u->kind == TY_PTR) {
            sz = type_size(u->elem);
        } else if (u->kind == TY_SLICE && n->kind == N_CALL && n->list.len > 1) {
            extern bool esc_small_int_const(Node *n, int64_t *v);
            int64_t v;
            Node *r = n->list.len > 2 ? n->list.items[2] : n->list.items[1];
            if (esc_small_int_const(r, &v))
                sz = v * type_size(u->elem);
        } else if (sz < 0) {
            sz = type_size(t);
        }
    }
    l->reason = size_text(b, sz, implicit);
}
