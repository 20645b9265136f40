/* check_call.c - selectors (fields, methods, package members, with the
 * implicit &, * and embedded-field steps made explicit), calls,
 * conversions and the built-in functions. */
#include "check_int.h"

void chk_std_resolve(Checker *c, Obj *o);   /* check.c */

#include <string.h>
#include "chain.h"

static void invalid(Node *e) { e->mode = OPM_INVALID; }

static bool is_exported(const char *s) { return s[0] >= 'A' && s[0] <= 'Z'; }

/* A node the checker adds (implicit selectors, & and *). */
static Node *implicit_node(Arena *a, NodeKind k, Pos pos) {
    Node *n = arena_alloc(a, sizeof *n);
    n->kind = k;
    n->pos = pos;
    n->implicit = true;
    return n;
}

/* --------------------------------------------------------------- selectors */

static void pkg_member(Checker *c, Node *e, Obj *po) {
    obj_flag(po, OBJF_USED);
    Node *x = e->x;
    x->obj = po;
    x->mode = OPM_PKG;
    const char *name = e->name->lit;
    chk_pkg_load(c, po);
    Obj *o = scope_lookup_local(po->imported->scope, name);
    chk_std_resolve(c, o);
    if (po->imported->fake) {
        invalid(e);
        return;
    }
    if (!o) {
        if (!po->imported->std || po->imported == c->u->unsafe)
            chk_errorf(c, SP(e->name), "undefined: %s.%s", x->lit, name);
        else
            chk_unsupported(c, e->name->pos,
                            arena_printf(c->a, "%s.%s (not in escapade's model of package %s)",
                                         x->lit, name, po->imported->path));
        invalid(e);
        return;
    }
    if (!is_exported(name)) {
        chk_errorf(c, SP(e->name), "name %s not exported by package %s", name,
                   po->imported->name);
        invalid(e);
        return;
    }
    e->obj = o;
    e->name->obj = o;
    obj_flag(o, OBJF_USED);
    switch (o->kind) {
    case OBJ_CONST:
        e->ty = o->type;
        chk_set_const(c, e, obj_const(o));
        break;
    case OBJ_VAR:
        e->ty = o->type;
        e->mode = OPM_VAR;
        break;
    case OBJ_FUNC:
        e->ty = o->type;
        e->mode = OPM_VALUE;
        break;
    case OBJ_TYPE:
        e->ty = o->type;
        e->mode = OPM_TYPE;
        break;
    case OBJ_BUILTIN:
        e->ty = c->u->invalid;
        e->mode = OPM_BUILTIN;
        break;
    default:
        invalid(e);
    }
}

Node *chk_embed_path(Arena *a, Node *x, const Selection *s, Pos pos) {
    Type *t = x->ty;
    for (int i = 0; i < s->depth; i++) {
        Type *st = type_under(t);
        if (st && st->kind == TY_PTR)
            st = type_under(st->elem);
        if (!st || st->kind != TY_STRUCT || s->path[i] >= st->nfields)
            return NULL;
        Obj *f = st->fields[s->path[i]];
        Node *sel = implicit_node(a, N_SELECTOR, pos);
        sel->x = x;
        sel->name = implicit_node(a, N_NAME, pos);
        sel->name->lit = f->name;
        sel->name->litlen = (int)strlen(f->name);
        sel->name->obj = f;
        sel->name->ty = f->type;
        sel->obj = f;
        sel->ty = f->type;
        bool viaptr = type_under(t)->kind == TY_PTR;
        sel->mode = (viaptr || x->mode == OPM_VAR) ? OPM_VAR : OPM_VALUE;
        x = sel;
        t = f->type;
    }
    return x;
}

static const char *missing_field_msg(Checker *c, Node *e, Type *t) {
    const char *name = e->name->lit;
    /* "but does have Name" when only the capitalisation differs */
    Type *u = type_under(t);
    if (u->kind == TY_PTR)
        u = type_under(u->elem);
    const char *alt = NULL;
    if (u->kind == TY_STRUCT)
        for (int i = 0; i < u->nfields && !alt; i++)
            if (strcasecmp(u->fields[i]->name, name) == 0)
                alt = u->fields[i]->name;
    Type *nt = t->kind == TY_PTR && !t->obj ? t->elem : t;
    for (int i = 0; i < nt->nmethods && !alt; i++)
        if (strcasecmp(nt->methods[i]->name, name) == 0)
            alt = nt->methods[i]->name;
    if (alt)
        return arena_printf(c->a, "%s undefined (type %s has no field or method %s, but does have %s)",
                            expr_string(c->a, e), chk_type_str(c, t), name, alt);
    return arena_printf(c->a, "%s undefined (type %s has no field or method %s)",
                        expr_string(c->a, e), chk_type_str(c, t), name);
}

void chk_selector(Checker *c, Node *e) {
    Node *x = e->x;
    const char *name = e->name->lit;
    if (x->kind == N_NAME) {
        Obj *po = chk_lookup(c, x->lit);
        if (po && po->kind == OBJ_PKG) {
            pkg_member(c, e, po);
            return;
        }
    }
    chk_expr_or_type(c, x);
    if (x->mode == OPM_INVALID) {
        invalid(e);
        return;
    }
    if (x->mode == OPM_NOVALUE || x->mode == OPM_BUILTIN) {
        chk_expr(c, x);
        invalid(e);
        return;
    }
    if (x->ty && x->ty->kind == TY_TUPLE) {
        chk_errorf(c, SP(x), "multiple-value %s (value of type %s) in single-value context",
                   expr_string(c->a, x), chk_type_str(c, x->ty));
        invalid(e);
        return;
    }
    Type *t = x->ty;
    if (x->mode == OPM_TYPE) {
        /* method expression T.M / (*T).M */
        Selection s = selection_lookup(t, name, c->pkg);
        if (!s.obj || s.obj->kind != OBJ_FUNC) {
            chk_errorf(c, SP(e->name), "%s undefined (type %s has no method %s)",
                       expr_string(c->a, e), chk_type_str(c, t), name);
            invalid(e);
            return;
        }
        if (s.ptr_recv_needed && !(t->kind == TY_PTR && !t->obj)) {
            chk_errorf(c, SP(e), "invalid method expression %s (needs pointer receiver (*%s).%s)",
                       expr_string(c->a, e), chk_type_str(c, t), name);
            invalid(e);
            return;
        }
        if (!gen_method_called(c, e, s.obj)) {
            gen_method_expr(c, e, s.obj, t);   /* a closure around the method */
            return;
        }
        Type *ms = s.obj->type;
        Type *ft = type_new(c->a, TY_FUNC);
        ft->nparams = ms->nparams + 1;
        ft->params = arena_alloc(c->a, sizeof(Obj *) * (size_t)ft->nparams);
        ft->params[0] = obj_new(c->a, OBJ_VAR, "", e->pos, t);
        ft->params[0]->flags |= OBJF_PARAM | OBJF_UNNAMED;
        for (int i = 0; i < ms->nparams; i++)
            ft->params[i + 1] = ms->params[i];
        ft->results = ms->results;
        ft->nresults = ms->nresults;
        ft->variadic = ms->variadic;
        e->obj = s.obj;
        e->name->obj = s.obj;
        e->ty = ft;
        e->mode = OPM_VALUE;
        return;
    }
    if (t->kind == TY_INVALID) {
        invalid(e);
        return;
    }
    Selection s = selection_lookup(t, name, c->pkg);
    Obj *bm = !s.obj ? gen_bound_method(c, t, name) : NULL;
    if (bm) {
        /* a method of a type parameter's constraint: called through the
         * dictionary (gen_method_call); a method value is not modelled */
        if (!gen_bound_called(c, e)) {
            chk_unsupported(c, e->name->pos,
                            "generics (a method value of a type parameter's constraint)");
            invalid(e);
            return;
        }
        e->obj = bm;
        e->name->obj = bm;
        e->ty = bm->type;
        e->mode = OPM_VALUE;
        return;
    }
    if (!s.obj) {
        if (s.ambiguous)
            chk_errorf(c, SP(e->name), "ambiguous selector %s", expr_string(c->a, e));
        else if (type_under(t)->kind == TY_PTR && type_under(type_under(t)->elem)->kind == TY_INTERFACE)
            chk_errorf(c, SP(e->name), "%s undefined (type %s is pointer to interface, not interface)",
                       expr_string(c->a, e), chk_type_str(c, t));
        else if (gen_is_shape(t) || (type_under(t)->kind == TY_PTR && gen_is_shape(type_under(t)->elem)))
            /* a type parameter's value: gc calls its constraint's methods
             * through the dictionary */
            chk_unsupported(c, e->name->pos, "generics (a method of a type parameter's constraint)");
        else
            chk_errorf(c, SP(e->name), "%s", missing_field_msg(c, e, t));
        invalid(e);
        return;
    }
    Obj *o = s.obj;
    e->obj = o;
    e->name->obj = o;
    if (!gen_method_called(c, e, o)) {
        if (s.depth == 0 && gen_method_value(c, e, o, x))
            return;
        chk_unsupported(c, e->name->pos, "generics (a method value of an instantiated type)");
        invalid(e);
        return;
    }
    /* embedded-field steps: the implicit selectors are at the selector's
     * own position (irgen makes them at the expression's pos); the path
     * was looked up in x's type, so it fits */
    if (s.depth > 0) {
        x = chk_embed_path(c->a, x, &s, e->pos);
        e->x = x;
        t = x->ty;
    }
    if (o->kind == OBJ_VAR) {
        e->ty = o->type;
        bool viaptr = type_under(t)->kind == TY_PTR;
        e->mode = (viaptr || x->mode == OPM_VAR) ? OPM_VAR : OPM_VALUE;
        return;
    }
    /* method value or call */
    e->ty = o->type;
    e->mode = OPM_VALUE;
    if (o->flags & OBJF_IMETHOD)
        return;
    bool xptr = type_under(t)->kind == TY_PTR && !t->obj;
    if ((o->flags & OBJF_PTRRECV) && !xptr) {
        if (!chk_is_addressable(x)) {
            chk_errorf(c, SP(e), "cannot call pointer method %s on %s", name,
                       chk_type_str(c, t));
            invalid(e);
            return;
        }
        Node *amp = implicit_node(c->a, N_UNARY, e->pos);
        amp->op = T_AND;
        amp->x = x;
        amp->ty = type_ptr(c->a, t);
        amp->mode = OPM_VALUE;
        /* mark the variable address-taken, like an explicit &x */
        Node *b = chk_unparen(x);
        while (b->kind == N_SELECTOR && b->obj && (b->obj->flags & OBJF_FIELD) &&
               type_under(chk_unparen(b->x)->ty)->kind != TY_PTR)
            b = chk_unparen(b->x);
        if (b->kind == N_NAME && b->obj && b->obj->kind == OBJ_VAR)
            obj_flag(b->obj, OBJF_ADDRTAKEN);
        e->x = amp;
    } else if (!(o->flags & OBJF_PTRRECV) && xptr) {
        Node *st = implicit_node(c->a, N_STAR, x->pos);
        st->x = x;
        st->ty = type_under(t)->elem;
        st->mode = OPM_VAR;
        e->x = st;
    }
}

/* ------------------------------------------------------------------ calls */

/* "number" for untyped numeric constants, as types2's typesSummary */
static const char *summary_type(Checker *c, Type *t) {
    if (type_is_untyped(t)) {
        if (type_is_numeric(t))
            return "number";
        const char *n = t->obj->name;
        return n + strlen("untyped ");
    }
    return chk_type_str(c, t);
}

static const char *have_list(Checker *c, Node **args, int n) {
    const char *s = "(";
    for (int i = 0; i < n; i++) {
        Type *t = args[i]->ty;
        if (t && t->kind == TY_TUPLE) {
            for (int j = 0; j < t->nfields; j++)
                s = arena_printf(c->a, "%s%s%s", s, (i || j) ? ", " : "",
                                 summary_type(c, t->fields[j]->type));
            continue;
        }
        s = arena_printf(c->a, "%s%s%s", s, i ? ", " : "",
                         args[i]->mode == OPM_INVALID && !t ? "invalid type" :
                         summary_type(c, t ? t : c->u->invalid));
    }
    return arena_printf(c->a, "%s)", s);
}

static const char *want_list(Checker *c, Type *sig) {
    const char *s = "(";
    for (int i = 0; i < sig->nparams; i++) {
        Type *pt = sig->params[i]->type;
        if (sig->variadic && i == sig->nparams - 1)
            s = arena_printf(c->a, "%s%s...%s", s, i ? ", " : "", chk_type_str(c, pt->elem));
        else
            s = arena_printf(c->a, "%s%s%s", s, i ? ", " : "", chk_type_str(c, pt));
    }
    return arena_printf(c->a, "%s)", s);
}

static void set_results(Checker *c, Node *e, Type *sig) {
    e->ty = type_call_result(c->a, sig);
    e->mode = sig->nresults == 0 ? OPM_NOVALUE : OPM_VALUE;
}

static void call_args_(Checker *c, Node *e, Type *sig, bool checked) {
    Node *fun = e->x;
    int nargs = e->list.len;
    const char *fname = expr_string(c->a, fun);
    const char *ctx = arena_printf(c->a, "argument to %s", fname);
    /* f(g()) with multi-value g */
    if (nargs == 1 && !e->hasdots) {
        Node *a = e->list.items[0];
        if (!checked)
            chk_multi_expr(c, a);
        if (a->mode == OPM_INVALID)
            return;
        if (a->ty && a->ty->kind == TY_TUPLE) {
            Type *tt = a->ty;
            int np = sig->nparams;
            bool ok = sig->variadic ? tt->nfields >= np - 1 : tt->nfields == np;
            if (!ok) {
                Node *args[1] = {a};
                bool few = tt->nfields < np;
                chk_errorf(c, SP(a),
                           "%s arguments in call to %s\n\thave %s\n\twant %s",
                           few ? "not enough" : "too many", fname, have_list(c, args, 1),
                           want_list(c, sig));
                return;
            }
            for (int i = 0; i < tt->nfields; i++) {
                Type *pt = sig->variadic && i >= np - 1 ? sig->params[np - 1]->type->elem
                                                       : sig->params[i]->type;
                const char *reason = NULL;
                if (!type_assignable(c->u, tt->fields[i]->type, pt, &reason, c->a, c->pkg))
                    chk_errorf(c, SP(a), "cannot use %s (value of type %s) as type %s in %s",
                               expr_string(c->a, a), chk_type_str(c, tt->fields[i]->type),
                               chk_type_str(c, pt), ctx);
            }
            return;
        }
        /* single value: fall through with a already checked */
    }
    for (int i = 0; i < nargs; i++) {
        Node *a = e->list.items[i];
        if (!checked && (i > 0 || nargs != 1 || e->hasdots))
            chk_multi_expr(c, a);
        if (a->ty && a->ty->kind == TY_TUPLE && a->mode != OPM_INVALID) {
            chk_errorf(c, SP(a), "multiple-value %s (value of type %s) in single-value context",
                       expr_string(c->a, a), chk_type_str(c, a->ty));
            invalid(a);
        }
    }
    int np = sig->nparams;
    if (e->hasdots) {
        if (!sig->variadic) {
            chk_errorf(c, e->list.items[nargs - 1]->pos,
                       "have (...) in call to non-variadic %s", fname);
            /* gc 1.19: "cannot use ... in call to non-variadic f" */
            return;
        }
        if (nargs != np) {
            bool few = nargs < np;
            chk_errorf(c, few ? SP(nargs ? e->list.items[nargs - 1] : e) : SP(e->list.items[np]),
                       "%s arguments in call to %s\n\thave %s\n\twant %s",
                       few ? "not enough" : "too many", fname,
                       have_list(c, e->list.items, nargs), want_list(c, sig));
            return;
        }
        for (int i = 0; i < nargs; i++)
            chk_assignment(c, &e->list.items[i], sig->params[i]->type, ctx);
        return;
    }
    bool few = sig->variadic ? nargs < np - 1 : nargs < np;
    bool many = !sig->variadic && nargs > np;
    if (few || many) {
        for (int i = 0; i < nargs; i++)
            if (e->list.items[i]->mode == OPM_INVALID)
                return;
        chk_errorf(c, few ? SP(nargs ? e->list.items[nargs - 1] : e) : SP(e->list.items[np]),
                   "%s arguments in call to %s\n\thave %s\n\twant %s",
                   few ? "not enough" : "too many", fname,
                   have_list(c, e->list.items, nargs), want_list(c, sig));
        return;
    }
    for (int i = 0; i < nargs; i++) {
        Type *pt = sig->variadic && i >= np - 1 ? sig->params[np - 1]->type->elem
                                               : sig->params[i]->type;
        chk_assignment(c, &e->list.items[i], pt, ctx);
    }
}

static void call_args(Checker *c, Node *e, Type *sig) { call_args_(c, e, sig, false); }

void chk_call_checked_args(Checker *c, Node *e, Type *sig) {
    call_args_(c, e, sig, true);
    set_results(c, e, sig);
}

/* ------------------------------------------------------------ conversions */

static void conversion(Checker *c, Node *e, Type *t) {
    Node *fun = e->x;
    if (e->list.len != 1) {
        for (int i = 0; i < e->list.len; i++)
            chk_expr(c, e->list.items[i]);
        if (e->list.len == 0)
            chk_errorf(c, e->end.line ? e->end : e->pos, "missing argument in conversion to %s",
                       chk_type_str(c, t));
        else
            chk_errorf(c, SP(e->list.items[1]), "too many arguments in conversion to %s",
                       chk_type_str(c, t));
        invalid(e);
        return;
    }
    if (e->hasdots) {
        chk_errorf(c, SP(e->list.items[0]), "invalid use of ... in conversion to %s",
                   chk_type_str(c, t));
    }
    Node *x = e->list.items[0];
    chk_expr(c, x);
    (void)fun;
    if (x->mode == OPM_INVALID || t->kind == TY_INVALID) {
        invalid(e);
        return;
    }
    Type *tu = type_under(t);
    e->ty = t;
    if (x->mode == OPM_CONST && type_is_const_type(tu)) {
        Const v = *x->val, out;
        bool ok = false;
        /* representable, or integer -> string */
        if (chk_representable(c, x, &v, t, false)) {
            out = v;
            ok = true;
        } else if (type_is_integer(x->ty) && type_is_string(tu) && x->val->kind == CK_INT) {
            uint64_t cp;
            uint32_t r = 0xFFFD;
            if (const_get_uint64(*x->val, &cp) && cp <= 0x10FFFF && !(cp >= 0xD800 && cp < 0xE000))
                r = (uint32_t)cp;
            char buf[4];
            int n;
            if (r < 0x80) { buf[0] = (char)r; n = 1; }
            else if (r < 0x800) { buf[0] = (char)(0xC0 | (r >> 6)); buf[1] = (char)(0x80 | (r & 0x3F)); n = 2; }
            else if (r < 0x10000) { buf[0] = (char)(0xE0 | (r >> 12)); buf[1] = (char)(0x80 | ((r >> 6) & 0x3F)); buf[2] = (char)(0x80 | (r & 0x3F)); n = 3; }
            else { buf[0] = (char)(0xF0 | (r >> 18)); buf[1] = (char)(0x80 | ((r >> 12) & 0x3F)); buf[2] = (char)(0x80 | ((r >> 6) & 0x3F)); buf[3] = (char)(0x80 | (r & 0x3F)); n = 4; }
            out = const_string(c->a, buf, (size_t)n);
            ok = true;
        }
        if (!ok) {
            chk_errorf(c, SP(x), "cannot convert %s to type %s", chk_operand_str(c, x),
                       chk_type_str(c, t));
            invalid(e);
            return;
        }
        if (type_is_untyped(x->ty)) {
            /* the argument keeps its default type (int -> string) or T */
            chk_convert_untyped(c, x, type_is_integer(x->ty) && type_is_string(tu)
                                          ? type_default(c->u, x->ty) : t);
        }
        chk_set_const(c, e, out);
        return;
    }
    if (type_is_untyped(x->ty)) {
        if (x->ty->kind == TY_UNTYPED_NIL) {
            if (!type_has_nil(tu)) {
                chk_errorf(c, SP(x), "cannot convert %s to type %s", chk_operand_str(c, x),
                           chk_type_str(c, t));
                invalid(e);
                return;
            }
            x->ty = t;
            e->mode = OPM_VALUE;
            return;
        }
        if (tu->kind == TY_INTERFACE || !type_is_const_type(tu))
            chk_default(c, x);
        else
            chk_convert_untyped(c, x, t);
    }
    /* in shaped code (a body checked again per GC shape), PT(&v) with PT's
     * core type *T was checked generically: shapes need not match */
    if (!type_convertible(x->ty, t) && !(gen_has_shape(x->ty) && gen_has_shape(t))) {
        chk_errorf(c, SP(x), "cannot convert %s to type %s", chk_operand_str(c, x),
                   chk_type_str(c, t));
        invalid(e);
        return;
    }
    e->mode = OPM_VALUE;
}

/* --------------------------------------------------------------- builtins */

static const char *bname(Node *fun) {
    Node *f = chk_unparen(fun);
    if (f->kind == N_SELECTOR)
        return f->name->lit;
    return f->lit;
}

static bool nargs_ok(Checker *c, Node *e, int min, int max) {
    int n = e->list.len;
    if (n < min) {
        const char *have = have_list(c, e->list.items, n);
        (void)have;
        chk_errorf(c, SP(e),
                   "invalid operation: not enough arguments for %s (expected %d, found %d)",
                   expr_string(c->a, e), min, n);
        for (int i = 0; i < n; i++)
            chk_expr(c, e->list.items[i]);
        return false;
    }
    if (max >= 0 && n > max) {
        for (int i = 0; i < n; i++)
            chk_expr(c, e->list.items[i]);
        chk_errorf(c, SP(e),
                   "invalid operation: too many arguments for %s (expected %d, found %d)",
                   expr_string(c->a, e), max, n);
        return false;
    }
    return true;
}

/* len/cap of an array is constant unless the operand has calls/receives */
static bool has_call_or_recv(Node *x) {
    for (; x && x->kind == N_BINARY; x = x->x)   /* a chain's spine (chain.h) */
        if (has_call_or_recv(x->y))
            return true;
    if (!x)
        return false;
    switch (x->kind) {
    case N_CALL:
        return !(x->x && x->x->mode == OPM_TYPE);
    case N_UNARY:
        if (x->op == T_ARROW)
            return true;
        return has_call_or_recv(x->x);
    case N_FUNCLIT: case N_NAME: case N_BASICLIT:
        return false;
    default:
        return has_call_or_recv(x->x) || has_call_or_recv(x->y) || has_call_or_recv(x->z) ||
               has_call_or_recv(x->w);
    }
}

static void builtin_call(Checker *c, Node *e, Builtin b) {
    Node **args = e->list.items;
    int n = e->list.len;
    Type *intt = c->u->types[TY_INT];
    const char *name = bname(e->x);
    if (e->hasdots && b != BI_APPEND) {
        chk_errorf(c, SP(e), "invalid operation: invalid use of ... with built-in %s", name);
        for (int i = 0; i < n; i++)
            chk_expr(c, args[i]);
        invalid(e);
        return;
    }
    switch (b) {
    case BI_LEN: case BI_CAP: {
        if (!nargs_ok(c, e, 1, 1)) { invalid(e); return; }
        Node *x = args[0];
        chk_expr(c, x);
        if (x->mode == OPM_INVALID) { invalid(e); return; }
        Type *u = type_under(x->ty);
        if (u->kind == TY_PTR && type_under(u->elem)->kind == TY_ARRAY)
            u = type_under(u->elem);
        bool ok = false, isconst = false;
        int64_t v = 0;
        switch (u->kind) {
        case TY_STRING: case TY_UNTYPED_STRING:
            ok = b == BI_LEN;
            if (x->mode == OPM_CONST) {
                isconst = true;
                v = (int64_t)x->val->slen;
            }
            if (type_is_untyped(x->ty))
                chk_default(c, x);
            break;
        case TY_ARRAY:
            ok = true;
            if (!has_call_or_recv(x)) {
                isconst = true;
                v = u->len;
            }
            break;
        case TY_SLICE: case TY_CHAN:
            ok = true;
            break;
        case TY_MAP:
            ok = b == BI_LEN;
            break;
        default:
            break;
        }
        if (!ok) {
            chk_errorf(c, SP(x), "invalid argument: %s for %s", chk_operand_str(c, x), name);
            invalid(e);
            return;
        }
        e->ty = intt;
        if (isconst)
            chk_set_const(c, e, const_int64(c->a, v));
        else
            e->mode = OPM_VALUE;
        return;
    }
    case BI_APPEND: {
        if (n == 0) {
            chk_errorf(c, SP(e), "invalid operation: not enough arguments for %s (expected 1, found 0)",
                       expr_string(c->a, e));
            invalid(e);
            return;
        }
        Node *s = args[0];
        chk_expr(c, s);
        if (s->mode == OPM_INVALID) {
            for (int i = 1; i < n; i++)
                chk_expr(c, args[i]);
            invalid(e);
            return;
        }
        if (s->ty->kind == TY_UNTYPED_NIL) {
            chk_errorf(c, SP(s), "first argument to append must be a typed slice; have untyped nil");
            invalid(e);
            return;
        }
        Type *st = type_under(s->ty);
        if (st->kind != TY_SLICE) {
            chk_errorf(c, SP(s), "invalid argument: %s is not a slice", chk_operand_str(c, s));
            for (int i = 1; i < n; i++)
                chk_expr(c, args[i]);
            invalid(e);
            return;
        }
        e->ty = s->ty;
        e->mode = OPM_VALUE;
        if (e->hasdots) {
            if (n != 2) {
                chk_errorf(c, SP(e), "can only use ... with final argument in list");
                invalid(e);
                return;
            }
            Node *y = args[1];
            chk_expr(c, y);
            if (y->mode == OPM_INVALID)
                return;
            /* append([]byte, string...) */
            if (type_under(st->elem)->kind == TY_UINT8 && type_is_string(type_under(y->ty))) {
                if (type_is_untyped(y->ty))
                    chk_default(c, y);
                return;
            }
            chk_assignment(c, &args[1], s->ty->obj ? st : s->ty,
                           "argument to append");
            return;
        }
        for (int i = 1; i < n; i++) {
            chk_expr(c, args[i]);
            chk_assignment(c, &args[i], st->elem, "argument to append");
        }
        return;
    }
    case BI_MAKE: {
        if (n == 0) {
            chk_errorf(c, SP(e), "invalid operation: not enough arguments for %s (expected 1, found 0)",
                       expr_string(c->a, e));
            invalid(e);
            return;
        }
        Type *t = chk_typexpr(c, args[0]);
        if (t->kind == TY_INVALID) {
            for (int i = 1; i < n; i++)
                chk_expr(c, args[i]);
            invalid(e);
            return;
        }
        Type *u = type_under(t);
        int min;
        switch (u->kind) {
        case TY_SLICE: min = 2; break;
        case TY_MAP: case TY_CHAN: min = 1; break;
        default:
            chk_errorf(c, SP(args[0]), "invalid argument: cannot make %s; type must be slice, map, or channel",
                       expr_string(c->a, args[0]));
            invalid(e);
            return;
        }
        if (n < min || n > min + 1) {
            for (int i = 1; i < n; i++)
                chk_expr(c, args[i]);
            chk_errorf(c, SP(e), "invalid operation: %s expects %d or %d arguments; found %d",
                       expr_string(c->a, e), min, min + 1, n);
            invalid(e);
            return;
        }
        int64_t sizes[2] = {-1, -1};
        for (int i = 1; i < n; i++) {
            Node *a = args[i];
            chk_expr(c, a);
            if (a->mode == OPM_INVALID)
                continue;
            if (a->mode == OPM_CONST) {
                Const iv;
                if (!const_to_int(c->a, *a->val, &iv) || !type_is_numeric(type_under(a->ty))) {
                    chk_errorf(c, SP(a), "%s %s must be integer",
                               i == 1 ? "len argument" : "cap argument", chk_operand_str(c, a));
                    continue;
                }
                if (const_is_neg(iv)) {
                    chk_errorf(c, SP(a), "invalid argument: index %s must not be negative",
                               chk_operand_str(c, a));
                    continue;
                }
                const_get_int64(iv, &sizes[i - 1]);
                if (type_is_untyped(a->ty))
                    chk_convert_untyped(c, a, intt);
            } else if (!type_is_integer(type_under(a->ty))) {
                if (type_is_untyped(a->ty))
                    chk_default(c, a);
                chk_errorf(c, SP(a), "cannot convert %s to type int", chk_operand_str(c, a));
            } else if (type_is_untyped(a->ty)) {
                chk_default(c, a);
            }
        }
        if (n == 3 && sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1])
            chk_errorf(c, SP(args[1]), "invalid argument: length and capacity swapped");
        e->ty = t;
        e->mode = OPM_VALUE;
        return;
    }
    case BI_NEW: {
        if (!nargs_ok(c, e, 1, 1)) { invalid(e); return; }
        Type *t = chk_typexpr(c, args[0]);
        if (t->kind == TY_INVALID && !t->obj) { invalid(e); return; }
        e->ty = type_ptr(c->a, t);
        e->mode = OPM_VALUE;
        return;
    }
    case BI_COPY: {
        if (!nargs_ok(c, e, 2, 2)) { invalid(e); return; }
        chk_expr(c, args[0]);
        chk_expr(c, args[1]);
        if (args[0]->mode == OPM_INVALID || args[1]->mode == OPM_INVALID) { invalid(e); return; }
        Type *d = type_under(args[0]->ty), *s = type_under(args[1]->ty);
        if (type_is_untyped(args[1]->ty))
            chk_default(c, args[1]);
        bool ok = d->kind == TY_SLICE &&
                  ((s->kind == TY_SLICE && type_identical(d->elem, s->elem)) ||
                   (type_is_string(s) && type_under(d->elem)->kind == TY_UINT8));
        if (!ok) {
            chk_errorf(c, SP(e), "invalid argument: copy expects slice arguments; found %s and %s",
                       chk_operand_str(c, args[0]), chk_operand_str(c, args[1]));
            invalid(e);
            return;
        }
        e->ty = intt;
        e->mode = OPM_VALUE;
        return;
    }
    case BI_DELETE: {
        if (!nargs_ok(c, e, 2, 2)) { invalid(e); return; }
        chk_expr(c, args[0]);
        chk_expr(c, args[1]);
        if (args[0]->mode == OPM_INVALID || args[1]->mode == OPM_INVALID) { invalid(e); return; }
        Type *m = type_under(args[0]->ty);
        if (m->kind != TY_MAP) {
            chk_errorf(c, SP(args[0]), "invalid argument: %s is not a map", chk_operand_str(c, args[0]));
            invalid(e);
            return;
        }
        chk_assignment(c, &args[1], m->key, "argument to delete");
        e->mode = OPM_NOVALUE;
        e->ty = NULL;
        return;
    }
    case BI_PANIC: {
        if (!nargs_ok(c, e, 1, 1)) { invalid(e); return; }
        chk_expr(c, args[0]);
        /* gc converts the argument to interface{} (OCONVIFACE) */
        chk_assignment(c, &args[0], c->u->eface_, "argument to panic");
        e->mode = OPM_NOVALUE;
        e->ty = NULL;
        return;
    }
    case BI_PRINT: case BI_PRINTLN:
        for (int i = 0; i < n; i++) {
            chk_expr(c, args[i]);
            if (args[i]->mode == OPM_INVALID)
                continue;
            if (args[i]->ty->kind == TY_UNTYPED_NIL) {
                chk_errorf(c, SP(args[i]), "use of untyped nil in argument to built-in %s", name);
                continue;
            }
            chk_default(c, args[i]);
        }
        e->mode = OPM_NOVALUE;
        e->ty = NULL;
        return;
    case BI_RECOVER:
        if (!nargs_ok(c, e, 0, 0)) { invalid(e); return; }
        e->ty = c->u->eface_;
        e->mode = OPM_VALUE;
        return;
    case BI_CLOSE: {
        if (!nargs_ok(c, e, 1, 1)) { invalid(e); return; }
        chk_expr(c, args[0]);
        if (args[0]->mode == OPM_INVALID) { invalid(e); return; }
        Type *u = type_under(args[0]->ty);
        if (u->kind != TY_CHAN) {
            chk_errorf(c, SP(args[0]), "invalid operation: cannot close non-channel %s",
                       chk_operand_str(c, args[0]));
            invalid(e);
            return;
        }
        if (u->chandir == CHAN_RECV) {
            chk_errorf(c, SP(args[0]), "invalid operation: cannot close receive-only channel %s",
                       chk_operand_str(c, args[0]));
            invalid(e);
            return;
        }
        e->mode = OPM_NOVALUE;
        e->ty = NULL;
        return;
    }
    case BI_COMPLEX: {
        if (!nargs_ok(c, e, 2, 2)) { invalid(e); return; }
        Node *x = args[0], *y = args[1];
        chk_expr(c, x);
        chk_expr(c, y);
        if (x->mode == OPM_INVALID || y->mode == OPM_INVALID) { invalid(e); return; }
        if (type_is_untyped(x->ty) && !type_is_untyped(y->ty))
            chk_convert_untyped(c, x, y->ty);
        else if (type_is_untyped(y->ty) && !type_is_untyped(x->ty))
            chk_convert_untyped(c, y, x->ty);
        if (x->mode == OPM_CONST && y->mode == OPM_CONST && type_is_untyped(x->ty)) {
            Const re, im, r;
            if (!const_to_float(c->a, *x->val, &re) || !const_to_float(c->a, *y->val, &im)) {
                chk_errorf(c, SP(x), "invalid operation: complex(%s, %s) (mismatched types)",
                           expr_string(c->a, x), expr_string(c->a, y));
                invalid(e);
                return;
            }
            const_to_complex(c->a, re, &r);
            r.im = im.re;
            e->ty = c->u->types[TY_UNTYPED_COMPLEX];
            chk_set_const(c, e, r);
            return;
        }
        chk_default(c, x);
        chk_default(c, y);
        Type *u = type_under(x->ty);
        if (!type_identical(x->ty, y->ty) || !type_is_float(u)) {
            chk_errorf(c, SP(x), "invalid operation: complex(%s, %s) (mismatched types %s and %s)",
                       expr_string(c->a, x), expr_string(c->a, y), chk_type_str(c, x->ty),
                       chk_type_str(c, y->ty));
            invalid(e);
            return;
        }
        e->ty = c->u->types[u->kind == TY_FLOAT32 ? TY_COMPLEX64 : TY_COMPLEX128];
        e->mode = OPM_VALUE;
        return;
    }
    case BI_REAL: case BI_IMAG: {
        if (!nargs_ok(c, e, 1, 1)) { invalid(e); return; }
        Node *x = args[0];
        chk_expr(c, x);
        if (x->mode == OPM_INVALID) { invalid(e); return; }
        if (x->mode == OPM_CONST && type_is_untyped(x->ty)) {
            Const cv;
            if (!const_to_complex(c->a, *x->val, &cv)) { invalid(e); return; }
            Const r = cv;
            r.kind = CK_FLOAT;
            if (b == BI_IMAG)
                r.re = cv.im;
            r.im = const_int64(c->a, 0).re;
            e->ty = c->u->types[TY_UNTYPED_FLOAT];
            chk_set_const(c, e, r);
            return;
        }
        Type *u = type_under(x->ty);
        if (!type_is_complex(u)) {
            chk_errorf(c, SP(x), "invalid argument: %s must be of complex type", chk_operand_str(c, x));
            invalid(e);
            return;
        }
        e->ty = c->u->types[u->kind == TY_COMPLEX64 ? TY_FLOAT32 : TY_FLOAT64];
        e->mode = OPM_VALUE;
        return;
    }
    case BI_SIZEOF: case BI_ALIGNOF: {
        if (!nargs_ok(c, e, 1, 1)) { invalid(e); return; }
        chk_expr(c, args[0]);
        if (args[0]->mode == OPM_INVALID) { invalid(e); return; }
        chk_default(c, args[0]);
        Type *t = args[0]->ty;
        e->ty = c->u->types[TY_UINTPTR];
        chk_set_const(c, e, const_int64(c->a, b == BI_SIZEOF ? type_size(t) : type_align(t)));
        return;
    }
    case BI_OFFSETOF: {
        if (!nargs_ok(c, e, 1, 1)) { invalid(e); return; }
        Node *s = chk_unparen(args[0]);
        chk_expr(c, args[0]);
        if (s->kind != N_SELECTOR || !s->obj || !(s->obj->flags & OBJF_FIELD)) {
            chk_errorf(c, SP(args[0]), "invalid argument: %s is not a selector expression",
                       expr_string(c->a, args[0]));
            invalid(e);
            return;
        }
        Type *st = type_under(chk_unparen(s->x)->ty);
        if (st->kind == TY_PTR)
            st = type_under(st->elem);
        type_size(st);
        e->ty = c->u->types[TY_UINTPTR];
        chk_set_const(c, e, const_int64(c->a, s->obj->offset));
        return;
    }
    case BI_ADD: case BI_SLICE:
        for (int i = 0; i < n; i++)
            chk_expr(c, args[i]);
        chk_unsupported(c, e->pos, arena_printf(c->a, "unsafe.%s", name));
        invalid(e);
        return;
    default:
        invalid(e);
    }
}

void chk_call(Checker *c, Node *e) {
    Node *fun = e->x;
    Obj *generic = gen_callee(c, fun);
    if (generic) {
        gen_call(c, e, generic);
        return;
    }
    Node *savedcallee = gen_set_callee(c, fun);
    chk_expr_or_type(c, fun);
    gen_set_callee(c, savedcallee);
    switch (fun->mode) {
    case OPM_INVALID:
        for (int i = 0; i < e->list.len; i++)
            chk_multi_expr(c, e->list.items[i]);
        invalid(e);
        return;
    case OPM_TYPE:
        conversion(c, e, fun->ty);
        return;
    case OPM_BUILTIN:
        builtin_call(c, e, fun->obj ? fun->obj->builtin : BI_NONE);
        return;
    default:
        break;
    }
    if (fun->ty && fun->ty->kind == TY_TUPLE) {
        chk_errorf(c, SP(fun), "multiple-value %s (value of type %s) in single-value context",
                   expr_string(c->a, fun), chk_type_str(c, fun->ty));
        invalid(e);
        return;
    }
    Type *sig = fun->ty ? type_under(fun->ty) : NULL;
    if (!sig || sig->kind != TY_FUNC) {
        if (fun->mode != OPM_NOVALUE)
            chk_errorf(c, SP(fun), "invalid operation: cannot call non-function %s",
                       chk_operand_str(c, fun));
        else
            chk_errorf(c, SP(fun), "%s (no value) used as value", expr_string(c->a, fun));
        for (int i = 0; i < e->list.len; i++)
            chk_multi_expr(c, e->list.items[i]);
        invalid(e);
        return;
    }
    Node *uf = chk_unparen(fun);
    if (gen_is_generic_func(uf->obj)) {
        chk_unsupported(c, e->pos, "generics (this call)");
        invalid(e);
        return;
    }
    call_args(c, e, sig);
    set_results(c, e, sig);
    gen_method_call(c, e);
}
