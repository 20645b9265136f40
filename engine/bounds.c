/* bounds.c - gc's "index bounds check elided" lines (see bounds.h).
 *
 * Follows cmd/compile/internal/walk: walkIndex reports an OINDEX of an
 * array (or pointer to array) or of a constant string when bounded() holds
 * for the index and the index is not itself a constant.  What matters
 * besides bounded() is the order gc reaches the index expressions in:
 *
 *  - functions: typecheck.Target.Decls order, i.e. closures of package-level
 *    variables first, then each function after its own closures (inner ones
 *    first); a closure that captures nothing ("trivial") is compiled from
 *    there, one that captures is skipped and compiled after the function
 *    that holds it (enqueueFunc's stack: the last one met first).  Closures
 *    copied by the inliner are appended to Decls while inlining, so trivial
 *    ones come after every function.  Generic functions are not compiled.
 *  - inside a function, order (order.go) runs first: the bodies of inlined
 *    calls move to statements before the one that holds them, and `a && b`
 *    / `a || b` become statements too; then walk visits each statement's
 *    remaining expressions left to right, an index's operand before its
 *    index.  A for loop is walked init, cond, post, body; a switch, all its
 *    case expressions before any case body.
 */
#include "bounds.h"

#include <stdbool.h>
#include <stdint.h>

#include "check.h"
#include "types.h"
#include "chain.h"
#include "walkfacts.h"

typedef struct Bounds {
    Arena *a;
    DiagList *dl;
    const char *file;
    PtrVec *closures;   /* capturing closures met while walking the current function */
    PtrVec late;        /* trivial closures copied by the inliner (end of Decls) */
    int ininl;          /* inside an inlined body */
} Bounds;

static void walk_stmt(Bounds *b, Node *n);
static void walk_expr(Bounds *b, Node *n);

static Node *unparen(Node *n) {
    while (n && n->kind == N_PAREN)
        n = n->x;
    return n;
}

/* gc's ir.IsSmallIntConst: an integer constant that fits in int32. */
static bool small_int_const(const Node *n, int64_t *v) {
    if (!n || !n->val || n->val->kind != CK_INT)
        return false;
    int64_t x;
    if (!const_get_int64(*n->val, &x) || x != (int64_t)(int32_t)x)
        return false;
    *v = x;
    return true;
}

/* walk's bounded(n, max): whether 0 <= n < max for every value of n's type
 * and shape. */
static bool bounded(Node *n, int64_t max) {
    n = unparen(n);
    Type *t = n ? n->ty : NULL;
    if (!t || !type_is_integer(t) || type_is_untyped(t))
        return false;
    bool sign = !type_is_unsigned(t);
    int64_t bits = 8 * type_size(t);
    int64_t v;
    if (small_int_const(n, &v))
        return 0 <= v && v < max;
    if (n->kind == N_BINARY) {
        switch (n->op) {
        case T_AND: case T_AND_NOT:
            v = -1;
            if (small_int_const(unparen(n->x), &v)) {
                /* v set */
            } else if (small_int_const(unparen(n->y), &v)) {
                if (n->op == T_AND_NOT) {
                    v = ~v;
                    if (!sign)
                        v &= (int64_t)((bits >= 64 ? 0 : (UINT64_C(1) << bits)) - 1);
                }
            } else {
                v = -1;
            }
            if (0 <= v && v < max)
                return true;
            break;
        case T_REM:
            if (!sign && small_int_const(unparen(n->y), &v) && 0 <= v && v <= max)
                return true;
            break;
        case T_QUO:
            if (!sign && small_int_const(unparen(n->y), &v))
                for (; bits > 0 && v >= 2; v >>= 1)
                    bits--;
            break;
        case T_SHR:
            if (!sign && small_int_const(unparen(n->y), &v)) {
                if (v > bits)
                    return true;
                bits -= v;
            }
            break;
        default:
            break;
        }
    }
    return !sign && bits <= 62 && (INT64_C(1) << bits) <= max;
}

/* walkIndex's report for x[i] (walked after x and i). */
static void check_index(Bounds *b, Node *n) {
    if (n->list.len > 0)
        return;                       /* a generic instantiation */
    Node *x = unparen(n->x), *i = unparen(n->y);
    if (!x || !i || i->val)
        return;                       /* constant index: no line */
    Type *t = x->ty;
    int64_t max;
    if (x->val && x->val->kind == CK_STRING) {
        max = (int64_t)x->val->slen;
    } else {
        if (t && t->kind == TY_PTR)
            t = t->elem;
        if (!t || t->kind != TY_ARRAY)
            return;
        max = t->len;
    }
    if (bounded(i, max))
        diag_add(b->dl, b->file, n->pos, DIAG_NOTE, DK_OTHER, "index bounds check elided");
}

/* ------------------------------------------------------------ closures */

typedef struct Capture {
    Node *fns[64];      /* the literal and the literals inside it */
    int nfns;
    bool captures;
} Capture;

static void scan_capture(Capture *c, Node *n);

static void scan_capture_list(Capture *c, const NodeList *l) {
    for (int i = 0; i < l->len && !c->captures; i++)
        scan_capture(c, l->items[i]);
}

/* Whether a literal refers to a variable of a function around it (gc's
 * ClosureVars is not empty: IsTrivialClosure is false). */
static void scan_capture(Capture *c, Node *n) {
    for (; n && n->kind == N_BINARY && !c->captures; n = n->x)   /* chain.h */
        scan_capture(c, n->y);
    if (!n || c->captures)
        return;
    if (n->kind == N_NAME) {
        Obj *o = n->obj;
        if (o && o->kind == OBJ_VAR && o->fn && !(o->flags & (OBJF_GLOBAL | OBJF_FIELD))) {
            bool inside = false;
            for (int i = 0; i < c->nfns && !inside; i++)
                inside = c->fns[i] == o->fn;
            if (!inside)
                c->captures = true;
        }
        return;
    }
    if (n->kind == N_INLCALL) {
        scan_capture(c, n->init);
        scan_capture(c, n->body);
        scan_capture_list(c, &n->results);
        return;
    }
    if (n->kind == N_FUNCLIT) {
        if (c->nfns == 64) {
            c->captures = true;       /* too deep to tell: assume it captures */
            return;
        }
        c->fns[c->nfns++] = n;
        scan_capture(c, n->body);
        c->nfns--;
        return;
    }
    if (node_is_leaf(n))
        return;
    Node *kids[] = { n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els };
    for (unsigned i = 0; i < sizeof kids / sizeof kids[0]; i++)
        scan_capture(c, kids[i]);
    scan_capture_list(c, &n->list);
    scan_capture_list(c, &n->lhs);
    scan_capture_list(c, &n->rhs);
    scan_capture_list(c, &n->values);
}

static bool is_trivial(Node *lit) {
    Capture c = { .nfns = 0 };
    c.fns[c.nfns++] = lit;
    scan_capture(&c, lit->body);
    return !c.captures;
}

/* walkClosure: a capturing literal is queued on the function being walked;
 * a trivial one is compiled from its own Decls entry. */
static void meet_closure(Bounds *b, Node *lit) {
    if (is_trivial(lit)) {
        if (b->ininl)
            ptrvec_push(b->a, &b->late, lit);
        return;
    }
    if (b->closures)
        ptrvec_push(b->a, b->closures, lit);
}

/* ---------------------------------------------------------- expressions */

static bool is_type_expr(const Node *n) {
    n = unparen((Node *)n);
    if (!n)
        return true;
    switch (n->kind) {
    case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE:
    case N_MAPTYPE: case N_CHANTYPE: case N_DOTS:
        return true;
    default:
        return n->mode == OPM_TYPE;
    }
}

/* order.go's pass over an expression: the bodies of inlined calls, and the
 * operands of && and ||, become statements before the one holding it. */
static void hoist(Bounds *b, Node *n);

static void hoist_list(Bounds *b, const NodeList *l) {
    for (int i = 0; i < l->len; i++)
        hoist(b, l->items[i]);
}

static void inlined_body(Bounds *b, Node *n) {
    b->ininl++;
    if (n->init)
        walk_stmt(b, n->init);
    if (n->body)
        walk_stmt(b, n->body);
    b->ininl--;
}

static bool is_andor(const Node *n) {
    return n->kind == N_BINARY && (n->op == T_LAND || n->op == T_LOR);
}

/* hoist of a chain a op b op ..., along its left spine without recursion
 * (chain.h), in the order of the recursion: an operand of && or || is
 * hoisted then walked, another one only hoisted. */
static void hoist_chain(Bounds *b, Node *n) {
    Spine sp;
    spine_collect(&sp, n);
    hoist(b, spine_first(&sp));
    if (is_andor(sp.v[sp.n - 1]))
        walk_expr(b, spine_first(&sp));
    for (int i = sp.n - 1; i >= 0; i--) {
        Node *e = sp.v[i];
        hoist(b, e->y);
        if (is_andor(e))
            walk_expr(b, e->y);
        if (i > 0 && is_andor(sp.v[i - 1]))
            walk_expr(b, e);
    }
    spine_free(&sp);
}

static void hoist(Bounds *b, Node *n) {
    if (!n || is_type_expr(n))
        return;
    if (n->kind == N_BINARY) {
        hoist_chain(b, n);
        return;
    }
    switch (n->kind) {
    case N_INLCALL:
        inlined_body(b, n);
        return;
    case N_FUNCLIT:
        return;
    default:
        break;
    }
    if (node_is_leaf(n))
        return;
    hoist(b, n->x);
    hoist(b, n->y);
    hoist(b, n->z);
    hoist(b, n->w);
    hoist_list(b, &n->list);
}

/* walk's pass over what order left of an expression. */
static void walk_list(Bounds *b, const NodeList *l) {
    for (int i = 0; i < l->len; i++)
        walk_expr(b, l->items[i]);
}

/* walkExprListSafe's safeExpr on an append operand x[i]: an index that is
 * not a name or a constant is copied to a temporary first, so bounded()
 * sees only that temporary's type (c.enc[v>>18&0x3f] keeps its check). */
static bool safe_index(Node *i) {
    i = unparen(i);
    return i && (i->val || i->kind == N_NAME);
}

static void walk_safe(Bounds *b, Node *n) {
    n = unparen(n);
    if (!n || n->kind != N_INDEX || n->list.len > 0) {
        if (n && (n->kind == N_SELECTOR || n->kind == N_STAR) && !is_type_expr(n)) {
            walk_safe(b, n->x);
            return;
        }
        walk_expr(b, n);
        return;
    }
    walk_safe(b, n->x);
    walk_expr(b, n->y);
    if (safe_index(n->y)) {
        check_index(b, n);
        return;
    }
    Node tmp = {0};     /* the temporary: only its type is known */
    memcpy(&tmp, n->y, node_size(n->y->kind));
    tmp.kind = N_NAME;
    tmp.val = NULL;
    Node idx = {0};
    memcpy(&idx, n, node_size(n->kind));
    idx.y = &tmp;
    check_index(b, &idx);
}

static bool is_append(const Node *n) {
    const Node *f = n->kind == N_CALL ? unparen(n->x) : NULL;
    return f && f->kind == N_NAME && f->obj && f->obj->kind == OBJ_BUILTIN &&
           f->obj->builtin == BI_APPEND;
}

static void walk_expr(Bounds *b, Node *n) {
    if (!n || is_type_expr(n))
        return;
    if (is_append(n) && !n->hasdots) {
        walk_expr(b, n->x);
        for (int i = 0; i < n->list.len; i++) {
            if (i == 0)
                walk_expr(b, n->list.items[i]);
            else
                walk_safe(b, n->list.items[i]);
        }
        return;
    }
    switch (n->kind) {
    case N_INLCALL:
        return;                       /* hoisted: now its result variable */
    case N_FUNCLIT:
        meet_closure(b, n);
        return;
    case N_BINARY: {
        if (is_andor(n))
            return;                   /* hoisted */
        /* a chain's left spine, without recursion (chain.h) */
        Spine sp;
        spine_init(&sp);
        for (; n->kind == N_BINARY && !is_andor(n); n = n->x)
            spine_push(&sp, n);
        walk_expr(b, n);
        for (int i = sp.n - 1; i >= 0; i--)
            walk_expr(b, sp.v[i]->y);
        spine_free(&sp);
        return;
    }
    case N_INDEX:
        walk_expr(b, n->x);
        walk_expr(b, n->y);
        check_index(b, n);
        return;
    default:
        break;
    }
    if (node_is_leaf(n))
        return;
    walk_expr(b, n->x);
    walk_expr(b, n->y);
    walk_expr(b, n->z);
    walk_expr(b, n->w);
    walk_list(b, &n->list);
}

/* An expression in statement position: order's statements, then walk's. */
static void full_expr(Bounds *b, Node *n) {
    hoist(b, n);
    walk_expr(b, n);
}

/* ----------------------------------------------------------- statements */

static void walk_stmts(Bounds *b, const NodeList *l) {
    for (int i = 0; i < l->len; i++)
        walk_stmt(b, l->items[i]);
}

/* walk's ascompatee for a, b = x, y: pair by pair, the left side then the
 * right one, except that a right side an earlier pair may have changed is
 * copied (so walked) before its own pair's left side. */
typedef struct Written {
    Obj *names[32];
    int nnames;
    bool mem;          /* something other than a plain local was assigned */
} Written;

static bool is_local_var(const Obj *o) {
    return o && o->kind == OBJ_VAR && o->fn && !(o->flags & (OBJF_GLOBAL | OBJF_FIELD));
}

/* walk's readsMemory, for one node (its operands are looked at apart). */
static bool reads_memory(const Node *n) {
    switch (n->kind) {
    case N_NAME:
        if (!n->obj || n->obj->kind != OBJ_VAR)
            return false;
        return !is_local_var(n->obj) || (n->obj->flags & (OBJF_ADDRTAKEN | OBJF_CAPTURED));
    case N_BASICLIT: case N_PAREN:
        return false;
    case N_BINARY:
        switch (n->op) {
        case T_ADD: case T_SUB: case T_MUL: case T_QUO: case T_REM: case T_AND:
        case T_OR: case T_XOR: case T_SHL: case T_SHR: case T_AND_NOT:
        case T_LAND: case T_LOR:
            return false;
        default:
            return true;
        }
    case N_UNARY:
        return n->op == T_ARROW || n->op == T_AND;
    case N_SELECTOR: {
        Type *t = n->x ? n->x->ty : NULL;
        return !t || t->kind == TY_PTR || !n->obj || n->obj->kind != OBJ_VAR;
    }
    case N_CALL:
        return !(n->x && n->x->mode == OPM_TYPE);   /* a conversion does not */
    default:
        return !n->val;
    }
}

static bool affected(const Written *w, const Node *n) {
    for (; n && n->kind == N_BINARY && !is_type_expr(n); n = n->x)   /* chain.h */
        if ((w->mem && reads_memory(n)) || affected(w, n->y))
            return true;
    if (!n || is_type_expr(n))
        return false;
    if (n->kind == N_NAME) {
        for (int i = 0; i < w->nnames; i++)
            if (w->names[i] == n->obj)
                return true;
    }
    if (w->mem && reads_memory(n))
        return true;
    if (n->kind == N_INLCALL || n->kind == N_FUNCLIT || node_is_leaf(n))
        return false;
    if (affected(w, n->x) || affected(w, n->y) || affected(w, n->z) || affected(w, n->w))
        return true;
    for (int i = 0; i < n->list.len; i++)
        if (affected(w, n->list.items[i]))
            return true;
    return false;
}

static void walk_parallel(Bounds *b, Node *n) {
    Written w = { .nnames = 0 };
    for (int i = 0; i < n->lhs.len; i++) {
        Node *l = unparen(n->lhs.items[i]), *r = n->rhs.items[i];
        bool early = affected(&w, r);
        if (early)
            walk_expr(b, r);
        walk_expr(b, l);
        if (!early)
            walk_expr(b, r);
        if (l && l->kind == N_NAME && l->obj && is_local_var(l->obj) &&
            !(l->obj->flags & (OBJF_ADDRTAKEN | OBJF_CAPTURED))) {
            if (w.nnames < 32)
                w.names[w.nnames++] = l->obj;
            else
                w.mem = true;
        } else if (!(l && l->kind == N_NAME && (!l->obj || (l->obj->flags & OBJF_BLANK)))) {
            w.mem = true;
        }
    }
}

static void walk_switch(Bounds *b, Node *n) {
    walk_stmt(b, n->init);
    if (n->kind == N_SWITCH)
        full_expr(b, n->tag);
    else
        full_expr(b, n->x);
    for (int i = 0; i < n->list.len; i++) {
        Node *c = n->list.items[i];
        if (n->kind == N_SWITCH)
            for (int j = 0; j < c->list.len; j++)
                full_expr(b, c->list.items[j]);
    }
    for (int i = 0; i < n->list.len; i++)
        walk_stmt(b, n->list.items[i]->body);
}

static void walk_stmt(Bounds *b, Node *n) {
    if (!n)
        return;
    switch (n->kind) {
    case N_BLOCK:
        walk_stmts(b, &n->list);
        break;
    case N_EXPRSTMT: case N_INCDEC: case N_GO: case N_DEFER:
        full_expr(b, n->x);
        break;
    case N_SEND:
        hoist(b, n->x);
        hoist(b, n->y);
        walk_expr(b, n->x);
        walk_expr(b, n->y);
        break;
    case N_ASSIGN:
        hoist_list(b, &n->lhs);
        hoist_list(b, &n->rhs);
        if (n->lhs.len > 1 && n->lhs.len == n->rhs.len) {
            walk_parallel(b, n);
            break;
        }
        walk_list(b, &n->lhs);
        walk_list(b, &n->rhs);
        break;
    case N_RETURN:
        hoist_list(b, &n->list);
        walk_list(b, &n->list);
        break;
    case N_DECLSTMT:
        for (int i = 0; i < n->list.len; i++) {
            Node *d = n->list.items[i];
            if (d && d->kind == N_VARDECL) {
                hoist_list(b, &d->values);
                walk_list(b, &d->values);
            }
        }
        break;
    case N_LABELED:
        walk_stmt(b, n->x);
        break;
    case N_IF:
        walk_stmt(b, n->init);
        full_expr(b, n->cond);
        walk_stmt(b, n->body);
        walk_stmt(b, n->els);
        break;
    case N_FOR:
        walk_stmt(b, n->init);
        full_expr(b, n->cond);
        walk_stmt(b, n->post);
        walk_stmt(b, n->body);
        break;
    case N_RANGE:
        full_expr(b, n->x);
        walk_stmt(b, n->body);
        break;
    case N_SWITCH: case N_TYPESWITCH:
        walk_switch(b, n);
        break;
    case N_SELECT:
        for (int i = 0; i < n->list.len; i++) {
            Node *c = n->list.items[i];
            walk_stmt(b, c->x);
            walk_stmt(b, c->body);
        }
        break;
    case N_CASE: case N_COMM:
        walk_stmt(b, n->body);
        break;
    default:
        break;
    }
}

/* ------------------------------------------------------------ functions */

/* prepareFunc for fn, then (enqueueFunc's stack) the capturing closures
 * its walk met, the last one first. */
static void compile_func(Bounds *b, Node *fn) {
    PtrVec todo = {0};
    ptrvec_push(b->a, &todo, fn);
    while (todo.len > 0) {
        Node *next = todo.items[--todo.len];
        PtrVec met = {0};
        b->closures = &met;
        walk_stmt(b, next->body);
        b->closures = NULL;
        for (int i = 0; i < met.len; i++)
            ptrvec_push(b->a, &todo, met.items[i]);
    }
}

/* The literals of a declaration in Decls order (inner ones first), not
 * looking into inlined bodies (their copies come later). */
static void collect_lits(Bounds *b, Node *n, PtrVec *out);

static void collect_list(Bounds *b, const NodeList *l, PtrVec *out) {
    for (int i = 0; i < l->len; i++) {
        collect_lits(b, l->items[i], out);
    }
}

static void collect_lits(Bounds *b, Node *n, PtrVec *out) {
    if (!n || n->kind == N_INLCALL || node_is_leaf(n))
        return;
    if (n->kind == N_BINARY) {   /* a chain, in order, without recursion (chain.h) */
        SPINE_OPERANDS(n, k, collect_lits(b, k, out));
        return;
    }
    Node *kids[] = { n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els };
    for (unsigned i = 0; i < sizeof kids / sizeof kids[0]; i++) {
        collect_lits(b, kids[i], out);
    }
    collect_list(b, &n->list, out);
    collect_list(b, &n->lhs, out);
    collect_list(b, &n->rhs, out);
    collect_list(b, &n->values, out);
    if (n->kind == N_FUNCLIT)
        ptrvec_push(b->a, out, n);
}

static void enqueue_lits(Bounds *b, PtrVec *lits) {
    for (int i = 0; i < lits->len; i++)
        if (is_trivial(lits->items[i]))
            compile_func(b, lits->items[i]);
}

static bool is_generic(const Node *fn) {
    if (fn->tparams.len > 0)
        return true;
    /* a method of a generic type: its receiver type is instantiated */
    Node *r = fn->recv ? unparen(fn->recv->type_) : NULL;
    if (r && r->kind == N_STAR)
        r = unparen(r->x);
    return r && r->kind == N_INDEX;
}

void bounds_report(Arena *a, const File *f, DiagList *dl, const char *file) {
    bounds_report_facts(a, f, dl, file, wf_file(a, f, NULL));
}

void bounds_report_facts(Arena *a, const File *f, DiagList *dl, const char *file,
                         const uint8_t *facts) {
    if (!f || !f->root || !facts)
        return;
    Bounds b = { .a = a, .dl = dl, .file = file };
    const NodeList *decls = &f->root->list;
    /* package-level variables are processed before function bodies */
    /* Every line is an index of the function walked, its closures and
     * inlined bodies included: a tree without a candidate adds nothing. */
    bool vars = false;
    for (int i = 0; i < decls->len && !vars; i++) {
        Node *d = decls->items[i];
        vars = d && d->kind == N_VARDECL && (facts[i] & WF_INDEX);
    }
    PtrVec lits = {0};
    for (int i = 0; vars && i < decls->len; i++) {
        Node *d = decls->items[i];
        if (d && d->kind == N_VARDECL)
            collect_list(&b, &d->values, &lits);
    }
    enqueue_lits(&b, &lits);
    for (int i = 0; i < decls->len; i++) {
        Node *d = decls->items[i];
        if (!d || d->kind != N_FUNCDECL || !d->body || is_generic(d) ||
            !(facts[i] & WF_INDEX))
            continue;
        PtrVec own = {0};
        collect_lits(&b, d->body, &own);
        enqueue_lits(&b, &own);
        compile_func(&b, d);
    }
    for (int i = 0; i < b.late.len; i++)
        compile_func(&b, b.late.items[i]);
    /* the package's init function: the variables' initializers */
    b.ininl = 0;
    for (int i = 0; vars && i < decls->len; i++) {
        Node *d = decls->items[i];
        if (d && d->kind == N_VARDECL) {
            hoist_list(&b, &d->values);
            walk_list(&b, &d->values);
        }
    }
}
