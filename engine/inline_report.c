/* inline_report.c - the inlining phase's -m lines: `can inline f with
 * cost N as: TYPE { BODY }` (the body printed by gcfmt.c), `cannot inline
 * f: reason`, `inlining call to f`; and the numbering of the temporaries
 * irgen makes (.autotmp_N), which those bodies and the inliner's and
 * escape analysis' names need.
 */
#include <string.h>

#include "inline_int.h"
#include "chain.h"

static const char *file_of(InlState *st)
{
    return st->cfg->file;
}

static Pos func_pos(InlFunc *f)
{
    return f->pos;          /* a declaration: the token after `func` */
}

/* gc names RewriteNonNameCall's temporaries .autotmp_N with N the number
 * of variables the function has declared so far (its Dcl): parameters and
 * results, then locals and temporaries in the order irgen makes them. */
typedef struct TmpWalk {
    Arena *a;
    PtrVec calls;
    int n;
    int *idx;
    bool *multi;
    int cap;
    int total;      /* temporaries noted */
    bool after;     /* declarations are all counted already (shaped bodies) */
} TmpWalk;

static void tmp_walk(TmpWalk *t, Node *n);

static void tmp_list(TmpWalk *t, NodeList *l)
{
    for (int i = 0; i < l->len; i++)
        tmp_walk(t, l->items[i]);
}

static void tmp_names(TmpWalk *t, NodeList *l)
{
    for (int i = 0; i < l->len; i++) {
        Node *x = inl_unparen(l->items[i]);
        if (x && x->kind == N_NAME && x->obj && x->obj->decl == x &&
            !(x->lit && strcmp(x->lit, "_") == 0) && !t->after)   /* irgen: ir.BlankNode */
            t->n++;
    }
}

static void tmp_note(TmpWalk *t, Node *n, int count, bool multi)
{
    if (t->calls.len == t->cap) {
        int nc = t->cap ? t->cap * 2 : 8;
        int *ni = arena_alloc(t->a, sizeof *ni * nc);
        bool *nm = arena_alloc(t->a, sizeof *nm * nc);
        if (t->cap) {
            memcpy(ni, t->idx, sizeof *ni * t->cap);
            memcpy(nm, t->multi, sizeof *nm * t->cap);
        }
        t->idx = ni;
        t->multi = nm;
        t->cap = nc;
    }
    t->multi[t->calls.len] = multi;
    t->total += count;
    t->idx[t->calls.len] = t->n;
    t->n += count;
    ptrvec_push(t->a, &t->calls, n);
}

static void tmp_walk(TmpWalk *t, Node *n)
{
    if (!n || n->kind == N_FUNCLIT || node_is_leaf(n))
        return;
    if (n->kind == N_BINARY) {   /* a chain, in order, without recursion (chain.h) */
        SPINE_OPERANDS(n, k, tmp_walk(t, k));
        return;
    }
    if (n->kind == N_INLCALL) {         /* numbered as written, before inlining */
        tmp_walk(t, n->x);
        return;
    }
    switch (n->kind) {
    case N_ASSIGN: {
        tmp_list(t, &n->rhs);
        int conv, nv;
        if (n->implicit && n->lhs.len > 1 && n->rhs.len == 1 &&
            (nv = inl_multi_values(n->rhs.items[0], NULL, 0, &conv)) > 0)
            tmp_note(t, n, nv, false);   /* an inlined `return f()`: its temporaries */
        else if (n->lhs.len > 1 && n->rhs.len == 1 && inl_multi_call_convs(n) >= 0)
            tmp_note(t, n, n->lhs.len, false);
        tmp_list(t, &n->lhs);
        if (n->op == T_DEFINE)
            tmp_names(t, &n->lhs);
        return;
    }
    case N_VARDECL:
        if (!t->after)
            t->n += n->names.len;
        tmp_list(t, &n->values);
        return;
    case N_RANGE:
        if (n->op == T_DEFINE)
            tmp_names(t, &n->lhs);
        tmp_walk(t, n->x);
        tmp_walk(t, n->body);
        return;
    case N_TYPESWITCH:
        /* `switch v := x.(type)`: every clause declares its own v, before
         * its body (irgen's switchStmt) */
        tmp_walk(t, n->init);
        tmp_walk(t, n->x);
        for (int i = 0; i < n->list.len; i++) {
            Node *c = n->list.items[i];
            if (n->name && !t->after)
                t->n++;
            tmp_list(t, &c->list);
            tmp_walk(t, c->body);
        }
        return;
    default:
        break;
    }
    tmp_walk(t, n->init);
    tmp_walk(t, n->x);
    tmp_walk(t, n->y);
    tmp_walk(t, n->z);
    tmp_walk(t, n->w);
    tmp_walk(t, n->tag);
    tmp_walk(t, n->cond);
    tmp_walk(t, n->post);
    tmp_list(t, &n->list);
    tmp_walk(t, n->body);
    tmp_walk(t, n->els);
    int conv, nv;
    if (n->kind == N_RETURN && n->list.len == 1 &&
        (nv = inl_multi_values(n->list.items[0], NULL, 0, &conv)) > 0)
        tmp_note(t, n, nv, false);
    if (n->kind == N_CALL && !inl_is_conversion(n) && inl_builtin(n) == BI_NONE &&
        inl_callee_temp(n))
        tmp_note(t, n, 1, false);
    if (n->kind == N_CALL && !inl_is_conversion(n) && inl_builtin(n) == BI_NONE &&
        n->list.len == 1 && (nv = inl_multi_values(n->list.items[0], NULL, 0, &conv)) > 0)
        tmp_note(t, n->list.items[0], nv, true);
}

/* The temporaries of function fn, numbered after its receiver and
 * parameters. */
static InlTemps number_temps(Arena *a, Node *fn)
{
    TmpWalk t = { a, { 0 }, 0, NULL, NULL, 0, 0, false };
    if (fn->kind == N_FUNCDECL && fn->recv)
        t.n++;
    if (fn->type_)
        t.n += fn->type_->params.len + fn->type_->results.len;
    tmp_walk(&t, fn->body);
    return (InlTemps){ (Node **)t.calls.items, t.idx, t.multi, t.calls.len, t.total };
}

/* The first temporary of call: for its callee (RewriteNonNameCall), or
 * with multi for the values of the multi-valued call itself that its
 * caller passes on (RewriteMultiValueCall: f(call), return call). */
int inl_temps_find(const InlTemps *t, const Node *call, bool multi)
{
    for (int i = 0; i < t->n; i++)
        if (t->keys[i] == call && t->multi[i] == multi)
            return t->idx[i];
    return -1;
}

static InlTemps irgen_temps(Arena *a, Node *body, int first, bool after)
{
    TmpWalk t = { a, { 0 }, first, NULL, NULL, 0, 0, after };
    tmp_walk(&t, body);
    return (InlTemps){ (Node **)t.calls.items, t.idx, t.multi, t.calls.len, t.total };
}

InlTemps inline_irgen_temps(Arena *a, Node *body, int first)
{
    return irgen_temps(a, body, first, false);
}

/* A shaped instantiation's temporaries are made by stencil's transforms,
 * when its Dcl already holds .dict and every declaration: numbered from
 * first (that count) on, one after another. */
InlTemps inline_irgen_temps_after(Arena *a, Node *body, int first)
{
    return irgen_temps(a, body, first, true);
}

int inl_temp_index(Arena *a, Node *fn, Node *call, bool multi)
{
    InlTemps t = number_temps(a, fn);
    return inl_temps_find(&t, call, multi);
}

void inl_report_can(InlState *st, InlFunc *f)
{
    int m = st->cfg->m;
    if (m <= 0)
        return;
    const char *msg;
    if (m > 1) {
        const Package *local = st->cfg->pkg;
        InlTemps t = number_temps(st->a, f->fn);
        const char *body = gcfmt_stmts_temps(st->a, local, f->fn->body, &t);
        msg = arena_printf(st->a, "can inline %s with cost %d as: %s { %s }", f->name,
                           f->cost, gcfmt_functype(st->a, local, f->fn), body);
    } else {
        msg = arena_printf(st->a, "can inline %s", f->name);
    }
    diag_add(st->cfg->diags, file_of(st), func_pos(f), DIAG_NOTE, DK_CAN_INLINE, msg);
}

void inl_report_cannot(InlState *st, InlFunc *f, const char *reason)
{
    if (st->cfg->m <= 1)
        return;
    diag_add(st->cfg->diags, file_of(st), func_pos(f), DIAG_NOTE, DK_CANNOT_INLINE,
             arena_printf(st->a, "cannot inline %s: %s", f->name, reason));
}

void inl_report_call(InlState *st, Pos pos, InlFunc *callee)
{
    if (st->cfg->m <= 0)
        return;
    diag_add(st->cfg->diags, file_of(st), pos, DIAG_NOTE, DK_INLINE_CALL,
             arena_printf(st->a, "inlining call to %s", callee->name));
}

void inl_report_cycle(InlState *st, Pos pos, InlFunc *callee)
{
    if (st->cfg->m <= 1)
        return;
    diag_add(st->cfg->diags, file_of(st), pos, DIAG_NOTE, DK_OTHER,
             arena_printf(st->a, "cannot inline %s into %s: repeated recursive cycle",
                          callee->name, st->cur ? st->cur->name : "?"));
}
