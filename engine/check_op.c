/* check_op.c - unary and binary operators: operand matching, comparisons,
 * shifts, constant folding (with typed overflow), and the left-spine walk
 * of long operator chains (chain.h).  Split from check_expr.c: operators
 * are one concern with their own types2 rules and messages; the rest of
 * expression checking only dispatches here. */
#include "check_int.h"
#include "chain.h"

static void invalid(Node *e) {
    e->mode = OPM_INVALID;
}

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
        chk_replace_const(c, e, v);
        return;
    }
    if (e->val->kind == CK_INT && const_bitlen(*e->val) > 512) {
        chk_errorf(c, SP(e), "constant %s overflow",
                   e->kind == N_BINARY ? tok_str(e->op) : "");
        invalid(e);
    }
}

void chk_unary(Checker *c, Node *e, Type *hint) {
    Node *x = e->x;
    if (e->op == T_AND) {
        Node *ux = chk_unparen(x);
        if (ux->kind == N_COMPOSITE) {
            Type *h = hint && type_under(hint)->kind == TY_PTR ? type_under(hint)->elem : NULL;
            chk_expr_hint(c, x, h);
        } else {
            chk_expr_or_type(c, x);
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
        chk_mark_addr(x);
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
    chk_expr_or_type(c, x);
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
    if (!chk_convert_untyped(c, x, y->ty))
        return;
    chk_convert_untyped(c, y, x->ty);
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
            chk_convert_untyped_to(c, y, c->u->types[TY_UINT]);
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
        chk_replace_const(c, x, iv);
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
     * chk_update_type then types x too; chk_default makes it int */
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
            e->ty = chk_untyped_for(c, r.kind, e->ty->kind == TY_UNTYPED_RUNE);
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
void chk_binary(Checker *c, Node *e, Type *hint) {
    (void)hint;
    Spine s;
    spine_collect(&s, e);
    ConstStrBuf sb = {NULL, 0, 0};
    chk_expr_or_type(c, spine_first(&s));
    for (int i = s.n - 1; i >= 0; i--) {
        Node *b = s.v[i];
        b->mode = OPM_INVALID;
        chk_expr_or_type(c, b->y);
        binary_op(c, b, &sb);
    }
    spine_free(&s);
}
