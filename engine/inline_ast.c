/* inline_ast.c - what the inliner asks of the checked AST (parens,
 * types, constants, builtins, conversions, selectors), and gc's deadcode
 * pass (deadcode.Func), which prunes a constant if's dead branch and the
 * statements after a terminating one before a body is costed or copied. */
#include "const.h"
#include "inline_int.h"

/* ------------------------------------------------------- predicates */

Node *inl_unparen(Node *n)
{
    while (n && n->kind == N_PAREN)
        n = n->x;
    return n;
}

bool inl_is_type(const Node *n)
{
    return n && n->mode == OPM_TYPE;
}

bool inl_is_const(const Node *n)
{
    return n && n->val != NULL && n->mode == OPM_CONST;
}

Builtin inl_builtin(const Node *call)
{
    Node *f = inl_unparen(call->x);
    if (f && f->mode == OPM_BUILTIN && f->obj && f->obj->kind == OBJ_BUILTIN)
        return f->obj->builtin;
    return BI_NONE;
}

bool inl_is_conversion(const Node *call)
{
    return call->kind == N_CALL && inl_is_type(inl_unparen(call->x));
}

bool inl_is_pkg_sel(const Node *sel)
{
    Node *x = sel->kind == N_SELECTOR ? inl_unparen(sel->x) : NULL;
    return x && x->mode == OPM_PKG;
}

bool inl_is_blank(const Node *n)
{
    return n && n->kind == N_NAME && n->lit && n->lit[0] == '_' && n->lit[1] == 0;
}

/* name is the identifier that declares its variable (x in x := ...). */
bool inl_declares(const Node *name)
{
    return name && name->kind == N_NAME && name->obj && name->obj->decl == name &&
           !inl_is_blank(name);
}

bool inl_is_method_obj(const Obj *o)
{
    return o && o->kind == OBJ_FUNC && (o->flags & OBJF_METHOD);
}

bool inl_is_iface_sel(const Node *sel)
{
    if (sel->kind != N_SELECTOR || !sel->obj)
        return false;
    if (sel->obj->flags & OBJF_IMETHOD)
        return true;
    return inl_is_method_obj(sel->obj) && sel->x && sel->x->ty &&
           type_is_interface(sel->x->ty);
}

bool inl_is_method_sel(const Node *sel)
{
    return sel->kind == N_SELECTOR && inl_is_method_obj(sel->obj) &&
           !inl_is_iface_sel(sel) && !inl_is_pkg_sel(sel);
}

/* ---------------------------------------------------------- dead code */

int inl_const_cond(const Node *n)
{
    Node *c = n->cond;
    if (c && c->val && c->val->kind == CK_BOOL)
        return c->val->b ? 1 : 0;
    return -1;
}

static Node *last_stmt(Node *blk)
{
    if (!blk)
        return NULL;
    if (blk->kind != N_BLOCK)
        return blk;
    int n = inl_live_len(&blk->list);
    return n > 0 ? blk->list.items[n - 1] : NULL;
}

static bool is_panic_call(Node *s)
{
    if (!s || s->kind != N_EXPRSTMT || !s->x)
        return false;
    Node *c = inl_unparen(s->x);
    return c->kind == N_CALL && inl_builtin(c) == BI_PANIC;
}

/* deadcode.stmts: after `if const { ...; return }` the rest of the list is
 * dead unless a label follows. */
int inl_live_len(const NodeList *l)
{
    int lastlabel = -1;
    for (int i = 0; i < l->len; i++)
        if (l->items[i] && l->items[i]->kind == N_LABELED)
            lastlabel = i;
    for (int i = 0; i < l->len; i++) {
        Node *n = l->items[i];
        if (!n || n->kind != N_IF)
            continue;
        int c = inl_const_cond(n);
        if (c < 0)
            continue;
        Node *live = c ? n->body : n->els;
        Node *last = last_stmt(live);
        if (last && (last->kind == N_RETURN || is_panic_call(last)) && i > lastlabel)
            return i + 1;
    }
    return l->len;
}

/* gc's deadcode, which runs before inlining: drop the dead branch of an
 * `if` with a constant condition and the statements after a terminating
 * one (so nothing in them is inlined or analysed). */
void inl_prune_dead(Arena *a, Node *n)
{
    if (!n)
        return;
    if (n->kind == N_IF) {
        int c = inl_const_cond(n);
        if (c == 1) {
            n->els = NULL;
        } else if (c == 0 && n->body) {
            Node *e = node_dup(a, n->body);
            e->list.len = 0;
            n->body = e;
        }
    } else if (n->kind == N_BLOCK) {
        n->list.len = inl_live_len(&n->list);
    }
}

void inl_deadcode(Arena *a, Node *n)
{
    for (; n && n->kind == N_BINARY; n = n->x)   /* a chain's spine (chain.h) */
        inl_deadcode(a, n->y);
    if (!n || node_is_leaf(n))
        return;
    inl_prune_dead(a, n);
    Node *kids[] = { n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els, n->tag };
    for (unsigned i = 0; i < sizeof kids / sizeof kids[0]; i++)
        inl_deadcode(a, kids[i]);
    const NodeList *ls[] = { &n->list, &n->lhs, &n->rhs, &n->values };
    for (unsigned j = 0; j < 4; j++)
        for (int i = 0; i < ls[j]->len; i++)
            inl_deadcode(a, ls[j]->items[i]);
}

static bool is_const_zero(const Node *n)
{
    int64_t v;
    return n->val && const_get_int64(*n->val, &v) && v == 0;
}

/* staticinit.AnySideEffects: whether evaluating n could be observed.  A
 * package-level `var _ = n` without any is discarded (tryStaticInit): its
 * itabs are not made and its values not analysed.  Calls are effects
 * except conversions and len, cap, new, complex, real, imag; make is one
 * except make(map or chan, 0); so are indexing, slicing, assertions,
 * dereferences, receives, closures and division by a non-constant. */
bool inl_any_side_effects(const Node *n)
{
    for (; n && n->kind == N_BINARY; n = n->x)   /* a chain's spine (chain.h) */
        if (((n->op == T_QUO || n->op == T_REM) && !inl_is_const(n->y)) ||
            inl_any_side_effects(n->y))
            return true;
    if (!n || node_is_leaf(n))
        return false;
    switch (n->kind) {
    case N_CALL:
        if (!inl_is_conversion(n)) {
            Builtin b = inl_builtin(n);
            if (b == BI_MAKE) {
                Type *u = n->ty ? type_under(n->ty) : NULL;
                Node *len = n->list.len > 1 ? n->list.items[1] : NULL;
                if (!u || u->kind == TY_SLICE || n->list.len > 2 ||
                    (len && !is_const_zero(len)))
                    return true;
                return false;
            }
            if (b != BI_LEN && b != BI_CAP && b != BI_NEW && b != BI_COMPLEX && b != BI_REAL &&
                b != BI_IMAG)
                return true;
        }
        break;
    case N_INDEX: case N_SLICE: case N_TYPEASSERT: case N_FUNCLIT: case N_STAR:
        return true;
    case N_UNARY:
        if (n->op == T_ARROW)
            return true;
        break;
    default:
        break;
    }
    if (inl_any_side_effects(n->x) || inl_any_side_effects(n->y))
        return true;
    for (int i = 0; i < n->list.len; i++)
        if (inl_any_side_effects(n->list.items[i]))
            return true;
    return false;
}
