/* escape_graph.c - locations, edges and holes of the escape graph.
 *
 * Follows cmd/compile/internal/escape/graph.go.  All memory comes from the
 * batch's arena except the edge arrays, which grow with realloc-free arena
 * doubling (old arrays are abandoned to the arena).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "escape_int.h"

void esc_batch_init(EscBatch *b, EscCtx *cx) {
    memset(b, 0, sizeof *b);
    b->cx = cx;
    b->local = cx->local;
    b->arena = cx->arena;
    b->mlevel = cx->mlevel;
    b->file = cx->file;
    b->diags = cx->diags;
    b->heap.kind = LK_HEAP;
    b->heap.escapes = true;
    b->heap.size = -1;
    b->blank.kind = LK_BLANK;
    b->blank.size = -1;
}

void esc_batch_reset(EscBatch *b, EscCtx *cx) {
    PtrVec all = b->all_locs, clo = b->closures, fns = b->fns;
    struct EscLocStack q = b->queue, t = b->todo;
    esc_batch_init(b, cx);
    b->all_locs = all;
    b->closures = clo;
    b->fns = fns;
    b->queue = q;
    b->todo = t;
    b->all_locs.len = b->closures.len = b->fns.len = b->queue.len = b->todo.len = 0;
}

EscHole esc_hole(EscLoc *l) {
    EscHole k = {l, 0, NULL, false};
    return k;
}

/* Notes are only kept when -m=2 will print them, as in gc. */
EscHole esc_note(EscBatch *b, EscHole k, const Node *where, const char *why) {
    /* kept at every -m level: the plain-language reasons read them */
    if (where) {
        EscNote *n = arena_alloc(b->arena, sizeof *n);
        n->next = k.notes;
        n->where = where;
        n->why = why;
        k.notes = n;
    }
    return k;
}

EscHole esc_shift(EscHole k, int delta) {
    k.derefs += delta;
    if (k.derefs < -1)
        k.derefs = -1;  /* gc: Fatalf("derefs underflow"); cannot arise from our walker */
    k.addrtaken = delta < 0;
    return k;
}

EscHole esc_deref(EscBatch *b, EscHole k, const Node *where, const char *why) {
    return esc_note(b, esc_shift(k, 1), where, why);
}

EscHole esc_addr(EscBatch *b, EscHole k, const Node *where, const char *why) {
    return esc_note(b, esc_shift(k, -1), where, why);
}

EscHole esc_heap_hole(EscBatch *b) { return esc_hole(&b->heap); }
EscHole esc_discard_hole(EscBatch *b) { return esc_hole(&b->blank); }

static void add_edge(EscBatch *b, EscLoc *dst, EscLoc *src, int derefs, EscNote *notes) {
    if (dst->nedges == dst->capedges) {
        int cap = dst->capedges ? dst->capedges * 2 : 4;
        EscEdge *e = arena_alloc(b->arena, sizeof(EscEdge) * (size_t)cap);
        if (dst->nedges)
            memcpy(e, dst->edges, sizeof(EscEdge) * (size_t)dst->nedges);
        dst->edges = e;
        dst->capedges = cap;
    }
    EscEdge *e = &dst->edges[dst->nedges++];
    e->src = src;
    e->derefs = derefs;
    e->notes = notes;
}

void esc_flow(EscBatch *b, EscHole k, EscLoc *src) {
    if (k.addrtaken)
        src->addrtaken = true;
    EscLoc *dst = k.dst;
    if (dst == &b->blank)
        return;
    if (dst == src && k.derefs >= 0)   /* dst = dst, dst = *dst, ... */
        return;
    if (dst->escapes && k.derefs < 0) { /* dst = &src */
        if (b->mlevel >= 2 && src->kind != LK_TEMP) {
            esc_report(b, src->pos, DK_FLOW, "%s escapes to heap:", esc_loc_text(b, src));
            esc_explain_flow(b, src->pos, dst, src, k.derefs, k.notes);
        }
        if (!src->escapes)
            esc_flow_reason(b, k.notes, dst, src);
        src->escapes = true;
        return;
    }
    add_edge(b, dst, src, k.derefs, k.notes);
}

EscLoc *esc_new_loc(EscBatch *b, EscFn *fn, int loop_depth, EscLocKind kind,
                    bool transient) {
    EscLoc *l = arena_alloc(b->arena, sizeof *l);
    l->kind = kind;
    l->fn = fn;
    l->loop_depth = loop_depth;
    l->transient = transient;
    l->size = -1;
    l->seq = b->nseq++;
    l->text = "";
    if (fn && fn->pictured)
        b->cx->pic_late = true;   /* build_result makes the picture anew */
    ptrvec_push(b->arena, &b->all_locs, l);
    if (b->cx)
        ptrvec_push(b->arena, &b->cx->all, l);
    return l;
}

EscHole esc_tee(EscBatch *b, EscFn *fn, int loop_depth, EscHole *ks, int n) {
    if (n == 0)
        return esc_discard_hole(b);
    if (n == 1)
        return ks[0];
    /* A tee: a temporary that flows into every hole. */
    EscLoc *loc = esc_new_loc(b, fn, loop_depth, LK_TEMP, true);
    for (int i = 0; i < n; i++)
        esc_flow(b, ks[i], loc);
    return esc_hole(loc);
}

EscHole esc_later(EscBatch *b, EscFn *fn, int loop_depth, EscHole k) {
    EscLoc *loc = esc_new_loc(b, fn, loop_depth, LK_TEMP, false);
    esc_flow(b, k, loc);
    return esc_hole(loc);
}

/* leakTo records that parameter l leaks to sink with derefs. */
void esc_leak_to(EscLoc *l, EscLoc *sink, int derefs) {
    /* A result of l's own function that does not escape gets a result tag. */
    if (!sink->escapes && sink->kind == LK_RESULT && sink->fn == l->fn) {
        int ri = sink->result_index - 1;
        if (ri < ESC_NUM_RESULTS) {
            esc_leaks_add(&l->param_esc, 1 + ri, derefs);
            return;
        }
    }
    esc_leaks_add(&l->param_esc, 0, derefs);
}

/* s1 s2 s3 (s3 may be NULL) in the arena: the common messages without
 * the cost of printf. */
char *esc_cat(Arena *a, const char *s1, const char *s2, const char *s3) {
    size_t n1 = strlen(s1), n2 = strlen(s2), n3 = s3 ? strlen(s3) : 0;
    char *p = arena_alloc(a, n1 + n2 + n3 + 1);
    memcpy(p, s1, n1);
    memcpy(p + n1, s2, n2);
    if (n3)
        memcpy(p + n1 + n2, s3, n3);
    p[n1 + n2 + n3] = 0;
    return p;
}

Diag *esc_report_cat(EscBatch *b, Pos pos, DiagKind kind, const char *s1, const char *s2,
                     const char *s3) {
    char *msg = esc_cat(b->arena, s1, s2, s3);
    b->last = diag_add(b->diags, b->posfile ? b->posfile : b->file, pos, DIAG_NOTE, kind, msg);
    return b->last;
}

Diag *esc_report(EscBatch *b, Pos pos, DiagKind kind, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *msg = arena_vprintf(b->arena, fmt, ap);
    va_end(ap);
    b->last = diag_add(b->diags, b->posfile ? b->posfile : b->file, pos, DIAG_NOTE, kind, msg);
    return b->last;
}

/* ---------------------------------------------------------------- maps */

static unsigned hashptr(const void *p, int cap) {
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 17;
    x *= 0x9E3779B97F4A7C15ull;
    return (unsigned)(x >> 20) & (unsigned)(cap - 1);
}

void *escmap_get(const EscMap *m, const void *k) {
    if (!m->cap)
        return NULL;
    for (unsigned i = hashptr(k, m->cap);; i = (i + 1) & (unsigned)(m->cap - 1)) {
        if (!m->slots[i].key)
            return NULL;
        if (m->slots[i].key == k)
            return m->slots[i].val;
    }
}

/* Room for n entries without growing (growth leaves the old slots to the
 * arena, and moving every entry misses the cache). */
void escmap_reserve(Arena *a, EscMap *m, int n) {
    if (m->cap || n <= 0)
        return;
    int cap = 64;
    while (cap < 2 * n)
        cap *= 2;
    m->slots = arena_alloc(a, sizeof(EscMapSlot) * (size_t)cap);
    m->cap = cap;
}

void escmap_put(Arena *a, EscMap *m, void *k, void *v) {
    if ((m->len + 1) * 2 > m->cap) {
        EscMap n = {0};
        n.cap = m->cap ? m->cap * 2 : 64;
        n.slots = arena_alloc(a, sizeof(EscMapSlot) * (size_t)n.cap);
        for (int i = 0; i < m->cap; i++)
            if (m->slots[i].key)
                escmap_put(a, &n, m->slots[i].key, m->slots[i].val);
        *m = n;
    }
    for (unsigned i = hashptr(k, m->cap);; i = (i + 1) & (unsigned)(m->cap - 1)) {
        if (!m->slots[i].key) {
            m->slots[i].key = k;
            m->slots[i].val = v;
            m->len++;
            return;
        }
        if (m->slots[i].key == k) {
            m->slots[i].val = v;
            return;
        }
    }
}
