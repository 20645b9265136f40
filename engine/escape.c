/* escape.c - the driver: functions, call-graph components, batches, tags.
 *
 * Follows cmd/compile/internal/escape/escape.go and ir/scc.go: functions
 * are visited bottom-up over the call graph (Tarjan's algorithm, exactly
 * gc's bottomUpVisitor, closures in their enclosing function's component),
 * and each component is analysed as one batch: locations for every
 * variable, a walk of the bodies building the graph, the solver, then the
 * parameter tags and the -m lines.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "generic.h"
#include "inline.h"
#include "escape_int.h"
#include "chain.h"
#include "walkfacts.h"

/* ---------------------------------------------------------- tree walking */

typedef void (*NodeFn)(Node *n, void *ctx);

/* Calls f on each direct child of n (expressions, statements; for an
 * N_INLCALL its init, body and results, never the original call).  For a
 * chain a + b + ... it calls f on the chain's operands in order, not on the
 * N_BINARY nodes in between, which no walk here acts on (chain.h). */
static void each_child_any(Node *n, NodeFn f, void *ctx) {
    if (n->x) f(n->x, ctx);
    if (n->y) f(n->y, ctx);
    if (n->z) f(n->z, ctx);
    if (n->w) f(n->w, ctx);
    if (n->init) f(n->init, ctx);
    if (n->cond) f(n->cond, ctx);
    if (n->post) f(n->post, ctx);
    if (n->body) f(n->body, ctx);
    if (n->els) f(n->els, ctx);
    if (n->decl && n->kind != N_DECLSTMT) f(n->decl, ctx);   /* DECLSTMT: list has it */
    for (int i = 0; i < n->list.len; i++)
        if (n->list.items[i]) f(n->list.items[i], ctx);
    for (int i = 0; i < n->lhs.len; i++)
        if (n->lhs.items[i]) f(n->lhs.items[i], ctx);
    for (int i = 0; i < n->rhs.len; i++)
        if (n->rhs.items[i]) f(n->rhs.items[i], ctx);
    for (int i = 0; i < n->names.len; i++)
        if (n->names.items[i]) f(n->names.items[i], ctx);
    for (int i = 0; i < n->values.len; i++)
        if (n->values.items[i]) f(n->values.items[i], ctx);
}

static void each_in(NodeList l, NodeFn f, void *ctx) {
    for (int i = 0; i < l.len; i++)
        if (l.items[i])
            f(l.items[i], ctx);
}

/* The child fields each kind of node the walks meet most uses, in
 * each_child_any's order: a walk then loads only the cache lines of those
 * (a node spans several).  ESC_CHECK_KIDS checks that the others are empty
 * (node_other_kids, ast.h). */
#ifdef ESC_CHECK_KIDS
#include <stdlib.h>
static void check_kids(const Node *n, unsigned k) {
    if (node_other_kids(n, k)) {
        fprintf(stderr, "each_child: kind %d at %d:%d has other children\n", n->kind,
                n->pos.line, n->pos.col);
        abort();
    }
}
#define CHECK_KIDS(n, k) check_kids(n, k)
#else
#define CHECK_KIDS(n, k) ((void)0)
#endif

static void each_child(Node *n, NodeFn f, void *ctx) {
    switch (n->kind) {
    case N_NAME: case N_BASICLIT:
        return;
    case N_BINARY:
        SPINE_OPERANDS(n, k, if (k) f(k, ctx));
        return;
    case N_INLCALL:
        if (n->init) f(n->init, ctx);
        if (n->body) f(n->body, ctx);
        for (int i = 0; i < n->results.len; i++) f(n->results.items[i], ctx);
        return;
    case N_SELECTOR: case N_PAREN: case N_STAR: case N_UNARY: case N_EXPRSTMT:
    case N_CONVIFACE: case N_INCDEC: case N_GO: case N_DEFER: case N_TYPEASSERT:
        CHECK_KIDS(n, NK_X);
        if (n->x) f(n->x, ctx);
        return;
    case N_CALL: case N_COMPOSITE:
        CHECK_KIDS(n, NK_X | NK_LIST);
        if (n->x) f(n->x, ctx);
        each_in(n->list, f, ctx);
        return;
    case N_KEYVALUE: case N_SEND:
        CHECK_KIDS(n, NK_X | NK_Y);
        if (n->x) f(n->x, ctx);
        if (n->y) f(n->y, ctx);
        return;
    case N_BLOCK: case N_RETURN:
        CHECK_KIDS(n, NK_LIST);
        each_in(n->list, f, ctx);
        return;
    case N_ASSIGN:
        CHECK_KIDS(n, NK_LHS | NK_RHS);
        each_in(n->lhs, f, ctx);
        each_in(n->rhs, f, ctx);
        return;
    case N_IF: case N_FOR:
        CHECK_KIDS(n, NK_INIT | NK_COND | NK_POST | NK_BODY | NK_ELS);
        if (n->init) f(n->init, ctx);
        if (n->cond) f(n->cond, ctx);
        if (n->post) f(n->post, ctx);
        if (n->body) f(n->body, ctx);
        if (n->els) f(n->els, ctx);
        return;
    case N_RANGE:
        CHECK_KIDS(n, NK_X | NK_BODY | NK_LHS);
        if (n->x) f(n->x, ctx);
        if (n->body) f(n->body, ctx);
        each_in(n->lhs, f, ctx);
        return;
    default:
        each_child_any(n, f, ctx);
        return;
    }
}

/* ------------------------------------------------------------ functions */

EscFn *esc_fn_of(EscCtx *cx, Node *decl) { return escmap_get(&cx->fns, decl); }

int escape_decl_facts(const EscResult *res, const Node *decl) {
    EscCtx *cx = res ? ((const EscRun *)res)->cx : NULL;
    EscFn *fn = cx ? esc_fn_of(cx, (Node *)decl) : NULL;
    return fn && fn->collected ? fn->wf : -1;
}

static const char *recv_type_name(EscCtx *cx, Node *decl) {
    Obj *o = decl->obj;
    Type *ft = o ? o->type : NULL;
    Obj *recv = ft ? ft->recv : NULL;
    if (!recv || !recv->type)
        return NULL;
    Type *t = recv->type;
    bool ptr = t->kind == TY_PTR && !t->obj;
    if (ptr)
        t = t->elem;
    const char *tn = t && t->obj ? t->obj->name : "?";
    return ptr ? esc_cat(cx->arena, "(*", tn, ")") : tn;
}

static EscFn *new_fn(EscCtx *cx, Node *decl, EscFn *outer) {
    EscFn *fn = arena_alloc(cx->arena, sizeof *fn);
    fn->decl = decl;
    fn->outer = outer;
    fn->is_closure = outer != NULL;
    if (decl->kind == N_FUNCDECL) {
        const char *r = recv_type_name(cx, decl);
        const char *nm = decl->name && decl->name->lit ? decl->name->lit : "?";
        fn->name = r ? esc_cat(cx->arena, r, ".", nm) : nm;
        fn->ftype = decl->type_;
        fn->sig = decl->obj ? decl->obj->type : NULL;
    } else {
        /* gc's closureName: F.func1, F.func2; inside a closure F.func1.1.
         * A literal copied by inlining was named by the inliner (lit): gc
         * names copies after all of the function's own literals. */
        if (decl->lit) {
            fn->name = decl->lit;
        } else if (gen_is_value_closure(decl)) {
            /* stencil.go's closure comes after the user's literals (its
             * name is never printed: a wrapper reports nothing) */
            fn->name = esc_cat(cx->arena, outer->name, ".", "funcvalue");
        } else {
            outer->nclosures++;
            fn->name = arena_printf(cx->arena, "%s.%s%d", outer->name,
                                    outer->is_closure ? "" : "func", outer->nclosures);
        }
        fn->ftype = decl->type_;
        fn->sig = decl->ty;
    }
    escmap_put(cx->arena, &cx->fns, decl, fn);
    return fn;
}

/* One walk of a function's body, just before it is visited (its nodes
 * then stay in cache for the batch that follows): it makes the functions
 * of its literals (and walks their bodies for them) and records what the
 * walk of gc's bottomUpVisitor (ir.Visit of the body) refers to, so the
 * visit itself walks no tree. */
typedef struct Collect {
    EscCtx *cx;
    EscFn *fn;
    EscFn **refs;        /* malloc'd while the walk lasts */
    int nrefs, cap;
    Node **inls;         /* its outermost inlined calls, in walk order (malloc'd) */
    int ninls, capinls;
    int ininl;           /* depth of inlined calls around the walk */
    Node *inl;           /* the innermost of them */
    bool inl_temps;      /* its body may hold irgen temporaries (noted in EscCtx.inltemps) */
} Collect;

/* Irgen temporaries may be at the node met now: in the function's body
 * or in the innermost inlined call's, whose walk is its own. */
static void note_temps(Collect *c) {
    if (!c->ininl) {
        c->fn->maybe_temps = true;
    } else if (!c->inl_temps) {
        c->inl_temps = true;
        escmap_put(c->cx->arena, &c->cx->inltemps, c->inl, c->inl);
    }
}

static bool temps_noted(Collect *c) { return c->ininl ? c->inl_temps : c->fn->maybe_temps; }

static void add_inl(Collect *c, Node *n) {
    if (c->ninls == c->capinls) {
        c->capinls = c->capinls ? 2 * c->capinls : 8;
        Node **r = realloc(c->inls, sizeof *r * (size_t)c->capinls);
        if (!r)
            abort();
        c->inls = r;
    }
    c->inls[c->ninls++] = n;
}

static void add_ref(Collect *c, Node *decl) {
    EscFn *callee = esc_fn_of(c->cx, decl);
    if (!callee)
        return;
    if (c->nrefs == c->cap) {
        c->cap = c->cap ? 2 * c->cap : 16;
        EscFn **r = realloc(c->refs, sizeof *r * (size_t)c->cap);
        if (!r)
            abort();
        c->refs = r;
    }
    c->refs[c->nrefs++] = callee;
}

static void collect_walk(Node *n, Collect *c, bool refs);

/* Whether irgen may make a temporary at n (inline_irgen_temps notes
 * one): a superset, decided from n and its children's kinds alone, so a
 * function with none needs no walk for them.  Those are a multi-value
 * assignment, a returned or sole-argument call (f(g()), return g()),
 * and a call whose callee is more than a (selected) name. */
static Node *unparen_node(Node *n) {
    while (n && n->kind == N_PAREN)
        n = n->x;
    return n;
}

static bool callish(Node *n) {
    n = unparen_node(n);
    return n && (n->kind == N_CALL || n->kind == N_INLCALL);
}

static bool may_temp(Node *n) {
    switch (n->kind) {
    case N_ASSIGN:
        return n->lhs.len > 1 && n->rhs.len == 1;
    case N_RETURN:
        return n->list.len == 1 && callish(n->list.items[0]);
    case N_CALL: {
        if (n->list.len == 1 && callish(n->list.items[0]))
            return true;
        Node *f = unparen_node(n->x);
        if (f && f->mode == OPM_TYPE)
            return false;   /* a conversion */
        while (f && (f->kind == N_SELECTOR || f->kind == N_STAR || f->kind == N_PAREN))
            f = f->x;
        return !f || f->kind != N_NAME;
    }
    case N_SWITCH:
        return n->tag != NULL;   /* the walks here skip a switch's tag */
    default:
        return false;   /* (each_child's kinds have no tag: ESC_CHECK_KIDS) */
    }
}

/* The same for everything the irgen walk visits of n: an inlined call
 * as written (N_INLCALL's x, which the walks here skip). */
static void temps_in(Node *n, void *ctx) {
    bool *found = ctx;
    if (*found || n->kind == N_FUNCLIT || node_is_leaf(n))
        return;
    if (n->kind == N_INLCALL) {
        if (n->x)
            temps_in(n->x, ctx);
        return;
    }
    if (may_temp(n))
        *found = true;
    else
        each_child(n, temps_in, ctx);
}

static void collect_kid(Node *n, void *ctx) { collect_walk(n, ctx, true); }
static void collect_kid_noref(Node *n, void *ctx) { collect_walk(n, ctx, false); }

static void collect_fn(EscCtx *cx, EscFn *fn) {
    Collect c = {cx, fn, NULL, 0, 0, NULL, 0, 0, 0, NULL, false};
    fn->collected = true;
    if (fn->decl->body)
        collect_walk(fn->decl->body, &c, true);
    if (c.ninls) {
        fn->inlcalls = arena_alloc(cx->arena, sizeof(Node *) * (size_t)c.ninls);
        memcpy(fn->inlcalls, c.inls, sizeof(Node *) * (size_t)c.ninls);
        fn->ninlcalls = c.ninls;
    }
    free(c.inls);
    if (c.nrefs) {
        fn->refs = arena_alloc(cx->arena, sizeof(EscFn *) * (size_t)c.nrefs);
        memcpy(fn->refs, c.refs, sizeof(EscFn *) * (size_t)c.nrefs);
        fn->nrefs = c.nrefs;
    }
    free(c.refs);
}

/* A function's gotos make labels worth scanning in it and around it. */
static void note_goto(EscFn *fn) {
    for (; fn && !fn->has_goto; fn = fn->outer)
        fn->has_goto = true;
}

/* The receiver of a method call with calls in it: RewriteNonNameCall put
 * it into a temporary in the call's init, which ir.Visit sees first. */
static Node *rewritten_callee(Node *n) {
    Node *f = n->x;
    while (f && f->kind == N_PAREN)
        f = f->x;
    if (f && f->kind == N_SELECTOR && f->obj && f->obj->kind == OBJ_FUNC && f->x &&
        !esc_is_type_expr(f->x) && !(f->x->kind == N_NAME && f->x->obj && f->x->obj->kind == OBJ_PKG) &&
        esc_has_call_or_chan(f->x))
        return f;
    return NULL;
}

/* refs: whether ir.Visit of the body reaches n (not the callee selector
 * of a rewritten call, nor the rest of such a call but its arguments). */
static void collect_walk(Node *n, Collect *c, bool refs) {
    switch (n->kind) {
    case N_NAME:
        if (refs && n->obj && n->obj->kind == OBJ_FUNC && n->obj->decl)
            add_ref(c, n->obj->decl);
        return;
    case N_BASICLIT:
        return;
    case N_INLCALL: {
        c->fn->has_inlcalls = true;
        c->fn->wf |= WF_LIT;   /* its original call is not walked: may hold one */
        if (!c->ininl)
            add_inl(c, n);
        bool found = false;   /* the call as written is walked for the enclosing body */
        if (n->x && !temps_noted(c))
            temps_in(n->x, &found);
        if (found)
            note_temps(c);
        Node *outer = c->inl;
        bool outer_temps = c->inl_temps;
        c->inl = n;
        c->inl_temps = false;
        c->ininl++;
        each_child(n, refs ? collect_kid : collect_kid_noref, c);
        c->ininl--;
        c->inl = outer;
        c->inl_temps = outer_temps;
        return;
    }
    case N_BRANCH:
        if (n->op == T_GOTO) {
            c->cx->has_goto = true;
            note_goto(c->fn);
        }
        break;
    case N_SELECTOR:
        if (refs && n->obj && n->obj->kind == OBJ_FUNC && n->obj->decl)
            add_ref(c, n->obj->decl);
        break;
    case N_CALL: {
        Node *f = refs ? rewritten_callee(n) : NULL;
        if (!f)
            break;
        note_temps(c);   /* the temporary of that receiver */
        /* each_child's order, with refs where ir.Visit goes: the receiver,
         * then the method, then the arguments */
        c->fn->wf |= wf_fact(n);
        collect_walk(f->x, c, true);
        if (f->obj->decl)
            add_ref(c, f->obj->decl);
        Node *rest[] = {n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els, n->decl};
        for (size_t i = 0; i < sizeof rest / sizeof rest[0]; i++)
            if (rest[i])
                collect_walk(rest[i], c, false);
        for (int i = 0; i < n->list.len; i++)
            if (n->list.items[i])
                collect_walk(n->list.items[i], c, true);
        NodeList more[] = {n->lhs, n->rhs, n->names, n->values};
        for (size_t j = 0; j < sizeof more / sizeof more[0]; j++)
            for (int i = 0; i < more[j].len; i++)
                if (more[j].items[i])
                    collect_walk(more[j].items[i], c, false);
        return;
    }
    case N_FUNCLIT: {
        /* a package-level literal is a function already */
        EscFn *lit = esc_fn_of(c->cx, n);
        if (!lit) {
            lit = new_fn(c->cx, n, c->fn);
            ptrvec_push(c->cx->arena, &c->cx->made, lit);
            collect_fn(c->cx, lit);
            if (lit->has_goto)
                note_goto(c->fn);
        }
        if (refs)
            add_ref(c, n);
        c->fn->wf |= WF_LIT | (lit->collected ? lit->wf : 0xFF);
        return;
    }
    default:
        break;
    }
    if (!temps_noted(c) && may_temp(n))
        note_temps(c);
    c->fn->wf |= wf_fact(n);   /* for the last stage (walkfacts.h) */
    if (n->kind == N_SWITCH && n->tag)
        c->fn->wf |= wf_scan(n->tag);   /* each_child does not visit it */
    each_child(n, refs ? collect_kid : collect_kid_noref, c);
}

/* ------------------------------------------------- bottom-up visitation */

typedef struct Visitor {
    EscCtx *cx;
    uint32_t nextid;
    PtrVec stack;
    void (*analyze)(EscCtx *cx, EscFn **fns, int n);
} Visitor;

enum { VISIT_DONE = 0xFFFFFFFFu };

static uint32_t visit(Visitor *v, EscFn *fn) {
    if (fn->visit_id)
        return fn->visit_id - 1;   /* in progress (its id) or done (~0 - 1) */
    uint32_t myid = ++v->nextid;
    fn->visit_id = myid + 1;
    ptrvec_push(v->cx->arena, &v->stack, fn);
    uint32_t min = ++v->nextid;   /* gc: min starts at id+1 */
    if (!fn->collected) {   /* a top-level function: its closures follow it */
        fn->clo_begin = v->cx->made.len;
        collect_fn(v->cx, fn);
        fn->clo_end = v->cx->made.len;
    }
    for (int i = 0; i < fn->nrefs; i++) {
        uint32_t m = visit(v, fn->refs[i]);
        if (m < min)
            min = m;
    }
    if ((min == myid || min == myid + 1) && !fn->is_closure) {
        int i;
        for (i = v->stack.len - 1; i >= 0; i--) {
            EscFn *x = v->stack.items[i];
            x->visit_id = VISIT_DONE;
            if (x == fn)
                break;
        }
        int n = v->stack.len - i;
        EscFn **block = arena_alloc(v->cx->arena, sizeof(EscFn *) * (size_t)n);
        memcpy(block, &v->stack.items[i], sizeof(EscFn *) * (size_t)n);
        v->stack.len = i;
        v->analyze(v->cx, block, n);
    }
    return min;
}

/* ----------------------------------------------------------- locations */

const char *esc_result_name(EscFn *fn, int i) {
    Type *t = fn->sig;
    if (t && i < t->nresults && t->results[i]->name &&
        !(t->results[i]->flags & OBJF_UNNAMED) && strcmp(t->results[i]->name, "_"))
        return t->results[i]->name;
    return NULL;
}

static EscLoc *make_var_loc(EscBatch *b, EscFn *fn, Obj *o, EscLocKind kind) {
    EscLoc *l = esc_new_loc(b, fn, 1, kind, false);
    l->obj = o;
    l->text = o->name;
    if (o->pkg && b->local && o->pkg != b->local && o->pkg->std && o->pkg->name &&
        o->name && o->name[0] != '~')   /* a variable of an inlined std body */
        l->text = esc_cat(b->arena, o->pkg->name, ".", o->name);
    l->pos = o->pos;
    l->n = o->decl;
    l->size = o->type ? type_size(o->type) : -1;
    l->autotmp = (o->flags & OBJF_AUTOTMP) != 0;
    if (fn && !l->autotmp)
        l->dcl = 1 + fn->ndcl++;   /* irgen's temporaries (the inliner's f(g()) ones) are counted apart */
    escmap_put(b->arena, &b->cx->locs, o, l);
    return l;
}

EscLoc *esc_var_loc(Esc *e, Obj *o) {
    EscLoc *l = escmap_get(&e->b->cx->locs, o);
    if (l)
        return l;
    /* A variable the declaration scan missed: give it a location now. */
    EscFn *fn = o->fn ? esc_fn_of(e->b->cx, o->fn) : NULL;
    return make_var_loc(e->b, fn ? fn : e->fn, o, LK_VAR);
}

typedef struct ScanLocals {
    EscBatch *b;
    EscFn *fn;
    bool inlined;   /* second pass: inside inlined calls */
    bool inbody;    /* in an inlined body: its locals have no Defn */
} ScanLocals;

static void note_def(ScanLocals *s, Node *name, Node *rhs) {
    if (name && name->kind == N_NAME && name->obj && name->obj->decl == name && rhs)
        escmap_put(s->b->arena, &s->b->cx->defs, name->obj, rhs);
}

#ifdef ESC_CHECK_KIDS
static void check_no_temps(EscBatch *b, EscFn *fn) {
    InlTemps t = inline_irgen_temps(b->arena, fn->decl->body, 0);
    if (t.ntemps != 0) {
        fprintf(stderr, "maybe_temps: %s has irgen temporaries: kind %d at %d:%d\n", fn->name,
                t.keys[0]->kind, t.keys[0]->pos.line, t.keys[0]->pos.col);
        abort();
    }
}
static void check_no_inl_temps(EscBatch *b, Node *inl) {
    InlTemps t = inline_irgen_temps(b->arena, inl->body, 0);
    if (t.ntemps != 0) {
        fprintf(stderr, "inltemps: inlined call at %d:%d has irgen temporaries: kind %d at %d:%d\n",
                inl->pos.line, inl->pos.col, t.keys[0]->kind, t.keys[0]->pos.line, t.keys[0]->pos.col);
        abort();
    }
}
#else
#define check_no_temps(b, fn) ((void)0)
#define check_no_inl_temps(b, inl) ((void)0)
#endif

static void scan_inlined(Node *n, void *ctx);
static void scan_locals(Node *n, void *ctx);

/* The locals of one inlined body, not of the calls inlined inside it. */
static void scan_locals_shallow(Node *n, void *ctx) {
    ScanLocals *s = ctx;
    if (n->kind == N_INLCALL)
        return;
    ScanLocals flat = *s;
    flat.inlined = false;   /* makes scan_locals stop at nested INLCALLs */
    scan_locals(n, &flat);
}

static void scan_locals(Node *n, void *ctx) {
    ScanLocals *s = ctx;
    if (n->kind == N_FUNCLIT)
        return;
    if (n->kind == N_INLCALL && !s->inlined)
        return;   /* inlined variables join gc's Dcl after the function's own */
    /* gc's inlvar gives the copies of an inlined body's locals no Defn, so
     * StaticValue stops at them; only the inliner's own assignments (the
     * delayed results) define one */
    if (n->kind == N_ASSIGN && esc_assign_declares(n) && n->lhs.len == 1 && n->rhs.len == 1 &&
        (!s->inbody || n->implicit))
        note_def(s, n->lhs.items[0], n->rhs.items[0]);
    if (n->kind == N_VARDECL && n->names.len == 1 && n->values.len == 1 && !s->inbody)
        note_def(s, n->names.items[0], n->values.items[0]);
    if (n->kind == N_NAME && n->obj && n->obj->kind == OBJ_VAR &&
        n->obj->fn == s->fn->decl && !(n->obj->flags & (OBJF_PARAM | OBJF_RESULT | OBJF_GLOBAL)) &&
        !escmap_get(&s->b->cx->locs, n->obj) && n->lit && strcmp(n->lit, "_")) {
        make_var_loc(s->b, s->fn, n->obj, LK_VAR);
        return;
    }
    each_child(n, scan_locals, ctx);
}

/* A signature's entries in Dcl: receiver, parameters and results. */
static int sig_decls(const Type *t) {
    return t ? (t->recv ? 1 : 0) + t->nparams + t->nresults : 0;
}

static void scan_inlined(Node *n, void *ctx) {
    ScanLocals *s = ctx;
    if (n->kind == N_FUNCLIT)
        return;
    if (n->kind != N_INLCALL) {
        each_child(n, scan_inlined, ctx);
        return;
    }
    /* arguments first (the rhs of the implicit assignments: temporaries of
     * the receiver and of f(g()), then parameters), then what they define */
    ScanLocals own = *s;
    own.inlined = true;
    own.inbody = true;
    for (int j = 0; n->init && j < n->init->list.len; j++) {
        Node *as = n->init->list.items[j];
        if (as->kind == N_ASSIGN && as->implicit) {
            for (int i = 0; i < as->rhs.len; i++)
                scan_inlined(as->rhs.items[i], ctx);
            for (int i = 0; i < as->lhs.len; i++)
                scan_locals(as->lhs.items[i], &own);
        } else {
            scan_locals_shallow(as, &own);
        }
    }
    for (int i = 0; i < n->results.len; i++)
        scan_locals(n->results.items[i], &own);
    if (n->body)
        scan_locals_shallow(n->body, &own);
    /* and the callee's temporaries, renamed by inlvar */
    Node *callee = n->y;
    Type *sig = !callee ? NULL : callee->kind == N_FUNCDECL ? (callee->obj ? callee->obj->type : NULL) : callee->ty;
    if (sig && s->fn->collected && !escmap_get(&s->b->cx->inltemps, n))
        check_no_inl_temps(s->b, n);   /* collect saw none in its body */
    else if (sig)
        s->fn->ndcl += esc_note_irgen_temps(s->b, n->body, sig_decls(sig));
    if (n->body)
        each_child(n->body, scan_inlined, ctx);
}

/* gc's name of the i-th unnamed result, ~ri. */
static const char *result_name(Arena *a, int i) {
    static const char *const names[] = {"~r0", "~r1", "~r2", "~r3", "~r4", "~r5", "~r6", "~r7"};
    return i < 8 ? names[i] : arena_printf(a, "~r%d", i);
}


/* initFunc: locations for parameters, results and locals (gc's fn.Dcl). */
static void init_func(EscBatch *b, EscFn *fn) {
    Type *t = fn->sig;
    if (!t)
        return;
    if (gen_is_value_closure(fn->decl))
        fn->dupok = true;   /* a generic function value's closure: a wrapper, no tags */
    int np = (t->recv ? 1 : 0) + t->nparams;
    fn->nparams = np;
    fn->params = arena_alloc(b->arena, sizeof(EscLoc *) * (size_t)(np + 1));
    fn->param_types = arena_alloc(b->arena, sizeof(Type *) * (size_t)(np + 1));
    fn->tags = arena_alloc(b->arena, sizeof(EscLeaks) * (size_t)(np + 1));
    int slot = 0;
    if (gen_is_inst(fn->decl) && fn->decl->gen->dict)   /* first in gc's Dcl */
        make_var_loc(b, fn, fn->decl->gen->dict, LK_PARAM);
    for (int i = -1; i < t->nparams; i++) {
        Obj *o = i < 0 ? t->recv : t->params[i];
        if (!o)
            continue;
        fn->param_types[slot] = o->type;
        if (!(o->name && strcmp(o->name, "_") && !(o->flags & (OBJF_UNNAMED | OBJF_BLANK))))
            fn->ndcl++;   /* gc names it ~p0 / ~b0, still in Dcl */
        if (o->name && strcmp(o->name, "_") && !(o->flags & (OBJF_UNNAMED | OBJF_BLANK)))
            fn->params[slot] = make_var_loc(b, fn, o, LK_PARAM);
        slot++;
    }
    fn->nresults = t->nresults;
    fn->results = arena_alloc(b->arena, sizeof(EscLoc *) * (size_t)(t->nresults + 1));
    for (int i = 0; i < t->nresults; i++) {
        Obj *o = t->results[i];
        EscLoc *l = make_var_loc(b, fn, o, LK_RESULT);
        if (!esc_result_name(fn, i))
            l->text = result_name(b->arena, i);
        l->result_index = 1 + i;
        fn->results[i] = l;
    }
    if (fn->decl->body) {
        ScanLocals s = {b, fn, false, false};
        scan_locals(fn->decl->body, &s);
        if (fn->collected && !fn->maybe_temps)
            check_no_temps(b, fn);   /* irgen made none: nothing to number */
        else if (gen_is_inst(fn->decl) && fn->decl->gen->dict)   /* stencil's temporaries */
            fn->ndcl += esc_note_irgen_temps_in(b, fn->decl->body, fn->ndcl, true);
        else
            fn->ndcl += esc_note_irgen_temps(b, fn->decl->body, sig_decls(t));
        fn->dcl_end = b->all_locs.len;
        /* then the variables of inlined calls, in the order gc inlines
         * them: a call's arguments' inlined calls, the call, its body's */
        if (fn->collected)   /* the outermost ones, in the order this walk meets them */
            for (int i = 0; i < fn->ninlcalls; i++)
                scan_inlined(fn->inlcalls[i], &s);
        else if (fn->has_inlcalls)   /* a method wrapper */
            each_child(fn->decl->body, scan_inlined, &s);
    }
}

void esc_unsupported(Esc *e, Pos pos, const char *what) {
    EscCtx *cx = e->b->cx;
    if (cx->failed)
        return;
    cx->failed = true;
    Diag *d = diag_addf(cx->diags, cx->file, pos, DIAG_ERROR, DK_UNSUPPORTED,
                        "not supported: %s", what);
    (void)d;
}

/* ------------------------------------------------------------ the batch */

/* HeapAllocReason: locations too large (or of unknown size) for the stack. */
static const char *heap_alloc_reason(EscLoc *l) {
    enum { MAX_STACK = 10 * 1024 * 1024, MAX_IMPLICIT = 64 * 1024 };
    if (l->kind == LK_PARAM || l->kind == LK_RESULT || l->kind == LK_TEMP || !l->n)
        return NULL;
    if (l->size > MAX_STACK)
        return "too large for stack";
    if (l->kind == LK_VAR)
        return NULL;
    Node *n = l->n;
    Type *t = esc_node_type(n);
    bool ptrlit = (n->kind == N_UNARY && n->op == T_AND) ||
                  (n->kind == N_COMPOSITE && t && t->kind == TY_PTR);
    bool isnew = false, makeslice = false;
    if (n->kind == N_CALL && n->x && n->x->obj && n->x->obj->kind == OBJ_BUILTIN) {
        isnew = n->x->obj->builtin == BI_NEW;
        makeslice = n->x->obj->builtin == BI_MAKE && t && type_under(t)->kind == TY_SLICE;
    }
    /* a method value's closure holds the receiver; a closure its captures */
    if (n->kind == N_SELECTOR && n->obj && n->obj->kind == OBJ_FUNC && n->x && n->x->ty &&
        8 + type_size(n->x->ty) > MAX_IMPLICIT)
        return "too large for stack";
    if (l->isclosure && l->closure_fn) {
        int64_t sz = 8;
        for (int i = 0; i < l->closure_fn->ncaps; i++) {
            EscLoc *c = l->closure_fn->caps[i].loc;
            bool byval = !c->addrtaken && !c->reassigned && c->size <= 128;
            sz += byval ? c->size : 8;
        }
        if (sz > MAX_IMPLICIT)
            return "too large for stack";
    }
    if ((ptrlit || isnew) && t && type_under(t)->kind == TY_PTR &&
        type_size(type_under(t)->elem) > MAX_IMPLICIT)
        return "too large for stack";
    if (makeslice) {
        Node *r = n->list.len > 2 ? n->list.items[2] : n->list.len > 1 ? n->list.items[1] : NULL;
        int64_t v;
        extern bool esc_small_int_const(Node *n, int64_t *v);
        if (!r || !esc_small_int_const(r, &v))
            return "non-constant size";
        int64_t es = type_size(type_under(t)->elem);
        if (es != 0 && v > MAX_IMPLICIT / es)
            return "too large for stack";
    }
    return NULL;
}

typedef struct ClosureRec {
    EscHole k;
    EscLoc *clo;
    EscFn *fn;
} ClosureRec;

static void param_tag(EscBatch *b, EscFn *fn, int slot) {
    Type *t = fn->param_types[slot];
    EscLeaks *tag = &fn->tags[slot];
    memset(tag, 0, sizeof *tag);
    if (!esc_has_pointers(t)) {
        esc_leaks_set(tag, 0, 0);   /* "": scalars are never tagged */
        return;
    }
    EscLoc *loc = fn->params[slot];
    if (!loc)
        return;   /* blank or unnamed: does not escape */
    EscLeaks esc = loc->param_esc;
    esc_leaks_optimize(&esc);
    *tag = esc;
    if (b->mlevel == 0 || loc->escapes || gen_is_inst(fn->decl) || fn->dupok)
        return;   /* instantiations and wrappers are Dupok: gc prints no tags */
    if (esc_leaks_empty(&esc)) {
        esc_report_cat(b, loc->pos, DK_NO_ESCAPE, esc_loc_text(b, loc), " does not escape", NULL);
    }
    int x = esc_leaks_heap(&esc);
    if (x >= 0) {
        if (x == 0)
            esc_report_cat(b, loc->pos, DK_LEAK_PARAM, "leaking param: ", esc_loc_text(b, loc), NULL);
        else
            esc_report_cat(b, loc->pos, DK_LEAK_CONTENT, "leaking param content: ",
                           esc_loc_text(b, loc), NULL);
        b->last->reason = !loc->leak_reason ? NULL : x == 0 ? loc->leak_reason :
                          esc_cat(b->arena, "what it points to is ", loc->leak_reason, NULL);
    }
    for (int i = 0; i < ESC_NUM_RESULTS; i++) {
        int r = esc_leaks_result(&esc, i);
        if (r < 0)
            continue;
        const char *rn = esc_result_name(fn, i);
        esc_report(b, loc->pos, DK_LEAK_PARAM, "leaking param: %s to result %s level=%d",
                   esc_loc_text(b, loc), rn ? rn : result_name(b->arena, i), r);
        b->last->reason = r > 0 ? "returned to the caller (what it points to)"
                                : "returned to the caller";
    }
}

/* texts[i]: how b->all_locs[i] prints now (NULL for a temporary), for
 * its lines and its picture, printed once. */
static void finish(EscBatch *b, const char **texts) {
    for (int f = 0; f < b->fns.len; f++) {
        EscFn *fn = b->fns.items[f];
        fn->state = 3;
        for (int s = 0; s < fn->nparams; s++)
            param_tag(b, fn, s);
        fn->tagged = true;
    }
    for (int i = 0; i < b->all_locs.len; i++) {
        EscLoc *l = b->all_locs.items[i];
        const char *text = texts[i] = l->kind == LK_TEMP ? NULL : esc_loc_text(b, l);
        if (!text || !*text)
            continue;
        bool isname = l->kind == LK_VAR || l->kind == LK_PARAM || l->kind == LK_RESULT;
        if (l->escapes) {
            if (b->mlevel == 0)
                continue;
            if (isname)
                esc_report_cat(b, l->pos, DK_MOVED_TO_HEAP, "moved to heap: ", text, NULL);
            else if (!l->goDeferWrapper)
                esc_report_cat(b, l->pos, DK_ESCAPES, text, " escapes to heap", NULL);
            else
                continue;
            b->last->reason = l->reason;
        } else if (b->mlevel && !isname && !l->goDeferWrapper) {
            esc_report_cat(b, l->pos, DK_NO_ESCAPE, text, " does not escape", NULL);
        }
    }
}

static void picture_batch(EscBatch *b, const char **texts);

void esc_analyze_batch(EscCtx *cx, EscFn **fns, int n) {
    if (cx->failed)
        return;
    /* one batch at a time: its record and buffers serve the next one */
    if (!cx->batch)
        cx->batch = arena_alloc(cx->arena, sizeof *cx->batch);
    EscBatch *b = cx->batch;
    esc_batch_reset(b, cx);
    for (int i = 0; i < n; i++) {
        ptrvec_push(b->arena, &b->fns, fns[i]);
        fns[i]->state = 1;
        fns[i]->dcl_end = -1;
        init_func(b, fns[i]);
        if (fns[i]->dcl_end < 0)
            fns[i]->dcl_end = b->all_locs.len;
    }
    for (int i = 0; i < n; i++) {
        if (fns[i]->is_closure)
            continue;
        Esc e = {0};
        e.b = b;
        e.fn = fns[i];
        e.loop_depth = 1;
        fns[i]->state = 2;
        esc_walk_func(&e, fns[i]->decl->body);
    }
    if (cx->failed)
        return;
    for (int i = 0; i < b->closures.len; i++) {
        ClosureRec *r = b->closures.items[i];
        esc_flow_closure(b, r->k, r->clo, r->fn);
    }
    b->closures.len = 0;
    for (int i = 0; i < b->all_locs.len; i++) {
        EscLoc *l = b->all_locs.items[i];
        const char *why = heap_alloc_reason(l);
        if (why) {
            esc_size_reason(b, l, why);
            esc_flow(b, esc_addr(b, esc_heap_hole(b), l->n, why), l);
        }
    }
    esc_walk_all(b);
    const char **texts = malloc(sizeof *texts * (size_t)(b->all_locs.len + 1));
    if (!texts)
        abort();
    finish(b, texts);
    if (cx->picturing)
        picture_batch(b, texts);
    free(texts);
}

void esc_add_closure(EscBatch *b, EscHole k, EscLoc *clo, EscFn *fn) {
    ClosureRec *r = arena_alloc(b->arena, sizeof *r);
    r->k = k;
    r->clo = clo;
    r->fn = fn;
    ptrvec_push(b->arena, &b->closures, r);
}

/* ------------------------------------------------------- memory picture */

/* The memory picture: per function, its variables and allocations in
 * source order of creation, each with where it lives and what it may
 * point to (the locations whose address flows into it directly, or
 * through one temporary).  Made for the locations locs[0..n) (each
 * function's all among them, nvars/vars of their EscFuncInfo given by
 * info_of) once their batches are solved. */
static EscVar *picture_var(EscFuncInfo *fi, EscLoc *l, const char *text) {
    l->picture_index = fi->nvars;
    EscVar *v = &fi->vars[fi->nvars++];
    v->kind = l->kind == LK_PARAM ? EV_PARAM : l->kind == LK_RESULT ? EV_RESULT :
              l->kind == LK_EXPR ? EV_ALLOC : EV_LOCAL;
    v->name = text;
    v->pos = l->pos;
    v->heap = l->escapes;
    v->leaks = l->kind == LK_PARAM && esc_leaks_heap(&l->param_esc) >= 0;
    v->reason = l->escapes ? l->reason : v->leaks ? l->leak_reason : NULL;
    return v;
}

static void picture_points_to(EscCtx *cx, EscVar *v, EscLoc *l) {
    int buf[64], n = 0;
    int *to_idx = buf, cap = 64;
    for (int j = 0; j < l->nedges; j++) {
        EscEdge *e = &l->edges[j];
        EscLoc *to = NULL;
        if (e->derefs == -1 && e->src->picture_index >= 0 && e->src->fn == l->fn)
            to = e->src;
        else if (e->derefs == 0 && e->src->kind == LK_TEMP)
            for (int k = 0; k < e->src->nedges && !to; k++)
                if (e->src->edges[k].derefs == -1 && e->src->edges[k].src->picture_index >= 0 &&
                    e->src->edges[k].src->fn == l->fn)
                    to = e->src->edges[k].src;
        if (!to)
            continue;
        bool dup = false;
        for (int k = 0; k < n && !dup; k++)
            dup = to_idx[k] == to->picture_index;
        if (dup)
            continue;
        if (n == cap) {
            int *nb = malloc(sizeof(int) * (size_t)cap * 2);
            if (!nb)
                abort();
            memcpy(nb, to_idx, sizeof(int) * (size_t)n);
            if (to_idx != buf)
                free(to_idx);
            to_idx = nb;
            cap *= 2;
        }
        to_idx[n++] = to->picture_index;
    }
    if (n) {
        v->points_to = arena_alloc(cx->arena, sizeof(int) * (size_t)n);
        memcpy(v->points_to, to_idx, sizeof(int) * (size_t)n);
        v->npoints_to = n;
    }
    if (to_idx != buf)
        free(to_idx);
}

static bool picture_loc(EscLoc *l) {
    if (!l->fn || l->fn->index < 0 || l->goDeferWrapper)
        return false;
    if (l->kind == LK_EXPR)
        return l->n != NULL;
    return (l->kind == LK_VAR || l->kind == LK_PARAM || l->kind == LK_RESULT) && l->text &&
           !l->autotmp;
}

/* One batch's part of the picture, made while its locations are in cache:
 * every location of its functions is made in it (else cx->pic_late, and
 * build_result makes the picture anew from all of them). */
static void picture_batch(EscBatch *b, const char **texts) {
    EscCtx *cx = b->cx;
    for (int i = 0; i < b->all_locs.len; i++) {
        EscLoc *l = b->all_locs.items[i];
        l->picture_index = -1;
        if (picture_loc(l))
            l->fn->info.nvars++;
    }
    for (int f = 0; f < b->fns.len; f++) {
        EscFn *fn = b->fns.items[f];
        fn->info.vars = arena_alloc(cx->arena, sizeof(EscVar) * (size_t)(fn->info.nvars + 1));
        fn->info.nvars = 0;
        fn->pictured = true;
    }
    for (int i = 0; i < b->all_locs.len; i++) {
        EscLoc *l = b->all_locs.items[i];
        if (picture_loc(l))
            picture_var(&l->fn->info, l, texts[i]);
    }
    for (int i = 0; i < b->all_locs.len; i++) {
        EscLoc *l = b->all_locs.items[i];
        if (l->picture_index >= 0)
            picture_points_to(cx, &l->fn->info.vars[l->picture_index], l);
    }
}

static EscResult *build_result(EscCtx *cx) {
    EscRun *run = arena_alloc(cx->arena, sizeof *run);
    run->cx = cx;   /* for escape_wrapper, later */
    EscResult *res = &run->res;
    res->nfuncs = cx->allfns.len;
    res->funcs = arena_alloc(cx->arena, sizeof(EscFuncInfo) * (size_t)(res->nfuncs + 1));
    for (int i = 0; i < cx->allfns.len; i++) {
        EscFn *fn = cx->allfns.items[i];
        EscFuncInfo *fi = &res->funcs[i];
        fi->name = fn->name;
        fi->pos = fn->decl->pos;
        if (!cx->pic_late && fn->pictured) {
            fi->vars = fn->info.vars;
            fi->nvars = fn->info.nvars;
        }
    }
    if (!cx->pic_late && !cx->failed)
        return res;
    /* all at once, from every location (gc's order of creation) */
    for (int i = 0; i < cx->all.len; i++) {
        EscLoc *l = cx->all.items[i];
        l->picture_index = -1;
        if (picture_loc(l))
            res->funcs[l->fn->index].nvars++;
    }
    for (int j = 0; j < res->nfuncs; j++) {
        res->funcs[j].vars = arena_alloc(cx->arena, sizeof(EscVar) *
                                         (size_t)(res->funcs[j].nvars + 1));
        res->funcs[j].nvars = 0;
    }
    EscBatch tmp;
    esc_batch_init(&tmp, cx);
    for (int i = 0; i < cx->all.len; i++) {
        EscLoc *l = cx->all.items[i];
        if (picture_loc(l))
            picture_var(&res->funcs[l->fn->index], l, esc_loc_text(&tmp, l));
    }
    for (int i = 0; i < cx->all.len; i++) {
        EscLoc *l = cx->all.items[i];
        if (l->picture_index >= 0)
            picture_points_to(cx, &res->funcs[l->fn->index].vars[l->picture_index], l);
    }
    return res;
}

/* A one-to-one assignment lhs op rhs the analysis makes itself (a
 * temporary's, a static initializer's). */
Node *esc_assign_node(Arena *a, Pos pos, int op, Node *lhs, Node *rhs) {
    Node *as = arena_alloc(a, sizeof *as);
    as->kind = N_ASSIGN;
    as->op = op;
    as->pos = pos;
    Node **l = arena_alloc(a, sizeof(Node *) * 2);
    l[0] = lhs;
    l[1] = rhs;
    as->lhs.items = l;
    as->lhs.len = 1;
    as->rhs.items = l + 1;
    as->rhs.len = 1;
    return as;
}

/* gc's staticinit (staticinit/sched.go StaticAssign): a package-level
 * initializer is laid out as static data where it can be; the parts that
 * need code become assignments in the init function, to the global or to
 * the static temporary (main..stmp_N, numbered in the order StaticName is
 * called) that holds a pointed-to or slice literal, at a byte offset:
 * printed "(T)(main..stmp_1@24)".  Globals are the heap either way. */
typedef struct StaticInit {
    EscCtx *cx;
    PtrVec *stmts;
    Node *var;          /* the global's name node */
    int *stmp;          /* next main..stmp_N */
} StaticInit;

static const char *static_name(StaticInit *si) {
    return arena_printf(si->cx->arena, "%s..stmp_%d",
                        si->cx->local && si->cx->local->path ? si->cx->local->path : "main",
                        (*si->stmp)++);
}

static bool static_assign(StaticInit *si, const char *sym, int64_t off, Node *v);
bool esc_small_int_const(Node *n, int64_t *v);

/* The assign closure: a part that is not static is assigned at its own
 * position to (T)(sym@off). */
static void static_part(StaticInit *si, const char *sym, int64_t off, Node *v) {
    if (static_assign(si, sym, off, v))
        return;
    EscBatch tb = {0};
    tb.arena = si->cx->arena;
    tb.local = si->cx->local;
    Node *lhs = node_dup(si->cx->arena, si->var);   /* a global: the heap, as any part of one */
    lhs->pos = v->pos;
    lhs->ty = v->ty;
    lhs->lit = arena_printf(si->cx->arena, "(%s)(%s@%lld)", esc_type_string(&tb, v->ty), sym,
                            (long long)off);
    lhs->litlen = (int)strlen(lhs->lit);
    ptrvec_push(si->cx->arena, si->stmts, esc_assign_node(si->cx->arena, v->pos, T_ASSIGN, lhs, v));
}

/* The elements of an array, slice or struct literal at their offsets
 * (initplan: nested value literals are flattened the same way). */
static void static_elems(StaticInit *si, const char *sym, int64_t off, Node *lit) {
    Type *u = type_under(lit->ty);
    if (!u)
        return;
    if (u->kind == TY_STRUCT) {
        type_size(lit->ty);   /* lays the fields out */
        for (int i = 0; i < lit->list.len; i++) {
            Node *el = lit->list.items[i];
            Obj *f = NULL;
            if (el->kind == N_KEYVALUE) {
                const char *nm = el->x && el->x->lit ? el->x->lit : NULL;
                for (int j = 0; nm && j < u->nfields && !f; j++)
                    if (u->fields[j]->name && !strcmp(u->fields[j]->name, nm))
                        f = u->fields[j];
                el = el->y;
            } else if (i < u->nfields) {
                f = u->fields[i];
            }
            static_part(si, sym, off + (f ? f->offset : 0), el);
        }
        return;
    }
    int64_t esz = u->elem ? type_size(u->elem) : 0, idx = 0;
    for (int i = 0; i < lit->list.len; i++, idx++) {
        Node *el = lit->list.items[i];
        if (el->kind == N_KEYVALUE) {
            int64_t k;
            if (el->x && el->x->val && esc_small_int_const(el->x, &k))
                idx = k;
            el = el->y;
        }
        static_part(si, sym, off + idx * esz, el);
    }
}

static bool is_zero_value(Node *n) {
    while (n && n->kind == N_PAREN)
        n = n->x;
    return n && n->kind == N_NAME && n->obj && n->obj->kind == OBJ_NIL;
}

/* OCONVIFACE: the itab and either the value itself (a direct interface
 * type) or the address of a static temporary holding it. */
static bool static_iface(StaticInit *si, const char *sym, int64_t off, Node *x) {
    for (;;) {
        while (x && x->kind == N_PAREN)
            x = x->x;
        if (x && x->kind == N_CONVIFACE)
            x = x->x;
        else if (x && x->kind == N_CALL && esc_is_type_expr(x->x) && x->list.len == 1 &&
                 type_is_interface(x->ty))
            x = x->list.items[0];
        else
            break;
    }
    if (!x || !x->ty || type_is_interface(x->ty))
        return is_zero_value(x);
    if (esc_is_direct_iface(x->ty)) {
        static_part(si, sym, off + 8, x);
    } else {
        const char *tmp = static_name(si);
        static_part(si, tmp, 0, x);
    }
    return true;
}

/* An explicit conversion T(x), as typecheck made it: OCONVIFACE to an
 * interface; OCONVNOP (identical underlying types, or unnamed pointers to
 * them), which StaticAssign looks through; []byte of a constant string
 * (OSTR2BYTES, static bytes) and []rune of one (folded to a slice
 * literal, so a static temporary).  Anything else needs code. */
static bool static_conversion(StaticInit *si, const char *sym, int64_t off, Node *v) {
    if (!esc_is_type_expr(v->x) || v->list.len != 1)
        return false;
    Node *x = v->list.items[0];
    Type *tu = type_under(v->ty), *fu = type_under(x->ty);
    if (!tu || !fu)
        return false;
    if (type_is_interface(tu))
        return static_iface(si, sym, off, v);
    if (tu->kind == TY_SLICE && fu->kind == TY_STRING) {
        if (x->mode != OPM_CONST)
            return false;
        if (type_under(tu->elem)->kind == TY_INT32)
            static_name(si);
        return true;
    }
    if (type_identical(tu, fu) ||
        (tu->kind == TY_PTR && fu->kind == TY_PTR && !type_is_named(v->ty) &&
         !type_is_named(x->ty) && type_identical(type_under(tu->elem), type_under(fu->elem))))
        return static_assign(si, sym, off, x);
    return false;
}

static bool static_assign(StaticInit *si, const char *sym, int64_t off, Node *v) {
    while (v && v->kind == N_PAREN)
        v = v->x;
    if (!v || v->mode == OPM_CONST || v->kind == N_BASICLIT || v->kind == N_FUNCLIT ||
        is_zero_value(v))
        return true;
    switch (v->kind) {
    case N_NAME:
        return v->obj && (v->obj->kind == OBJ_FUNC || v->obj->kind == OBJ_CONST);
    case N_UNARY: {
        if (v->op != T_AND)
            return false;
        Node *x = v->x;
        while (x && x->kind == N_PAREN)
            x = x->x;
        if (x && x->kind == N_NAME && x->obj && (x->obj->flags & OBJF_GLOBAL))
            return true;
        if (!x || x->kind != N_COMPOSITE)
            return false;
        const char *tmp = static_name(si);
        static_part(si, tmp, 0, x);
        return true;
    }
    case N_COMPOSITE: {
        Type *u = type_under(v->ty);
        if (!u || u->kind == TY_MAP)
            return false;
        if (u->kind == TY_SLICE)
            sym = static_name(si), off = 0;
        static_elems(si, sym, off, v);
        return true;
    }
    case N_CONVIFACE:
        return static_iface(si, sym, off, v->x);
    case N_CALL:
        return static_conversion(si, sym, off, v);
    default:
        return false;
    }
}

static Node *global_init(EscCtx *cx, Node *root) {
    PtrVec stmts = {0};
    int stmp = 0;
    for (int i = 0; i < root->list.len; i++) {
        Node *d = root->list.items[i];
        if (d->kind != N_VARDECL || d->values.len == 0)
            continue;
        if (d->names.len == d->values.len) {
            for (int j = 0; j < d->values.len; j++) {
                Node *nm = d->names.items[j], *v = d->values.items[j];
                if (nm->lit && strcmp(nm->lit, "_") == 0 && !inl_any_side_effects(v))
                    continue;   /* tryStaticInit discards it */
                StaticInit si = {cx, &stmts, nm, &stmp};
                const char *sym = arena_printf(cx->arena, "%s.%s",
                                               cx->local && cx->local->path ? cx->local->path
                                                                            : "main",
                                               nm->lit ? nm->lit : "_");
                if (!static_assign(&si, sym, 0, v))
                    ptrvec_push(cx->arena, &stmts, esc_assign_node(cx->arena, nm->pos, T_ASSIGN, nm, v));
            }
            continue;
        }
        Node *as = arena_alloc(cx->arena, sizeof *as);
        as->kind = N_ASSIGN;
        as->op = T_ASSIGN;
        as->pos = d->pos;
        as->lhs = d->names;
        as->rhs = d->values;
        ptrvec_push(cx->arena, &stmts, as);
    }
    if (!stmts.len)
        return NULL;
    Node *body = arena_alloc(cx->arena, sizeof *body);
    body->kind = N_BLOCK;
    body->list.items = (Node **)stmts.items;
    body->list.len = stmts.len;
    Node *fn = arena_alloc(cx->arena, sizeof *fn);
    fn->kind = N_FUNCDECL;
    fn->body = body;
    fn->pos = root->pos;
    return fn;
}

/* Function literals in statically initialized globals are functions of
 * their own (glob..funcN), analysed like declared ones. */
typedef struct GlobLits {
    EscCtx *cx;
    EscFn *glob;
    PtrVec *units;
} GlobLits;

/* A top-level function walked now, not at its visit (every function it
 * may refer to exists by then). */
static void add_unit(EscCtx *cx, PtrVec *units, EscFn *fn) {
    ptrvec_push(cx->arena, units, fn);
    fn->clo_begin = cx->made.len;
    collect_fn(cx, fn);
    fn->clo_end = cx->made.len;
}

static void glob_lits(Node *n, void *ctx) {
    GlobLits *g = ctx;
    /* a copy the inliner made in an initializer (lit: its name) is a
     * hidden closure of init (inl.go's NewClosureFunc(pos, true)) */
    if (n->kind == N_FUNCLIT && n->lit)
        return;
    if (n->kind == N_FUNCLIT) {
        EscFn *fn = new_fn(g->cx, n, g->glob);
        fn->outer = NULL;
        fn->is_closure = false;
        ptrvec_push(g->cx->arena, g->units, fn);   /* walked at its visit */
        return;
    }
    each_child(n, glob_lits, ctx);
}

/* The functions in gc's order: each top-level one (a declared function, a
 * package-level literal, init) followed by the closures made in it. */
static void order_fns(EscCtx *cx, PtrVec *units) {
    cx->allfns.len = 0;
    for (int i = 0; i < units->len; i++) {
        EscFn *u = units->items[i];
        u->index = cx->allfns.len;
        ptrvec_push(cx->arena, &cx->allfns, u);
        for (int j = u->clo_begin; j < u->clo_end; j++) {
            EscFn *c = cx->made.items[j];
            c->index = cx->allfns.len;
            ptrvec_push(cx->arena, &cx->allfns, c);
        }
    }
}

EscResult *escape_run(Arena *a, Program *prog, const EscOpts *opts, DiagList *diags) {
    EscCtx *cx = arena_alloc(a, sizeof *cx);
    cx->arena = a;
    cx->prog = prog;
    cx->local = prog ? prog->main : NULL;
    cx->file = opts && opts->file ? opts->file : "./main.go";
    cx->mlevel = opts ? opts->m : 0;
    cx->diags = diags;
    File *f = cx->local ? cx->local->file : NULL;
    if (!f || !f->root)
        return build_result(cx);
    /* the maps' sizes as Go code usually needs them (a variable per 20
     * bytes, a definition per 55, a function per 120), so they rarely grow */
    escmap_reserve(a, &cx->locs, f->len / 24);
    escmap_reserve(a, &cx->defs, f->len / 64);
    escmap_reserve(a, &cx->fns, f->len / 128);
    /* Every function with a body, in source order; the closures inside are
     * made when its body is first walked, at its visit. */
    EscFn *glob = arena_alloc(cx->arena, sizeof *glob);
    glob->name = "glob.";
    glob->index = -1;
    PtrVec units = {0};
    for (int i = 0; i < f->root->list.len; i++) {
        Node *d = f->root->list.items[i];
        if (d->kind == N_VARDECL) {
            /* gc: closures at package level are not hidden closures but
             * functions of their own, in declaration order */
            GlobLits g = {cx, glob, &units};
            for (int j = 0; j < d->values.len; j++)
                glob_lits(d->values.items[j], &g);
            continue;
        }
        if (d->kind != N_FUNCDECL || !d->body || gen_is_generic_decl(d))
            continue;
        ptrvec_push(cx->arena, &units, new_fn(cx, d, NULL));
    }
    /* Package-level variables initialized at run time: gc's init function. */
    Node *init = global_init(cx, f->root);
    if (init) {
        EscFn *fn = new_fn(cx, init, NULL);
        fn->name = "init";
        add_unit(cx, &units, fn);
        for (int i = fn->clo_begin; i < fn->clo_end; i++) {
            EscFn *g = cx->made.items[i];
            if (g->outer == fn && !strncmp(g->name, "init.func", 9))
                g->name = arena_printf(cx->arena, "glob..func%s", g->name + 9);
        }
    }
    Visitor v = {0};
    v.cx = cx;
    v.analyze = esc_analyze_batch;
    cx->picturing = true;
    for (int i = 0; i < units.len; i++)
        visit(&v, units.items[i]);
    cx->picturing = false;
    order_fns(cx, &units);
    return build_result(cx);
}
