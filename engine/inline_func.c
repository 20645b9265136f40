/* inline_func.c - the inliner's record of each function (InlFunc, by its
 * declaration; a std function's cost from gc's table) and which function
 * a call reaches: ir.StaticValue through variables assigned once, then
 * the callee (inl.go's inlCallee). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "generic.h"
#include "inline_int.h"

/* ---------------------------------------------------------- hash maps */

static unsigned ptr_hash(const void *p)
{
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 17;
    x *= 0x9E3779B1u;
    return (unsigned)(x ^ (x >> 13));
}

/* A table of n elements of size sz: while inline_package runs (heaptabs),
 * in malloc'd memory freed when it grows again, so the arena does not keep
 * every outgrown table; inl_tables_to_arena moves the last ones there. */
static void *tab_alloc(InlState *st, size_t n, size_t sz)
{
    if (!st->heaptabs)
        return arena_alloc(st->a, n * sz);
    void *p = calloc(n, sz);
    if (!p)
        abort();                /* as arena_alloc does */
    return p;
}

static void tab_free(InlState *st, void *p)
{
    if (st->heaptabs)
        free(p);
}

static void *tab_to_arena(InlState *st, void *p, size_t n, size_t sz)
{
    if (!p)
        return NULL;
    void *q = arena_alloc(st->a, n * sz);
    memcpy(q, p, n * sz);
    free(p);
    return q;
}

void inl_tables_to_arena(InlState *st)
{
    if (!st->heaptabs)
        return;
    st->tab = tab_to_arena(st, st->tab, (size_t)st->captab, sizeof *st->tab);
    st->defs = tab_to_arena(st, st->defs, (size_t)st->capdefs, sizeof *st->defs);
    st->heaptabs = false;
}

static void tab_grow(InlState *st)
{
    int ncap = st->captab ? st->captab * 2 : 256;
    InlFunc **nt = tab_alloc(st, (size_t)ncap, sizeof *nt);
    for (int i = 0; i < st->captab; i++) {
        InlFunc *f = st->tab[i];
        if (!f)
            continue;
        unsigned h = ptr_hash(f->fn) & (ncap - 1);
        while (nt[h])
            h = (h + 1) & (ncap - 1);
        nt[h] = f;
    }
    tab_free(st, st->tab);
    st->tab = nt;
    st->captab = ncap;
}

static InlFunc *tab_find(InlState *st, const Node *fn)
{
    if (!st->captab)
        return NULL;
    unsigned h = ptr_hash(fn) & (st->captab - 1);
    while (st->tab[h]) {
        if (st->tab[h]->fn == fn)
            return st->tab[h];
        h = (h + 1) & (st->captab - 1);
    }
    return NULL;
}

InlFunc *inl_func(InlState *st, Node *fn)
{
    InlFunc *f = tab_find(st, fn);
    if (f)
        return f;
    if ((st->ntab + 1) * 2 > st->captab)
        tab_grow(st);
    f = arena_alloc(st->a, sizeof *f);
    f->fn = fn;
    f->hidden = fn->kind == N_FUNCLIT;
    f->body = fn->body;
    f->pos = fn->pos;
    if (fn->kind == N_FUNCDECL)
        f->obj = fn->obj ? fn->obj : (fn->name ? fn->name->obj : NULL);
    unsigned h = ptr_hash(fn) & (st->captab - 1);
    while (st->tab[h])
        h = (h + 1) & (st->captab - 1);
    st->tab[h] = f;
    st->ntab++;
    return f;
}

/* A function declared in a std stub: its cost comes from gc's own (table in
 * inline_std.c), its body from the stub. */
InlFunc *inl_func_of_obj(InlState *st, Obj *o)
{
    if (!o || o->kind != OBJ_FUNC || !o->decl)
        return NULL;
    InlFunc *f = inl_func(st, o->decl);
    if (!f->obj)
        f->obj = o;
    if ((o->flags & OBJF_STD) && !f->checked) {
        f->std = true;
        f->checked = true;
        f->name = inl_func_name(st, o->decl, NULL);
        const char *pk = o->pkg ? o->pkg->path : "";
        const char *dot = strchr(f->name, '.');
        /* name is "pkg.F" or "pkg.(*T).M": the table keys on what follows */
        const char *local = f->name;
        size_t pl = strlen(o->pkg && o->pkg->name ? o->pkg->name : "");
        if (pl && strncmp(local, o->pkg->name, pl) == 0 && local[pl] == '.')
            local += pl + 1;
        else if (dot)
            local = dot + 1;
        f->cost = inl_std_cost(pk, local);
        f->inlinable = f->cost >= 0;
        chk_std_body(o);    /* check.c: std bodies are checked on first use */
        f->body = o->decl->body;
        /* a StdCache's bodies were pruned when loaded (std.c) and are
         * shared read-only */
        if (!st->a->shared || !arena_owns(st->a->shared, f->body))
            inl_deadcode(st->a, f->body);
        f->candelay = f->body && inl_can_delay_results(o->decl);
    }
    return f;
}

/* ------------------------------------------------------ static values */

static InlDefn *def_find(InlState *st, const Obj *o, bool add)
{
    if (!o)
        return NULL;
    if (st->capdefs) {
        unsigned h = ptr_hash(o) & (st->capdefs - 1);
        while (st->defs[h].obj) {
            if (st->defs[h].obj == o)
                return &st->defs[h];
            h = (h + 1) & (st->capdefs - 1);
        }
    }
    if (!add)
        return NULL;
    if ((st->ndefs + 1) * 2 > st->capdefs) {
        int ncap = st->capdefs ? st->capdefs * 2 : 256;
        InlDefn *nd = tab_alloc(st, (size_t)ncap, sizeof *nd);
        for (int i = 0; i < st->capdefs; i++) {
            if (!st->defs[i].obj)
                continue;
            unsigned h = ptr_hash(st->defs[i].obj) & (ncap - 1);
            while (nd[h].obj)
                h = (h + 1) & (ncap - 1);
            nd[h] = st->defs[i];
        }
        tab_free(st, st->defs);
        st->defs = nd;
        st->capdefs = ncap;
    }
    unsigned h = ptr_hash(o) & (st->capdefs - 1);
    while (st->defs[h].obj)
        h = (h + 1) & (st->capdefs - 1);
    st->defs[h].obj = (Obj *)o;
    st->ndefs++;
    return &st->defs[h];
}

void inl_note_assign(InlState *st, NodeList *lhs, NodeList *rhs, bool def);
static void note_assign(InlState *st, NodeList *lhs, NodeList *rhs, bool def)
{
    inl_note_assign(st, lhs, rhs, def);
}

void inl_note_assign(InlState *st, NodeList *lhs, NodeList *rhs, bool def)
{
    for (int i = 0; i < lhs->len; i++) {
        Node *l = inl_unparen(lhs->items[i]);
        if (!l || l->kind != N_NAME || !l->obj)
            continue;
        InlDefn *d = def_find(st, l->obj, true);
        d->nassign++;
        if (def && inl_declares(l) && lhs->len == rhs->len)
            d->rhs = &rhs->items[i];   /* the slot: inlining replaces the node */
    }
}

static void defs_walk(InlState *st, Node *n);

static void defs_list(InlState *st, NodeList *l)
{
    for (int i = 0; i < l->len; i++)
        defs_walk(st, l->items[i]);
}

static void defs_walk(InlState *st, Node *n)
{
    for (; n && n->kind == N_BINARY; n = n->x)   /* a chain's spine (chain.h) */
        defs_walk(st, n->y);
    if (!n || node_is_leaf(n))
        return;
    if (n->kind == N_INLCALL) {         /* x's arguments are also in init */
        st->ininl++;
        defs_walk(st, n->init);
        defs_walk(st, n->body);
        st->ininl--;
        return;
    }
    inl_note_node_defs(st, n);
    defs_walk(st, n->x); defs_walk(st, n->y); defs_walk(st, n->z);
    defs_walk(st, n->w); defs_walk(st, n->init); defs_walk(st, n->cond);
    defs_walk(st, n->post); defs_walk(st, n->body); defs_walk(st, n->els);
    if (n->decl && !(n->list.len && n->decl == n->list.items[0]))
        defs_walk(st, n->decl);
    defs_walk(st, n->tag);
    defs_list(st, &n->list); defs_list(st, &n->lhs); defs_list(st, &n->rhs);
    defs_list(st, &n->values);
}

void inl_note_node_defs(InlState *st, Node *n)
{
    /* inside an inlined body only the inliner's own assignments (params,
     * delayed results) define a static value: gc gives its copies of the
     * callee's locals no Defn */
    bool def = !st->ininl || n->implicit;
    switch (n->kind) {
    case N_ASSIGN:
        if (n->op == T_ASSIGN || n->op == T_DEFINE)
            /* an inliner's `~R0 = e` defines its delayed results
             * (inl_declares() tells which lhs it declares) */
            note_assign(st, &n->lhs, &n->rhs, (n->op == T_DEFINE || n->implicit) && def);
        break;
    case N_VARDECL:
        if (n->values.len)
            note_assign(st, &n->names, &n->values, def);
        break;
    default:
        break;
    }
}

void inl_note_defs(InlState *st, Node *body)
{
    defs_walk(st, body);
}

Node *inl_static_rhs(InlState *st, const Obj *o)
{
    InlDefn *d = def_find(st, o, false);
    return d && d->rhs && d->nassign == 1 ? *d->rhs : NULL;
}

/* gc's ir.StaticValue: look through never-reassigned locals. */
static Node *static_value(InlState *st, Node *n)
{
    if (st->nostatic)
        return inl_unparen(n);
    for (int guard = 0; guard < 64; guard++) {
        n = inl_unparen(n);
        if (!n)
            return NULL;
        if (n->kind == N_CALL && inl_is_conversion(n) && n->list.len == 1 &&
            inl_conv_cost(n) == 0) {
            n = n->list.items[0];
            continue;
        }
        if (n->kind == N_INLCALL) {
            if (n->results.len != 1)
                return n;
            n = n->results.items[0];
            continue;
        }
        if (n->kind != N_NAME || !n->obj || n->obj->kind != OBJ_VAR || n->closurevar)
            return n;
        Obj *o = n->obj;
        if (!o->fn || (o->flags & (OBJF_PARAM | OBJF_RESULT | OBJF_ADDRTAKEN |
                                   OBJF_ASSIGNED | OBJF_GLOBAL)))
            return n;
        InlDefn *d = def_find(st, o, false);
        if (!d || !d->rhs || d->nassign != 1)
            return n;
        n = *d->rhs;
    }
    return n;
}

static bool recv_matches(Obj *m, Type *xt)
{
    if (!m->type || !m->type->recv || !xt)
        return false;
    return type_identical(m->type->recv->type, xt);
}

InlFunc *inl_callee(InlState *st, Node *call)
{
    Node *fx = static_value(st, call->x);
    if (!fx)
        return NULL;
    /* a method value reached through a variable is an OMETHVALUE, not the
     * OMETHEXPR of a direct method call: not a known callee */
    if (fx != inl_unparen(call->x) && fx->kind == N_SELECTOR && !inl_is_pkg_sel(fx) &&
        !inl_is_type(fx->x))
        return NULL;
    switch (fx->kind) {
    case N_NAME:
        if (fx->obj && fx->obj->kind == OBJ_FUNC && !inl_is_method_obj(fx->obj))
            return inl_func_of_obj(st, fx->obj);
        return NULL;
    case N_SELECTOR:
        if (inl_is_pkg_sel(fx))
            return fx->obj && fx->obj->kind == OBJ_FUNC ? inl_func_of_obj(st, fx->obj) : NULL;
        if (!inl_is_method_sel(fx))
            return NULL;
        if (call->gen && call->gen->callprefix)   /* stenciled: receiver has no shape */
            return inl_func_of_obj(st, fx->obj);
        if (inl_is_type(fx->x)) {                 /* method expression T.M */
            if (!recv_matches(fx->obj, fx->x->ty))
                return NULL;
        } else if (!recv_matches(fx->obj, fx->x->ty)) {
            return NULL;
        }
        return inl_func_of_obj(st, fx->obj);
    case N_FUNCLIT: {
        InlFunc *f = inl_func(st, fx);
        inl_can_inline(st, f);
        return f;
    }
    default:
        return NULL;
    }
}
