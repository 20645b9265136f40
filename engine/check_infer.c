/* check_infer.c - type argument inference for calls of generic functions
 * (types2 infer.go, unify.go): function argument types unified with the
 * parameters' type expressions, then constraint type inference through
 * core types.  Split from check_generic.c, which instantiates once the
 * type arguments are known (gen_call). */
#include "check_int.h"
#include "generic.h"

#include <string.h>

int gen_tparam_index(Infer *in, Node *te) {
    if (!te || te->kind != N_NAME)
        return -1;
    for (int i = 0; i < in->n; i++)
        if (in->names[i] && !strcmp(in->names[i]->lit, te->lit))
            return i;
    return -1;
}

void gen_unify(Infer *in, Node *te, Type *at, int depth) {
    te = chk_unparen(te);
    if (!te || !at || depth > 10)
        return;
    int i = gen_tparam_index(in, te);
    if (i >= 0) {
        if (!in->targs[i] && !type_is_untyped(at))
            in->targs[i] = at;
        return;
    }
    Type *u = type_under(at);
    switch (te->kind) {
    case N_STAR:
        if (u->kind == TY_PTR)
            gen_unify(in, te->x, u->elem, depth + 1);
        return;
    case N_ARRAYTYPE:
        if ((!te->x && u->kind == TY_SLICE) || (te->x && u->kind == TY_ARRAY))
            gen_unify(in, te->y, u->elem, depth + 1);
        return;
    case N_DOTS:
        gen_unify(in, te->x, at, depth + 1);
        return;
    case N_MAPTYPE:
        if (u->kind == TY_MAP) {
            gen_unify(in, te->x, u->key, depth + 1);
            gen_unify(in, te->y, u->elem, depth + 1);
        }
        return;
    case N_CHANTYPE:
        if (u->kind == TY_CHAN)
            gen_unify(in, te->x, u->elem, depth + 1);
        return;
    case N_FUNCTYPE:
        if (u->kind != TY_FUNC)
            return;
        for (int j = 0; j < te->params.len && j < u->nparams; j++)
            gen_unify(in, te->params.items[j]->type_, u->params[j]->type, depth + 1);
        for (int j = 0; j < te->results.len && j < u->nresults; j++)
            gen_unify(in, te->results.items[j]->type_, u->results[j]->type, depth + 1);
        return;
    case N_INDEX: {
        if (!at->obj || !at->obj->gen || !at->obj->gen->orig)
            return;
        Node **idx;
        int n = gen_index_args(te, &idx);
        for (int j = 0; j < n && j < at->obj->gen->n; j++)
            gen_unify(in, idx[j], at->obj->gen->targs[j], depth + 1);
        return;
    }
    default:
        return;
    }
}

/* The core type of a type parameter's constraint when it names one type
 * structure (`~[]E`, `map[K]V`), else NULL. */
Node *gen_core_term(Node *ce) {
    ce = chk_unparen(ce);
    if (ce && ce->kind == N_INTERFACETYPE && ce->list.len == 1 && !ce->list.items[0]->name)
        ce = chk_unparen(ce->list.items[0]->type_);
    if (ce && ce->kind == N_UNARY && ce->op == T_TILDE)
        ce = chk_unparen(ce->x);
    if (!ce)
        return NULL;
    switch (ce->kind) {
    case N_ARRAYTYPE: case N_MAPTYPE: case N_STAR: case N_CHANTYPE: case N_FUNCTYPE:
        return ce;
    default:
        return NULL;
    }
}

/* types2's constraint type inference (infer.go): a known argument of a
 * parameter whose constraint has a core type unifies with that type
 * (S ~[]E with S = []int gives E = int); repeated until nothing new. */
void gen_constraint_infer(Infer *in, Node *d) {
    for (int round = 0; round < in->n; round++) {
        bool more = false;
        for (int i = 0; i < in->n && i < d->tparams.len; i++) {
            Node *ce = d->tparams.items[i]->type_;
            bool known = !in->targs[i] && ce;
            for (int j = 0; j < in->n && known; j++)
                known = in->targs[j] || !gen_constraint_mentions(ce, &in->names[j], 1, 0);
            if (!known)
                continue;
            Scope *tps = gen_tparam_scope(in->c, in->names, in->n, in->targs);
            Type *t = gen_single_term(in->c, tps, ce);
            if (t && t->kind != TY_INVALID) {
                in->targs[i] = t;
                more = true;
            }
        }
        for (int i = 0; i < in->n && i < d->tparams.len; i++) {
            Node *core = gen_core_term(d->tparams.items[i]->type_);
            if (!core || !in->targs[i])
                continue;
            int before = 0, after = 0;
            for (int j = 0; j < in->n; j++)
                before += in->targs[j] != NULL;
            gen_unify(in, core, in->targs[i], 0);
            for (int j = 0; j < in->n; j++)
                after += in->targs[j] != NULL;
            more = more || after > before;
        }
        if (!more)
            return;
    }
}
