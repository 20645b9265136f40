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
#include "escape.h"
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

unsigned wf_fact(const Node *n)
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
    case N_FUNCLIT:
        return WF_LIT;
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

static unsigned scan_any(const Node *n)
{
    unsigned f = 0;
    const Node *kids[] = { n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body,
                           n->els, n->tag };
    for (unsigned i = 0; i < sizeof kids / sizeof kids[0]; i++)
        if (kids[i])
            f |= wf_scan(kids[i]);
    const NodeList *ls[] = { &n->list, &n->lhs, &n->rhs, &n->values };
    for (unsigned i = 0; i < sizeof ls / sizeof ls[0]; i++)
        f |= scan_list(ls[i]);
    return f;
}

/* The child fields of the kinds met most (escape.c's each_child has the
 * same table): reading only those loads fewer of a node's cache lines.
 * WF_CHECK_KIDS checks that the others are empty (run it over the corpus
 * after changing what a kind holds; node_other_kids, ast.h). */
#ifdef WF_CHECK_KIDS
#include <stdio.h>
#include <stdlib.h>
static void check_kids(const Node *n, unsigned k) {
    if (node_other_kids(n, k)) {
        fprintf(stderr, "wf_scan: kind %d at %d:%d has other children\n", n->kind,
                n->pos.line, n->pos.col);
        abort();
    }
}
#define CHECK_KIDS(n, k) check_kids(n, k)
#else
#define CHECK_KIDS(n, k) ((void)0)
#endif

unsigned wf_scan(const Node *n)
{
    unsigned f = 0;
    for (; n && n->kind == N_BINARY; n = n->x)   /* the spine (chain.h) */
        f |= wf_scan(n->y);
    if (!n)
        return f;
    if (n->mode == OPM_TYPE)
        return f;   /* a type: no index the walks reach, no conversion, literal */
    switch (n->kind) {
    case N_NAME: case N_BASICLIT:
        return f;
    case N_INLCALL:   /* what the walks follow; of the original call, literals */
        return f | wf_scan(n->init) | wf_scan(n->body) | (wf_scan(n->x) & WF_LIT);
    case N_SELECTOR: case N_PAREN: case N_STAR: case N_UNARY: case N_EXPRSTMT:
    case N_CONVIFACE: case N_INCDEC: case N_GO: case N_DEFER: case N_TYPEASSERT:
        CHECK_KIDS(n, NK_X);
        return f | wf_fact(n) | wf_scan(n->x);
    case N_CALL: case N_COMPOSITE:
        CHECK_KIDS(n, NK_X | NK_LIST);
        return f | wf_fact(n) | wf_scan(n->x) | scan_list(&n->list);
    case N_KEYVALUE: case N_SEND: case N_INDEX:
        CHECK_KIDS(n, NK_X | NK_Y | (n->kind == N_INDEX ? NK_LIST : 0));
        f |= wf_fact(n) | wf_scan(n->x) | wf_scan(n->y);
        return n->kind == N_INDEX ? f | scan_list(&n->list) : f;
    case N_BLOCK: case N_RETURN:
        CHECK_KIDS(n, NK_LIST);
        return f | scan_list(&n->list);
    case N_ASSIGN:
        CHECK_KIDS(n, NK_LHS | NK_RHS);
        return f | scan_list(&n->lhs) | scan_list(&n->rhs);
    case N_IF: case N_FOR:
        CHECK_KIDS(n, NK_INIT | NK_COND | NK_POST | NK_BODY | NK_ELS);
        return f | wf_scan(n->init) | wf_scan(n->cond) | wf_scan(n->post) |
               wf_scan(n->body) | wf_scan(n->els);
    case N_RANGE:
        CHECK_KIDS(n, NK_X | NK_BODY | NK_LHS);
        return f | wf_scan(n->x) | wf_scan(n->body) | scan_list(&n->lhs);
    default:
        return f | wf_fact(n) | scan_any(n);
    }
}

#ifdef WF_CHECK_ESC
#include <stdio.h>
#include <stdlib.h>
/* Escape's facts must hold every fact the walk finds. */
static int check_esc(const Node *d, int k)
{
    unsigned s = wf_scan(d->body);
    if (k >= 0 && (s & ~(unsigned)k)) {
        fprintf(stderr, "wf_file: escape facts %#x miss %#x at %d:%d\n", k, s, d->pos.line,
                d->pos.col);
        abort();
    }
    return k;
}
#define CHECK_ESC(d, k) check_esc(d, k)
#else
#define CHECK_ESC(d, k) (k)
#endif

uint8_t *wf_file(Arena *a, const File *f, const struct EscResult *esc)
{
    if (!f || !f->root)
        return NULL;
    const NodeList *decls = &f->root->list;
    uint8_t *facts = arena_alloc(a, (size_t)decls->len + 1);
    for (int i = 0; i < decls->len; i++) {
        const Node *d = decls->items[i];
        unsigned k = 0;
        int e = d && d->kind == N_FUNCDECL && esc ? CHECK_ESC(d, escape_decl_facts(esc, d)) : -1;
        if (e >= 0)
            k = (unsigned)e;
        else if (d && d->kind == N_FUNCDECL)
            k = wf_scan(d->body);
        else if (d && d->kind == N_VARDECL)
            for (int j = 0; j < d->values.len; j++)
                k |= wf_scan(d->values.items[j]);
        facts[i] = (uint8_t)k;
    }
    return facts;
}
