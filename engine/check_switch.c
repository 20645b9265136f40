/* check_switch.c - the statements with clauses or an iteration variable:
 * switch, type switch, select and range (types2's stmt.go), each in a
 * scope of its own, with their clauses' and variables' checks. */
#include "check_int.h"

#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- switch */

void chk_switch_stmt(Checker *c, Node *s) {
    chk_open_scope(c);
    if (s->init)
        chk_stmt(c, s->init);
    Node *tag = s->tag;
    if (tag) {
        chk_expr(c, tag);
        if (tag->mode != OPM_INVALID) {
            chk_default(c, tag);
            if (tag->ty && tag->ty->kind == TY_UNTYPED_NIL) {
                chk_errorf(c, SP(tag), "use of untyped nil in switch expression");
                tag->mode = OPM_INVALID;
            } else if (tag->ty && !type_comparable(type_under(tag->ty))) {
                chk_errorf(c, SP(tag), "cannot switch on %s", chk_operand_str(c, tag));
                tag->mode = OPM_INVALID;
            }
        }
    }
    c->breakok++;
    bool seendefault = false;
    PtrVec seen = {0};   /* constant case values, for duplicates */
    for (int i = 0; i < s->list.len; i++) {
        Node *cl = s->list.items[i];
        if (cl->isdefault) {
            if (seendefault)
                chk_errorf(c, cl->pos, "multiple defaults in switch");
            seendefault = true;
        }
        for (int j = 0; j < cl->list.len; j++) {
            Node **ep = &cl->list.items[j];
            Node *e = *ep;
            chk_expr(c, e);
            if (e->mode == OPM_INVALID)
                continue;
            if (!tag) {
                chk_convert_untyped(c, e, c->u->types[TY_BOOL]);
                if (e->mode != OPM_INVALID && !type_is_boolean(type_under(e->ty)))
                    chk_errorf(c, SP(e), "invalid case %s in switch (mismatched types %s and bool)",
                               expr_string(c->a, e), chk_type_str(c, e->ty));
                continue;
            }
            if (tag->mode == OPM_INVALID)
                continue;
            /* the case value is compared with the tag: tag == e */
            chk_convert_untyped(c, e, tag->ty);
            if (e->mode == OPM_INVALID)
                continue;
            if (!type_assignable(c->u, e->ty, tag->ty, NULL, NULL, NULL) &&
                !type_assignable(c->u, tag->ty, e->ty, NULL, NULL, NULL)) {
                chk_errorf(c, SP(e), "invalid case %s in switch on %s (mismatched types %s and %s)",
                           expr_string(c->a, e), expr_string(c->a, tag),
                           chk_type_str(c, e->ty), chk_type_str(c, tag->ty));
                continue;
            }
            if (e->mode == OPM_CONST && e->val) {
                for (int k = 0; k < seen.len; k++) {
                    Node *p = seen.items[k];
                    if (p->val->kind == e->val->kind && type_identical(p->ty, e->ty) &&
                        const_compare(T_EQL, *p->val, *e->val)) {
                        Pos pp = SP(p);
                        chk_errorf(c, SP(e), "duplicate case %s in expression switch\n\t%s:%d:%d: previous case",
                                   chk_operand_str(c, e), c->file, pp.line, pp.col);
                        break;
                    }
                }
                ptrvec_push(c->a, &seen, e);
            }
            if (type_under(tag->ty)->kind == TY_INTERFACE && type_under(e->ty)->kind != TY_INTERFACE &&
                e->ty->kind != TY_UNTYPED_NIL)
                *ep = chk_wrap(c, N_CONVIFACE, e, tag->ty);
        }
        chk_open_scope(c);
        if (cl->body)
            chk_stmt_list(c, &cl->body->list);
        chk_close_scope(c);
    }
    c->breakok--;
    chk_close_scope(c);
}

void chk_type_switch_stmt(Checker *c, Node *s) {
    chk_open_scope(c);
    if (s->init)
        chk_stmt(c, s->init);
    Node *g = s->x;
    Node *x = g && g->kind == N_TYPEASSERT && !g->type_ ? g->x : g;
    chk_expr(c, x);
    Type *xt = x->mode != OPM_INVALID ? x->ty : NULL;
    if (xt && type_under(xt)->kind != TY_INTERFACE) {
        chk_errorf(c, SP(x), "%s is not an interface", chk_operand_str(c, x));
        xt = NULL;
    }
    if (g && g != x) {
        g->ty = xt;
        g->mode = OPM_VALUE;
    }
    Node *lhs = s->name;
    bool lhsused = false;
    PtrVec clausevars = {0};
    c->breakok++;
    bool seendefault = false;
    for (int i = 0; i < s->list.len; i++) {
        Node *cl = s->list.items[i];
        if (cl->isdefault) {
            if (seendefault)
                chk_errorf(c, cl->pos, "multiple defaults in switch");
            seendefault = true;
        }
        Type *single = NULL;
        for (int j = 0; j < cl->list.len; j++) {
            Node *te = cl->list.items[j];
            Node *ute = chk_unparen(te);
            if (ute->kind == N_NAME && strcmp(ute->lit, "nil") == 0 &&
                chk_lookup(c, "nil") == c->u->nil_) {
                ute->obj = c->u->nil_;
                ute->ty = c->u->types[TY_UNTYPED_NIL];
                te->ty = ute->ty;
                te->mode = OPM_VALUE;
                single = cl->list.len == 1 ? NULL : single;
                continue;
            }
            Type *t = chk_typexpr(c, te);
            if (cl->list.len == 1)
                single = t;
            if (t->kind == TY_INVALID || !xt)
                continue;
            if (type_under(t)->kind != TY_INTERFACE) {
                Obj *missing, *have;
                bool wrongptr;
                if (!type_implements(t, xt, &missing, &wrongptr, &have)) {
                    chk_errorf(c, SP(te), "impossible type switch case: %s (type %s) cannot have dynamic type %s (%s)",
                               expr_string(c->a, x), chk_type_str(c, xt), chk_type_str(c, t),
                               wrongptr ? arena_printf(c->a, "%s method has pointer receiver", missing->name)
                                        : arena_printf(c->a, "missing %s method", missing->name));
                }
            }
        }
        chk_open_scope(c);
        if (lhs) {
            Type *vt = single ? single : (xt ? xt : c->u->invalid);
            Obj *v = obj_new(c->a, OBJ_VAR, lhs->lit, lhs->pos, vt);
            v->pkg = c->pkg;
            v->decl = lhs;
            v->fn = c->fn ? c->fn->fn : NULL;
            v->flags |= OBJF_TYPESWITCH;
            if (!is_blank(lhs->lit))
                scope_insert(c->a, c->scope, v);
            cl->obj = v;   /* the clause's implicit variable */
            ptrvec_push(c->a, &clausevars, v);
        }
        if (cl->body)
            chk_stmt_list(c, &cl->body->list);
        chk_close_scope(c);
    }
    c->breakok--;
    if (lhs) {
        for (int i = 0; i < clausevars.len; i++)
            if (((Obj *)clausevars.items[i])->flags & OBJF_USED)
                lhsused = true;
        if (is_blank(lhs->lit))
            chk_errorf(c, lhs->pos, "no new variable on left side of :=");
        else if (!lhsused && !c->in_std)
            chk_errorf(c, lhs->pos, "%s declared but not used", lhs->lit);
        Obj *sym = obj_new(c->a, OBJ_VAR, lhs->lit, lhs->pos, xt ? xt : c->u->invalid);
        sym->flags |= OBJF_TYPESWITCH | (lhsused ? OBJF_USED : 0);
        sym->fn = c->fn ? c->fn->fn : NULL;
        lhs->obj = sym;
    }
    chk_close_scope(c);
}

/* ---------------------------------------------------------------- select */

void chk_select_stmt(Checker *c, Node *s) {
    c->breakok++;
    for (int i = 0; i < s->list.len; i++) {
        Node *cl = s->list.items[i];
        chk_open_scope(c);
        Node *comm = cl->x;
        if (comm) {
            bool ok = false;
            Node *rx = NULL;
            if (comm->kind == N_SEND)
                ok = true;
            else if (comm->kind == N_EXPRSTMT)
                rx = chk_unparen(comm->x);
            else if (comm->kind == N_ASSIGN && comm->rhs.len == 1)
                rx = chk_unparen(comm->rhs.items[0]);
            if (rx && rx->kind == N_UNARY && rx->op == T_ARROW)
                ok = true;
            if (!ok)
                chk_errorf(c, SP(comm), "select case must be receive, send or assign recv");
            chk_stmt(c, comm);
        }
        if (cl->body)
            chk_stmt_list(c, &cl->body->list);
        chk_close_scope(c);
    }
    c->breakok--;
}

/* ------------------------------------------------------------------ range */

void chk_range_stmt(Checker *c, Node *s) {
    chk_open_scope(c);
    Node *x = s->x;
    chk_expr(c, x);
    Type *kt = NULL, *vt = NULL;
    int maxvars = 2;
    if (x->mode != OPM_INVALID) {
        Type *u = type_under(x->ty);
        if (u->kind == TY_PTR && type_under(u->elem)->kind == TY_ARRAY)
            u = type_under(u->elem);
        switch (u->kind) {
        case TY_STRING: case TY_UNTYPED_STRING:
            kt = c->u->types[TY_INT];
            vt = c->u->rune_;
            chk_default(c, x);
            break;
        case TY_ARRAY: case TY_SLICE:
            kt = c->u->types[TY_INT];
            vt = u->elem;
            break;
        case TY_MAP:
            kt = u->key;
            vt = u->elem;
            break;
        case TY_CHAN:
            kt = u->elem;
            maxvars = 1;
            if (u->chandir == CHAN_SEND) {
                chk_errorf(c, SP(x), "invalid operation: range %s: receive from send-only channel",
                           expr_string(c->a, x));
                kt = NULL;
            }
            break;
        default:
            chk_errorf(c, SP(x), "cannot range over %s", chk_operand_str(c, x));
            break;
        }
    }
    int n = s->lhs.len;
    if (n > maxvars && kt) {
        chk_errorf(c, SP(s->lhs.items[maxvars]), "range over %s permits only one iteration variable",
                   chk_operand_str(c, x));
        n = maxvars;
    }
    Type *ts[2] = {kt, vt};
    if (s->op == T_DEFINE) {
        Obj *vars[2] = {0};
        for (int i = 0; i < n && i < 2; i++) {
            Node *l = s->lhs.items[i];
            if (l->kind != N_NAME) {
                chk_errorf(c, SP(l), "non-name %s on left side of :=", expr_string(c->a, l));
                continue;
            }
            vars[i] = chk_new_local(c, l, ts[i] ? ts[i] : c->u->invalid);
            l->ty = vars[i]->type;
            l->mode = OPM_VAR;
        }
        for (int i = 0; i < n && i < 2; i++)
            if (vars[i]) {
                chk_declare(c, c->scope, vars[i], s->lhs.items[i]);
                if (c->fn && !(vars[i]->flags & OBJF_BLANK))
                    ptrvec_push(c->a, &c->fn->vars, vars[i]);
            }
    } else if (n > 0) {
        for (int i = 0; i < n && i < 2; i++) {
            Node *l = s->lhs.items[i];
            Type *lt = chk_lhs_var(c, l);
            if (lt && ts[i] && lt->kind != TY_INVALID &&
                !type_assignable(c->u, ts[i], lt, NULL, NULL, NULL))
                chk_errorf(c, SP(l), "cannot use %s (value of type %s) as type %s in range",
                           expr_string(c->a, l), chk_type_str(c, ts[i]), chk_type_str(c, lt));
        }
    }
    c->breakok++;
    c->continueok++;
    chk_block(c, s->body);
    c->breakok--;
    c->continueok--;
    chk_close_scope(c);
}
