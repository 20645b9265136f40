/* inline_cost.c - gc 1.19's CanInline: which functions can be inlined, and
 * at what cost.
 *
 * gc counts the IR nodes of a function body after type checking (inl.go's
 * hairyVisitor).  We count on the checked AST, charging each construct the
 * number of IR nodes gc's front end (noder/irgen + typecheck) makes of it.
 * The table below was calibrated with `go build -gcflags=-m=2` on one small
 * function per construct (see tests/engine/test_inline.c):
 *
 *   name, literal, constant expression (folded)       1
 *   x op y, op x, x.f, x[i], x.(T), <-c, len(x)...    1 + operands
 *   a + b + c on strings (one OADDSTR)                1 + operands
 *   conversion: value-preserving (int->int64, named<->underlying,
 *     unsafe.Pointer) 0, else 1                        + operand
 *   implicit conversion to interface                  1 + operand
 *     (but 0 in a comparison or a switch case: gc adds it later)
 *   *&x (deref of an address)                         1 + operand - 1
 *   T{...}, [n]T{...}, map[K]V{...}                   1, +1 per key:value
 *     (struct: +1 per field, keyed or not)             + element costs
 *   []T{...}                                          2 + as above
 *   &T{...}                                           1 + literal
 *   new(T)                                            2
 *   make(T, args)                                     1 + args (map/chan
 *                                                      without size: 2)
 *   panic(x)                                          2 + x (an implicit
 *                                                      interface conversion
 *                                                      of x is free)
 *   f(args), f inlinable                              2 + cost(f) + args
 *   f(args), f not inlinable / unknown                2 + 57 + args
 *   x.M(args) (concrete)                              2 + (cost(M) or 57) +
 *                                                      x + args
 *   x.M(args) (interface)                             2 + 57 + x + args
 *   x.M (method value, not called)                    2 + x
 *   T.M (method expression)                           1
 *   func literal                                      1 + 15 + body
 *   x = y, x op= y, x++                               1 + operands (x++ has
 *                                                      the literal 1)
 *   x := y                                            + 2 per new variable
 *   var x T / var x = y                               4 / 3 + y per name
 *   return a, b                                       1 + results
 *   if / for / range / switch / select / case         1 + parts
 *   select comm `<-c` / `v := <-c`                    5 (+2 per new var)
 *   range with := key/value                           + 2 per new variable
 *   type switch with `v :=`                           + 1, and + 1 per case
 *   label, break, continue, goto                      1
 *   fallthrough, const declaration, { block }         0
 *   if with a constant condition                      0 + the live branch
 *
 *   p[i] with p a pointer to an array (implicit *p)    + 1
 *   a[i:j] with a an array (implicit &a)              + 1
 *   []rune("const") (a rune slice literal)            2 + 3 per rune
 *   conversion between two empty interfaces           0
 *   f(...) whose callee expression holds a call       + 3 (`t := X; t()`)
 *   f(g()), return g() with g multi-valued            + 4n+1 (+1 per
 *                                                      interface conversion)
 *   a, b = g() when a variable's type differs         + 4n+1 (+ conversions)
 *   call of an amd64 intrinsic (math.Sqrt, bits.*,
 *     sync/atomic.*)                                  as a plain call: 1 +
 *                                                      operands, no callee
 *   encoding/binary byte-order methods                no callee cost
 *   std callee                                        gc's own cost of it
 *                                                      (inline_std.c)
 *
 * Hairy (never inlined): go, defer, recover(), a local type declaration,
 * //go:noinline, //go:uintptrkeepalive, //go:uintptrescapes.  Dead code
 * (deadcode.Func: a constant if's dead branch, statements after a
 * terminating constant if) is removed first and costs nothing.
 */
#include <string.h>

#include "generic.h"
#include "inline_int.h"
#include "chain.h"

/* ------------------------------------------------------- conversions */

/* gc's SimType for amd64: int, uint and uintptr are their 64-bit kinds. */
static TypeKind sim_kind(TypeKind k)
{
    switch (k) {
    case TY_INT: return TY_INT64;
    case TY_UINT: case TY_UINTPTR: return TY_UINT64;
    default: return k;
    }
}

static bool is_intfloat(TypeKind k)
{
    return (k >= TY_INT && k <= TY_FLOAT64);
}

/* gc's Convertop, reduced to what costs: OCONVNOP costs nothing. */
int inl_conv_cost(const Node *call)
{
    Type *dst = call->ty;
    Node *arg = call->list.len > 0 ? call->list.items[0] : NULL;
    Type *src = arg ? arg->ty : NULL;
    if (!dst || !src)
        return 1;
    if (type_is_interface(dst))
        return type_identical(src, dst) ? 0 : 1;
    Type *us = type_under(src), *ud = type_under(dst);
    /* PT(&v) in shaped code: pointers to the same type once unshaped */
    if (us->kind == TY_PTR && ud->kind == TY_PTR && (gen_has_shape(src) || gen_has_shape(dst)))
        return 0;
    if (src == dst || type_identical(us, ud)) {
        /* floating point conversions between equal kinds are kept */
        if (us->kind == ud->kind &&
            (type_is_float(ud) || type_is_complex(ud)))
            return 1;
        return 0;
    }
    if (us->kind == TY_PTR && ud->kind == TY_PTR && !src->obj && !dst->obj &&
        type_identical(type_under(us->elem), type_under(ud->elem)))
        return 0;
    if (is_intfloat(us->kind) && is_intfloat(ud->kind))
        return sim_kind(us->kind) == sim_kind(ud->kind) ? 0 : 1;
    if (type_is_complex(us) && type_is_complex(ud))
        return us->kind == ud->kind ? 0 : 1;
    if ((us->kind == TY_PTR || us->kind == TY_UINTPTR) && ud->kind == TY_UNSAFEPTR)
        return 0;
    if (us->kind == TY_UNSAFEPTR && (ud->kind == TY_PTR || ud->kind == TY_UINTPTR))
        return 0;
    return 1;
}

/* ------------------------------------------------------ hairy visitor */

typedef struct Hairy {
    InlState *st;
    int budget;
    const char *reason;
    bool full;          /* -m=2: don't stop early, report the whole cost */
    Node *fn;           /* the function (or literal) whose body this is */
} Hairy;

static bool h_expr(Hairy *h, Node *n);
static bool h_stmt(Hairy *h, Node *n);
static bool h_stmts(Hairy *h, const NodeList *l);

static bool charge(Hairy *h, int c)
{
    h->budget -= c;
    if (h->budget < 0 && !h->full) {
        h->reason = "too expensive";
        return true;
    }
    return false;
}

static bool hairy(Hairy *h, const char *reason)
{
    h->reason = reason;
    return true;
}

static bool h_exprs(Hairy *h, const NodeList *l)
{
    for (int i = 0; i < l->len; i++)
        if (h_expr(h, l->items[i]))
            return true;
    return false;
}

/* An implicit interface conversion gc adds only after inlining (in a
 * comparison or a switch case) costs nothing. */
static bool h_expr_noconv(Hairy *h, Node *n)
{
    if (n && n->kind == N_CONVIFACE && n->implicit)
        n = n->x;
    return h_expr(h, n);
}

static bool h_complit(Hairy *h, Node *n, Type *t)
{
    Type *u = type_under(t);
    if (u && u->kind == TY_PTR) {           /* elided &T in []*T{{...}} */
        if (charge(h, 1))
            return true;
        u = type_under(u->elem);
    }
    int own = 1;
    if (u && u->kind == TY_SLICE)
        own = 2;                            /* OSLICELIT's toolstash hack */
    if (charge(h, own))
        return true;
    for (int i = 0; i < n->list.len; i++) {
        Node *e = n->list.items[i];
        Node *key = NULL, *val = e;
        if (e->kind == N_KEYVALUE) {
            key = e->x;
            val = e->y;
        }
        if (u && u->kind == TY_STRUCT) {
            if (charge(h, 1))               /* OSTRUCTKEY */
                return true;
        } else if (key) {
            if (charge(h, 1) || h_expr(h, key))   /* OKEY */
                return true;
        }
        if (val && val->kind == N_COMPOSITE && !val->x) {
            Type *et = val->ty;
            if (!et && u)
                et = u->kind == TY_MAP || u->kind == TY_ARRAY || u->kind == TY_SLICE ? u->elem : NULL;
            if (h_complit(h, val, et))
                return true;
        } else if (h_expr(h, val)) {
            return true;
        }
    }
    return false;
}

static bool h_closure(Hairy *h, Node *n)
{
    if (charge(h, INL_CLOSURE_COST + 1))
        return true;
    Node *saved = h->fn;
    h->fn = n;
    bool r = n->body ? h_stmts(h, &n->body->list) : false;
    h->fn = saved;
    return r;
}

static bool is_addr(Node *n)
{
    n = inl_unparen(n);
    while (n && n->kind == N_CALL && inl_is_conversion(n) && n->list.len == 1 &&
           inl_conv_cost(n) == 0)
        n = inl_unparen(n->list.items[0]);
    /* an OADDR, not the OPTRLIT of &T{...} */
    return n && n->kind == N_UNARY && n->op == T_AND &&
           !(inl_unparen(n->x) && inl_unparen(n->x)->kind == N_COMPOSITE);
}

static bool is_string_add(const Node *n)
{
    return n->kind == N_BINARY && n->op == T_ADD && n->ty &&
           type_is_string(n->ty) && !inl_is_const(n);
}

static bool is_comparison(int op)
{
    return op == T_EQL || op == T_NEQ || op == T_LSS || op == T_LEQ || op == T_GTR ||
           op == T_GEQ;
}

/* x op y costs 1, and so does a whole chain of string additions (gc's
 * OADDSTR) besides its operands.  A chain a + b + ... is walked along its
 * left spine without recursion (chain.h), in the order of a recursion:
 * the operators top-down, then the operands left to right; a comparison's
 * operands without their implicit interface conversions. */
static bool h_binary(Hairy *h, Node *n)
{
    Spine s;
    spine_init(&s);
    bool addstr = false, stop = false;
    Node *first;
    for (;;) {
        if (!addstr && is_string_add(n)) {
            addstr = true;
            if ((stop = charge(h, 1)))
                break;
        } else if (!addstr && (stop = charge(h, 1))) {
            break;
        }
        spine_push(&s, n);
        first = n->x;
        Node *l = inl_unparen(first);
        if (!l || l->kind != N_BINARY || inl_is_const(l) ||
            (addstr && !is_string_add(l)))
            break;
        n = l;
    }
    if (!stop)
        stop = !addstr && is_comparison(n->op) ? h_expr_noconv(h, first) : h_expr(h, first);
    for (int i = s.n - 1; i >= 0 && !stop; i--) {
        Node *b = s.v[i];
        bool plaincmp = !is_string_add(b) && is_comparison(b->op);
        stop = plaincmp ? h_expr_noconv(h, b->y) : h_expr(h, b->y);
    }
    spine_free(&s);
    return stop;
}

bool inl_call_is_intrinsic(const Node *call)
{
    Node *fx = inl_unparen(call->x);
    if (!fx || fx->kind != N_SELECTOR || !inl_is_pkg_sel(fx) || !fx->obj ||
        fx->obj->kind != OBJ_FUNC || !fx->obj->pkg || !fx->obj->pkg->path)
        return false;
    return inl_is_intrinsic(fx->obj->pkg->path, fx->obj->name);
}

/* gc's special case: on amd64 the encoding/binary byte-order methods are
 * cheap (they become single loads and stores), whatever their body costs. */
static bool cheap_binary(const InlFunc *f)
{
    static const char *const names[] = {
        "binary.littleEndian.Uint64", "binary.littleEndian.Uint32",
        "binary.littleEndian.Uint16", "binary.bigEndian.Uint64", "binary.bigEndian.Uint32",
        "binary.bigEndian.Uint16", "binary.littleEndian.PutUint64",
        "binary.littleEndian.PutUint32", "binary.littleEndian.PutUint16",
        "binary.bigEndian.PutUint64", "binary.bigEndian.PutUint32", "binary.bigEndian.PutUint16",
    };
    if (!f || !f->std || !f->obj || !f->obj->pkg || !f->obj->pkg->path ||
        strcmp(f->obj->pkg->path, "encoding/binary") != 0)
        return false;
    for (unsigned i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(f->name, names[i]) == 0)
            return true;
    return false;
}

static bool h_callee_cost(Hairy *h, Node *call)
{
    if (inl_call_is_intrinsic(call))
        return false;           /* treated like any other node */
    InlFunc *f = inl_callee(h->st, call);
    if (cheap_binary(f))
        return false;
    int c = f && f->inlinable ? f->cost : INL_EXTRA_CALL_COST;
    if (call->gen)
        c += call->gen->dictcost;   /* a stenciled call's dictionary argument */
    return charge(h, c);
}

static bool h_builtin(Hairy *h, Node *n, Builtin b)
{
    switch (b) {
    case BI_RECOVER:
        return hairy(h, "call to recover");
    case BI_NEW:
        return charge(h, 2);
    case BI_MAKE: {
        Type *t = n->list.len ? type_under(n->list.items[0]->ty) : NULL;
        int extra = (t && (t->kind == TY_MAP || t->kind == TY_CHAN) && n->list.len == 1);
        if (charge(h, 1 + extra))
            return true;
        for (int i = 1; i < n->list.len; i++)
            if (h_expr(h, n->list.items[i]))
                return true;
        return false;
    }
    case BI_PANIC: {
        Node *a = n->list.len ? n->list.items[0] : NULL;
        int c = 1 + INL_EXTRA_PANIC_COST;
        if (a && a->kind == N_CONVIFACE && a->implicit)
            c--;
        return charge(h, c) || h_exprs(h, &n->list);
    }
    default:
        return charge(h, 1) || h_exprs(h, &n->list);
    }
}

/* f(g()) and `return g()` with g multi-valued: gc's RewriteMultiValueCall
 * (`t1, t2 := g()`, then the temporaries, converted where the parameter or
 * result is an interface).  The number of values, or 0 if not such. */
int inl_multi_values(Node *call, Type **want, int nwant, int *conv)
{
    Node *c = inl_unparen(call);
    *conv = 0;
    if (c && c->kind == N_INLCALL)
        c = c->x;               /* the call as written */
    if (!c || c->kind != N_CALL || inl_is_conversion(c) || inl_builtin(c) != BI_NONE)
        return 0;
    Type *tt = c->ty;
    if (!tt || tt->kind != TY_TUPLE || tt->nfields < 2)
        return 0;
    for (int i = 0; i < tt->nfields && i < nwant; i++)
        if (want[i] && type_is_interface(want[i]) && tt->fields[i]->type &&
            !type_identical(want[i], tt->fields[i]->type))
            (*conv)++;
    return tt->nfields;
}

static int obj_types(Obj **objs, int n, Type **out, int max)
{
    int k = 0;
    for (int i = 0; i < n && k < max; i++)
        out[k++] = objs[i]->type;
    return k;
}

/* The parameter types of a call's callee, or of the function's results. */
int inl_param_types(Node *call, Type **out, int max)
{
    Node *fx = inl_unparen(call->x);
    Type *ft = fx && fx->ty ? type_under(fx->ty) : NULL;
    if (!ft || ft->kind != TY_FUNC)
        return 0;
    int k = obj_types(ft->params, ft->nparams, out, max);
    if (ft->variadic && k > 0 && !call->hasdots) {
        /* the ... parameter takes each remaining value as its element */
        Type *st = type_under(out[k - 1]);
        Type *et = st && st->kind == TY_SLICE ? st->elem : NULL;
        for (k--; k < max; k++)
            out[k] = et;
    }
    return k;
}

int inl_result_types(Node *fn, Type **out, int max)
{
    Type *ft = NULL;
    if (fn && fn->kind == N_FUNCLIT)
        ft = fn->ty;
    else if (fn && fn->kind == N_FUNCDECL && fn->name && fn->name->obj)
        ft = fn->name->obj->type;
    else if (fn && fn->obj)
        ft = fn->obj->type;
    ft = ft ? type_under(ft) : NULL;
    if (!ft || ft->kind != TY_FUNC)
        return 0;
    return obj_types(ft->results, ft->nresults, out, max);
}

static bool h_multi(Hairy *h, Node *c, Type **want, int nwant)
{
    int conv, n = inl_multi_values(c, want, nwant, &conv);
    return n && charge(h, 4 * n + 1 + conv);
}

/* gc's callOrChan: an operation RewriteNonNameCall moves out of a callee. */
bool inl_has_call(Node *n)
{
    n = inl_unparen(n);
    for (; n && n->kind == N_BINARY && !inl_is_const(n); n = inl_unparen(n->x))
        if (inl_has_call(n->y))                  /* a chain's spine (chain.h) */
            return true;
    if (!n || inl_is_const(n) || n->kind == N_FUNCLIT || node_is_leaf(n))
        return false;
    if (n->kind == N_INLCALL)
        return true;
    if (n->kind == N_UNARY && n->op == T_ARROW)
        return true;
    if (n->kind == N_CALL && !inl_is_conversion(n)) {
        Builtin b = inl_builtin(n);
        if (b != BI_NEW && b != BI_MAKE)
            return true;
    }
    Node *kids[] = { n->x, n->y, n->z, n->w };
    for (unsigned i = 0; i < 4; i++)
        if (kids[i] && inl_has_call(kids[i]))
            return true;
    for (int i = 0; i < n->list.len; i++)
        if (inl_has_call(n->list.items[i]))
            return true;
    return false;
}

/* The callee expression of a call that RewriteNonNameCall replaces by a
 * temporary (`tmp := X; tmp(args)`), or NULL. */
Node *inl_callee_temp(Node *call)
{
    Node *fx = inl_unparen(call->x);
    Node *np = fx;
    if (fx && fx->kind == N_SELECTOR && !inl_is_pkg_sel(fx) && !inl_is_type(fx->x) &&
        (inl_is_method_sel(fx) || inl_is_iface_sel(fx)))
        np = fx->x;
    return np && inl_has_call(np) ? np : NULL;
}

/* []rune("const"): gc's stringtoruneslit makes it a []rune{0: r0, ...}
 * literal; returns its number of runes, or -1 if n is not such. */
int inl_runes_lit(const Node *n)
{
    if (n->kind != N_CALL || !inl_is_conversion(n) || n->list.len != 1 || !n->ty)
        return -1;
    Type *t = type_under(n->ty);
    Node *a = n->list.items[0];
    if (!t || t->kind != TY_SLICE || !t->elem || type_under(t->elem)->kind != TY_INT32 ||
        !a->val || a->val->kind != CK_STRING)
        return -1;
    int k = 0;
    for (size_t i = 0; i < a->val->slen; i++)
        if (((unsigned char)a->val->s[i] & 0xC0) != 0x80)
            k++;
    return k;
}

static bool h_call(Hairy *h, Node *n)
{
    Node *fx = inl_unparen(n->x);
    int nr = inl_runes_lit(n);
    if (nr >= 0)
        return charge(h, 2 + 3 * nr);   /* OSLICELIT, OKEY index: rune */
    if (!inl_is_conversion(n) && inl_builtin(n) == BI_NONE && inl_callee_temp(n)) {
        /* init `.autotmp := X` (OAS, temp) and X replaced by the temp */
        if (charge(h, 3))
            return true;
    }
    if (!inl_is_conversion(n) && inl_builtin(n) == BI_NONE && n->list.len == 1) {
        Type *want[16];
        int nw = inl_param_types(n, want, 16);
        if (h_multi(h, n->list.items[0], want, nw))
            return true;
    }
    if (inl_is_conversion(n)) {
        if (charge(h, inl_conv_cost(n) + (n->gen && n->gen->convidata ? 5 : 0)))
            return true;
        return h_exprs(h, &n->list);
    }
    Builtin b = inl_builtin(n);
    if (b != BI_NONE)
        return h_builtin(h, n, b);
    if (fx->kind == N_SELECTOR && inl_is_iface_sel(fx)) {
        /* OCALLINTER + ODOTINTER */
        if (charge(h, 1 + INL_EXTRA_CALL_COST) || charge(h, 1) || h_expr(h, fx->x))
            return true;
        return h_exprs(h, &n->list);
    }
    if (fx->kind == N_SELECTOR && inl_is_method_sel(fx)) {
        /* OCALLFUNC of OMETHEXPR (free) whose X is an OTYPE (1) */
        if (h_callee_cost(h, n) || charge(h, 1) || charge(h, 1))
            return true;
        if (!inl_is_type(fx->x) && h_expr(h, fx->x))
            return true;
        return h_exprs(h, &n->list);
    }
    if (h_callee_cost(h, n) || charge(h, 1) || h_expr(h, n->x))
        return true;
    return h_exprs(h, &n->list);
}

static bool h_expr(Hairy *h, Node *n)
{
    if (!n)
        return false;
    n = inl_unparen(n);
    if (inl_is_const(n))
        return charge(h, 1);
    switch (n->kind) {
    case N_NAME:
    case N_BASICLIT:
        return charge(h, 1);
    case N_COMPOSITE:
        return h_complit(h, n, n->ty);
    case N_FUNCLIT:
        /* a generic function value's closure comes with `.dictN :=
         * &.dict.F[int]` before it (stencil.go buildClosure) */
        if (n->gen && n->gen->funcvalue && charge(h, n->gen->dictcost))
            return true;
        return h_closure(h, n);
    case N_SELECTOR:
        if (inl_is_pkg_sel(n))
            return charge(h, 1);
        if (inl_is_type(n->x))              /* method expression */
            return charge(h, 1);
        if (inl_is_method_obj(n->obj) || (n->obj && (n->obj->flags & OBJF_IMETHOD)))
            return charge(h, 2) || h_expr(h, n->x);      /* OMETHVALUE */
        return charge(h, 1) || h_expr(h, n->x);
    case N_INDEX: {
        if (n->y && inl_is_type(n->y))      /* generic instantiation */
            return h_expr(h, n->x);
        /* p[i] on a pointer to an array has an implicit *p */
        Type *t = n->x ? n->x->ty : NULL;
        int deref = t && t->kind == TY_PTR && !t->obj && t->elem &&
                    type_under(t->elem)->kind == TY_ARRAY;
        return charge(h, 1 + deref) || h_expr(h, n->x) || h_expr(h, n->y);
    }
    case N_SLICE: {
        /* a[i:j] on an array has an implicit &a */
        Type *t = n->x ? n->x->ty : NULL;
        int addr = t && type_under(t)->kind == TY_ARRAY;
        return charge(h, 1 + addr) || h_expr(h, n->x) || h_expr(h, n->y) ||
               h_expr(h, n->z) || h_expr(h, n->w);
    }
    case N_TYPEASSERT:
        /* in shaped code stencil's ODYNAMICDOTTYPE also reads the type (or
         * itab) from the dictionary: (*[N]uintptr)(.dict)[i], 4 nodes (its
         * OCONVNOPs cost nothing) */
        return charge(h, n->ty && gen_has_shape(n->ty) ? 5 : 1) || h_expr(h, n->x);
    case N_CALL:
        return h_call(h, n);
    case N_STAR:
        /* *(*T)(unsafe.Pointer(&x)) is low-cost: undo half of ODEREF+OADDR */
        return charge(h, is_addr(n->x) ? 0 : 1) || h_expr(h, n->x);
    case N_UNARY:
        if (n->op == T_AND) {
            Node *x = inl_unparen(n->x);
            if (x && x->kind == N_COMPOSITE)          /* OPTRLIT */
                return charge(h, 1) || h_complit(h, x, x->ty);
        }
        return charge(h, 1) || h_expr(h, n->x);
    case N_BINARY:
        return h_binary(h, n);
    case N_CONVIFACE:
        /* between two empty interfaces (a named `type V interface{}` and
         * any) gc's conversion is an OCONVNOP */
        if (n->x && n->x->ty && type_is_empty_interface(n->x->ty) &&
            n->ty && type_is_empty_interface(n->ty))
            return h_expr(h, n->x);
        if (n->gen && n->gen->convidata)   /* OEFACE(dictionary entry, OCONVIDATA(x)) */
            return charge(h, 6) || h_expr(h, n->x);
        return charge(h, 1) || h_expr(h, n->x);
    case N_KEYVALUE:
        return charge(h, 1) || h_expr(h, n->x) || h_expr(h, n->y);
    case N_INLCALL:
        return h_expr(h, n->x);
    default:
        /* a type expression used as an operand (type switch case) */
        return charge(h, 1);
    }
}

static bool h_block(Hairy *h, Node *b)
{
    if (!b)
        return false;
    if (b->kind == N_BLOCK)
        return h_stmts(h, &b->list);
    return h_stmt(h, b);
}

static int new_names(const NodeList *l)
{
    int k = 0;
    for (int i = 0; i < l->len; i++)
        if (inl_declares(inl_unparen(l->items[i])))
            k++;
    return k;
}

static bool h_vardecl(Hairy *h, Node *d)
{
    int nn = d->names.len, nv = d->values.len;
    if (nv == 0 || nv == nn) {
        for (int i = 0; i < nn; i++) {
            /* ODCL x; OAS x = v (v nil without a value) */
            if (charge(h, 2) || charge(h, 2))
                return true;
            if (nv && h_expr(h, d->values.items[i]))
                return true;
        }
        return false;
    }
    /* var a, b = f(): ODCLs then one OAS2 */
    if (charge(h, 2 * nn) || charge(h, 1 + nn))
        return true;
    return h_exprs(h, &d->values);
}

static bool h_decl(Hairy *h, Node *d)
{
    if (!d)
        return false;
    switch (d->kind) {
    case N_VARDECL:
        return h_vardecl(h, d);
    case N_CONSTDECL:
        return false;                       /* ODCLCONST: free */
    case N_TYPEDECL:
        return hairy(h, "unhandled op DCLTYPE");
    case N_DECLSTMT:
        for (int i = 0; i < d->list.len; i++)
            if (h_decl(h, d->list.items[i]))
                return true;
        return false;
    default:
        return false;
    }
}

/* A select case's communication: `<-c`, `v := <-c`, `v, ok = <-c`
 * become OSELRECV2 with two (maybe blank) left-hand sides. */
static bool h_comm(Hairy *h, Node *c)
{
    if (!c)
        return false;
    if (c->kind == N_SEND)
        return charge(h, 1) || h_expr(h, c->x) || h_expr(h, c->y);
    if (c->kind == N_EXPRSTMT)
        return charge(h, 3) || h_expr(h, c->x);
    if (c->kind == N_ASSIGN) {
        int nd = c->op == T_DEFINE ? new_names(&c->lhs) : 0;
        if (charge(h, 1 + 2 * nd + 2))
            return true;
        return h_exprs(h, &c->rhs);
    }
    return h_stmt(h, c);
}

/* a, b = f() where some variable's type is not the result's: the number
 * of interface conversions gc's typecheck adds then (-1: assigned
 * directly, no temporaries). */
int inl_multi_call_convs(Node *n)
{
    Node *c = inl_unparen(n->rhs.items[0]);
    if (!c || c->kind != N_CALL || inl_is_conversion(c) || inl_builtin(c) != BI_NONE)
        return -1;
    Type *tt = c->ty;
    if (!tt || tt->kind != TY_TUPLE || tt->nfields != n->lhs.len)
        return -1;
    int conv = 0, mismatch = 0;
    for (int i = 0; i < n->lhs.len; i++) {
        Node *l = inl_unparen(n->lhs.items[i]);
        if (!l || inl_is_blank(l) || !l->ty || !tt->fields[i]->type)
            continue;
        if (!type_identical(l->ty, tt->fields[i]->type)) {
            mismatch++;
            if (type_is_interface(l->ty))
                conv++;
        }
    }
    return mismatch ? conv : -1;
}

static bool h_stmt(Hairy *h, Node *n)
{
    if (!n)
        return false;
    switch (n->kind) {
    case N_EMPTY:
        return false;
    case N_EXPRSTMT:
        return h_expr(h, n->x);
    case N_SEND:
        return charge(h, 1) || h_expr(h, n->x) || h_expr(h, n->y);
    case N_INCDEC:
        return charge(h, 2) || h_expr(h, n->x);
    case N_ASSIGN: {
        int nd = n->op == T_DEFINE ? new_names(&n->lhs) : 0;
        if (charge(h, 1 + 2 * nd))
            return true;
        if (n->rhs.len == 1 && n->lhs.len > 1) {
            /* v, ok = x.(T) / f(): gc converts the values later, except
             * that results of a call assigned to variables of other types
             * go through temporaries: t1, t2 := f(); a, b = T(t1), t2 */
            int conv = inl_multi_call_convs(n);
            if (conv >= 0 && charge(h, 4 * n->lhs.len + 1 + conv))
                return true;
            if (h_expr_noconv(h, n->rhs.items[0]))
                return true;
        } else if (h_exprs(h, &n->rhs)) {
            return true;
        }
        return h_exprs(h, &n->lhs);
    }
    case N_DECLSTMT:
        return h_decl(h, n);
    case N_LABELED:
        return charge(h, 1) || h_stmt(h, n->x);
    case N_GO:
        return hairy(h, "unhandled op GO");
    case N_DEFER:
        return hairy(h, "unhandled op DEFER");
    case N_RETURN:
        if (n->list.len == 1) {
            Type *want[16];
            int nw = inl_result_types(h->fn, want, 16);
            if (h_multi(h, n->list.items[0], want, nw))
                return true;
        }
        return charge(h, 1) || h_exprs(h, &n->list);
    case N_BRANCH:
        return n->op == T_FALLTHROUGH ? false : charge(h, 1);
    case N_BLOCK:
        return h_stmts(h, &n->list);
    case N_IF: {
        int c = inl_const_cond(n);
        if (c >= 0)
            return h_stmt(h, n->init) || h_block(h, c ? n->body : n->els);
        return charge(h, 1) || h_stmt(h, n->init) || h_expr(h, n->cond) ||
               h_block(h, n->body) || h_block(h, n->els);
    }
    case N_FOR:
        return charge(h, 1) || h_stmt(h, n->init) || h_expr(h, n->cond) ||
               h_stmt(h, n->post) || h_block(h, n->body);
    case N_RANGE: {
        int nd = n->op == T_DEFINE ? new_names(&n->lhs) : 0;
        if (charge(h, 1 + 2 * nd) || h_exprs(h, &n->lhs) || h_expr(h, n->x))
            return true;
        return h_block(h, n->body);
    }
    case N_SWITCH: {
        if (charge(h, 1) || h_stmt(h, n->init) || h_expr(h, n->tag))
            return true;
        for (int i = 0; i < n->list.len; i++) {
            Node *c = n->list.items[i];
            if (charge(h, 1))
                return true;
            for (int j = 0; j < c->list.len; j++)
                if (h_expr_noconv(h, c->list.items[j]))
                    return true;
            if (h_block(h, c->body))
                return true;
        }
        return false;
    }
    case N_TYPESWITCH: {
        /* OSWITCH, OTYPESW (+ the bound name), and per case the clause's
         * own copy of the name plus one OTYPE (or nil) per listed type */
        int bound = n->name != NULL;
        if (charge(h, 1) || h_stmt(h, n->init) || charge(h, 1 + bound) ||
            h_expr(h, n->x))
            return true;
        for (int i = 0; i < n->list.len; i++) {
            Node *c = n->list.items[i];
            if (charge(h, 1 + bound) || charge(h, c->list.len))
                return true;
            if (h_block(h, c->body))
                return true;
        }
        return false;
    }
    case N_SELECT: {
        if (charge(h, 1))
            return true;
        for (int i = 0; i < n->list.len; i++) {
            Node *c = n->list.items[i];
            if (charge(h, 1) || h_comm(h, c->x) || h_block(h, c->body))
                return true;
        }
        return false;
    }
    default:
        return h_expr(h, n);
    }
}

static bool h_stmts(Hairy *h, const NodeList *l)
{
    int n = inl_live_len(l);
    for (int i = 0; i < n; i++)
        if (h_stmt(h, l->items[i]))
            return true;
    return false;
}

/* ----------------------------------------------------------- CanInline */

/* gc's canDelayResults: exactly one non-empty return and unnamed results. */
static int count_returns(Node *n)
{
    int k = 0;
    for (; n && n->kind == N_BINARY; n = n->x)   /* a chain's spine (chain.h) */
        k += count_returns(n->y);
    if (!n || node_is_leaf(n))
        return k;
    if (n->kind == N_RETURN)
        k += n->list.len == 0 ? 2 : 1;
    if (n->kind == N_FUNCLIT)
        return 0;
    k += count_returns(n->x) + count_returns(n->y) + count_returns(n->init) +
         count_returns(n->body) + count_returns(n->els) + count_returns(n->post);
    for (int i = 0; i < n->list.len; i++)
        k += count_returns(n->list.items[i]);
    return k;
}

static Node *func_type(Node *fn)
{
    return fn->type_;
}

static bool results_named(Node *fn)
{
    Node *ft = func_type(fn);
    if (!ft)
        return false;
    for (int i = 0; i < ft->results.len; i++) {
        Node *f = ft->results.items[i];
        if (f->name && f->name->lit && strcmp(f->name->lit, "_") != 0)
            return true;
    }
    return false;
}

bool inl_can_delay_results(Node *fn)
{
    return count_returns(fn->body) == 1 && !results_named(fn);
}

void inl_can_inline(InlState *st, InlFunc *f)
{
    const char *reason = NULL;
    Node *fn = f->fn;
    unsigned pragma = fn->kind == N_FUNCDECL ? fn->pragma : 0;
    if (f->std)
        return;
    if (pragma & PRAGMA_NOINLINE)
        reason = "marked go:noinline";
    else if (pragma & PRAGMA_UINTPTRKEEPALIVE)
        reason = "marked as having a keep-alive uintptr argument";
    else if (pragma & PRAGMA_UINTPTRESCAPES)
        reason = "marked as having an escaping uintptr argument";
    else if (!fn->body)
        reason = "no function body";
    if (reason) {
        if (!f->checked)
            inl_report_cannot(st, f, reason);
        f->checked = true;
        return;
    }
    if (f->checked)
        return;
    f->checked = true;

    Hairy h = { st, INL_MAX_BUDGET, NULL, st->cfg->m >= 2, fn };
    bool stop = h_stmts(&h, &fn->body->list);
    if (!stop && h.budget < 0) {
        reason = arena_printf(st->a, "function too complex: cost %d exceeds budget %d",
                              INL_MAX_BUDGET - h.budget, INL_MAX_BUDGET);
    } else if (stop) {
        reason = h.reason;
    }
    if (reason) {
        inl_report_cannot(st, f, reason);
        return;
    }
    f->inlinable = true;
    f->cost = INL_MAX_BUDGET - h.budget;
    f->candelay = inl_can_delay_results(fn);
    inl_report_can(st, f);
}

/* gc's isBigFunc: at least 5000 IR nodes, ir.Any over the function (the
 * function node, then its Body).  Most AST nodes are one IR node each; the
 * exceptions below are where irgen and typecheck build something else:
 * blocks are flattened into their statement lists, parentheses and
 * expression statements vanish, x++ is OASOP(x, 1), a := gets an ODCL (and
 * its name) per new variable, a local var is ODCL + OAS per name, a string
 * sum is one OADDSTR, pkg.Name one ONAME, a composite literal's type no
 * node and a struct literal's element OSTRUCTKEY(value), a conversion or
 * a built-in's call no callee node.  Not yet counted: the OTYPE
 * under a static method call's OMETHEXPR callee (one node short each). */
static int count_nodes(Node *n, int lim);

/* The new variables a := (or range :=) declares: each an ODCL and its name. */
static int count_defined(const NodeList *l)
{
    int k = 0;
    for (int i = 0; i < l->len; i++) {
        Node *v = l->items[i];
        if (v && v->kind == N_NAME && !inl_is_blank(v) && v->obj && v->obj->decl == v)
            k += 2;
    }
    return k;
}

static int count_list(const NodeList *l, int lim)
{
    int k = 0;
    for (int i = 0; i < l->len && k < lim; i++)
        k += count_nodes(l->items[i], lim - k);
    return k;
}

/* var a, b T = x, y: ODCL(a) per name, then OAS(a, x) per name, or one
 * OAS2 of all of them when the values are a tuple; const and type specs
 * leave nothing. */
static int count_declstmt(Node *n, int lim)
{
    int k = 0;
    for (int i = 0; i < n->list.len && k < lim; i++) {
        Node *d = n->list.items[i];
        if (!d || d->kind != N_VARDECL)
            continue;
        int nn = d->names.len, nv = d->values.len;
        k += 2 * nn + (nv && nv != nn ? 1 + nn : 2 * nn);
        k += count_list(&d->values, lim - k);
    }
    return k;
}

static bool is_addstr(const Node *n)
{
    while (n && n->kind == N_PAREN)
        n = n->x;
    return n && n->kind == N_BINARY && n->op == T_ADD && n->ty && type_is_string(n->ty) &&
           !inl_is_const((Node *)n);
}

/* OADDSTR's operands: typecheck splices an operand that is itself one. */
static int count_addstr(Node *n, int lim)
{
    while (n && n->kind == N_PAREN)
        n = n->x;
    if (!is_addstr(n))
        return count_nodes(n, lim);
    int k = count_addstr(n->x, lim);
    return k < lim ? k + count_addstr(n->y, lim - k) : k;
}

/* A composite literal's elements, not its type (OCOMPLIT's Ntype is no
 * child); a struct literal's are OSTRUCTKEY(value), keyed or not. */
static int count_complit(Node *n, int lim)
{
    Type *t = n->ty ? type_under(n->ty) : NULL;
    bool strct = t && t->kind == TY_STRUCT;
    int k = 0;
    for (int i = 0; i < n->list.len && k < lim; i++) {
        Node *e = n->list.items[i];
        if (strct && e && e->kind == N_KEYVALUE)
            k += 1 + count_nodes(e->y, lim - k - 1);
        else
            k += (strct ? 1 : 0) + count_nodes(e, lim - k - strct);
    }
    return k;
}

/* A conversion is OCONV(x) and a built-in's call its own op (OLEN,
 * OMAKESLICE...) over the arguments: no callee node, and no type
 * argument but new's (ONEW keeps its OTYPE). */
static int count_op_args(Node *n, int lim)
{
    bool isnew = n->x->mode == OPM_BUILTIN && n->x->obj && n->x->obj->builtin == BI_NEW;
    int k = 0;
    for (int i = 0; i < n->list.len && k < lim; i++) {
        Node *a = n->list.items[i];
        if (a && a->mode == OPM_TYPE)
            k += isnew ? 1 : 0;
        else
            k += count_nodes(a, lim - k);
    }
    return k;
}

static int count_nodes(Node *n, int lim)
{
    int k = 0;
    if (n && lim > 0) {
        switch (n->kind) {
        case N_BLOCK:
            return count_list(&n->list, lim);
        case N_PAREN: case N_EXPRSTMT:
            return count_nodes(n->x, lim);
        case N_INCDEC:
            return 2 + count_nodes(n->x, lim - 2);
        case N_DECLSTMT:
            return count_declstmt(n, lim);
        case N_ASSIGN: case N_RANGE:
            if (n->op == T_DEFINE)
                k = count_defined(&n->lhs);
            break;
        case N_COMPOSITE:
            return 1 + count_complit(n, lim - 1);
        case N_CALL:
            if (n->x && (n->x->mode == OPM_TYPE || n->x->mode == OPM_BUILTIN))
                return 1 + count_op_args(n, lim - 1);
            break;
        case N_SELECTOR:    /* pkg.Name is one ONAME */
            if (inl_is_pkg_sel(n))
                return 1;
            break;
        case N_BINARY:
            if (is_addstr(n))
                return 1 + count_addstr(n->x, lim - 1) + count_addstr(n->y, lim - 1);
            break;
        default:
            break;
        }
    }
    /* a chain's left spine in a loop (chain.h); a constant one, whatever its
     * length, is one OLITERAL in gc's IR */
    Node *top = n;
    for (; n && n->kind == N_BINARY && !inl_is_const(n) && !is_addstr(n) && k < lim; n = n->x)
        k += 1 + count_nodes(n->y, lim - k - 1);
    if (!n || k >= lim)
        return k;
    if (n != top)
        return k + count_nodes(n, lim - k);   /* the spine's end, maybe a special one */
    k++;
    /* gc's ir.Any stops at an OCLOSURE: a literal's body is its own
     * function, counted when its own calls are inlined */
    if (node_is_leaf(n) || inl_is_const(n) || n->kind == N_FUNCLIT)
        return k;
    /* one test per child, no arrays of them: this runs on every body */
#define COUNT_KID(f) \
    if (n->f && k < lim) \
        k += count_nodes(n->f, lim - k);
#define COUNT_LIST(l) \
    for (int i = 0; i < n->l.len && k < lim; i++) \
        k += count_nodes(n->l.items[i], lim - k);
    COUNT_KID(x) COUNT_KID(y) COUNT_KID(z) COUNT_KID(w) COUNT_KID(init)
    COUNT_KID(cond) COUNT_KID(post) COUNT_KID(body) COUNT_KID(els) COUNT_KID(tag)
    COUNT_LIST(list) COUNT_LIST(lhs) COUNT_LIST(rhs)
#undef COUNT_KID
#undef COUNT_LIST
    return k;
}

bool inl_is_big_func(Node *body)
{
    /* the function node, then its body's statements */
    return 1 + count_nodes(body, INL_BIG_FUNCTION_NODES) >= INL_BIG_FUNCTION_NODES;
}
