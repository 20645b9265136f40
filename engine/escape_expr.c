/* escape_expr.c - expressions and assignments (expr.go, assign.go, utils.go).
 *
 * Each AST expression is handled as the IR op gc has for it at escape time:
 * a selector on a pointer is ODOTPTR, `&T{}` is OPTRLIT, a conversion to an
 * interface OCONVIFACE, `s + t` on strings OADDSTR, and so on.
 */
#include <string.h>

#include "escape_int.h"
#include "chain.h"
#include "generic.h"

Type *esc_node_type(Node *n) { return n ? n->ty : NULL; }

bool esc_has_pointers(Type *t) {
    if (!t || type_is_untyped(t))
        return false;
    return type_has_pointers(t);
}

/* types.IsDirectIface: values stored directly in an interface's data word. */
bool esc_is_direct_iface(Type *t) {
    if (!t)
        return false;
    Type *u = type_under(t);
    switch (u->kind) {
    case TY_PTR: case TY_CHAN: case TY_MAP: case TY_FUNC: case TY_UNSAFEPTR:
        return true;
    case TY_ARRAY:
        return u->len == 1 && esc_is_direct_iface(u->elem);
    case TY_STRUCT:
        return u->nfields == 1 && esc_is_direct_iface(u->fields[0]->type);
    default:
        return false;
    }
}

static bool is_const(const Node *n) {
    return n && (n->mode == OPM_CONST || n->kind == N_BASICLIT ||
                 (n->kind == N_NAME && n->obj && (n->obj->kind == OBJ_CONST || n->obj->kind == OBJ_NIL)));
}

/* IsSmallIntConst: an integer constant that fits in int32. */
bool esc_small_int_const(Node *n, int64_t *v) {
    if (!n || !n->val || n->val->kind != CK_INT)
        return false;
    const BigInt *b = &n->val->re.num;
    if (b->n > 1)
        return false;
    int64_t x = b->n ? (int64_t)b->d[0] : 0;
    if (b->neg)
        x = -x;
    if (x < -2147483648LL || x > 2147483647LL)
        return false;
    *v = x;
    return true;
}

static Node *unparen(Node *n) {
    while (n && n->kind == N_PAREN)
        n = n->x;
    return n;
}

static bool is_builtin(Node *call, Builtin bi) {
    Node *f = unparen(call->x);
    return f && f->obj && f->obj->kind == OBJ_BUILTIN && f->obj->builtin == bi &&
           (f->kind == N_NAME || f->kind == N_SELECTOR);
}

static bool is_global_var(Obj *o) {
    return o && o->kind == OBJ_VAR && ((o->flags & OBJF_GLOBAL) || !o->fn);
}

/* Position gc gives implicit conversions made after an expression is
 * translated: irgen sets base.Pos to each sub-expression's position as it
 * translates it (pre-order), except constants, which it folds without
 * touching base.Pos.  prev is base.Pos before n. */
Pos esc_last_pos_from(Node *n, Pos prev) {
    if (!n)
        return prev;
    if (n->mode == OPM_CONST || n->kind == N_BASICLIT)
        return prev;
    if (n->kind == N_CONVIFACE && n->implicit)
        return esc_last_pos_from(n->x, prev);
    Pos p = n->pos;
    switch (n->kind) {
    case N_CALL: {
        Node *f = unparen(n->x);
        bool builtin = f && f->obj && f->obj->kind == OBJ_BUILTIN;
        if (!builtin && !esc_is_type_expr(n->x))
            return n->pos;   /* transformCall: SetPos(call) */
        /* conversions and builtins: no SetPos; the arguments' leaves
         * (a type argument, new(T) or make(T, n), leaves base.Pos alone) */
        for (int i = 0; i < n->list.len; i++)
            if (!esc_is_type_expr(n->list.items[i]))
                p = esc_last_pos_from(n->list.items[i], p);
        return p;
    }
    case N_INLCALL: return n->pos;
    case N_NAME: case N_FUNCLIT: return p;
    case N_SELECTOR:
        if (n->x && n->x->kind == N_NAME && n->x->obj && n->x->obj->kind == OBJ_PKG)
            return p;
        return esc_last_pos_from(n->x, p);
    case N_INDEX: return esc_last_pos_from(n->y, esc_last_pos_from(n->x, p));
    case N_SLICE:
        p = esc_last_pos_from(n->x, p);
        p = esc_last_pos_from(n->y, p);
        p = esc_last_pos_from(n->z, p);
        return esc_last_pos_from(n->w, p);
    case N_BINARY:   /* a chain, in order, without recursion (chain.h) */
        SPINE_OPERANDS(n, k, p = esc_last_pos_from(k, p));
        return p;
    case N_PAREN: case N_UNARY: case N_STAR: case N_TYPEASSERT:
        return esc_last_pos_from(n->x, p);
    case N_COMPOSITE:
        for (int i = 0; i < n->list.len; i++) {
            Node *l = n->list.items[i];
            if (l->kind == N_KEYVALUE) {
                p = esc_last_pos_from(l->x, p);
                p = esc_last_pos_from(l->y, p);
            } else {
                p = esc_last_pos_from(l, p);
            }
        }
        return p;
    default: return p;
    }
}

Pos esc_last_pos(Node *n) {
    return esc_last_pos_from(n, n ? n->pos : (Pos){0, 0});
}

EscHole esc_spill(Esc *e, EscHole k, Node *n, const char *text) {
    EscLoc *loc = esc_new_loc(e->b, e->fn, e->loop_depth, LK_EXPR, true);
    loc->n = n;
    loc->pos = n->pos;
    loc->text = text;   /* NULL: printed each time it is reported (esc_loc_text) */
    loc->lazytext = text == NULL;
    loc->isclosure = n->kind == N_FUNCLIT;
    /* the closure gc makes for a generic function value is a wrapper:
     * no summary line of its own (escape.go finish) */
    loc->goDeferWrapper = gen_is_value_closure(n);
    esc_flow(e->b, esc_addr(e->b, k, n, "spill"), loc);
    return esc_hole(loc);
}

void esc_discard(Esc *e, Node *n) { esc_expr(e, esc_discard_hole(e->b), n); }

void esc_assign_heap(Esc *e, Node *src, const char *why, Node *where) {
    esc_expr(e, esc_note(e->b, esc_heap_hole(e->b), where, why), src);
}

/* An implicit conversion gc inserted at pos (if the checker did not). */
static Node *make_conv(Esc *e, Node *x, Type *dst, Pos pos) {
    Node *c = arena_alloc(e->b->arena, sizeof *c);
    c->kind = N_CONVIFACE;
    c->pos = pos;
    c->x = x;
    c->ty = dst;
    c->implicit = true;
    c->mode = OPM_VALUE;
    return c;
}

/* Evaluate n flowing to k as a value assigned to type dst: gc's implicit
 * OCONVIFACE when dst is an interface, at position convpos. */
void esc_expr_conv(Esc *e, EscHole k, Node *n, Type *dst, Pos convpos) {
    if (!n)
        return;
    if (n->kind == N_CONVIFACE && n->implicit) {
        /* in shaped code the checker placed it at its statement, as gc's
         * transformAssign/transformReturn do (check_generic.c) */
        if (convpos.line && !(n->gen && n->gen->stmtpos))
            n->pos = convpos;
        esc_expr(e, k, n);
        return;
    }
    if (dst && type_is_interface(dst) && n->ty && !type_is_untyped(n->ty) &&
        !type_is_interface(n->ty) && !is_const(n)) {
        esc_expr(e, k, make_conv(e, n, dst, convpos.line ? convpos : n->pos));
        return;
    }
    if (dst && type_is_interface(dst) && n->ty && is_const(n) && n->ty &&
        n->ty->kind != TY_UNTYPED_NIL && !type_is_interface(n->ty)) {
        esc_expr(e, k, make_conv(e, n, dst, convpos.line ? convpos : n->pos));
        return;
    }
    esc_expr(e, k, n);
}

static bool is_uintptr_op(int op) {
    switch (op) {
    case T_ADD: case T_SUB: case T_OR: case T_XOR: case T_MUL: case T_QUO: case T_REM:
    case T_AND: case T_AND_NOT: case T_SHL: case T_SHR:
        return true;
    default:
        return false;
    }
}

/* unsafeValue: the pointers a uintptr expression may carry (expr.go). */
static void unsafe_value(Esc *e, EscHole k, Node *n) {
    n = unparen(n);
    if (!n)
        return;
    switch (n->kind) {
    case N_CALL:
        if (esc_is_type_expr(n->x) && n->list.len) {   /* uintptr(p) */
            Node *x = n->list.items[0];
            if (x->ty && type_under(x->ty)->kind == TY_UNSAFEPTR)
                esc_expr(e, k, x);
            else
                esc_discard(e, x);
            return;
        }
        break;
    case N_UNARY:
        if (n->op == T_ADD || n->op == T_SUB || n->op == T_XOR) {
            unsafe_value(e, k, n->x);
            return;
        }
        break;
    case N_BINARY: {
        /* a chain's left spine, without recursion (chain.h) */
        Spine sp;
        spine_init(&sp);
        for (; n && n->kind == N_BINARY && is_uintptr_op(n->op); n = unparen(n->x))
            spine_push(&sp, n);
        if (!sp.n)
            break;
        unsafe_value(e, k, n);
        for (int i = sp.n - 1; i >= 0; i--) {
            if (sp.v[i]->op == T_SHL || sp.v[i]->op == T_SHR)
                esc_discard(e, sp.v[i]->y);
            else
                unsafe_value(e, k, sp.v[i]->y);
        }
        spine_free(&sp);
        return;
    }
    default:
        break;
    }
    esc_discard(e, n);
}

static void conv_iface(Esc *e, EscHole k, Node *n, Node *x) {
    if (x->ty && n->ty && type_is_empty_interface(type_under(x->ty)) &&
        type_is_empty_interface(type_under(n->ty))) {
        /* Assignop: between two empty interfaces (type Value interface{}
         * to any) is an OCONVNOP, which adds no note */
        esc_expr(e, k, x);
        return;
    }
    if (x->ty && !type_is_interface(x->ty) && !esc_is_direct_iface(x->ty))
        k = esc_spill(e, k, n, NULL);
    esc_expr(e, esc_note(e->b, k, n, "interface-converted"), x);
}

static void method_value(Esc *e, EscHole k, Node *n);
static void composite(Esc *e, EscHole k, Node *n);

static void conversion(Esc *e, EscHole k, Node *n) {
    Node *x = n->list.len ? n->list.items[0] : NULL;
    Type *to = n->ty, *from = x ? x->ty : NULL;
    if (!x)
        return;
    if (n->mode == OPM_CONST)
        return;
    Type *tu = type_under(to), *fu = type_under(from);
    if (tu && type_is_interface(tu)) {
        if (fu && type_is_interface(fu)) {
            esc_expr(e, k, x);
            return;
        }
        conv_iface(e, k, n, x);
        return;
    }
    if (tu && fu) {
        bool to_str = tu->kind == TY_STRING, from_str = fu->kind == TY_STRING;
        bool to_sl = tu->kind == TY_SLICE, from_sl = fu->kind == TY_SLICE;
        if (to_sl && from_str && is_const(x) && type_under(tu->elem)->kind == TY_INT32) {
            /* []rune("const") is folded to a []rune{...} literal */
            bool empty = x->val && x->val->kind == CK_STRING && x->val->slen == 0;
            esc_spill(e, k, n, empty ? "[]rune{}" : "[]rune{...}");
            return;
        }
        if ((to_str && (from_sl || type_is_integer(fu))) || (to_sl && from_str)) {
            /* OBYTES2STR, ORUNES2STR, ORUNESTR, OSTR2BYTES, OSTR2RUNES */
            esc_spill(e, k, n, NULL);
            esc_discard(e, x);
            return;
        }
        if (tu->kind == TY_UNSAFEPTR || fu->kind == TY_UNSAFEPTR) {
            if (tu->kind == TY_UNSAFEPTR && fu->kind == TY_UINTPTR) {
                unsafe_value(e, k, x);
                return;
            }
        }
    }
    esc_expr(e, k, x);   /* OCONV, OCONVNOP */
}

static void builtin_expr(Esc *e, EscHole k, Node *n, Builtin bi) {
    switch (bi) {
    case BI_NEW:
        esc_spill(e, k, n, NULL);
        return;
    case BI_MAKE: {
        Type *t = type_under(n->ty);
        if (t && t->kind == TY_SLICE) {
            esc_spill(e, k, n, NULL);
            for (int i = 1; i < n->list.len; i++)
                esc_discard(e, n->list.items[i]);
        } else if (t && t->kind == TY_MAP) {
            esc_spill(e, k, n, NULL);
            for (int i = 1; i < n->list.len; i++)
                esc_discard(e, n->list.items[i]);
        } else {
            for (int i = 1; i < n->list.len; i++)
                esc_discard(e, n->list.items[i]);
        }
        return;
    }
    case BI_ALIGNOF: case BI_OFFSETOF: case BI_SIZEOF:
        return;
    default:
        esc_call(e, &k, 1, n);
        return;
    }
}

static bool is_addstr(const Node *u) {
    return u && u->kind == N_BINARY && u->op == T_ADD && u->mode != OPM_CONST && u->ty &&
           type_under(u->ty)->kind == TY_STRING;
}

/* The operands of a flattened string concatenation, in order, along its
 * left spine without recursion (chain.h). */
static void discard_addstr(Esc *e, Node *n) {
    Spine sp;
    spine_init(&sp);
    for (Node *u = unparen(n); is_addstr(u); u = unparen(n)) {
        spine_push(&sp, u);
        n = u->x;
    }
    esc_discard(e, n);
    for (int i = sp.n - 1; i >= 0; i--)
        discard_addstr(e, sp.v[i]->y);
    spine_free(&sp);
}

/* x op y (not a concatenation) discards both operands: a chain's left
 * spine in a loop (chain.h), down to an operand esc_expr treats apart. */
static void discard_operands(Esc *e, Node *n) {
    Spine sp;
    spine_init(&sp);
    for (; n && n->kind == N_BINARY && !is_addstr(n) && !is_const(n); n = n->x)
        spine_push(&sp, n);
    esc_discard(e, n);
    for (int i = sp.n - 1; i >= 0; i--)
        esc_discard(e, sp.v[i]->y);
    spine_free(&sp);
}

void esc_expr(Esc *e, EscHole k, Node *n) {
    if (!n || e->b->cx->failed)
        return;
    if (k.derefs >= 0 && n->ty && !type_is_untyped(n->ty) && !esc_has_pointers(n->ty) &&
        n->kind != N_FUNCLIT)
        k.dst = &e->b->blank;
    if (is_const(n) && n->kind != N_CALL)
        return;   /* OLITERAL, ONIL */
    switch (n->kind) {
    case N_NAME: {
        Obj *o = n->obj;
        if (!o || o->kind != OBJ_VAR || is_global_var(o) || !n->lit || !strcmp(n->lit, "_"))
            return;
        esc_flow(e->b, k, esc_var_loc(e, o));
        return;
    }
    case N_PAREN:
        esc_expr(e, k, n->x);
        return;
    case N_BASICLIT:
        return;
    case N_CONVIFACE:
        conv_iface(e, k, n, n->x);
        return;
    case N_UNARY:
        switch (n->op) {
        case T_AND: {
            Node *x = unparen(n->x);
            if (x && x->kind == N_COMPOSITE) {   /* OPTRLIT */
                esc_expr(e, esc_spill(e, k, n, NULL), x);
                return;
            }
            esc_expr(e, esc_addr(e->b, k, n, "address-of"), n->x);
            return;
        }
        case T_ARROW:   /* ORECV */
            esc_discard(e, n->x);
            return;
        default:
            esc_discard(e, n->x);
            return;
        }
    case N_STAR:
        if (esc_is_type_expr(n))
            return;
        esc_expr(e, esc_deref(e->b, k, n, "indirection"), n->x);
        return;
    case N_BINARY:
        if (n->op == T_ADD && n->ty && type_under(n->ty)->kind == TY_STRING) {
            /* OADDSTR: one allocation for the whole chain a + b + c */
            esc_spill(e, k, n, NULL);
            discard_addstr(e, n->x);
            discard_addstr(e, n->y);
            return;
        }
        discard_operands(e, n);
        return;
    case N_SELECTOR: {
        Node *x = n->x;
        if (x && x->kind == N_NAME && x->obj && x->obj->kind == OBJ_PKG)
            return;   /* pkg.Var (PEXTERN) or pkg.Func (PFUNC) */
        if (esc_is_type_expr(x))
            return;   /* OMETHEXPR */
        if (n->obj && n->obj->kind == OBJ_FUNC) {
            method_value(e, k, n);
            return;
        }
        if (x && x->ty && type_under(x->ty)->kind == TY_PTR)
            esc_expr(e, esc_deref(e->b, k, n, "dot of pointer"), x);
        else
            esc_expr(e, esc_note(e->b, k, n, "dot"), x);
        return;
    }
    case N_INDEX: {
        Type *xt = n->x ? type_under(n->x->ty) : NULL;
        if (xt && xt->kind == TY_MAP) {
            esc_discard(e, n->x);
            esc_discard(e, n->y);
            return;
        }
        if (xt && xt->kind == TY_ARRAY)
            esc_expr(e, esc_note(e->b, k, n, "fixed-array-index-of"), n->x);
        else if (xt && xt->kind == TY_PTR) {   /* p[i] on *[N]T: implicit *p */
            /* made by irgen at base.Pos: the last operand it translated */
            Node *star = arena_alloc(e->b->arena, sizeof *star);
            star->kind = N_STAR;
            star->implicit = true;
            star->x = n->x;
            star->ty = n->x->ty->elem;
            star->pos = esc_last_pos(n);
            esc_expr(e, esc_deref(e->b, esc_note(e->b, k, n, "fixed-array-index-of"), star,
                                  "indirection"), n->x);
        }
        else
            esc_expr(e, esc_deref(e->b, k, n, "dot of pointer"), n->x);
        esc_discard(e, n->y);
        return;
    }
    case N_SLICE: {
        Type *xt = n->x ? type_under(n->x->ty) : NULL;
        EscHole ks = esc_note(e->b, k, n, "slice");
        if (xt && xt->kind == TY_ARRAY) {
            /* OSLICEARR of an implicit &x, made at irgen's base.Pos */
            Node *amp = arena_alloc(e->b->arena, sizeof *amp);
            amp->kind = N_UNARY;
            amp->op = T_AND;
            amp->implicit = true;
            amp->x = n->x;
            amp->pos = esc_last_pos(n);   /* the indices are translated first */
            esc_expr(e, esc_addr(e->b, ks, amp, "address-of"), n->x);
        }
        else
            esc_expr(e, ks, n->x);
        esc_discard(e, n->y);
        esc_discard(e, n->z);
        esc_discard(e, n->w);
        return;
    }
    case N_TYPEASSERT: {
        Type *t = n->ty;
        EscHole kk = k;
        if (t && !type_is_interface(t) && !esc_is_direct_iface(t))
            kk = esc_shift(kk, 1);
        esc_expr(e, esc_note(e->b, kk, n, "dot"), n->x);
        return;
    }
    case N_CALL: {
        if (esc_is_type_expr(n->x)) {
            conversion(e, k, n);
            return;
        }
        Node *f = unparen(n->x);
        if (f && f->obj && f->obj->kind == OBJ_BUILTIN) {
            builtin_expr(e, k, n, f->obj->builtin);
            return;
        }
        esc_call(e, &k, 1, n);
        return;
    }
    case N_INLCALL:
        esc_call(e, &k, 1, n);
        return;
    case N_COMPOSITE:
        composite(e, k, n);
        return;
    case N_FUNCLIT:
        esc_closure(e, k, n);
        return;
    case N_KEYVALUE:
        esc_expr(e, k, n->y);
        return;
    default:
        if (esc_is_type_expr(n))
            return;
        esc_unsupported(e, n->pos, "this expression in escape analysis");
        return;
    }
}

/* Elements of composite literals: gc wraps unkeyed names in OPAREN with
 * their own position; a keyed element's conversion is at the colon. */
static void elem(Esc *e, EscHole k, Node *el, Type *dst, bool packed) {
    if (el->kind == N_KEYVALUE)
        esc_expr_conv(e, k, el->y, dst, el->pos);
    else   /* a packed ... argument's element: at its argument position */
        esc_expr_conv(e, k, el, dst, packed && el->pos2.line ? el->pos2 : el->pos);
}

static void composite(Esc *e, EscHole k, Node *n) {
    Type *t = n->ty;
    Type *u = type_under(t);
    if (!u)
        return;
    if (u->kind == TY_PTR) {
        /* an elided &T{...} inside an outer literal: OPTRLIT of the literal */
        Node *inner = arena_alloc(e->b->arena, sizeof *inner);
        *inner = *n;
        inner->ty = u->elem;
        k = esc_spill(e, k, n, arena_printf(e->b->arena, "&%s{%s}",
                                              esc_type_string(e->b, u->elem),
                                              n->list.len ? "..." : ""));
        n = inner;
        t = u->elem;
        u = type_under(t);
    }
    switch (u->kind) {
    case TY_STRUCT:
        for (int i = 0; i < n->list.len; i++) {
            Node *el = n->list.items[i];
            Type *ft = NULL;
            if (el->kind == N_KEYVALUE) {
                Node *key = el->x;
                for (int f = 0; f < u->nfields; f++)
                    if (key && key->lit && !strcmp(u->fields[f]->name, key->lit))
                        ft = u->fields[f]->type;
            } else if (i < u->nfields) {
                ft = u->fields[i]->type;
            }
            elem(e, esc_note(e->b, k, n, "struct literal element"), el, ft, false);
        }
        return;
    case TY_ARRAY:
        for (int i = 0; i < n->list.len; i++)
            elem(e, esc_note(e->b, k, n, "array literal element"), n->list.items[i], u->elem, false);
        return;
    case TY_SLICE:
        k = esc_spill(e, k, n, NULL);
        for (int i = 0; i < n->list.len; i++)
            elem(e, esc_note(e->b, k, n, "slice-literal-element"), n->list.items[i], u->elem,
                 n->implicit && !n->x);
        return;
    case TY_MAP:
        esc_spill(e, k, n, NULL);
        for (int i = 0; i < n->list.len; i++) {
            Node *el = n->list.items[i];
            if (el->kind != N_KEYVALUE)
                continue;
            esc_expr_conv(e, esc_note(e->b, esc_heap_hole(e->b), n, "map literal key"), el->x,
                          u->key, el->pos);
            esc_expr_conv(e, esc_note(e->b, esc_heap_hole(e->b), n, "map literal value"), el->y,
                          u->elem, el->pos);
        }
        return;
    default:
        return;
    }
}

/* OMETHVALUE: x.M as a value allocates a closure binding x. */
extern EscHole esc_tag_hole(Esc *e, EscHole *ks, int nks, EscFn *fn, Obj *callee, int slot,
                            Type *ptype);
static void method_value(Esc *e, EscHole k, Node *n) {
    EscHole closure_k = esc_spill(e, k, n, NULL);
    Obj *m = n->obj;
    Type *mt = m->type;
    int nres = mt ? mt->nresults : 0;
    EscHole ks[ESC_NUM_RESULTS + 1];
    int nks = 0;
    for (int i = 0; i < nres && nks < ESC_NUM_RESULTS; i++)
        ks[nks++] = esc_heap_hole(e->b);
    EscFn *callee = m->decl ? esc_fn_of(e->b->cx, m->decl) : NULL;
    bool iface = m->flags & OBJF_IMETHOD;
    EscHole param_k = iface ? esc_heap_hole(e->b)
                            : esc_tag_hole(e, ks, nks, callee, m, 0, mt && mt->recv ? mt->recv->type : NULL);
    EscHole tee[2] = {param_k, closure_k};
    esc_expr(e, esc_tee(e->b, e->fn, e->loop_depth, tee, 2), n->x);
}

/* -------------------------------------------------------------- assign.go */

EscHole esc_addr_of(Esc *e, Node *n) {
    n = unparen(n);
    if (!n || (n->kind == N_NAME && n->lit && !strcmp(n->lit, "_")))
        return esc_discard_hole(e->b);
    EscHole k = esc_heap_hole(e->b);
    switch (n->kind) {
    case N_NAME:
        if (!n->obj || is_global_var(n->obj))
            break;
        return esc_hole(esc_var_loc(e, n->obj));
    case N_SELECTOR:
        if (n->x && n->x->kind == N_NAME && n->x->obj && n->x->obj->kind == OBJ_PKG)
            break;   /* pkg.Var */
        if (n->x && n->x->ty && type_under(n->x->ty)->kind == TY_PTR) {
            esc_discard(e, n);   /* ODOTPTR */
            break;
        }
        return esc_addr_of(e, n->x);   /* ODOT */
    case N_INDEX: {
        Type *xt = n->x ? type_under(n->x->ty) : NULL;
        if (xt && xt->kind == TY_MAP) {
            esc_discard(e, n->x);
            esc_assign_heap(e, n->y, "key of map put", n);
            break;
        }
        esc_discard(e, n->y);
        if (xt && xt->kind == TY_ARRAY)
            return esc_addr_of(e, n->x);
        esc_discard(e, n->x);
        break;
    }
    case N_STAR:
        esc_discard(e, n);
        break;
    default:
        esc_unsupported(e, n->pos, "this assignment target in escape analysis");
        break;
    }
    return k;
}

/* reassigned marks the locations of ks as reassigned, except for the
 * statement that declares them (gc's Defn), a range loop excepted. */
void esc_reassigned(Esc *e, EscHole *ks, int n, Node *where) {
    for (int i = 0; i < n; i++) {
        EscLoc *loc = ks[i].dst;
        if (!loc || loc == &e->b->blank || loc == &e->b->heap)
            continue;
        if (where && where->kind != N_RANGE && loc->defn == where)
            continue;   /* the declaring statement */
        loc->reassigned = true;
    }
}

/* ---- self-assignment (utils.go isSelfAssign) */

static bool same_safe(Node *l, Node *r) {
    l = unparen(l);
    r = unparen(r);
    if (!l || !r || l->kind != r->kind)
        return false;
    switch (l->kind) {
    case N_NAME: return l->obj && l->obj == r->obj;
    case N_SELECTOR:
        return l->name && r->name && l->name->lit && r->name->lit &&
               !strcmp(l->name->lit, r->name->lit) && same_safe(l->x, r->x);
    case N_STAR: return same_safe(l->x, r->x);
    case N_INDEX: return same_safe(l->x, r->x) && same_safe(l->y, r->y);
    case N_BASICLIT:
        return l->litlen == r->litlen && !memcmp(l->lit, r->lit, (size_t)l->litlen);
    default: return false;
    }
}

static bool is_comparison_op(int op) {
    return op == T_EQL || op == T_NEQ || op == T_LSS || op == T_LEQ || op == T_GTR ||
           op == T_GEQ;
}

static bool may_affect_memory(Node *n) {
    n = unparen(n);
    if (!n || is_const(n))
        return false;
    switch (n->kind) {
    case N_NAME: case N_BASICLIT: return false;
    case N_BINARY:
        switch (n->op) {
        case T_ADD: case T_SUB: case T_OR: case T_XOR: case T_MUL: case T_SHL: case T_SHR:
        case T_AND: case T_AND_NOT: case T_QUO: case T_REM:
            break;
        default:
            return true;
        }
        /* a chain: its left spine in a loop (chain.h) */
        for (Node *l = unparen(n->x); l && l->kind == N_BINARY && !is_const(l) &&
                                      l->op != T_LAND && l->op != T_LOR && !is_comparison_op(l->op);
             l = unparen(l->x)) {
            if (may_affect_memory(n->y))
                return true;
            n = l;
        }
        return may_affect_memory(n->x) || may_affect_memory(n->y);
    case N_INDEX: return may_affect_memory(n->x) || may_affect_memory(n->y);
    case N_UNARY: return n->op == T_AND || n->op == T_ARROW || may_affect_memory(n->x);
    case N_SELECTOR: case N_STAR: return may_affect_memory(n->x);
    case N_CALL:
        if (is_builtin(n, BI_LEN) || is_builtin(n, BI_CAP))
            return n->list.len ? may_affect_memory(n->list.items[0]) : false;
        if (esc_is_type_expr(n->x) && n->list.len)
            return may_affect_memory(n->list.items[0]);
        return true;
    default: return true;
    }
}

/* dst is *p or p.f (p a pointer name); the base of a slice expression. */
static Node *deref_base(Node *n) {
    n = unparen(n);
    if (!n)
        return NULL;
    if (n->kind == N_STAR)
        return unparen(n->x);
    if (n->kind == N_SELECTOR && n->x && n->x->ty && type_under(n->x->ty)->kind == TY_PTR)
        return unparen(n->x);
    return NULL;
}

bool esc_is_self_assign(Node *dst, Node *src) {
    dst = unparen(dst);
    src = unparen(src);
    if (!dst || !src)
        return false;
    /* isSliceSelfAssign: *p = (*p)[a:b] or p.f = p.f[a:b] */
    if (src->kind == N_SLICE) {
        Node *dx = deref_base(dst);
        Type *st = src->x ? type_under(src->x->ty) : NULL;
        Node *bx = (st && st->kind == TY_ARRAY) ? NULL : deref_base(src->x);
        if (dx && bx && dx->kind == N_NAME && bx->kind == N_NAME && dx->obj == bx->obj && dx->obj)
            return true;
    }
    if (dst->kind != src->kind)
        return false;
    if (dst->kind == N_SELECTOR) {
        bool dp = dst->x && dst->x->ty && type_under(dst->x->ty)->kind == TY_PTR;
        bool sp = src->x && src->x->ty && type_under(src->x->ty)->kind == TY_PTR;
        /* ODOT/ODOTPTR both: a method value (OMETHVALUE) is another op */
        if (dp != sp || (dst->obj && dst->obj->kind != OBJ_VAR) ||
            (src->obj && src->obj->kind != OBJ_VAR))
            return false;
        return same_safe(dst->x, src->x);
    }
    if (dst->kind == N_INDEX) {
        Type *t = dst->x ? type_under(dst->x->ty) : NULL;
        if (t && t->kind == TY_MAP)
            return false;
        if (may_affect_memory(dst->y) || may_affect_memory(src->y))
            return false;
        return same_safe(dst->x, src->x);
    }
    return false;
}
