/* inline_devirt.c - gc 1.19's devirtualize.Func: after inlining, an
 * interface method call whose receiver is statically known to hold one
 * concrete type (a never-reassigned local, or an inlined parameter,
 * initialized by a conversion of a concrete value) becomes a direct call.
 *
 * `devirtualizing s.Area to Square` is printed (with -m) at the call's
 * position.  gc prints these lines as warnings, flushed before escape
 * analysis runs: they form their own group, sorted by position, after the
 * inlining lines and before the escape lines.
 *
 * The rewritten call: call->x becomes an implicit N_SELECTOR whose x is an
 * implicit N_TYPEASSERT (x = the interface value, ty = the concrete type)
 * and whose obj is the concrete method (gc's ODOTMETH on an ODOTTYPE).
 */
#include <string.h>

#include "generic.h"
#include "inline_int.h"
#include "chain.h"

typedef struct Devirt {
    InlState *st;
    Node *fn;           /* the function whose body is walked */
    PtrVec found;       /* Diag order: collected, then sorted by position */
    Node *file;
    bool defs;          /* the local definitions are noted (note_defs) */
} Devirt;

/* The definitions StaticValue looks through, noted on the first interface
 * method call: most programs have none, and noting them walks every body.
 * Until then no call was rewritten, so the tree is the one they describe. */
static void note_defs(Devirt *d)
{
    if (d->defs)
        return;
    d->defs = true;
    for (int i = 0; i < d->file->list.len; i++) {
        Node *fn = d->file->list.items[i];
        if (fn->kind == N_FUNCDECL && !gen_is_generic_decl(fn))
            inl_note_defs(d->st, fn->body);
    }
}

static Node *conv_operand(Node *r)
{
    r = inl_unparen(r);
    if (!r)
        return NULL;
    if (r->kind == N_CONVIFACE)
        return r->x;
    if (r->kind == N_CALL && inl_is_conversion(r) && r->ty && type_is_interface(r->ty) &&
        r->list.len == 1)
        return r->list.items[0];
    return NULL;
}

/* ir.StaticValue restricted to what devirtualization needs. */
static Node *static_iface(InlState *st, Node *n)
{
    for (int guard = 0; guard < 64; guard++) {
        n = inl_unparen(n);
        if (!n)
            return NULL;
        if (n->kind == N_INLCALL) {
            if (n->results.len != 1)
                return n;
            n = n->results.items[0];
            continue;
        }
        if (n->kind != N_NAME || !n->obj || n->obj->kind != OBJ_VAR)
            return n;
        Obj *o = n->obj;
        if (!o->fn || (o->flags & (OBJF_PARAM | OBJF_RESULT | OBJF_ADDRTAKEN |
                                   OBJF_ASSIGNED | OBJF_GLOBAL)))
            return n;
        Node *rhs = inl_static_rhs(st, o);
        if (!rhs)
            return n;
        n = rhs;
    }
    return n;
}

static Obj *find_method(Type *t, const char *name)
{
    Type *base = t;
    if (t && t->kind == TY_PTR && !t->obj)
        base = t->elem;
    return base ? type_lookup_method(base, name) : NULL;
}

static Node *implicit_node(InlState *st, NodeKind k, Pos pos, Node *x, Type *t)
{
    Node *n = arena_alloc(st->a, sizeof *n);
    n->kind = k;
    n->pos = pos;
    n->x = x;
    n->ty = t;
    n->mode = OPM_VAR;
    n->implicit = true;
    return n;
}

/* The receiver for method m of the asserted value x, as the checker builds
 * it for x.M: the embedded fields on the way to a promoted method
 * (x.User for Admin's User.Name), then an implicit & or * to m's
 * receiver kind. */
static Node *embed_recv(InlState *st, Node *x, Obj *m)
{
    Selection s = selection_lookup(x->ty, m->name, m->pkg);
    if (s.obj != m)
        return x;
    Node *path = chk_embed_path(st->a, x, &s, x->pos);
    if (!path)
        return x;
    x = path;
    Type *t = x->ty;
    bool xptr = type_under(t)->kind == TY_PTR && !t->obj;
    if ((m->flags & OBJF_PTRRECV) && !xptr) {
        Node *amp = implicit_node(st, N_UNARY, x->pos, x, type_ptr(st->a, t));
        amp->op = T_AND;
        amp->mode = OPM_VALUE;
        return amp;
    }
    if (!(m->flags & OBJF_PTRRECV) && xptr && s.depth > 0)
        return implicit_node(st, N_STAR, x->pos, x, type_under(t)->elem);
    return x;
}

static void dv_call(Devirt *d, Node *call)
{
    Node *sel = inl_unparen(call->x);
    if (!sel || sel->kind != N_SELECTOR || !inl_is_iface_sel(sel))
        return;
    note_defs(d);
    Node *r = static_iface(d->st, sel->x);
    Node *x = conv_operand(r);
    if (!x || !x->ty || type_is_interface(x->ty))
        return;
    const char *mname = sel->name ? sel->name->lit : sel->obj->name;
    Obj *m = find_method(x->ty, mname);
    if (!m || (m->flags & OBJF_IMETHOD))
        return;
    InlState *st = d->st;
    if (st->cfg->m > 0) {
        /* a receiver with a call in it was moved to a temporary */
        int t = inl_callee_temp(call) && d->fn ? inl_temp_index(st->a, d->fn, call, false) : -1;
        const char *recv = t >= 0 ? arena_printf(st->a, ".autotmp_%d.%s", t, mname)
                                  : gcfmt_expr(st->a, st->cfg->pkg, sel);
        diag_addf(st->cfg->diags, st->cfg->file, call->pos, DIAG_NOTE, DK_DEVIRTUALIZE,
                  "devirtualizing %s to %s", recv, gcfmt_type(st->a, st->cfg->pkg, x->ty));
    }
    Node *ta = arena_alloc(st->a, sizeof *ta);
    ta->kind = N_TYPEASSERT;
    ta->pos = sel->pos;
    ta->x = sel->x;
    ta->ty = x->ty;
    ta->mode = OPM_VALUE;
    ta->implicit = true;
    Node *ns = node_dup(st->a, sel);
    ns->x = embed_recv(st, ta, m);
    ns->obj = m;
    ns->implicit = true;
    call->x = ns;
}

static void dv_walk(Devirt *d, Node *n);

static void dv_list(Devirt *d, NodeList *l)
{
    for (int i = 0; i < l->len; i++)
        dv_walk(d, l->items[i]);
}

static void dv_walk(Devirt *d, Node *n)
{
    if (!n || n->kind == N_FUNCLIT || node_is_leaf(n))
        return;
    if (n->kind == N_BINARY) {   /* a chain, in order, without recursion (chain.h) */
        SPINE_OPERANDS(n, k, dv_walk(d, k));
        return;
    }
    if (n->kind == N_INLCALL) {
        dv_walk(d, n->init);
        dv_walk(d, n->body);
        return;
    }
    dv_walk(d, n->init);
    dv_list(d, &n->lhs);
    dv_walk(d, n->x);
    dv_walk(d, n->y);
    dv_walk(d, n->z);
    dv_walk(d, n->w);
    dv_walk(d, n->tag);
    dv_walk(d, n->cond);
    dv_walk(d, n->post);
    dv_list(d, &n->rhs);
    dv_list(d, &n->values);
    dv_list(d, &n->list);
    dv_walk(d, n->body);
    dv_walk(d, n->els);
    if (n->kind == N_CALL)
        dv_call(d, n);
}

static void dv_lits(Devirt *d, Node *n);

static void dv_lits_list(Devirt *d, NodeList *l)
{
    for (int i = 0; i < l->len; i++)
        dv_lits(d, l->items[i]);
}

/* Function literals are functions of their own: visit their bodies too. */
static void dv_lits(Devirt *d, Node *n)
{
    if (!n || node_is_leaf(n))
        return;
    if (n->kind == N_BINARY) {   /* a chain, in order, without recursion (chain.h) */
        SPINE_OPERANDS(n, k, dv_lits(d, k));
        return;
    }
    if (n->kind == N_FUNCLIT) {
        Node *saved = d->fn;
        d->fn = n;
        dv_walk(d, n->body);
        dv_lits(d, n->body);
        d->fn = saved;
        return;
    }
    dv_lits(d, n->init);
    dv_lits_list(d, &n->lhs);
    dv_lits(d, n->x);
    dv_lits(d, n->y);
    dv_lits(d, n->z);
    dv_lits(d, n->w);
    dv_lits(d, n->tag);
    dv_lits(d, n->cond);
    dv_lits(d, n->post);
    dv_lits_list(d, &n->rhs);
    dv_lits_list(d, &n->values);
    dv_lits_list(d, &n->list);
    dv_lits(d, n->body);
    dv_lits(d, n->els);
}

void inline_devirtualize(const InlConfig *cfg)
{
    if (!cfg || !cfg->src || !cfg->src->root)
        return;
    InlState st = { 0 };
    st.cfg = cfg;
    st.a = cfg->arena;
    Node *file = cfg->src->root;
    Devirt d = { &st, NULL, { 0 }, file, false };
    int first = cfg->diags->len;
    for (int i = 0; i < file->list.len; i++) {
        Node *fn = file->list.items[i];
        if (fn->kind != N_FUNCDECL || !fn->body || gen_is_generic_decl(fn))
            continue;
        d.fn = fn;
        dv_walk(&d, fn->body);
        dv_lits(&d, fn->body);
    }
    /* the group is sorted by position (gc flushes its warnings sorted) */
    int n = cfg->diags->len - first;
    if (n < 2)
        return;     /* items may be NULL: no pointer arithmetic on it */
    Diag *ds = cfg->diags->items + first;
    for (int i = 1; i < n; i++) {
        Diag t = ds[i];
        int j = i - 1;
        while (j >= 0 && (ds[j].pos.line > t.pos.line ||
                          (ds[j].pos.line == t.pos.line && ds[j].pos.col > t.pos.col))) {
            ds[j + 1] = ds[j];
            j--;
        }
        ds[j + 1] = t;
    }
}
