/* walkfacts.c - one walk for the facts the last stage's walks need (see
 * walkfacts.h).
 *
 * It must see every node those walks may reach: the children they follow
 * are among x y z w init cond post body els tag and the lists list lhs rhs
 * values.  A leaf is decided by its first cache line; a chain of binary
 * operators is followed along its left spine without recursion (chain.h).
 */
#include "walkfacts.h"

#include "check.h"
#include "types.h"

static const Node *unparen(const Node *n)
{
    while (n && n->kind == N_PAREN)
        n = n->x;
    return n;
}

static bool has_methods(const Type *t)
{
    const Type *u = t ? type_under((Type *)t) : NULL;
    return u && u->kind == TY_INTERFACE && u->nmethods > 0;
}

/* The node's own fact, children aside. */
static unsigned own_fact(const Node *n)
{
    switch (n->kind) {
    case N_INDEX: {
        const Node *x = unparen(n->x), *i = unparen(n->y);
        if (n->list.len > 0 || !x || !i || i->val)
            return 0;
        if (x->val)
            return WF_INDEX;          /* a constant string (or not indexable) */
        const Type *t = x->ty;
        if (t && t->kind == TY_PTR)
            t = t->elem;
        return t && t->kind == TY_ARRAY ? WF_INDEX : 0;
    }
    case N_CONVIFACE: {
        const Node *from = n->x;
        if (!from || !from->ty || type_is_interface(from->ty))
            return 0;
        return WF_CONV | (has_methods(n->ty) ? WF_ITABLINE : 0);
    }
    case N_CALL: {
        const Node *f = unparen(n->x);
        if (!f || f->mode != OPM_TYPE || n->list.len != 1 || !type_is_interface(n->ty))
            return 0;
        const Node *from = n->list.items[0];
        if (!from || !from->ty || type_is_interface(from->ty))
            return 0;
        return WF_CONV | (has_methods(n->ty) ? WF_ITABLINE : 0);
    }
    case N_TYPEASSERT:
        if (!n->type_ || !n->x)
            return 0;
        return WF_CONV | (n->x->ty && has_methods(n->x->ty) ? WF_ITABLINE : 0);
    case N_TYPESWITCH:
        return WF_CONV | WF_ITABLINE;
    default:
        return 0;
    }
}

static unsigned scan_list(const NodeList *l)
{
    unsigned f = 0;
    for (int i = 0; i < l->len; i++)
        f |= wf_scan(l->items[i]);
    return f;
}

unsigned wf_scan(const Node *n)
{
    unsigned f = 0;
    for (; n && n->kind == N_BINARY; n = n->x)   /* the spine (chain.h) */
        f |= wf_scan(n->y);
    if (!n || node_is_leaf(n))
        return f;
    if (n->kind == N_INLCALL)   /* what the walks follow: not the call x */
        return f | wf_scan(n->init) | wf_scan(n->body);
    f |= own_fact(n);
    const Node *kids[] = { n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body,
                           n->els, n->tag };
    for (unsigned i = 0; i < sizeof kids / sizeof kids[0]; i++)
        if (kids[i])
            f |= wf_scan(kids[i]);
    const NodeList *ls[] = { &n->list, &n->lhs, &n->rhs, &n->values };
    for (unsigned i = 0; i < sizeof ls / sizeof ls[0]; i++)
        if (ls[i]->len)
            f |= scan_list(ls[i]);
    return f;
}

uint8_t *wf_file(Arena *a, const File *f)
{
    if (!f || !f->root)
        return NULL;
    const NodeList *decls = &f->root->list;
    uint8_t *facts = arena_alloc(a, (size_t)decls->len + 1);
    for (int i = 0; i < decls->len; i++) {
        const Node *d = decls->items[i];
        unsigned k = 0;
        if (d && d->kind == N_FUNCDECL)
            k = wf_scan(d->body);
        else if (d && d->kind == N_VARDECL)
            for (int j = 0; j < d->values.len; j++)
                k |= wf_scan(d->values.items[j]);
        facts[i] = (uint8_t)k;
    }
    return facts;
}
