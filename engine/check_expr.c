/* check_expr.c - expressions: operands, untyped constants and their
 * implicit conversion, unary/binary operators, composite literals,
 * index/slice/assert, and assignability with implicit interface
 * conversions made explicit (N_CONVIFACE). */
#include "check_int.h"
#include "chain.h"

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

void chk_set_const(Checker *c, Node *e, Const v) {
    Const *p = arena_alloc(c->a, sizeof *p);
    *p = v;
    e->val = p;
    e->mode = OPM_CONST;
}

static bool same_big(const BigInt *x, const BigInt *y) {
    return x->d == y->d && x->n == y->n && x->neg == y->neg;
}

/* The same representation (not merely the same value): a conversion that
 * changed nothing keeps the node's Const instead of allocating a copy. */
static bool same_const(const Const *x, const Const *y) {
    return x->kind == y->kind && x->b == y->b && x->s == y->s && x->slen == y->slen &&
           same_big(&x->re.num, &y->re.num) && same_big(&x->re.den, &y->re.den) &&
           same_big(&x->im.num, &y->im.num) && same_big(&x->im.den, &y->im.den);
}

/* Nodes may share a Const (a parenthesized constant shares its operand's),
 * so a Const is never changed in place: a new value gets a new Const. */
static void replace_const(Checker *c, Node *e, Const v) {
    if (same_const(&v, e->val))
        return;
    Const *p = arena_alloc(c->a, sizeof *p);
    *p = v;
    e->val = p;
}

static Type *untyped_for(Checker *c, ConstKind k, bool rune) {
    switch (k) {
    case CK_BOOL: return c->u->types[TY_UNTYPED_BOOL];
    case CK_STRING: return c->u->types[TY_UNTYPED_STRING];
    case CK_INT: return c->u->types[rune ? TY_UNTYPED_RUNE : TY_UNTYPED_INT];
    case CK_FLOAT: return c->u->types[TY_UNTYPED_FLOAT];
    case CK_COMPLEX: return c->u->types[TY_UNTYPED_COMPLEX];
    default: return c->u->invalid;
    }
}

/* ----------------------------------------------------- representability */

/* 0 ok, 1 truncated, 2 overflows, 3 invalid */
static int represent(Checker *c, Const v, Type *t, Const *out) {
    Type *u = type_under(t);
    *out = v;
    if (type_is_integer(u)) {
        Const iv;
        if (v.kind < CK_INT)
            return 3;
        if (!const_to_int(c->a, v, &iv))
            return v.kind == CK_INT ? 2 : 1;
        if (type_is_untyped(u))
            { *out = iv; return 0; }
        int bits;
        switch (u->kind) {
        case TY_INT8: case TY_UINT8: bits = 8; break;
        case TY_INT16: case TY_UINT16: bits = 16; break;
        case TY_INT32: case TY_UINT32: bits = 32; break;
        default: bits = 64;
        }
        bool uns = type_is_unsigned(u);
        int bl = const_bitlen(iv);
        bool neg = const_is_neg(iv);
        bool ok;
        if (uns)
            ok = !neg && bl <= bits;
        else if (neg) {
            /* -2^(bits-1) has bitlen bits */
            int64_t x;
            ok = bl < bits || (bl == bits && const_get_int64(iv, &x) &&
                               (bits == 64 ? x == INT64_MIN : x == -((int64_t)1 << (bits - 1))));
        } else
            ok = bl < bits;
        *out = iv;
        return ok ? 0 : 2;
    }
    if (type_is_float(u)) {
        Const fv;
        if (!const_to_float(c->a, v, &fv))
            return v.kind == CK_COMPLEX ? 1 : 3;
        if (type_is_untyped(u)) { *out = fv; return 0; }
        if (!const_round_float(c->a, fv, u->kind == TY_FLOAT32 ? 32 : 64, out))
            return 2;
        return 0;
    }
    if (type_is_complex(u)) {
        Const cv;
        if (!const_to_complex(c->a, v, &cv))
            return 3;
        if (type_is_untyped(u)) { *out = cv; return 0; }
        if (!const_round_float(c->a, cv, u->kind == TY_COMPLEX64 ? 32 : 64, out))
            return 2;
        return 0;
    }
    if (type_is_string(u))
        return v.kind == CK_STRING ? 0 : 3;
    if (type_is_boolean(u))
        return v.kind == CK_BOOL ? 0 : 3;
    return 3;
}

bool chk_representable(Checker *c, Node *e, Const *v, Type *t, bool report) {
    Const out;
    int code = represent(c, *v, t, &out);
    if (code == 0) {
        *v = out;
        return true;
    }
    if (report) {
        const char *ts = chk_type_str(c, type_under(t));
        if (code == 1)
            chk_errorf(c, SP(e), "%s truncated to %s", chk_operand_str(c, e), ts);
        else if (code == 2)
            chk_errorf(c, SP(e), "%s overflows %s", chk_operand_str(c, e), ts);
        else
            chk_errorf(c, SP(e), "cannot convert %s to %s", chk_operand_str(c, e), ts);
    }
    return false;
}

/* ----------------------------------------------------- untyped -> typed */

static void update_type(Checker *c, Node *e, Type *t);

/* The constant value of e, now of type t, in t's representation. */
static void update_value(Checker *c, Node *e, Type *t) {
    if (e->mode == OPM_CONST && e->val && !type_is_untyped(t) &&
        type_is_const_type(type_under(t))) {
        Const v = *e->val, out;
        if (represent(c, v, t, &out) == 0)
            replace_const(c, e, out);
    }
}

/* Give an untyped chain of binary operators (and its untyped operands)
 * its final type, down its left spine without recursion (chain.h). */
static void update_binary(Checker *c, Node *e, Type *t) {
    for (;;) {
        e->ty = t;
        Node *x = e->x;
        switch (e->op) {
        case T_EQL: case T_NEQ: case T_LSS: case T_LEQ: case T_GTR: case T_GEQ:
            x = NULL;   /* operands were given their types already */
            break;
        case T_SHL: case T_SHR:
            break;
        default:
            update_type(c, e->y, t);
        }
        update_value(c, e, t);
        if (!x || x->kind != N_BINARY || !x->ty || !type_is_untyped(x->ty)) {
            update_type(c, x, t);
            return;
        }
        e = x;
    }
}

/* Give an untyped expression (and its untyped operands) its final type. */
static void update_type(Checker *c, Node *e, Type *t) {
    if (!e || !e->ty || !type_is_untyped(e->ty))
        return;
    switch (e->kind) {
    case N_PAREN:
        e->ty = t;
        update_type(c, e->x, t);
        break;
    case N_UNARY:
        e->ty = t;
        if (e->op != T_AND && e->op != T_ARROW)
            update_type(c, e->x, t);
        break;
    case N_BINARY:
        update_binary(c, e, t);
        return;
    default:
        e->ty = t;
        break;
    }
    update_value(c, e, t);
}

/* Can untyped x take target's type?  0 ok, else error code as represent(). */
static int implicit_code(Checker *c, Node *x, Type *target, Type **newt) {
    Type *xt = x->ty, *tu = type_under(target);
    *newt = target;
    if (tu->kind == TY_INVALID)
        return 0;
    if (type_is_untyped(target)) {
        /* both untyped: numeric kinds merge to the larger */
        if (type_is_numeric(xt) && type_is_numeric(target)) {
            *newt = xt->kind > target->kind ? xt : target;
            return 0;
        }
        return xt->kind == target->kind ? 0 : 3;
    }
    if (xt->kind == TY_UNTYPED_NIL) {
        *newt = xt;   /* nil stays untyped nil (types2); assignment types it */
        return type_has_nil(tu) ? 0 : 3;
    }
    if (tu->kind == TY_INTERFACE) {
        if (tu->nmethods > 0)
            return 3;   /* untyped values only fit interface{} ... */
        *newt = type_default(c->u, xt);
        return 0;
    }
    if (!type_is_basic(tu))
        return 3;
    if (x->mode == OPM_CONST && x->val) {
        Const out;
        if (!type_is_const_type(tu))
            return 3;
        int code = represent(c, *x->val, target, &out);
        if (code)
            return code;
        return 0;
    }
    /* non-constant untyped: bool from comparisons, shifted values */
    if (xt->kind == TY_UNTYPED_BOOL)
        return type_is_boolean(tu) ? 0 : 3;
    if (type_is_numeric(xt))
        return type_is_numeric(tu) ? 0 : 3;
    if (xt->kind == TY_UNTYPED_STRING)
        return type_is_string(tu) ? 0 : 3;
    return 3;
}

static void convert_untyped_to(Checker *c, Node *x, Type *newt) {
    if (x->mode == OPM_CONST && x->val && !type_is_untyped(newt) &&
        type_is_const_type(type_under(newt))) {
        Const out;
        if (represent(c, *x->val, newt, &out) == 0)
            replace_const(c, x, out);
    }
    update_type(c, x, newt);
    x->ty = newt;
}

/* types2 convertUntyped: report with invalidConversion wording. */
static bool convert_untyped(Checker *c, Node *x, Type *target) {
    if (!x->ty || !type_is_untyped(x->ty) || x->mode == OPM_INVALID)
        return true;
    Type *newt;
    int code = implicit_code(c, x, target, &newt);
    if (code) {
        Type *t = type_under(target);
        const char *os = chk_operand_str(c, x);
        const char *ts = chk_type_str(c, t);
        if (code == 1)
            chk_errorf(c, SP(x), "%s truncated to %s", os, ts);
        else if (code == 2)
            chk_errorf(c, SP(x), "%s overflows %s", os, ts);
        else
            chk_errorf(c, SP(x), "cannot convert %s to type %s", os, ts);
        invalid(x);
        return false;
    }
    /* types2 too updates the operands only when the type changes: in
     * 0 + 1 + 1 + ... each step would otherwise retype the whole chain */
    if (newt != x->ty)
        convert_untyped_to(c, x, newt);
    return true;
}

void chk_convert_untyped(Checker *c, Node *e, Type *target) {
    convert_untyped(c, e, target);
}

void chk_default(Checker *c, Node *e) {
    if (e->ty && type_is_untyped(e->ty) && e->ty->kind != TY_UNTYPED_NIL)
        convert_untyped_to(c, e, type_default(c->u, e->ty));
}

/* ------------------------------------------------------------ assignment */

static bool is_iface(Type *t) { return t && type_under(t)->kind == TY_INTERFACE; }

/* types2's assignment(): x assigned to a variable of type t (t NULL: no
 * declared type; untyped values get their default type).  On success *ep
 * may have been wrapped in an N_CONVIFACE. */
bool chk_assignment(Checker *c, Node **ep, Type *t, const char *context) {
    Node *x = *ep;
    switch (x->mode) {
    case OPM_INVALID:
        return false;
    case OPM_CONST: case OPM_VAR: case OPM_MAPINDEX: case OPM_VALUE:
    case OPM_COMMAOK:
        break;
    case OPM_NOVALUE:
        chk_errorf(c, SP(x), "%s (no value) used as value", expr_string(c->a, x));
        invalid(x);
        return false;
    case OPM_TYPE:
        chk_errorf(c, SP(x), "%s (type) is not an expression", expr_string(c->a, x));
        invalid(x);
        return false;
    case OPM_BUILTIN:
        chk_errorf(c, SP(x), "%s (built-in) must be called", expr_string(c->a, x));
        invalid(x);
        return false;
    default:
        chk_errorf(c, SP(x), "cannot assign %s to %s in %s", chk_operand_str(c, x),
                   t ? chk_type_str(c, t) : "_", context);
        invalid(x);
        return false;
    }
    if (x->ty && x->ty->kind == TY_TUPLE) {
        chk_errorf(c, SP(x), "multiple-value %s (value of type %s) in single-value context",
                   expr_string(c->a, x), chk_type_str(c, x->ty));
        invalid(x);
        return false;
    }
    if (type_is_untyped(x->ty)) {
        Type *target = t;
        if (x->ty->kind == TY_UNTYPED_NIL) {
            if (!t) {
                chk_errorf(c, SP(x), "use of untyped nil in %s", context);
                invalid(x);
                return false;
            }
        } else if (!t || is_iface(t)) {
            target = type_default(c->u, x->ty);
        }
        Type *newt;
        int code = implicit_code(c, x, target, &newt);
        if (code) {
            const char *suffix = code == 1 ? " (truncated)" : code == 2 ? " (overflows)" : "";
            chk_errorf(c, SP(x), "cannot use %s as %s value in %s%s", chk_operand_str(c, x),
                       chk_type_str(c, target), context, suffix);
            invalid(x);
            return false;
        }
        if (x->ty->kind != TY_UNTYPED_NIL)
            convert_untyped_to(c, x, newt);
        else
            x->ty = t;   /* nil takes the target type; no conversion */
    }
    if (!t || x->ty->kind == TY_INVALID || t->kind == TY_INVALID)
        return true;
    const char *reason = NULL;
    /* std stubs carry only the methods programs use: trust interface
     * satisfaction inside them (the real package compiles) */
    if (c->in_std && is_iface(t) && !type_assignable(c->u, x->ty, t, NULL, NULL, NULL)) {
        *ep = chk_wrap(c, N_CONVIFACE, x, t);
        return true;
    }
    if (!type_assignable(c->u, x->ty, t, &reason, c->a, c->pkg)) {
        if (reason)
            chk_errorf(c, SP(x), "cannot use %s as type %s in %s:\n\t%s",
                       chk_operand_str(c, x), chk_type_str(c, t), context, reason);
        else
            chk_errorf(c, SP(x), "cannot use %s as type %s in %s",
                       chk_operand_str(c, x), chk_type_str(c, t), context);
        invalid(x);
        return false;
    }
    if (is_iface(t) && x->ty->kind != TY_UNTYPED_NIL && !type_identical(x->ty, t))
        *ep = chk_wrap(c, N_CONVIFACE, x, t);
    return true;
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
    e->ty = untyped_for(c, v.kind, rune);
    chk_set_const(c, e, v);
}

/* ------------------------------------------------------ unary, binary */

static const char *kind_string(Type *t) {
    switch (type_under(t)->kind) {
    case TY_ARRAY: return "array";
    case TY_SLICE: return "slice";
    case TY_STRUCT: return "struct";
    case TY_PTR: return "pointer";
    case TY_FUNC: return "func";
    case TY_INTERFACE: return "interface";
    case TY_MAP: return "map";
    case TY_CHAN: return "chan";
    default: return "untyped nil";
    }
}

static bool op_allowed(int op, Type *t) {
    Type *u = type_under(t);
    switch (op) {
    case T_ADD: return type_is_numeric(u) || type_is_string(u);
    case T_SUB: case T_MUL: case T_QUO: return type_is_numeric(u);
    case T_REM: case T_AND: case T_OR: case T_XOR: case T_AND_NOT:
        return type_is_integer(u);
    case T_LAND: case T_LOR: case T_NOT: return type_is_boolean(u);
    default: return false;
    }
}

bool chk_is_addressable(Node *e) {
    e = chk_unparen(e);
    return e->mode == OPM_VAR;
}

static void mark_addr(Node *e) {
    e = chk_unparen(e);
    while (e && e->kind == N_SELECTOR && e->x && e->obj && (e->obj->flags & OBJF_FIELD) &&
           type_under(chk_unparen(e->x)->ty)->kind != TY_PTR)
        e = chk_unparen(e->x);
    while (e && e->kind == N_INDEX && e->x && type_under(chk_unparen(e->x)->ty)->kind == TY_ARRAY)
        e = chk_unparen(e->x);
    if (e && e->kind == N_NAME && e->obj && e->obj->kind == OBJ_VAR)
        obj_flag(e->obj, OBJF_ADDRTAKEN);
}

/* mask ^x for typed unsigned constants */
static Const typed_complement(Checker *c, Const v, Type *t) {
    Type *u = type_under(t);
    if (!type_is_unsigned(u))
        return v;
    int bits = u->kind == TY_UINT8 ? 8 : u->kind == TY_UINT16 ? 16 : u->kind == TY_UINT32 ? 32 : 64;
    /* ^x = (2^bits - 1) xor x */
    Const one = const_int64(c->a, 1), mask, r;
    mask = const_shift(c->a, T_SHL, one, (unsigned)bits);
    const_binary(c->a, T_SUB, mask, one, true, &mask);
    /* v currently holds -x-1; recompute from x = -(v+1) */
    Const x;
    const_binary(c->a, T_ADD, v, one, true, &x);
    const_unary(c->a, T_SUB, x, &x);
    const_binary(c->a, T_XOR, mask, x, true, &r);
    return r;
}

static void overflow_check(Checker *c, Node *e) {
    if (e->mode != OPM_CONST || !e->val)
        return;
    if (!type_is_untyped(e->ty)) {
        Const v = *e->val;
        if (!chk_representable(c, e, &v, e->ty, true)) {
            invalid(e);
            return;
        }
        replace_const(c, e, v);
        return;
    }
    if (e->val->kind == CK_INT && const_bitlen(*e->val) > 512) {
        chk_errorf(c, SP(e), "constant %s overflow",
                   e->kind == N_BINARY ? tok_str(e->op) : "");
        invalid(e);
    }
}

static void unary(Checker *c, Node *e, Type *hint) {
    Node *x = e->x;
    if (e->op == T_AND) {
        Node *ux = chk_unparen(x);
        if (ux->kind == N_COMPOSITE) {
            Type *h = hint && type_under(hint)->kind == TY_PTR ? type_under(hint)->elem : NULL;
            expr0(c, x, h);
        } else {
            expr0(c, x, NULL);
        }
        if (x->mode == OPM_INVALID) {
            invalid(e);
            return;
        }
        if (ux->kind != N_COMPOSITE && !chk_is_addressable(x)) {
            chk_errorf(c, SP(e), "invalid operation: cannot take address of %s",
                       chk_operand_str(c, x));
            invalid(e);
            return;
        }
        mark_addr(x);
        e->ty = type_ptr(c->a, x->ty);
        e->mode = OPM_VALUE;
        return;
    }
    if (e->op == T_ARROW) {
        chk_expr(c, x);
        if (x->mode == OPM_INVALID) {
            invalid(e);
            return;
        }
        Type *u = type_under(x->ty);
        if (u->kind != TY_CHAN) {
            chk_errorf(c, SP(x), "invalid operation: cannot receive from non-channel %s",
                       chk_operand_str(c, x));
            invalid(e);
            return;
        }
        if (u->chandir == CHAN_SEND) {
            chk_errorf(c, SP(x), "invalid operation: cannot receive from send-only channel %s",
                       chk_operand_str(c, x));
            invalid(e);
            return;
        }
        e->ty = u->elem;
        e->mode = OPM_COMMAOK;
        return;
    }
    if (e->op == T_TILDE) {
        chk_unsupported(c, e->pos, "generics (type constraints)");
        invalid(e);
        return;
    }
    expr0(c, x, NULL);
    if (x->mode == OPM_INVALID) {
        invalid(e);
        return;
    }
    if (x->mode == OPM_TYPE || x->mode == OPM_NOVALUE || x->mode == OPM_BUILTIN) {
        Node *xx = x;
        chk_assignment(c, &xx, NULL, "expression");
        invalid(e);
        return;
    }
    if (!op_allowed(e->op, x->ty)) {
        chk_errorf(c, SP(e), "invalid operation: operator %s not defined on %s",
                   tok_str(e->op), chk_operand_str(c, x));
        invalid(e);
        return;
    }
    e->ty = x->ty;
    if (x->mode == OPM_CONST) {
        Const r;
        if (!const_unary(c->a, e->op, *x->val, &r)) {
            invalid(e);
            return;
        }
        if (e->op == T_XOR && !type_is_untyped(x->ty))
            r = typed_complement(c, r, x->ty);
        chk_set_const(c, e, r);
        overflow_check(c, e);
        return;
    }
    e->mode = OPM_VALUE;
}

static bool is_comparison(int op) {
    return op == T_EQL || op == T_NEQ || op == T_LSS || op == T_LEQ ||
           op == T_GTR || op == T_GEQ;
}

static bool is_shift(int op) { return op == T_SHL || op == T_SHR; }

static bool may_convert(Node *x, Node *y) {
    Type *xt = x->ty, *yt = y->ty;
    if (!type_is_untyped(xt) && !type_is_untyped(yt))
        return false;
    if (type_is_boolean(type_under(xt)) != type_is_boolean(type_under(yt)))
        return false;
    if (type_is_string(type_under(xt)) != type_is_string(type_under(yt)))
        return false;
    if (xt->kind == TY_UNTYPED_NIL)
        return type_has_nil(type_under(yt));
    if (yt->kind == TY_UNTYPED_NIL)
        return type_has_nil(type_under(xt));
    if (type_under(xt)->kind == TY_PTR || type_under(yt)->kind == TY_PTR)
        return false;
    return true;
}

static void match_types(Checker *c, Node *x, Node *y) {
    if (!may_convert(x, y))
        return;
    if (!convert_untyped(c, x, y->ty))
        return;
    convert_untyped(c, y, x->ty);
}

static void comparison(Checker *c, Node *e, Node *x, Node *y) {
    const char *cause = NULL;
    Node *errop = x;
    bool ok = type_assignable(c->u, x->ty, y->ty, NULL, NULL, NULL) ||
              type_assignable(c->u, y->ty, x->ty, NULL, NULL, NULL);
    if (!ok) {
        errop = y;
        cause = arena_printf(c->a, "mismatched types %s and %s", chk_type_str(c, x->ty),
                             chk_type_str(c, y->ty));
        goto error;
    }
    if (e->op == T_EQL || e->op == T_NEQ) {
        bool xnil = x->ty->kind == TY_UNTYPED_NIL, ynil = y->ty->kind == TY_UNTYPED_NIL;
        if (xnil || ynil) {
            Type *t = xnil ? y->ty : x->ty;
            if (!type_has_nil(type_under(t))) {
                errop = y;
                goto error;
            }
        } else if (!type_comparable(type_under(x->ty))) {
            errop = x;
            goto incomparable;
        } else if (!type_comparable(type_under(y->ty))) {
            errop = y;
            goto incomparable;
        }
    } else {
        if (!type_is_ordered(type_under(x->ty))) {
            errop = x;
            goto error;
        }
        if (!type_is_ordered(type_under(y->ty))) {
            errop = y;
            goto error;
        }
    }
    if (x->mode == OPM_CONST && y->mode == OPM_CONST) {
        chk_set_const(c, e, const_bool(const_compare(e->op, *x->val, *y->val)));
    } else {
        e->mode = OPM_VALUE;
        chk_default(c, x);
        chk_default(c, y);
        /* mixed interface/concrete comparison converts the concrete side */
        if (is_iface(x->ty) && !is_iface(y->ty) && y->ty->kind != TY_UNTYPED_NIL)
            e->y = chk_wrap(c, N_CONVIFACE, y, x->ty);
        else if (is_iface(y->ty) && !is_iface(x->ty) && x->ty->kind != TY_UNTYPED_NIL)
            e->x = chk_wrap(c, N_CONVIFACE, x, y->ty);
    }
    e->ty = c->u->types[TY_UNTYPED_BOOL];
    return;
incomparable: {
        Type *u = type_under(errop->ty);
        if (u->kind == TY_SLICE || u->kind == TY_MAP || u->kind == TY_FUNC)
            cause = arena_printf(c->a, "%s can only be compared to nil", kind_string(u));
        else if (u->kind == TY_STRUCT) {
            for (int i = 0; i < u->nfields; i++)
                if (!type_comparable(type_under(u->fields[i]->type))) {
                    cause = arena_printf(c->a, "struct containing %s cannot be compared",
                                         chk_type_str(c, u->fields[i]->type));
                    break;
                }
        } else if (u->kind == TY_ARRAY) {
            cause = arena_printf(c->a, "%s cannot be compared", chk_type_str(c, errop->ty));
        }
    }
error:
    if (!cause)
        cause = arena_printf(c->a, "operator %s not defined on %s", tok_str(e->op),
                             type_is_basic(type_under(errop->ty)) && errop->ty->kind != TY_UNTYPED_NIL
                                 ? chk_type_str(c, errop->ty) : kind_string(errop->ty));
    chk_errorf(c, SP(errop), "invalid operation: %s %s %s (%s)", expr_string(c->a, x),
               tok_str(e->op), expr_string(c->a, y), cause);
    invalid(e);
}

static void shift(Checker *c, Node *e, Node *x, Node *y) {
    /* the count */
    if (y->mode == OPM_CONST) {
        Const iv;
        if (!const_to_int(c->a, *y->val, &iv) || const_is_neg(iv)) {
            if (const_is_int(*y->val) || y->val->kind == CK_FLOAT) {
                if (const_to_int(c->a, *y->val, &iv) && const_is_neg(iv))
                    chk_errorf(c, SP(y), "invalid operation: negative shift count %s",
                               chk_operand_str(c, y));
                else
                    chk_errorf(c, SP(y), "invalid operation: shift count %s truncated to uint",
                               chk_operand_str(c, y));
            } else {
                chk_errorf(c, SP(y), "invalid operation: shift count %s must be integer",
                           chk_operand_str(c, y));
            }
            invalid(e);
            return;
        }
        if (type_is_untyped(y->ty))
            convert_untyped_to(c, y, c->u->types[TY_UINT]);
    } else if (!type_is_integer(type_under(y->ty))) {
        chk_errorf(c, SP(y), "invalid operation: shift count %s must be integer",
                   chk_operand_str(c, y));
        invalid(e);
        return;
    }
    /* the shifted operand */
    if (x->mode == OPM_CONST && type_is_untyped(x->ty)) {
        Const iv;
        if (!const_to_int(c->a, *x->val, &iv)) {
            chk_errorf(c, SP(x), "invalid operation: shifted operand %s must be integer",
                       chk_operand_str(c, x));
            invalid(e);
            return;
        }
        if (x->ty->kind == TY_UNTYPED_FLOAT || x->ty->kind == TY_UNTYPED_COMPLEX)
            x->ty = c->u->types[TY_UNTYPED_INT];
        replace_const(c, x, iv);
    } else if (!type_is_integer(type_under(x->ty))) {
        chk_errorf(c, SP(x), "invalid operation: shifted operand %s must be integer",
                   chk_operand_str(c, x));
        invalid(e);
        return;
    }
    e->ty = x->ty;
    if (x->mode == OPM_CONST && y->mode == OPM_CONST) {
        uint64_t s;
        if (!const_get_uint64(*y->val, &s) || s > 10000) {
            chk_errorf(c, SP(y), "invalid shift count %s", chk_operand_str(c, y));
            invalid(e);
            return;
        }
        chk_set_const(c, e, const_shift(c->a, e->op, *x->val, (unsigned)s));
        overflow_check(c, e);
        return;
    }
    e->mode = OPM_VALUE;
    /* non-constant shift of an untyped constant: the result stays untyped
     * (x keeps its constant value) until the context gives it a type:
     * update_type then types x too; chk_default makes it int */
    if (type_is_untyped(y->ty))
        chk_default(c, y);
}

/* x op y once both operands are checked; sb: the chain's string buffer */
static void binary_op(Checker *c, Node *e, ConstStrBuf *sb) {
    Node *x = e->x, *y = e->y;
    if (x->mode == OPM_INVALID || y->mode == OPM_INVALID) {
        invalid(e);
        return;
    }
    Node *bad = NULL;
    if (x->mode == OPM_TYPE || x->mode == OPM_NOVALUE || x->mode == OPM_BUILTIN)
        bad = x;
    else if (y->mode == OPM_TYPE || y->mode == OPM_NOVALUE || y->mode == OPM_BUILTIN)
        bad = y;
    if (bad) {
        chk_assignment(c, &bad, NULL, "expression");
        invalid(e);
        return;
    }
    if ((x->ty && x->ty->kind == TY_TUPLE) || (y->ty && y->ty->kind == TY_TUPLE)) {
        Node *t = x->ty->kind == TY_TUPLE ? x : y;
        chk_errorf(c, SP(t), "multiple-value %s (value of type %s) in single-value context",
                   expr_string(c->a, t), chk_type_str(c, t->ty));
        invalid(e);
        return;
    }
    if (is_shift(e->op)) {
        shift(c, e, x, y);
        return;
    }
    match_types(c, x, y);
    if (x->mode == OPM_INVALID || y->mode == OPM_INVALID) {
        invalid(e);
        return;
    }
    if (is_comparison(e->op)) {
        comparison(c, e, x, y);
        return;
    }
    if (!type_identical(x->ty, y->ty)) {
        if (x->ty->kind != TY_INVALID && y->ty->kind != TY_INVALID) {
            if (e->implicit)   /* x op= y */
                chk_errorf(c, SP(x), "invalid operation: %s %s= %s (mismatched types %s and %s)",
                           expr_string(c->a, x), tok_str(e->op), expr_string(c->a, y),
                           chk_type_str(c, x->ty), chk_type_str(c, y->ty));
            else
                chk_errorf(c, SP(x), "invalid operation: %s (mismatched types %s and %s)",
                           expr_string(c->a, e), chk_type_str(c, x->ty), chk_type_str(c, y->ty));
        }
        invalid(e);
        return;
    }
    if (!op_allowed(e->op, x->ty)) {
        Node *errop = x;
        if (e->op == T_LAND || e->op == T_LOR)
            errop = x;
        chk_errorf(c, SP(errop), "invalid operation: operator %s not defined on %s",
                   tok_str(e->op), chk_operand_str(c, errop));
        invalid(e);
        return;
    }
    if ((e->op == T_QUO || e->op == T_REM) && y->mode == OPM_CONST &&
        (x->mode == OPM_CONST || type_is_integer(type_under(x->ty)))) {
        Const z = const_int64(c->a, 0);
        if (y->val->kind >= CK_INT && const_compare(T_EQL, *y->val, z)) {
            chk_errorf(c, SP(y), "invalid operation: division by zero");
            invalid(e);
            return;
        }
    }
    e->ty = x->ty;
    if (x->mode == OPM_CONST && y->mode == OPM_CONST) {
        Const r;
        bool intdiv = type_is_integer(type_under(x->ty));
        if (x->val->kind == CK_STRING)
            r = const_concat(c->a, sb, *x->val, *y->val);
        else if (!const_binary(c->a, e->op, *x->val, *y->val, intdiv, &r)) {
            invalid(e);
            return;
        }
        /* untyped int / untyped int stays an int constant */
        if (e->op == T_QUO && intdiv && r.kind == CK_FLOAT)
            r.kind = CK_INT;
        if (type_is_untyped(e->ty)) {
            /* kind of the result: larger of the two */
            e->ty = untyped_for(c, r.kind, e->ty->kind == TY_UNTYPED_RUNE);
            if (x->ty->kind > e->ty->kind)
                e->ty = x->ty;
        }
        chk_set_const(c, e, r);
        overflow_check(c, e);
        return;
    }
    e->mode = OPM_VALUE;
}

/* A chain a + b + c ... is checked along its left spine (chain.h): the first
 * operand, then each operator's right operand and the operator, bottom up,
 * the order a recursion would take, without C stack per term. */
static void binary(Checker *c, Node *e, Type *hint) {
    (void)hint;
    Spine s;
    spine_collect(&s, e);
    ConstStrBuf sb = {NULL, 0, 0};
    expr0(c, spine_first(&s), NULL);
    for (int i = s.n - 1; i >= 0; i--) {
        Node *b = s.v[i];
        b->mode = OPM_INVALID;
        expr0(c, b->y, NULL);
        binary_op(c, b, &sb);
    }
    spine_free(&s);
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
            convert_untyped_to(c, e, c->u->types[TY_INT]);
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
        mark_addr(x);
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
    case N_UNARY: unary(c, e, hint); return;
    case N_BINARY: binary(c, e, hint); return;
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
