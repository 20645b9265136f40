/* escape_solve.c - the solver: walkAll/walkOne and the -m=2 explanations.
 *
 * Follows cmd/compile/internal/escape/solve.go.  Each root location is
 * walked backwards along incoming edges, tracking the fewest dereferences
 * from the root; a location whose address reaches a root that outlives it
 * escapes and is itself re-queued as a root (it now stands for the heap).
 */
#include <string.h>

#include "escape_int.h"

typedef struct EscLocStack LocStack;

static void push(Arena *a, LocStack *s, EscLoc *l) {
    if (s->len == s->cap) {
        int cap = s->cap ? s->cap * 2 : 64;
        EscLoc **n = arena_alloc(a, sizeof(EscLoc *) * (size_t)cap);
        if (s->len)
            memcpy(n, s->items, sizeof(EscLoc *) * (size_t)s->len);
        s->items = n;
        s->cap = cap;
    }
    s->items[s->len++] = l;
}

static void enqueue(Arena *a, LocStack *todo, EscLoc *l) {
    if (!l->queued) {
        push(a, todo, l);
        l->queued = true;
    }
}

/* How gc prints a location's node: gc formats the node (%v) each time it
 * prints it, so an expression's text is the node as it is at that moment.
 * That matters: escape analysis itself rewrites nodes (FixVariadicCall
 * packs a call's ... arguments when the call is visited), so an
 * "escapes to heap:" explanation printed by flow() while the graph is built,
 * before the call inside is visited, shows f(a, b), and the final line
 * printed by finish shows f(a, ... argument...).  So no caching. */
const char *esc_loc_text(EscBatch *b, EscLoc *l) {
    if (l->lazytext)
        return l->n ? esc_expr_string(b, l->n) : "";
    return l->text ? l->text : "";
}

const char *esc_explain_loc(EscBatch *b, EscLoc *l) {
    if (l == &b->heap)
        return "{heap}";
    if (l->kind == LK_TEMP || (!l->text && !l->lazytext))
        return "{temp}";
    if (l->kind == LK_VAR || l->kind == LK_PARAM || l->kind == LK_RESULT)
        return esc_loc_text(b, l);
    return arena_printf(b->arena, "{storage for %s}", esc_loc_text(b, l));
}

/* explainFlow prints one "flow:" line and its "from" notes. */
void esc_explain_flow(EscBatch *b, Pos pos, EscLoc *dst, EscLoc *src, int derefs,
                      EscNote *notes) {
    char ops[64];
    if (derefs < 0) {
        strcpy(ops, "&");
    } else {
        int n = derefs < 63 ? derefs : 63;
        memset(ops, '*', (size_t)n);
        ops[n] = 0;
    }
    esc_report(b, pos, DK_FLOW, "  flow: %s = %s%s:", esc_explain_loc(b, dst), ops,
               esc_explain_loc(b, src));
    for (EscNote *nt = notes; nt; nt = nt->next) {
        if (pos_is_autogen(nt->where->pos))   /* in a method wrapper */
            esc_report(b, pos, DK_FLOW, "    from %s (%s) at " DIAG_AUTOGEN_FILE ":1",
                       esc_stmt_string(b, nt->where), nt->why);
        else if (nt->where->pos.col >= 255)   /* past src.colMax: no column (diag.c) */
            esc_report(b, pos, DK_FLOW, "    from %s (%s) at %s:%d",
                       esc_stmt_string(b, nt->where), nt->why, b->file, nt->where->pos.line);
        else
            esc_report(b, pos, DK_FLOW, "    from %s (%s) at %s:%d:%d",
                       esc_stmt_string(b, nt->where), nt->why, b->file, nt->where->pos.line,
                       nt->where->pos.col);
    }
}

static void explain_path(EscBatch *b, EscLoc *root, EscLoc *src) {
    Pos pos = src->pos;
    uint32_t mark = ++b->explgen;   /* gc keeps a visited set */
    for (;;) {
        if (src->explgen == mark) {
            esc_report(b, pos, DK_FLOW,
                       "  warning: truncated explanation due to assignment cycle; "
                       "see golang.org/issue/35518");
            break;
        }
        src->explgen = mark;
        EscLoc *dst = src->dst;
        if (!dst)
            break;
        EscEdge *e = &dst->edges[src->dst_edge];
        esc_explain_flow(b, pos, dst, src, e->derefs, e->notes);
        if (dst == root)
            break;
        src = dst;
    }
}

bool esc_contains_closure(EscFn *f, EscFn *c) {
    if (f == c)
        return false;
    for (EscFn *p = c->outer; p; p = p->outer)
        if (p == f)
            return true;
    return false;
}

/* outlives reports whether values stored in l may survive beyond other's
 * lifetime if stack allocated. */
bool esc_outlives(EscLoc *l, EscLoc *other) {
    if (l->escapes)
        return true;
    if (l->kind == LK_RESULT) {
        /* A result of a directly called closure flows to its caller's locals. */
        if (esc_contains_closure(other->fn, l->fn) && l->fn->closure_called)
            return false;
        return true;
    }
    /* l declared outside a loop that other is declared in: other may be
     * reallocated each iteration while l keeps pointing at an old one. */
    if (l->fn == other->fn && l->loop_depth < other->loop_depth)
        return true;
    /* A closure's variables do not outlive their enclosing function's. */
    if (esc_contains_closure(l->fn, other->fn))
        return true;
    return false;
}

static void walk_one(EscBatch *b, EscLoc *root, uint32_t walkgen, LocStack *queue,
                     LocStack *todo) {
    root->walkgen = walkgen;
    root->derefs = 0;
    root->dst = NULL;
    todo->len = 0;
    push(b->arena, todo, root);
    while (todo->len > 0) {
        EscLoc *l = todo->items[--todo->len];
        int derefs = l->derefs;
        bool address_of = derefs < 0;
        if (address_of) {
            /* l's address flows to root: if root isn't transient, neither is l. */
            derefs = 0;
            if (!root->transient && l->transient) {
                l->transient = false;
                enqueue(b->arena, queue, l);
            }
        }
        if (esc_outlives(root, l)) {
            if (l->kind == LK_PARAM) {
                if (b->mlevel >= 2 && !l->escapes) {
                    b->posfile = l->obj ? l->obj->srcfile : NULL;
                    esc_report(b, l->pos, DK_FLOW, "parameter %s leaks to %s with derefs=%d:",
                               esc_loc_text(b, l), esc_explain_loc(b, root), derefs);
                    explain_path(b, root, l);
                    b->posfile = NULL;
                }
                esc_note_leak(b, root, l);
                esc_leak_to(l, root, derefs);
            }
            if (address_of && !l->escapes) {
                if (b->mlevel >= 2) {
                    esc_report(b, l->pos, DK_FLOW, "%s escapes to heap:", esc_loc_text(b, l));
                    explain_path(b, root, l);
                }
                esc_note_reason(b, root, l);
                l->escapes = true;
                enqueue(b->arena, queue, l);
                continue;
            }
        }
        for (int i = 0; i < l->nedges; i++) {
            EscEdge *e = &l->edges[i];
            if (e->src->escapes)
                continue;
            int d = derefs + e->derefs;
            if (e->src->walkgen != walkgen || e->src->derefs > d) {
                e->src->walkgen = walkgen;
                e->src->derefs = d;
                e->src->dst = l;
                e->src->dst_edge = i;
                push(b->arena, todo, e->src);
            }
        }
    }
}

void esc_walk_all(EscBatch *b) {
    /* LIFO queue of roots; the heap last-enqueued so walked first.  The
     * stacks are the batch's, kept for the next batch. */
    LocStack *queue = &b->queue, *todo = &b->todo;
    queue->len = todo->len = 0;
    for (int i = 0; i < b->all_locs.len; i++)
        enqueue(b->arena, queue, b->all_locs.items[i]);
    enqueue(b->arena, queue, &b->heap);
    while (queue->len > 0) {
        EscLoc *root = queue->items[--queue->len];
        root->queued = false;
        b->walkgen++;
        walk_one(b, root, b->walkgen, queue, todo);
    }
}
