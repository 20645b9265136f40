/* check_stmt.c - statements, labels, terminating statements ("missing
 * return") and unused variables, as types2's stmt.go/labels.go/return.go;
 * switch, type switch, select and range are in check_switch.c. */
#include "check_int.h"

#include <stdlib.h>
#include <string.h>

void chk_stmt_list(Checker *c, NodeList *l) {
    for (int i = 0; i < l->len; i++)
        chk_stmt(c, l->items[i]);
}

void chk_block(Checker *c, Node *b) {
    if (!b)
        return;
    chk_open_scope(c);
    chk_stmt_list(c, &b->list);
    chk_close_scope(c);
}

/* ---------------------------------------------------------------- labels */

static void collect_labels(Checker *c, Node *s) {
    if (!s)
        return;
    switch (s->kind) {
    case N_LABELED: {
        Obj *l = obj_new(c->a, OBJ_LABEL, s->name->lit, s->name->pos, NULL);
        l->decl = s;
        if (!is_blank(l->name)) {
            for (int i = 0; i < c->fn->labels.len; i++) {
                Obj *o = c->fn->labels.items[i];
                if (strcmp(o->name, l->name) == 0) {
                    goto inner;   /* the parser reported it */
                }
            }
            ptrvec_push(c->a, &c->fn->labels, l);
        }
        s->name->obj = l;
    inner:
        collect_labels(c, s->x);
        break;
    }
    case N_BLOCK:
        for (int i = 0; i < s->list.len; i++)
            collect_labels(c, s->list.items[i]);
        break;
    case N_IF:
        collect_labels(c, s->body);
        collect_labels(c, s->els);
        break;
    case N_CASE: case N_COMM:
        collect_labels(c, s->body);
        break;
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
        for (int i = 0; i < s->list.len; i++)
            collect_labels(c, s->list.items[i]);
        break;
    case N_FOR: case N_RANGE:
        collect_labels(c, s->body);
        break;
    default:
        break;
    }
}

static Obj *find_label(Checker *c, const char *name) {
    for (int i = 0; i < c->fn->labels.len; i++) {
        Obj *o = c->fn->labels.items[i];
        if (strcmp(o->name, name) == 0)
            return o;
    }
    return NULL;
}

/* ------------------------------------------------------------ termination */

static bool terminating(Node *s, const char *label);

static bool has_break(Node *s, const char *label, bool implicit) {
    if (!s)
        return false;
    switch (s->kind) {
    case N_BRANCH:
        if (s->op == T_BREAK) {
            if (!s->name)
                return implicit;
            return label && strcmp(s->name->lit, label) == 0;
        }
        return false;
    case N_LABELED:
        return has_break(s->x, label, implicit);
    case N_BLOCK:
        for (int i = 0; i < s->list.len; i++)
            if (has_break(s->list.items[i], label, implicit))
                return true;
        return false;
    case N_IF:
        return has_break(s->body, label, implicit) || has_break(s->els, label, implicit);
    case N_CASE: case N_COMM:
        return has_break(s->body, label, implicit);
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
        if (!label)
            return false;
        for (int i = 0; i < s->list.len; i++)
            if (has_break(s->list.items[i], label, false))
                return true;
        return false;
    case N_FOR: case N_RANGE:
        return label && has_break(s->body, label, false);
    default:
        return false;
    }
}

static bool block_terminating(Node *b) {
    if (!b)
        return false;
    /* last non-empty statement */
    for (int i = b->list.len - 1; i >= 0; i--) {
        Node *s = b->list.items[i];
        if (s->kind == N_EMPTY)
            continue;
        return terminating(s, NULL);
    }
    return false;
}

static bool clause_terminating(Node *body) {
    if (!body)
        return false;
    for (int i = body->list.len - 1; i >= 0; i--) {
        Node *s = body->list.items[i];
        if (s->kind == N_EMPTY)
            continue;
        if (s->kind == N_BRANCH && s->op == T_FALLTHROUGH)
            return true;
        return terminating(s, NULL);
    }
    return false;
}

static bool terminating(Node *s, const char *label) {
    switch (s->kind) {
    case N_RETURN:
        return true;
    case N_BRANCH:
        return s->op == T_GOTO || s->op == T_FALLTHROUGH;
    case N_EXPRSTMT: {
        Node *x = chk_unparen(s->x);
        return x->kind == N_CALL && x->x->mode == OPM_BUILTIN && x->x->obj &&
               x->x->obj->builtin == BI_PANIC;
    }
    case N_BLOCK:
        return block_terminating(s);
    case N_LABELED:
        return terminating(s->x, s->name->lit);
    case N_IF:
        return s->els && block_terminating(s->body) &&
               (s->els->kind == N_IF ? terminating(s->els, NULL) : block_terminating(s->els));
    case N_FOR:
        return !s->cond && !has_break(s->body, label, true);
    case N_RANGE:
        return false;
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT: {
        bool hasdefault = s->kind == N_SELECT;
        for (int i = 0; i < s->list.len; i++) {
            Node *cl = s->list.items[i];
            if (cl->isdefault || (cl->kind == N_COMM && !cl->x))
                hasdefault = true;
            if (s->kind == N_SELECT ? !block_terminating(cl->body) : !clause_terminating(cl->body))
                return false;
            if (has_break(cl->body, label, true))
                return false;
        }
        return hasdefault;
    }
    default:
        return false;
    }
}

/* ------------------------------------------------------------- functions */

static int cmp_obj_pos(const void *a, const void *b) {
    const Obj *x = *(Obj *const *)a, *y = *(Obj *const *)b;
    if (x->pos.line != y->pos.line)
        return x->pos.line - y->pos.line;
    return x->pos.col - y->pos.col;
}

void chk_func_stmts(Checker *c, Node *body);
void chk_func_stmts(Checker *c, Node *body) {
    if (!body)
        return;
    collect_labels(c, body);
    chk_stmt_list(c, &body->list);
    FuncCtx *fc = c->fn;
    if (fc->sig->nresults > 0 && !block_terminating(body))
        chk_errorf(c, body->end.line ? body->end : body->pos, "missing return");
    /* unused labels and misplaced break/continue/goto are reported by the
     * parser (syntax.checkBranches); gc runs types2 with
     * IgnoreBranchErrors, so the checker only resolves labels */
    if (c->in_std)
        return;
    /* unused variables, in source order */
    int n = fc->vars.len;
    if (n > 1)
        qsort(fc->vars.items, (size_t)n, sizeof(void *), cmp_obj_pos);
    for (int i = 0; i < n; i++) {
        Obj *v = fc->vars.items[i];
        if (!(v->flags & (OBJF_USED | OBJF_BLANK)) && v->kind == OBJ_VAR)
            chk_errorf(c, v->pos, "%s declared but not used", v->name);
    }
}

/* ------------------------------------------------------------ assignment */

Obj *chk_new_local(Checker *c, Node *id, Type *t) {
    Obj *o = obj_new(c->a, OBJ_VAR, id->lit, id->pos, t);
    o->pkg = c->pkg;
    o->decl = id;
    o->fn = c->fn ? c->fn->fn : NULL;
    id->obj = o;
    return o;
}

/* Check lhs as an assignment target; returns its type (NULL for _). */
Type *chk_lhs_var(Checker *c, Node *l) {
    Node *ul = chk_unparen(l);
    if (ul->kind == N_NAME && is_blank(ul->lit)) {
        ul->mode = OPM_VAR;
        l->mode = OPM_VAR;
        return NULL;
    }
    /* assigning to a variable is not a use of it */
    Obj *v = NULL;
    unsigned used = 0;
    if (ul->kind == N_NAME) {
        Obj *o = chk_lookup(c, ul->lit);
        if (o && o->kind == OBJ_VAR) {
            v = o;
            used = o->flags & OBJF_USED;
        }
    }
    chk_expr(c, l);
    if (v) {
        v->flags = (v->flags & ~OBJF_USED) | used;
        obj_flag(v, OBJF_ASSIGNED);
    }
    if (l->mode == OPM_INVALID)
        return c->u->invalid;
    if (l->mode == OPM_VAR || l->mode == OPM_MAPINDEX) {
        if (ul->kind == N_NAME && ul->obj && ul->obj->kind == OBJ_VAR)
            obj_flag(ul->obj, OBJF_ASSIGNED);
        return l->ty;
    }
    if (ul->kind == N_SELECTOR && chk_unparen(ul->x)->mode == OPM_MAPINDEX) {
        chk_errorf(c, SP(l), "cannot assign to struct field %s in map", expr_string(c->a, l));
        return c->u->invalid;
    }
    chk_errorf(c, SP(l), "cannot assign to %s",
               chk_operand_str(c, l));
    return c->u->invalid;
}

static void assign_error(Checker *c, Pos pos, int nl, int nr, Node *call) {
    if (call)
        chk_errorf(c, pos, "assignment mismatch: %d variable%s but %s returns %d value%s", nl,
                   nl != 1 ? "s" : "", expr_string(c->a, chk_unparen(call)->x), nr,
                   nr != 1 ? "s" : "");
    else
        chk_errorf(c, pos, "assignment mismatch: %d variable%s but %d value%s", nl,
                   nl != 1 ? "s" : "", nr, nr != 1 ? "s" : "");
}

/* lhs = rhs (op T_ASSIGN) or := with types decided per lhs; decl[i] says
 * lhs[i] is a new variable (short var decl), whose Obj is returned typed. */
static void assign_vars(Checker *c, Node *s, NodeList *lhs, NodeList *rhs, Obj **newvars) {
    int nl = lhs->len, nr = rhs->len;
    Type *lt[64];
    for (int i = 0; i < nl && i < 64; i++) {
        lt[i] = NULL;
        if (!newvars || !newvars[i])
            lt[i] = newvars && !newvars[i] && chk_unparen(lhs->items[i])->kind == N_NAME &&
                    is_blank(chk_unparen(lhs->items[i])->lit) ? NULL : chk_lhs_var(c, lhs->items[i]);
    }
    if (nl == nr) {
        for (int i = 0; i < nr; i++) {
            Node *r = rhs->items[i];
            if (nr == 1) {
                /* x := f() with a multi-value f: types2's assignError */
                chk_multi_expr(c, r);
                if (r->mode != OPM_INVALID && r->ty && r->ty->kind == TY_TUPLE) {
                    assign_error(c, SP(r), nl, r->ty->nfields,
                                 chk_unparen(r)->kind == N_CALL ? r : NULL);
                    r->mode = OPM_INVALID;
                }
            } else {
                chk_expr(c, r);
            }
            if (r->mode == OPM_INVALID) {
                if (newvars && newvars[i])
                    newvars[i]->type = c->u->invalid;
                continue;
            }
            if (newvars && newvars[i]) {
                chk_assignment(c, &rhs->items[i], NULL, "assignment");
                newvars[i]->type = rhs->items[i]->mode == OPM_INVALID ? c->u->invalid
                                                                     : rhs->items[i]->ty;
                if (rhs->items[i]->ty && rhs->items[i]->ty->kind == TY_UNTYPED_NIL)
                    newvars[i]->type = c->u->invalid;
            } else if (lt[i] && lt[i]->kind != TY_INVALID) {
                chk_assignment(c, &rhs->items[i], lt[i], "assignment");
            } else if (!lt[i]) {
                chk_assignment(c, &rhs->items[i], NULL, "assignment");
            }
        }
        return;
    }
    if (nr == 1) {
        Node *r = rhs->items[0];
        chk_multi_expr(c, r);
        if (r->mode == OPM_INVALID) {
            for (int i = 0; i < nl; i++)
                if (newvars && newvars[i])
                    newvars[i]->type = c->u->invalid;
            return;
        }
        if (nl == 2 && (r->mode == OPM_COMMAOK || r->mode == OPM_MAPINDEX)) {
            chk_default(c, r);
            Type *rt[2] = {r->ty, c->u->types[TY_BOOL]};
            for (int i = 0; i < 2; i++) {
                if (newvars && newvars[i])
                    newvars[i]->type = rt[i];
                else if (lt[i] && lt[i]->kind != TY_INVALID &&
                         !type_assignable(c->u, rt[i], lt[i], NULL, NULL, NULL))
                    chk_errorf(c, SP(r), "cannot use %s value as %s value in assignment",
                               chk_type_str(c, rt[i]), chk_type_str(c, lt[i]));
            }
            if (!newvars || !newvars[0]) {
                if (lt[0] && lt[0]->kind != TY_INVALID && type_under(lt[0])->kind == TY_INTERFACE &&
                    !type_identical(r->ty, lt[0]))
                    rhs->items[0] = chk_wrap(c, N_CONVIFACE, r, lt[0]);
            }
            return;
        }
        if (r->ty && r->ty->kind == TY_TUPLE) {
            Type *tt = r->ty;
            if (tt->nfields != nl) {
                assign_error(c, SP(r), nl, tt->nfields, r);
                for (int i = 0; i < nl; i++)
                    if (newvars && newvars[i])
                        newvars[i]->type = c->u->invalid;
                return;
            }
            for (int i = 0; i < nl; i++) {
                Type *t = tt->fields[i]->type;
                if (newvars && newvars[i])
                    newvars[i]->type = t;
                else if (lt[i] && lt[i]->kind != TY_INVALID) {
                    const char *reason = NULL;
                    if (!type_assignable(c->u, t, lt[i], &reason, c->a, c->pkg))
                        chk_errorf(c, SP(r), "cannot use %s value as type %s in assignment",
                                   chk_type_str(c, t), chk_type_str(c, lt[i]));
                }
            }
            return;
        }
        assign_error(c, SP(r), nl, 1, r->kind == N_CALL ? r : NULL);
        for (int i = 0; i < nl; i++)
            if (newvars && newvars[i])
                newvars[i]->type = c->u->invalid;
        return;
    }
    for (int i = 0; i < nr; i++)
        chk_multi_expr(c, rhs->items[i]);
    assign_error(c, SP(rhs->items[0]), nl, nr, NULL);
    for (int i = 0; i < nl; i++)
        if (newvars && newvars[i])
            newvars[i]->type = c->u->invalid;
    (void)s;
}

static void short_var_decl(Checker *c, Node *s) {
    int nl = s->lhs.len;
    Obj *newvars[64] = {0};
    Obj *declare[64] = {0};
    bool anynew = false;
    if (nl > 64) {
        chk_unsupported(c, s->pos, "more than 64 variables in one :=");
        return;
    }
    for (int i = 0; i < nl; i++) {
        Node *l = s->lhs.items[i];
        if (l->kind != N_NAME) {
            chk_expr(c, l);
            chk_errorf(c, SP(l), "non-name %s on left side of :=", expr_string(c->a, l));
            continue;
        }
        bool dup = false;
        for (int j = 0; j < i; j++)
            if (s->lhs.items[j]->kind == N_NAME && !is_blank(l->lit) &&
                strcmp(s->lhs.items[j]->lit, l->lit) == 0)
                dup = true;
        if (dup) {
            chk_errorf(c, SP(l), "%s repeated on left side of :=", l->lit);
            continue;
        }
        Obj *old = is_blank(l->lit) ? NULL : scope_lookup_local(c->scope, l->lit);
        if (old && old->kind == OBJ_VAR) {
            l->obj = old;
            continue;   /* redeclared: plain assignment */
        }
        Obj *o = chk_new_local(c, l, NULL);
        newvars[i] = o;
        if (!is_blank(l->lit)) {
            anynew = true;
            declare[i] = o;
        }
    }
    /* blank identifiers count as new for typing but not for "no new" */
    assign_vars(c, s, &s->lhs, &s->rhs, newvars);
    if (!anynew)
        chk_errorf(c, s->pos, "no new variables on left side of :=");
    for (int i = 0; i < nl; i++) {
        if (newvars[i] && !newvars[i]->type)
            newvars[i]->type = c->u->invalid;
        if (declare[i]) {
            chk_declare(c, c->scope, declare[i], s->lhs.items[i]);
            if (c->fn)
                ptrvec_push(c->a, &c->fn->vars, declare[i]);
        }
        if (newvars[i])
            s->lhs.items[i]->ty = newvars[i]->type;
    }
}

static void assign_stmt(Checker *c, Node *s) {
    if (s->op == T_DEFINE) {
        short_var_decl(c, s);
        return;
    }
    if (s->op == T_ASSIGN) {
        assign_vars(c, s, &s->lhs, &s->rhs, NULL);
        return;
    }
    /* x op= y */
    if (s->lhs.len != 1 || s->rhs.len != 1) {
        chk_errorf(c, s->pos, "assignment operation %s requires single-valued expressions",
                   tok_str(s->op));
        return;
    }
    Node *l = s->lhs.items[0], *r = s->rhs.items[0];
    int op;
    switch (s->op) {
    case T_ADD_ASSIGN: op = T_ADD; break;
    case T_SUB_ASSIGN: op = T_SUB; break;
    case T_MUL_ASSIGN: op = T_MUL; break;
    case T_QUO_ASSIGN: op = T_QUO; break;
    case T_REM_ASSIGN: op = T_REM; break;
    case T_AND_ASSIGN: op = T_AND; break;
    case T_OR_ASSIGN: op = T_OR; break;
    case T_XOR_ASSIGN: op = T_XOR; break;
    case T_SHL_ASSIGN: op = T_SHL; break;
    case T_SHR_ASSIGN: op = T_SHR; break;
    default: op = T_AND_NOT; break;
    }
    /* evaluate as the binary expression l op r, then assign it to l */
    Node bin;
    memset(&bin, 0, sizeof bin);
    bin.kind = N_BINARY;
    bin.op = (TokKind)op;
    bin.pos = s->pos;
    bin.x = l;
    bin.y = r;
    bin.implicit = true;   /* messages print "x op= y" */
    chk_expr_hint(c, &bin, NULL);
    if (bin.mode == OPM_INVALID)
        return;
    if (bin.ty && type_is_untyped(bin.ty))
        chk_convert_untyped(c, &bin, l->ty);
    s->rhs.items[0] = bin.y;
    if (l->mode != OPM_VAR && l->mode != OPM_MAPINDEX) {
        chk_errorf(c, SP(l), "cannot assign to %s",
                   chk_operand_str(c, l));
        return;
    }
    Node *ul = chk_unparen(l);
    if (ul->kind == N_NAME && ul->obj)
        obj_flag(ul->obj, OBJF_ASSIGNED);
}

/* ---------------------------------------------------------------- return */

static void return_stmt(Checker *c, Node *s) {
    Type *sig = c->fn->sig;
    int nres = sig->nresults, n = s->list.len;
    if (n == 0) {
        if (nres > 0 && (sig->results[0]->flags & OBJF_UNNAMED)) {
            chk_errorf(c, s->pos, "not enough return values\n\thave ()\n\twant %s",
                       type_string(c->a, &(Type){.kind = TY_TUPLE, .fields = sig->results,
                                                  .nfields = nres}, c->pkg));
        }
        /* naked return with named results: check shadowing (rare; skipped) */
        return;
    }
    if (nres == 0) {
        for (int i = 0; i < n; i++)
            chk_multi_expr(c, s->list.items[i]);
        chk_errorf(c, SP(s->list.items[0]), "too many return values\n\thave %s\n\twant ()",
                   ({
                       const char *h = "(";
                       for (int i = 0; i < n; i++) {
                           Type *t = s->list.items[i]->ty;
                           h = arena_printf(c->a, "%s%s%s", h, i ? ", " : "",
                                            t ? (type_is_untyped(t) && type_is_numeric(t) ? "number"
                                                 : type_is_untyped(t) ? t->obj->name + 8
                                                 : chk_type_str(c, t)) : "invalid type");
                       }
                       arena_printf(c->a, "%s)", h);
                   }));
        return;
    }
    if (n == 1 && nres > 1) {
        Node *r = s->list.items[0];
        chk_multi_expr(c, r);
        if (r->mode == OPM_INVALID)
            return;
        if (r->ty && r->ty->kind == TY_TUPLE) {
            Type *tt = r->ty;
            if (tt->nfields != nres) {
                chk_errorf(c, SP(r), "%s return values\n\thave %s\n\twant %s",
                           tt->nfields < nres ? "not enough" : "too many",
                           chk_type_str(c, tt),
                           type_string(c->a, &(Type){.kind = TY_TUPLE, .fields = sig->results,
                                                      .nfields = nres}, c->pkg));
                return;
            }
            for (int i = 0; i < nres; i++) {
                const char *reason = NULL;
                if (!type_assignable(c->u, tt->fields[i]->type, sig->results[i]->type, &reason,
                                     c->a, c->pkg))
                    chk_errorf(c, SP(r), "cannot use %s value as type %s in return statement",
                               chk_type_str(c, tt->fields[i]->type),
                               chk_type_str(c, sig->results[i]->type));
            }
            return;
        }
    } else {
        for (int i = 0; i < n; i++)
            chk_multi_expr(c, s->list.items[i]);
    }
    if (n != nres) {
        for (int i = 0; i < n; i++)
            if (s->list.items[i]->mode == OPM_INVALID)
                return;
        const char *h = "(";
        for (int i = 0; i < n; i++) {
            Type *t = s->list.items[i]->ty;
            h = arena_printf(c->a, "%s%s%s", h, i ? ", " : "",
                             t ? (type_is_untyped(t) && type_is_numeric(t) ? "number"
                                  : type_is_untyped(t) ? t->obj->name + 8 : chk_type_str(c, t))
                               : "invalid type");
        }
        h = arena_printf(c->a, "%s)", h);
        Node *at = n > nres ? s->list.items[nres] : s->list.items[n - 1];
        chk_errorf(c, SP(at), "%s return values\n\thave %s\n\twant %s",
                   n < nres ? "not enough" : "too many", h,
                   type_string(c->a, &(Type){.kind = TY_TUPLE, .fields = sig->results,
                                              .nfields = nres}, c->pkg));
        return;
    }
    for (int i = 0; i < n; i++) {
        Node *r = s->list.items[i];
        if (r->mode == OPM_INVALID)
            continue;
        if (r->ty && r->ty->kind == TY_TUPLE) {
            chk_errorf(c, SP(r), "multiple-value %s (value of type %s) in single-value context",
                       expr_string(c->a, r), chk_type_str(c, r->ty));
            continue;
        }
        chk_assignment(c, &s->list.items[i], sig->results[i]->type, "return statement");
    }
}

/* ------------------------------------------------------------- statements */

static void expr_stmt(Checker *c, Node *s) {
    Node *x = s->x;
    chk_expr_or_type(c, x);
    Node *ux = chk_unparen(x);
    switch (x->mode) {
    case OPM_INVALID:
        return;
    case OPM_BUILTIN:
        chk_errorf(c, SP(x), "%s (built-in) must be called", expr_string(c->a, x));
        return;
    case OPM_TYPE:
        chk_errorf(c, SP(x), "%s (type) is not an expression", expr_string(c->a, x));
        return;
    default:
        break;
    }
    if (ux->kind == N_CALL) {
        Node *f = chk_unparen(ux->x);
        if (f->mode == OPM_TYPE) {
            /* conversion: value not used */
        } else if (f->mode == OPM_BUILTIN) {
            Builtin b = f->obj ? f->obj->builtin : BI_NONE;
            if (b == BI_COPY || b == BI_RECOVER || b == BI_PANIC || b == BI_PRINT ||
                b == BI_PRINTLN || b == BI_CLOSE || b == BI_DELETE)
                return;
        } else {
            return;
        }
    } else if (ux->kind == N_UNARY && ux->op == T_ARROW) {
        return;
    }
    chk_errorf(c, SP(x), "%s is not used", chk_operand_str(c, x));
}

static void branch_stmt(Checker *c, Node *s) {
    if (s->name) {
        Obj *l = find_label(c, s->name->lit);
        if (!l)
            return;
        obj_flag(l, OBJF_USED);
        s->name->obj = l;
        if (s->op == T_GOTO)
            return;
        Node *target = l->decl ? l->decl->x : NULL;
        bool ok = target && (target->kind == N_FOR || target->kind == N_RANGE ||
                             (s->op == T_BREAK && (target->kind == N_SWITCH ||
                                                   target->kind == N_TYPESWITCH ||
                                                   target->kind == N_SELECT)));
        (void)ok;
    }
}

void chk_stmt(Checker *c, Node *s) {
    if (!s)
        return;
    switch (s->kind) {
    case N_EMPTY:
        return;
    case N_DECLSTMT:
        c->declstmt = s;
        if (s->list.len)
            for (int i = 0; i < s->list.len; i++)
                chk_local_decl(c, s->list.items[i]);
        else if (s->decl)
            chk_local_decl(c, s->decl);
        c->declstmt = NULL;
        return;
    case N_LABELED:
        chk_stmt(c, s->x);
        return;
    case N_EXPRSTMT:
        expr_stmt(c, s);
        return;
    case N_SEND: {
        chk_expr(c, s->x);
        chk_expr(c, s->y);
        if (s->x->mode == OPM_INVALID || s->y->mode == OPM_INVALID)
            return;
        Type *u = type_under(s->x->ty);
        if (u->kind != TY_CHAN) {
            chk_errorf(c, s->pos, "invalid operation: cannot send to non-channel %s",
                       chk_operand_str(c, s->x));
            return;
        }
        if (u->chandir == CHAN_RECV) {
            chk_errorf(c, s->pos, "invalid operation: cannot send to receive-only channel %s",
                       chk_operand_str(c, s->x));
            return;
        }
        chk_assignment(c, &s->y, u->elem, "send");
        return;
    }
    case N_INCDEC: {
        Node one;
        memset(&one, 0, sizeof one);
        one.kind = N_BASICLIT;
        one.op = T_INT;
        one.lit = "1";
        one.litlen = 1;
        one.pos = s->pos;
        Node bin;
        memset(&bin, 0, sizeof bin);
        bin.kind = N_BINARY;
        bin.op = s->op == T_INC ? T_ADD : T_SUB;
        bin.pos = s->pos;
        bin.x = s->x;
        bin.y = &one;
        chk_expr_hint(c, &bin, NULL);
        if (bin.mode == OPM_INVALID) {
            return;
        }
        Node *x = s->x;
        if (!type_is_numeric(type_under(x->ty))) {
            chk_errorf(c, SP(x), "invalid operation: %s%s (non-numeric type %s)",
                       expr_string(c->a, x), s->op == T_INC ? "++" : "--", chk_type_str(c, x->ty));
            return;
        }
        if (x->mode != OPM_VAR && x->mode != OPM_MAPINDEX) {
            chk_errorf(c, SP(x), "cannot assign to %s",
                       chk_operand_str(c, x));
            return;
        }
        Node *ux = chk_unparen(x);
        if (ux->kind == N_NAME && ux->obj)
            obj_flag(ux->obj, OBJF_ASSIGNED);
        return;
    }
    case N_ASSIGN:
        assign_stmt(c, s);
        return;
    case N_GO: case N_DEFER: {
        Node *x = chk_unparen(s->x);
        if (x->kind != N_CALL) {
            chk_expr(c, s->x);
            chk_errorf(c, SP(s->x), "expression in %s must be function call",
                       s->kind == N_GO ? "go" : "defer");
            return;
        }
        chk_expr_or_type(c, s->x);
        if (x->x->mode == OPM_TYPE)
            chk_errorf(c, SP(s->x), "%s requires function call, not conversion",
                       s->kind == N_GO ? "go" : "defer");
        else if (x->x->mode == OPM_BUILTIN && x->x->obj) {
            Builtin b = x->x->obj->builtin;
            if (b != BI_COPY && b != BI_RECOVER && b != BI_PANIC && b != BI_PRINT &&
                b != BI_PRINTLN && b != BI_CLOSE && b != BI_DELETE)
                chk_errorf(c, SP(s->x), "%s discards result of %s",
                           s->kind == N_GO ? "go" : "defer", expr_string(c->a, s->x));
        }
        return;
    }
    case N_RETURN:
        return_stmt(c, s);
        return;
    case N_BRANCH:
        branch_stmt(c, s);
        return;
    case N_BLOCK:
        chk_block(c, s);
        return;
    case N_IF:
        chk_open_scope(c);
        if (s->init)
            chk_stmt(c, s->init);
        if (s->cond) {
            chk_expr(c, s->cond);
            if (s->cond->mode != OPM_INVALID) {
                chk_convert_untyped(c, s->cond, c->u->types[TY_BOOL]);
                if (s->cond->mode != OPM_INVALID && !type_is_boolean(type_under(s->cond->ty)))
                    chk_errorf(c, SP(s->cond), "non-boolean condition in if statement");
            }
        }
        chk_block(c, s->body);
        if (s->els)
            chk_stmt(c, s->els);
        chk_close_scope(c);
        return;
    case N_SWITCH:
        chk_switch_stmt(c, s);
        return;
    case N_TYPESWITCH:
        chk_type_switch_stmt(c, s);
        return;
    case N_SELECT:
        chk_select_stmt(c, s);
        return;
    case N_FOR:
        chk_open_scope(c);
        if (s->init)
            chk_stmt(c, s->init);
        if (s->cond) {
            chk_expr(c, s->cond);
            if (s->cond->mode != OPM_INVALID) {
                chk_convert_untyped(c, s->cond, c->u->types[TY_BOOL]);
                if (s->cond->mode != OPM_INVALID && !type_is_boolean(type_under(s->cond->ty)))
                    chk_errorf(c, SP(s->cond), "non-boolean condition in for statement");
            }
        }
        if (s->post)
            chk_stmt(c, s->post);
        c->breakok++;
        c->continueok++;
        chk_block(c, s->body);
        c->breakok--;
        c->continueok--;
        chk_close_scope(c);
        return;
    case N_RANGE:
        chk_range_stmt(c, s);
        return;
    default:
        chk_errorf(c, s->pos, "unexpected statement");
    }
}
