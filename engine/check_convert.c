/* check_convert.c - untyped constants becoming typed: representability of
 * a constant in a type, implicit conversion of untyped operands (and of
 * the chains of untyped operators below them), default types, and
 * assignability (types2's assignment(), which makes implicit interface
 * conversions explicit as N_CONVIFACE).  Split from check_expr.c: these
 * are the rules every expression, statement and call ends in, apart from
 * how each kind of expression is checked. */
#include "check_int.h"

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
void chk_replace_const(Checker *c, Node *e, Const v) {
    if (same_const(&v, e->val))
        return;
    Const *p = arena_alloc(c->a, sizeof *p);
    *p = v;
    e->val = p;
}

Type *chk_untyped_for(Checker *c, ConstKind k, bool rune) {
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

/* The constant value of e, now of type t, in t's representation. */
static void update_value(Checker *c, Node *e, Type *t) {
    if (e->mode == OPM_CONST && e->val && !type_is_untyped(t) &&
        type_is_const_type(type_under(t))) {
        Const v = *e->val, out;
        if (represent(c, v, t, &out) == 0)
            chk_replace_const(c, e, out);
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
            chk_update_type(c, e->y, t);
        }
        update_value(c, e, t);
        if (!x || x->kind != N_BINARY || !x->ty || !type_is_untyped(x->ty)) {
            chk_update_type(c, x, t);
            return;
        }
        e = x;
    }
}

/* Give an untyped expression (and its untyped operands) its final type. */
void chk_update_type(Checker *c, Node *e, Type *t) {
    if (!e || !e->ty || !type_is_untyped(e->ty))
        return;
    switch (e->kind) {
    case N_PAREN:
        e->ty = t;
        chk_update_type(c, e->x, t);
        break;
    case N_UNARY:
        e->ty = t;
        if (e->op != T_AND && e->op != T_ARROW)
            chk_update_type(c, e->x, t);
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

void chk_convert_untyped_to(Checker *c, Node *x, Type *newt) {
    if (x->mode == OPM_CONST && x->val && !type_is_untyped(newt) &&
        type_is_const_type(type_under(newt))) {
        Const out;
        if (represent(c, *x->val, newt, &out) == 0)
            chk_replace_const(c, x, out);
    }
    chk_update_type(c, x, newt);
    x->ty = newt;
}

/* types2 convertUntyped: report with invalidConversion wording. */
bool chk_convert_untyped(Checker *c, Node *x, Type *target) {
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
        chk_convert_untyped_to(c, x, newt);
    return true;
}

void chk_default(Checker *c, Node *e) {
    if (e->ty && type_is_untyped(e->ty) && e->ty->kind != TY_UNTYPED_NIL)
        chk_convert_untyped_to(c, e, type_default(c->u, e->ty));
}

/* ------------------------------------------------------------ assignment */

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
            chk_convert_untyped_to(c, x, newt);
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
