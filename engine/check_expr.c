/* check_expr.c - expressions: the dispatch over expression kinds, names and
 * literals, addressability, composite literals, index/slice/assert, star
 * and function literals.  Operators are in check_op.c; untyped constants,
 * their implicit conversion and assignability in check_convert.c. */
#include "check_int.h"

#include <string.h>

static void expr0(Checker *c, Node *e, Type *hint);

Node *chk_unparen(Node *e) {
    while (e && e->kind == N_PAREN)
        e = e->x;
    return e;
}

static void invalid(Node *e) {
    e->mode = OPM_INVALID;
}

/* ---------------------------------------------------------------- names */

static void ident(Checker *c, Node *e) {
    const char *name = e->lit;
    if (is_blank(name)) {
        chk_errorf(c, SP(e), "cannot use _ as value");
        invalid(e);
        return;
    }
    Obj *o = chk_lookup(c, name);
    if (!o) {
        chk_errorf(c, SP(e), "undefined: %s", name);
        invalid(e);
        return;
    }
    e->obj = o;
    if (o->state == 0 && o->spec)
        chk_obj_decl(c, o);
    switch (o->kind) {
    case OBJ_PKG:
        obj_flag(o, OBJF_USED);
        chk_errorf(c, SP(e), "use of package %s without selector", name);
        invalid(e);
        return;
    case OBJ_CONST:
        obj_flag(o, OBJF_USED);
        if (!o->pkg && strcmp(name, "iota") == 0 && o->type == c->u->types[TY_UNTYPED_INT]) {
            if (c->iota < 0) {
                chk_errorf(c, SP(e), "cannot use iota outside constant declaration");
                invalid(e);
                return;
            }
            e->ty = o->type;
            chk_set_const(c, e, const_int64(c->a, c->iota));
            return;
        }
        e->ty = o->type;
        if (!o->type || o->type->kind == TY_INVALID) {
            invalid(e);
            return;
        }
        chk_set_const(c, e, obj_const(o));
        return;
    case OBJ_TYPE:
        e->ty = o->type ? o->type : c->u->invalid;
        e->mode = OPM_TYPE;
        return;
    case OBJ_VAR:
        obj_flag(o, OBJF_USED);
        if (o->fn && c->fn && o->fn != c->fn->fn) {
            obj_flag(o, OBJF_CAPTURED);
            e->closurevar = true;
        }
        e->ty = o->type ? o->type : c->u->invalid;
        e->mode = e->ty->kind == TY_INVALID && !e->ty->obj ? OPM_INVALID : OPM_VAR;
        return;
    case OBJ_FUNC:
        obj_flag(o, OBJF_USED);
        if (gen_is_generic_func(o)) {
            /* not called nor instantiated (Go 1.19 infers no type
             * arguments for a function value) */
            chk_errorf(c, SP(e), "cannot use generic function %s without instantiation", o->name);
            invalid(e);
            return;
        }
        e->ty = o->type ? o->type : c->u->invalid;
        e->mode = OPM_VALUE;
        return;
    case OBJ_BUILTIN:
        e->ty = c->u->invalid;
        e->mode = OPM_BUILTIN;
        return;
    case OBJ_NIL:
        e->ty = c->u->types[TY_UNTYPED_NIL];
        e->mode = OPM_VALUE;
        return;
    default:
        invalid(e);
    }
}

static void basic_lit(Checker *c, Node *e) {
    Const v;
    bool ok = false;
    bool rune = false;
    if (e->bad) {
        invalid(e);
        return;
    }
    /* gc caps numeric literals at 10000 chars; longer ones are errors, but
     * it never checks a literal's size in bits (only operations' results) */
    if ((e->op == T_INT || e->op == T_FLOAT || e->op == T_IMAG) && e->litlen > 10000) {
        chk_errorf(c, SP(e), "excessively long constant: %.10s... (%d chars)", e->lit,
                   e->litlen);
        invalid(e);
        return;
    }
    switch (e->op) {
    case T_INT: ok = const_parse_int(c->a, e->lit, e->litlen, &v); break;
    case T_FLOAT: ok = const_parse_float(c->a, e->lit, e->litlen, &v); break;
    case T_IMAG: ok = const_parse_imag(c->a, e->lit, e->litlen, &v); break;
    case T_CHAR: ok = const_parse_rune(c->a, e->lit, e->litlen, &v); rune = true; break;
    case T_STRING: ok = const_parse_string(c->a, e->lit, e->litlen, &v); break;
    default: break;
    }
    if (!ok) {
        chk_errorf(c, SP(e), "malformed constant: %.*s", e->litlen, e->lit);
        invalid(e);
        return;
    }
    e->ty = chk_untyped_for(c, v.kind, rune);
    chk_set_const(c, e, v);
}

/* ------------------------------------------------------ addressability */

bool chk_is_addressable(Node *e) {
    e = chk_unparen(e);
    return e->mode == OPM_VAR;
}

void chk_mark_addr(Node *e) {
    e = chk_unparen(e);
    while (e && e->kind == N_SELECTOR && e->x && e->obj && (e->obj->flags & OBJF_FIELD) &&
           type_under(chk_unparen(e->x)->ty)->kind != TY_PTR)
        e = chk_unparen(e->x);
    while (e && e->kind == N_INDEX && e->x && type_under(chk_unparen(e->x)->ty)->kind == TY_ARRAY)
        e = chk_unparen(e->x);
    if (e && e->kind == N_NAME && e->obj && e->obj->kind == OBJ_VAR)
        obj_flag(e->obj, OBJF_ADDRTAKEN);
}

/* ----------------------------------------------------- composite literals */

bool chk_index_value(Checker *c, Node *e, int64_t max, int64_t *out) {
    chk_expr(c, e);
    if (e->mode == OPM_INVALID)
        return false;
    if (e->mode == OPM_CONST) {
        Const iv;
        if (!const_to_int(c->a, *e->val, &iv) || !type_is_numeric(type_under(e->ty))) {
            chk_errorf(c, SP(e), "invalid argument: index %s must be integer",
                       chk_operand_str(c, e));
            return false;
        }
        if (const_is_neg(iv)) {
            chk_errorf(c, SP(e), "invalid argument: index %s must not be negative",
                       chk_operand_str(c, e));
            return false;
        }
        int64_t v;
        if (!const_get_int64(iv, &v)) {
            chk_errorf(c, SP(e), "invalid argument: index %s overflows int",
                       chk_operand_str(c, e));
            return false;
        }
        if (max >= 0 && v >= max) {
            chk_errorf(c, SP(e), "invalid argument: index %s out of bounds [0:%lld]",
                       const_string_repr(c->a, iv), (long long)max);
            return false;
        }
        if (type_is_untyped(e->ty))
            chk_convert_untyped_to(c, e, c->u->types[TY_INT]);
        *out = v;
        return true;
    }
    if (!type_is_integer(type_under(e->ty))) {
        chk_errorf(c, SP(e), "invalid argument: index %s must be integer",
                   chk_operand_str(c, e));
        return false;
    }
    *out = -1;
    return true;
}

static void elem_value(Checker *c, Node **vp, Type *et, const char *ctx) {
    Node *v = *vp;
    Node *uv = chk_unparen(v);
    /* elided type: {…} inside a literal, or &T elided for *T elements */
    if (uv->kind == N_COMPOSITE && !uv->x) {
        Type *eu = type_under(et);
        if (eu->kind == TY_PTR) {
            expr0(c, v, eu->elem);
            if (v->mode == OPM_INVALID)
                return;
            Node *amp = arena_alloc(c->a, sizeof *amp);
            amp->kind = N_UNARY;
            amp->op = T_AND;
            amp->pos = v->pos;
            amp->x = v;
            amp->ty = type_ptr(c->a, v->ty);
            amp->mode = OPM_VALUE;
            amp->implicit = true;
            *vp = amp;
            v = amp;
        } else {
            expr0(c, v, et);
        }
    } else {
        chk_expr(c, v);
    }
    chk_assignment(c, vp, et, ctx);
}

static void composite(Checker *c, Node *e, Type *hint) {
    Type *t;
    if (e->x) {
        Node *tx = e->x;
        if (tx->kind == N_ARRAYTYPE && tx->x && tx->x->kind == N_DOTS) {
            Type *el = chk_typexpr(c, tx->y);
            t = type_array(c->a, el, -1);   /* length set below */
            tx->ty = t;
            tx->mode = OPM_TYPE;
        } else {
            t = chk_typexpr(c, tx);
        }
    } else if (hint) {
        t = hint;
    } else {
        chk_errorf(c, SP(e), "invalid composite literal type: missing type");
        invalid(e);
        return;
    }
    Type *u = type_under(t);
    e->ty = t;
    e->mode = OPM_VALUE;
    switch (u->kind) {
    case TY_STRUCT: {
        if (e->list.len == 0)
            break;
        bool keyed = e->list.items[0]->kind == N_KEYVALUE;
        if (keyed) {
            for (int i = 0; i < e->list.len; i++) {
                Node *kv = e->list.items[i];
                if (kv->kind != N_KEYVALUE) {
                    chk_errorf(c, SP(kv), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                Node *k = kv->x;
                if (k->kind != N_NAME) {
                    chk_errorf(c, SP(k), "invalid field name %s in struct literal",
                               expr_string(c->a, k));
                    chk_expr(c, kv->y);
                    continue;
                }
                Obj *f = NULL;
                for (int j = 0; j < u->nfields; j++)
                    if (strcmp(u->fields[j]->name, k->lit) == 0)
                        f = u->fields[j];
                if (!f) {
                    chk_errorf(c, SP(k), "unknown field '%s' in struct literal of type %s", k->lit,
                               chk_type_str(c, t));
                    chk_expr(c, kv->y);
                    continue;
                }
                k->obj = f;
                k->ty = f->type;
                kv->obj = f;
                elem_value(c, &kv->y, f->type, "struct literal");
                kv->ty = kv->y->ty;
            }
        } else {
            for (int i = 0; i < e->list.len; i++) {
                Node **vp = &e->list.items[i];
                if ((*vp)->kind == N_KEYVALUE) {
                    chk_errorf(c, (*vp)->pos, "mixture of field:value and value elements in struct literal");
                    continue;
                }
                if (i >= u->nfields) {
                    chk_expr(c, *vp);
                    chk_errorf(c, (*vp)->pos, "too many values in struct literal of type %s",
                               chk_type_str(c, t));
                    break;
                }
                elem_value(c, vp, u->fields[i]->type, "struct literal");
            }
            if (e->list.len < u->nfields && e->list.len > 0)
                chk_errorf(c, e->end.line ? e->end : e->pos, "too few values in %s",
                           expr_string(c->a, e));
        }
        break;
    }
    case TY_ARRAY: case TY_SLICE: {
        int64_t idx = 0, maxidx = 0;
        int64_t limit = u->kind == TY_ARRAY && u->len >= 0 ? u->len : -1;
        for (int i = 0; i < e->list.len; i++) {
            Node **vp = &e->list.items[i];
            if ((*vp)->kind == N_KEYVALUE) {
                int64_t k;
                if (chk_index_value(c, (*vp)->x, limit, &k) && k >= 0)
                    idx = k;
                vp = &(*vp)->y;
            } else if (limit >= 0 && idx >= limit) {
                chk_errorf(c, (*vp)->pos, "index %lld is out of bounds (>= %lld)",
                           (long long)idx, (long long)limit);
            }
            elem_value(c, vp, u->elem, "array or slice literal");
            if (e->list.items[i]->kind == N_KEYVALUE)
                e->list.items[i]->ty = (*vp)->ty;
            idx++;
            if (idx > maxidx)
                maxidx = idx;
        }
        if (u->kind == TY_ARRAY && u->len < 0) {
            u->len = maxidx;
            if (t != u)
                t->len = maxidx;
        }
        break;
    }
    case TY_MAP:
        for (int i = 0; i < e->list.len; i++) {
            Node *kv = e->list.items[i];
            if (kv->kind != N_KEYVALUE) {
                chk_errorf(c, SP(kv), "missing key in map literal");
                chk_expr(c, kv);
                continue;
            }
            elem_value(c, &kv->x, u->key, "map literal");
            elem_value(c, &kv->y, u->elem, "map literal");
        }
        break;
    case TY_INVALID:
        for (int i = 0; i < e->list.len; i++) {
            Node *v = e->list.items[i];
            if (v->kind == N_KEYVALUE)
                v = v->y;
            if (chk_unparen(v)->kind != N_COMPOSITE || chk_unparen(v)->x)
                chk_expr(c, v);
        }
        invalid(e);
        break;
    default:
        chk_errorf(c, SP(e), "invalid composite literal type %s", chk_type_str(c, t));
        invalid(e);
    }
}

/* ------------------------------------------------------- index and slice */

static void index_expr(Checker *c, Node *e) {
    Node *x = e->x;
    Node *ux = chk_unparen(x);
    if (ux->kind == N_NAME) {
        Obj *o = chk_lookup(c, ux->lit);
        if (o && o->kind == OBJ_TYPE && o->spec && o->spec->kind == N_TYPEDECL &&
            o->spec->tparams.len) {
            gen_typexpr_index(c, e);   /* T[A] used as a type (conversion) */
            return;
        }
        if (gen_is_generic_func(o)) {   /* F[T] not called: a closure */
            gen_func_value(c, e, o);
            return;
        }
    }
    chk_expr_or_type(c, x);
    if (x->mode == OPM_INVALID) {
        if (e->y)
            chk_expr(c, e->y);
        invalid(e);
        return;
    }
    if (x->mode == OPM_TYPE || e->list.len > 1 ||
        (x->ty && x->ty->kind == TY_FUNC && x->obj && x->obj->decl &&
         x->obj->decl->kind == N_FUNCDECL && x->obj->decl->tparams.len)) {
        chk_unsupported(c, e->pos, "generics");
        invalid(e);
        return;
    }
    Type *u = type_under(x->ty);
    Type *pu = u->kind == TY_PTR ? type_under(u->elem) : NULL;
    int64_t k;
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
        if (!chk_index_value(c, e->y, x->mode == OPM_CONST ? (int64_t)x->val->slen : -1, &k)) {
            invalid(e);
            return;
        }
        /* an indexed string is a byte value, never a constant, even when
         * the string and the index are (spec, Index expressions): so
         * string(alphabet[0]) is a conversion that allocates, as gc says */
        e->mode = OPM_VALUE;
        if (type_is_untyped(x->ty))
            chk_default(c, x);
        e->ty = c->u->byte_;
        return;
    case TY_ARRAY:
        if (!chk_index_value(c, e->y, u->len, &k)) {
            invalid(e);
            return;
        }
        e->ty = u->elem;
        e->mode = x->mode == OPM_VAR ? OPM_VAR : OPM_VALUE;
        return;
    case TY_SLICE:
        if (!chk_index_value(c, e->y, -1, &k)) {
            invalid(e);
            return;
        }
        e->ty = u->elem;
        e->mode = OPM_VAR;
        return;
    case TY_PTR:
        if (pu->kind == TY_ARRAY) {
            if (!chk_index_value(c, e->y, pu->len, &k)) {
                invalid(e);
                return;
            }
            e->ty = pu->elem;
            e->mode = OPM_VAR;
            return;
        }
        break;
    case TY_MAP:
        chk_expr(c, e->y);
        if (e->y->mode != OPM_INVALID)
            chk_assignment(c, &e->y, u->key, "map index");
        e->ty = u->elem;
        e->mode = OPM_MAPINDEX;
        return;
    default:
        break;
    }
    chk_expr(c, e->y);
    chk_errorf(c, SP(x), "invalid operation: cannot index %s", chk_operand_str(c, x));
    invalid(e);
}

static void slice_expr(Checker *c, Node *e) {
    Node *x = e->x;
    chk_expr(c, x);
    Node *idx[3] = {e->y, e->z, e->w};
    if (x->mode == OPM_INVALID) {
        for (int i = 0; i < 3; i++)
            if (idx[i])
                chk_expr(c, idx[i]);
        invalid(e);
        return;
    }
    Type *u = type_under(x->ty);
    int64_t length = -1;
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
        if (e->slice3) {
            chk_errorf(c, SP(e), "invalid operation: 3-index slice of string");
            invalid(e);
            return;
        }
        if (x->mode == OPM_CONST)
            length = (int64_t)x->val->slen;
        e->ty = type_is_untyped(x->ty) ? c->u->types[TY_STRING] : x->ty;
        if (type_is_untyped(x->ty))
            chk_default(c, x);
        break;
    case TY_ARRAY:
        if (x->mode != OPM_VAR) {
            chk_errorf(c, SP(e), "invalid operation: %s (slice of unaddressable value)",
                       expr_string(c->a, e));
            invalid(e);
            return;
        }
        chk_mark_addr(x);
        length = u->len;
        e->ty = type_slice(c->a, u->elem);
        break;
    case TY_PTR:
        if (type_under(u->elem)->kind == TY_ARRAY) {
            length = type_under(u->elem)->len;
            e->ty = type_slice(c->a, type_under(u->elem)->elem);
            break;
        }
        /* fallthrough */
    default:
        if (u->kind == TY_SLICE) {
            e->ty = x->ty;
            break;
        }
        chk_errorf(c, SP(x), "cannot slice %s", chk_operand_str(c, x));
        invalid(e);
        return;
    }
    e->mode = OPM_VALUE;
    for (int i = 0; i < 3; i++) {
        int64_t k;
        if (idx[i])
            chk_index_value(c, idx[i], length >= 0 ? length + 1 : -1, &k);
    }
}

static void type_assert(Checker *c, Node *e) {
    Node *x = e->x;
    chk_expr(c, x);
    if (!e->type_) {
        chk_errorf(c, SP(e), "invalid syntax tree: use of .(type) outside type switch");
        invalid(e);
        return;
    }
    Type *t = chk_typexpr(c, e->type_);
    if (x->mode == OPM_INVALID || t->kind == TY_INVALID) {
        invalid(e);
        return;
    }
    if (!is_iface(x->ty)) {
        chk_errorf(c, SP(x), "invalid operation: %s is not an interface", chk_operand_str(c, x));
        invalid(e);
        return;
    }
    if (!is_iface(t) && !c->in_std) {
        Obj *missing, *have;
        bool wrongptr;
        if (!type_implements(t, x->ty, &missing, &wrongptr, &have)) {
            const char *why = wrongptr
                ? arena_printf(c->a, "(%s method has pointer receiver)", missing->name)
                : arena_printf(c->a, "(missing %s method)", missing->name);
            chk_errorf(c, SP(e->type_), "impossible type assertion: %s\n\t%s does not implement %s %s",
                       expr_string(c->a, e), chk_type_str(c, t), chk_type_str(c, x->ty), why);
            invalid(e);
            return;
        }
    }
    e->ty = t;
    e->mode = OPM_COMMAOK;
}

static void star(Checker *c, Node *e) {
    Node *x = e->x;
    chk_expr_or_type(c, x);
    if (x->mode == OPM_INVALID) {
        invalid(e);
        return;
    }
    if (x->mode == OPM_TYPE) {
        e->ty = type_ptr(c->a, x->ty);
        e->mode = OPM_TYPE;
        return;
    }
    if (x->ty->kind == TY_UNTYPED_NIL) {
        chk_errorf(c, SP(x), "invalid operation: cannot indirect nil");
        invalid(e);
        return;
    }
    Type *u = type_under(x->ty);
    if (u->kind != TY_PTR) {
        chk_errorf(c, SP(x), "invalid operation: cannot indirect %s", chk_operand_str(c, x));
        invalid(e);
        return;
    }
    e->ty = u->elem;
    e->mode = OPM_VAR;
}

static void func_lit(Checker *c, Node *e) {
    Type *sig = chk_functype(c, e->type_, NULL, NULL);
    e->ty = sig;
    e->mode = OPM_VALUE;
    if (e->body) {
        int saviota = c->iota;
        c->iota = -1;
        chk_func_body(c, e, sig, c->scope);
        c->iota = saviota;
    }
}

/* ---------------------------------------------------------------- entry */

static void expr0(Checker *c, Node *e, Type *hint) {
    e->mode = OPM_INVALID;
    switch (e->kind) {
    case N_BAD: invalid(e); return;
    case N_NAME: ident(c, e); return;
    case N_BASICLIT: basic_lit(c, e); return;
    case N_COMPOSITE: composite(c, e, hint); return;
    case N_FUNCLIT: func_lit(c, e); return;
    case N_PAREN:
        expr0(c, e->x, hint);
        e->mode = e->x->mode;
        e->ty = e->x->ty;
        e->val = e->x->val;
        e->obj = e->x->obj;
        return;
    case N_SELECTOR: chk_selector(c, e); return;
    case N_INDEX: index_expr(c, e); return;
    case N_SLICE: slice_expr(c, e); return;
    case N_TYPEASSERT: type_assert(c, e); return;
    case N_CALL: chk_call(c, e); return;
    case N_STAR: star(c, e); return;
    case N_UNARY: chk_unary(c, e, hint); return;
    case N_BINARY: chk_binary(c, e, hint); return;
    case N_KEYVALUE:
        chk_errorf(c, SP(e), "unexpected key:value expression");
        invalid(e);
        return;
    case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE:
    case N_MAPTYPE: case N_CHANTYPE:
        chk_typexpr(c, e);
        return;
    case N_CONVIFACE:
        return;
    default:
        chk_errorf(c, SP(e), "unexpected expression");
        invalid(e);
    }
}

void chk_expr_or_type(Checker *c, Node *e) { expr0(c, e, NULL); }

void chk_expr_hint(Checker *c, Node *e, Type *hint) { expr0(c, e, hint); }

/* single value, not a type */
void chk_expr(Checker *c, Node *e) {
    expr0(c, e, NULL);
    switch (e->mode) {
    case OPM_TYPE:
        chk_errorf(c, SP(e), "%s (type) is not an expression", expr_string(c->a, e));
        invalid(e);
        return;
    case OPM_NOVALUE:
        chk_errorf(c, SP(e), "%s (no value) used as value", expr_string(c->a, e));
        invalid(e);
        return;
    case OPM_BUILTIN:
        chk_errorf(c, SP(e), "%s (built-in) must be called", expr_string(c->a, e));
        invalid(e);
        return;
    default:
        break;
    }
    if (e->ty && e->ty->kind == TY_TUPLE) {
        chk_errorf(c, SP(e), "multiple-value %s (value of type %s) in single-value context",
                   expr_string(c->a, e), chk_type_str(c, e->ty));
        invalid(e);
    }
}

void chk_multi_expr(Checker *c, Node *e) {
    expr0(c, e, NULL);
    if (e->mode == OPM_TYPE) {
        chk_errorf(c, SP(e), "%s (type) is not an expression", expr_string(c->a, e));
        invalid(e);
    }
}

void chk_use(Checker *c, Node *e) {
    if (e)
        chk_expr(c, e);
}

Type *chk_recordtype(Node *e, Type *t) {
    e->ty = t;
    return t;
}
