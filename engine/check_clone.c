/* check_clone.c - deep copies of generic declarations: each instantiation
 * checks its own copy of the generic body (a DAG of nodes shared through
 * the CloneMap stays a DAG), left spines of long operator chains copied
 * without recursion (chain.h).  Split from check_generic.c: copying is a
 * syntax-tree concern, independent of types and shapes. */
#include "check_int.h"
#include "chain.h"

#include <string.h>

static void clone_list(Arena *a, CloneMap *m, NodeList *dst, const NodeList *src) {
    dst->len = src->len;
    dst->items = NULL;
    if (!src->len)
        return;
    dst->items = arena_alloc(a, sizeof(Node *) * (size_t)src->len);
    for (int i = 0; i < src->len; i++)
        dst->items[i] = gen_clone_node(a, m, src->items[i]);
}

static size_t ptr_hash(const void *p, int cap) {
    uintptr_t v = (uintptr_t)p;
    v ^= v >> 17;
    v *= 0x9E3779B97F4A7C15ull;
    return (size_t)(v >> 20) & (size_t)(cap - 1);
}

static void map_grow(Arena *a, CloneMap *m) {
    int ncap = m->cap ? m->cap * 2 : 256;
    const Node **from = arena_alloc(a, sizeof(Node *) * (size_t)ncap);
    Node **to = arena_alloc(a, sizeof(Node *) * (size_t)ncap);
    memset(from, 0, sizeof(Node *) * (size_t)ncap);
    for (int i = 0; i < m->cap; i++)
        if (m->from[i]) {
            size_t h = ptr_hash(m->from[i], ncap);
            while (from[h])
                h = (h + 1) & (size_t)(ncap - 1);
            from[h] = m->from[i];
            to[h] = m->to[i];
        }
    m->from = from;
    m->to = to;
    m->cap = ncap;
}

/* n's clone in m, or a new shallow copy (*fresh) whose children are n's. */
static Node *clone_shallow(Arena *a, CloneMap *m, const Node *n, bool *fresh) {
    *fresh = false;
    if (m->cap) {
        size_t h = ptr_hash(n, m->cap);
        while (m->from[h]) {
            if (m->from[h] == n)
                return m->to[h];
            h = (h + 1) & (size_t)(m->cap - 1);
        }
    }
    *fresh = true;
    if ((m->len + 1) * 2 > m->cap)
        map_grow(a, m);
    Node *c = node_dup(a, n);
    size_t h = ptr_hash(n, m->cap);
    while (m->from[h])
        h = (h + 1) & (size_t)(m->cap - 1);
    m->from[h] = n;
    m->to[h] = c;
    m->len++;
    c->ty = NULL;
    c->obj = NULL;
    c->aux = NULL;
    c->mode = 0;
    c->val = NULL;
    if (!node_is_leaf(c))
        c->gen = NULL;
    return c;
}

/* A chain a + b + ... (only x and y set): its left spine in a loop
 * (chain.h).  c is n's fresh shallow copy. */
static Node *clone_chain(Arena *a, CloneMap *m, const Node *n, Node *c) {
    Spine orig, copy;
    spine_init(&orig);
    spine_init(&copy);
    spine_push(&orig, (Node *)n);
    spine_push(&copy, c);
    const Node *l = n->x;
    bool fresh = true;
    while (l && l->kind == N_BINARY) {
        Node *lc = clone_shallow(a, m, l, &fresh);
        copy.v[copy.n - 1]->x = lc;
        if (!fresh)
            break;
        spine_push(&orig, (Node *)l);
        spine_push(&copy, lc);
        l = l->x;
    }
    if (fresh)
        copy.v[copy.n - 1]->x = gen_clone_node(a, m, l);
    for (int i = orig.n - 1; i >= 0; i--)
        copy.v[i]->y = gen_clone_node(a, m, orig.v[i]->y);
    spine_free(&orig);
    spine_free(&copy);
    return c;
}

Node *gen_clone_node(Arena *a, CloneMap *m, const Node *n) {
    if (!n)
        return NULL;
    bool fresh;
    Node *c = clone_shallow(a, m, n, &fresh);
    if (!fresh || node_is_leaf(n))
        return c;
    if (n->kind == N_BINARY)
        return clone_chain(a, m, n, c);
    c->x = gen_clone_node(a, m, n->x);
    c->y = gen_clone_node(a, m, n->y);
    c->z = gen_clone_node(a, m, n->z);
    c->w = gen_clone_node(a, m, n->w);
    c->type_ = gen_clone_node(a, m, n->type_);
    c->init = gen_clone_node(a, m, n->init);
    c->cond = gen_clone_node(a, m, n->cond);
    c->post = gen_clone_node(a, m, n->post);
    c->body = gen_clone_node(a, m, n->body);
    c->els = gen_clone_node(a, m, n->els);
    c->name = gen_clone_node(a, m, n->name);
    if (node_has_tail(n))
        c->recv = gen_clone_node(a, m, n->recv);
    c->decl = gen_clone_node(a, m, n->decl);
    c->tag = gen_clone_node(a, m, n->tag);
    clone_list(a, m, &c->list, &n->list);
    clone_list(a, m, &c->lhs, &n->lhs);
    clone_list(a, m, &c->rhs, &n->rhs);
    clone_list(a, m, &c->names, &n->names);
    if (node_has_tail(n)) {
        clone_list(a, m, &c->tparams, &n->tparams);
        clone_list(a, m, &c->params, &n->params);
        clone_list(a, m, &c->results, &n->results);
    }
    clone_list(a, m, &c->values, &n->values);
    return c;
}
