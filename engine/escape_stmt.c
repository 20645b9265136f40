/* escape_stmt.c - statements (stmt.go) and assignment lists (assign.go).
 *
 * Our AST is syntax; gc walks IR in which `x := e` is ODCL x + OAS, a
 * `var` spec is ODCL + OAS/OAS2/OAS2FUNC, `v, ok = m[k]` is OAS2MAPR, and
 * the init statements of if/for/switch run before the statement (so a
 * loop's variables are declared outside the loop).  This file reproduces
 * those shapes on the fly.
 */
#include <string.h>

#include "escape_int.h"
#include "chain.h"

bool esc_is_self_assign(Node *dst, Node *src);

static Node *unparen(Node *n) {
    while (n && n->kind == N_PAREN)
        n = n->x;
    return n;
}

/* dcl: a declaration sets the variable's loop depth. */
static EscHole dcl(Esc *e, Node *name, Node *defn) {
    if (!name || !name->obj || name->obj->kind != OBJ_VAR || !name->lit ||
        !strcmp(name->lit, "_"))
        return esc_discard_hole(e->b);
    EscLoc *loc = esc_var_loc(e, name->obj);
    loc->loop_depth = e->loop_depth;
    loc->defn = defn;
    return esc_hole(loc);
}

/* A name that `:=` declares: its own declaring identifier, or a fresh
 * variable of an inlined body (declared by the inliner's assignment). */
static bool is_new_name(Esc *e, Node *n) {
    if (!n || n->kind != N_NAME || !n->obj || n->obj->kind != OBJ_VAR)
        return false;
    if (n->obj->decl == n)
        return true;
    EscLoc *l = escmap_get(&e->b->cx->locs, n->obj);
    return n->obj->fn == e->fn->decl && !(n->obj->flags & (OBJF_PARAM | OBJF_RESULT)) &&
           (!l || !l->defn);
}

/* assignList: dsts[i] = srcs[i] (srcs may be shorter: OAS2MAPR etc.). */
static void assign_list(Esc *e, NodeList *dsts, Node **srcs, int nsrcs, const char *why,
                        Node *where, Pos convpos) {
    int n = dsts->len;
    EscHole ks[64];
    if (n > 64) {
        esc_unsupported(e, where->pos, "assignment to more than 64 variables");
        return;
    }
    for (int i = 0; i < n; i++)
        ks[i] = esc_addr_of(e, dsts->items[i]);
    /* An inlined call's parameter assignment: its arguments were converted
     * by typecheckaste at the call. */
    Pos *argpos = NULL;
    if (where->kind == N_ASSIGN && where->implicit && esc_assign_declares(where)) {
        /* a method's receiver is not one of typecheckaste's arguments:
         * s.q.PushBack(t) converts t at the call, not after s.q */
        int r = nsrcs > 0 && n > 0 && dsts->items[0] && dsts->items[0]->kind == N_NAME &&
                dsts->items[0]->embedded;
        Pos *ps = esc_arg_conv_positions(e, where->pos, srcs + r, nsrcs - r);
        argpos = ps;
        if (r) {
            argpos = arena_alloc(e->b->arena, sizeof(Pos) * (size_t)(nsrcs + 1));
            argpos[0] = where->pos;
            memcpy(argpos + 1, ps, sizeof(Pos) * (size_t)(nsrcs - 1));
        }
    }
    for (int i = 0; i < n; i++) {
        Node *src = i < nsrcs ? srcs[i] : NULL;
        if (argpos && i < nsrcs)
            convpos = argpos[i];
        Node *dst = dsts->items[i];
        EscHole k = ks[i];
        if (src && dst && esc_is_self_assign(dst, src)) {
            if (e->b->mlevel)
                esc_report(e->b, where->pos, DK_OTHER, "%s ignoring self-assignment in %s",
                           e->fn->name, esc_stmt_string(e->b, where));
            k = esc_discard_hole(e->b);
        }
        if (src)
            esc_expr_conv(e, esc_note(e->b, k, where, why), src, dst ? dst->ty : NULL, convpos);
    }
    esc_reassigned(e, ks, n, where);
}

static bool is_call_like(Node *n) {
    n = unparen(n);
    return n && (n->kind == N_CALL || n->kind == N_INLCALL) && !esc_is_type_expr(n->x);
}

/* OAS2FUNC: a, b = f() */
static void assign_func(Esc *e, NodeList *lhs, Node *call, Node *where) {
    int n = lhs->len;
    EscHole ks[64];
    if (n > 64) {
        esc_unsupported(e, where->pos, "assignment to more than 64 variables");
        return;
    }
    for (int i = 0; i < n; i++)
        ks[i] = esc_addr_of(e, lhs->items[i]);
    esc_call(e, ks, n, unparen(call));
    esc_reassigned(e, ks, n, where);
}

static const char *pair_why(Node *rhs) {
    rhs = unparen(rhs);
    if (!rhs)
        return "assign-pair";
    if (rhs->kind == N_INDEX)
        return "assign-pair-mapr";
    if (rhs->kind == N_TYPEASSERT)
        return "assign-pair-dot-type";
    if (rhs->kind == N_UNARY && rhs->op == T_ARROW)
        return "assign-pair-receive";
    return "assign-pair";
}

bool esc_assign_declares(const Node *n) {
    if (n->kind != N_ASSIGN)
        return false;
    if (n->op == T_DEFINE)
        return true;
    if (!n->implicit || n->op != T_ASSIGN)
        return false;
    for (int i = 0; i < n->lhs.len; i++) {
        const Node *l = n->lhs.items[i];
        if (l && l->kind == N_NAME && l->obj && l->obj->decl == l)
            return true;
    }
    return false;
}

static void assign_stmt(Esc *e, Node *n) {
    if (esc_assign_declares(n))
        for (int i = 0; i < n->lhs.len; i++)
            if (is_new_name(e, n->lhs.items[i]))
                dcl(e, n->lhs.items[i], n);
    if (n->lhs.len > 1 && n->rhs.len == 1) {
        Node *r = unparen(n->rhs.items[0]);
        if (is_call_like(r)) {
            assign_func(e, &n->lhs, r, n);
            return;
        }
        assign_list(e, &n->lhs, n->rhs.items, 1, pair_why(r), n, (Pos){0, 0});
        return;
    }
    /* irgen translates the rhs, then the lhs: implicit conversions take the
     * last lhs leaf's position (or the rhs's when only new names are defined). */
    Pos convpos = {0, 0};
    convpos = n->pos;
    for (int i = 0; i < n->rhs.len; i++)
        convpos = esc_last_pos_from(n->rhs.items[i], convpos);
    for (int i = 0; i < n->lhs.len; i++) {
        Node *l = n->lhs.items[i];
        EscLoc *ll = l->kind == N_NAME && l->obj ? escmap_get(&e->b->cx->locs, l->obj) : NULL;
        if (esc_assign_declares(n) && ll && ll->defn == n)
            continue;   /* a new name: declared, not translated as an expression */
        convpos = esc_last_pos_from(l, convpos);
    }
    /* The inliner's assignments (arguments to parameters, return values to
     * results, multi-value temporaries; the only implicit N_ASSIGNs) are
     * OAS2 in gc whatever their number: "assign-pair". */
    bool pair = n->lhs.len > 1 || n->implicit;
    Node *l0 = n->lhs.len == 1 ? n->lhs.items[0] : NULL;
    if (l0 && l0->kind == N_NAME && l0->obj && (l0->obj->flags & OBJF_AUTOTMP))
        pair = false;   /* RewriteNonNameCall's `t := x` of an inlined x.M(): OAS */
    assign_list(e, &n->lhs, n->rhs.items, n->rhs.len, pair ? "assign-pair" : "assign",
                n, convpos);
}

static void var_decl(Esc *e, Node *vd) {
    /* gc: ODCL per name, then OAS/OAS2 `a, b = x, y` at the first name */
    Node *d = arena_alloc(e->b->arena, sizeof *d);
    *d = *vd;
    d->kind = N_ASSIGN;
    d->op = T_ASSIGN;
    d->lhs = vd->names;
    d->rhs = vd->values;
    if (d->names.len == 1 || d->names.len != d->values.len)
        for (int i = 0; i < d->names.len; i++)
            dcl(e, d->names.items[i], d);
    if (d->values.len == 0) {
        /* OAS x = nil: zeroing is not a reassignment */
        for (int i = 0; i < d->names.len; i++)
            esc_addr_of(e, d->names.items[i]);
        return;
    }
    if (d->names.len > 1 && d->values.len == 1) {
        Node *r = unparen(d->values.items[0]);
        if (is_call_like(r)) {
            assign_func(e, &d->names, r, d);
            return;
        }
        assign_list(e, &d->names, d->values.items, 1, pair_why(r), d, (Pos){0, 0});
        return;
    }
    Pos convpos = d->names.items[d->names.len - 1]->pos;
    for (int i = 0; i < d->values.len; i++)
        convpos = esc_last_pos_from(d->values.items[i], convpos);
    if (d->names.len == 1) {
        assign_list(e, &d->names, d->values.items, 1, "assign", d, convpos);
        return;
    }
    /* irgen's varDecl splits `var a, b = x, y` into OAS a = x; OAS b = y
     * (all at the first name, all converted after every value is
     * translated), not one OAS2 as for `a, b = x, y`. */
    for (int i = 0; i < d->names.len; i++) {
        Node *as = arena_alloc(e->b->arena, sizeof *as);
        *as = *d;
        as->lhs = (NodeList){&d->names.items[i], 1};
        as->rhs = (NodeList){&d->values.items[i], 1};
        dcl(e, d->names.items[i], as);
        assign_list(e, &as->lhs, as->rhs.items, 1, "assign", as, convpos);
    }
}

static void return_stmt(Esc *e, Node *n) {
    EscFn *fn = e->fn;
    NodeList results = n->list;
    Pos base = n->pos;
    if (n->list.len == 1 && fn->nresults > 1 && is_call_like(n->list.items[0])) {
        /* return f() with several results: irgen's RewriteMultiValueCall,
         * t1, t2 := f(); return t1, t2 */
        Node *call = unparen(n->list.items[0]);
        Type *tt = call->ty;
        int m = tt && tt->kind == TY_TUPLE ? tt->nfields : 0;
        if (m > 64)
            m = 64;
        Node **tmps = arena_alloc(e->b->arena, sizeof(Node *) * (size_t)(m + 1));
        EscHole tks[64];
        for (int i = 0; i < m; i++) {
            tmps[i] = esc_temp_var(e, tt->fields[i]->type, call->pos, n, false, i);
            tks[i] = esc_hole(tmps[i]->aux);
        }
        esc_call(e, tks, m, call);
        results.items = tmps;
        results.len = m;
        n->list = results;   /* gc: return t1, t2 */
        base = call->pos;
    } else {
        for (int i = 0; i < n->list.len; i++)
            base = esc_last_pos_from(n->list.items[i], base);
    }
    /* transformReturn's typecheckaste: each result's conversion at the
     * running position (unique nodes set it, names do not) */
    EscHole ks[64];
    int m = fn->nresults < 64 ? fn->nresults : 64;
    for (int i = 0; i < m; i++) {
        ks[i] = esc_hole(fn->results[i]);
        Node *src = i < results.len ? results.items[i] : NULL;
        if (src && esc_has_unique_pos(src))
            base = unparen(src)->kind == N_CONVIFACE ? unparen(unparen(src)->x)->pos : unparen(src)->pos;
        if (src)
            esc_expr_conv(e, esc_note(e->b, ks[i], n, "return"), src, fn->results[i]->obj->type,
                          base);
    }
    esc_reassigned(e, ks, m, n);
}

static void range_stmt(Esc *e, Node *n) {
    if (n->op == T_DEFINE)
        for (int i = 0; i < n->lhs.len; i++)
            if (is_new_name(e, n->lhs.items[i]))
                dcl(e, n->lhs.items[i], n);
    EscLoc *tmp = esc_new_loc(e->b, e->fn, e->loop_depth, LK_TEMP, false);
    esc_expr(e, esc_hole(tmp), n->x);
    if (n->pos2.line) {   /* gc's ORANGE is at the 'range' keyword */
        Node *r = node_dup(e->b->arena, n);
        r->pos = n->pos2;
        n = r;
    }
    e->loop_depth++;
    EscHole ks[2];
    ks[0] = n->lhs.len > 0 ? esc_addr_of(e, n->lhs.items[0]) : esc_discard_hole(e->b);
    ks[1] = n->lhs.len > 1 ? esc_addr_of(e, n->lhs.items[1]) : esc_discard_hole(e->b);
    Type *xt = n->x ? type_under(n->x->ty) : NULL;
    if (xt && xt->kind == TY_ARRAY)
        esc_flow(e->b, esc_note(e->b, ks[1], n, "range"), tmp);
    else
        esc_flow(e->b, esc_deref(e->b, ks[1], n, "range-deref"), tmp);
    esc_reassigned(e, ks, 2, n);
    esc_block(e, n->body);
    e->loop_depth--;
}

/* The variable of a type switch clause: the checker may give each clause
 * its own Obj (as gc does); find the one its body uses. */
typedef struct FindVar {
    const char *name;
    Pos pos;
    Obj *found;
} FindVar;

static void find_var(Node *n, FindVar *f) {
    for (; n && n->kind == N_BINARY && !f->found; n = n->x)   /* a chain (chain.h) */
        find_var(n->y, f);
    if (!n || f->found)
        return;
    if (n->kind == N_NAME && n->obj && n->obj->kind == OBJ_VAR && n->lit &&
        !strcmp(n->lit, f->name) && n->obj->pos.line == f->pos.line &&
        n->obj->pos.col == f->pos.col) {
        f->found = n->obj;
        return;
    }
    if (node_is_leaf(n))
        return;
    Node *kids[] = {n->x, n->y, n->z, n->w, n->init, n->cond, n->post, n->body, n->els, n->decl};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
        find_var(kids[i], f);
    static const NodeList none;
    const NodeList *lists[] = {&n->list, &n->lhs, &n->rhs, &n->values,
                               node_has_tail(n) ? &n->results : &none};
    for (size_t j = 0; j < sizeof lists / sizeof lists[0]; j++)
        for (int i = 0; i < lists[j]->len; i++)
            find_var(lists[j]->items[i], f);
}

static void type_switch(Esc *e, Node *n) {
    EscHole ks[256];
    int nks = 0;
    if (n->name && n->name->lit && strcmp(n->name->lit, "_")) {
        for (int i = 0; i < n->list.len && nks < 256; i++) {
            Node *cas = n->list.items[i];
            FindVar f = {n->name->lit, n->name->pos, NULL};
            find_var(cas->body, &f);
            Obj *o = f.found ? f.found : n->name->obj;
            if (!o)
                continue;
            EscLoc *loc = esc_var_loc(e, o);
            loc->loop_depth = e->loop_depth;
            if (!esc_has_pointers(o->type))
                continue;
            EscHole k = esc_hole(loc);
            if (!type_is_interface(o->type) && !esc_is_direct_iface(o->type))
                k = esc_shift(k, 1);
            ks[nks++] = esc_note(e->b, k, cas, "switch case");
        }
    }
    esc_expr(e, esc_tee(e->b, e->fn, e->loop_depth, ks, nks), n->x);
    for (int i = 0; i < n->list.len; i++)
        esc_block(e, n->list.items[i]->body);
}

static void labels_scan(Esc *e, Node *n);

void esc_stmt(Esc *e, Node *n) {
    if (!n || e->b->cx->failed)
        return;
    switch (n->kind) {
    case N_EMPTY: case N_BRANCH:
        return;
    case N_BLOCK:
        for (int i = 0; i < n->list.len; i++)
            esc_stmt(e, n->list.items[i]);
        return;
    case N_DECLSTMT:
        for (int i = 0; i < n->list.len; i++)
            if (n->list.items[i]->kind == N_VARDECL)
                var_decl(e, n->list.items[i]);
        if (n->list.len == 0 && n->decl && n->decl->kind == N_VARDECL)
            var_decl(e, n->decl);
        return;
    case N_LABELED: {
        const char *l = n->name ? n->name->lit : NULL;
        for (int i = 0; l && i < e->looping.len; i++)
            if (!strcmp(e->looping.items[i], l))
                e->loop_depth++;
        esc_stmt(e, n->x);
        return;
    }
    case N_EXPRSTMT: {
        Node *x = unparen(n->x);
        if (x && (x->kind == N_CALL || x->kind == N_INLCALL) && !esc_is_type_expr(x->x)) {
            esc_call(e, NULL, 0, x);
            return;
        }
        esc_discard(e, x);
        return;
    }
    case N_SEND: {
        esc_discard(e, n->x);
        Type *ct = n->x ? type_under(n->x->ty) : NULL;
        esc_expr_conv(e, esc_note(e->b, esc_heap_hole(e->b), n, "send"), n->y,
                      ct ? ct->elem : NULL, esc_last_pos_from(n->y, esc_last_pos(n->x)));
        return;
    }
    case N_INCDEC: {
        EscHole k = esc_addr_of(e, n->x);
        esc_reassigned(e, &k, 1, n);
        return;
    }
    case N_ASSIGN:
        assign_stmt(e, n);
        return;
    case N_GO: case N_DEFER:
        esc_go_defer(e, n);
        return;
    case N_RETURN:
        return_stmt(e, n);
        return;
    case N_IF:
        esc_stmt(e, n->init);
        esc_discard(e, n->cond);
        esc_block(e, n->body);
        if (n->els) {
            int old = e->loop_depth;
            esc_stmt(e, n->els);
            e->loop_depth = old;
        }
        return;
    case N_FOR:
        esc_stmt(e, n->init);
        e->loop_depth++;
        esc_discard(e, n->cond);
        esc_stmt(e, n->post);
        esc_block(e, n->body);
        e->loop_depth--;
        return;
    case N_RANGE:
        range_stmt(e, n);
        return;
    case N_SWITCH:
        esc_stmt(e, n->init);
        esc_discard(e, n->tag);
        for (int i = 0; i < n->list.len; i++) {
            Node *c = n->list.items[i];
            for (int j = 0; j < c->list.len; j++)
                esc_discard(e, c->list.items[j]);
            esc_block(e, c->body);
        }
        return;
    case N_TYPESWITCH:
        esc_stmt(e, n->init);
        type_switch(e, n);
        return;
    case N_SELECT:
        for (int i = 0; i < n->list.len; i++) {
            Node *c = n->list.items[i];
            esc_stmt(e, c->x);
            esc_block(e, c->body);
        }
        return;
    default:
        esc_unsupported(e, n->pos, "this statement in escape analysis");
        return;
    }
}

void esc_block(Esc *e, Node *blk) {
    int old = e->loop_depth;
    esc_stmt(e, blk);
    e->loop_depth = old;
}

/* Labels targeted by a goto after them make the code a loop (walkFunc). */
typedef struct LabelScan {
    Esc *e;
} LabelScan;

static void labels_scan(Esc *e, Node *n) {
    if (!n || n->kind == N_FUNCLIT || node_is_leaf(n))
        return;
    if (n->kind == N_LABELED && n->name && n->name->lit && strcmp(n->name->lit, "_"))
        ptrvec_push(e->b->arena, &e->labels, (void *)n->name->lit);
    if (n->kind == N_BRANCH && n->op == T_GOTO && n->name && n->name->lit) {
        for (int i = 0; i < e->labels.len; i++)
            if (!strcmp(e->labels.items[i], n->name->lit))
                ptrvec_push(e->b->arena, &e->looping, (void *)n->name->lit);
    }
    Node *kids[] = {n->x, n->init, n->body, n->els, n->post};
    for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
        labels_scan(e, kids[i]);
    for (int i = 0; i < n->list.len; i++)
        labels_scan(e, n->list.items[i]);
}

void esc_walk_func(Esc *e, Node *body) {
    if (e->fn->has_goto)
        labels_scan(e, body);
    esc_block(e, body);
}
