/* gcfmt.c - gc's printing of nodes and types (cmd/compile/internal/ir/
 * fmt.go, types/fmt.go), for the lines that show code or types: `can
 * inline f with cost N as: TYPE { BODY }` (inline_report.c), escape
 * analysis' expressions, the wrappers' names; and gc's names of functions.
 *
 * We print the checked AST as gc prints the IR it would have built from it:
 * parentheses come from operator precedence (the IR has none), constants
 * print their source text, implicit &x / *p / interface conversions are
 * skipped while implicit embedded-field selectors are shown, a method call
 * prints as a method expression call `T.M(x, args)`, `x++` is `x += 1`,
 * `var x T` is `var x T; x = <nil>`, and loops, switches and selects are
 * just `for loop`, `switch statement`, `select statement`.
 *
 * Types (and types as written) are printed by gcfmt_type.c.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "generic.h"
#include "inline_int.h"
#include "chain.h"

typedef GcBuf Buf;

/* The first temporary of call (inl_temps_find), -1 without one. */
static int tmp_find(const Buf *b, const Node *call, bool multi)
{
    return b->tmps ? inl_temps_find(b->tmps, call, multi) : -1;
}

static int tmp_of(const Buf *b, const Node *call)
{
    return tmp_find(b, call, false);
}

static void b_putn(Buf *b, const char *s, size_t n)
{
    strbuf_put(&b->sb, s, n);
}

static void b_put(Buf *b, const char *s)
{
    strbuf_puts(&b->sb, s);
}

#define b_printf(b, ...) strbuf_printf(&(b)->sb, __VA_ARGS__)

static const char *b_done(Buf *b, Arena *a)
{
    return strbuf_finish(&b->sb, a);
}

/* ------------------------------------------------------- expressions */

enum { PREC_UNARY = 7, PREC_PRIMARY = 8 };

static int binop_prec(TokKind op)
{
    switch (op) {
    case T_MUL: case T_QUO: case T_REM: case T_SHL: case T_SHR:
    case T_AND: case T_AND_NOT:
        return 6;
    case T_ADD: case T_SUB: case T_OR: case T_XOR:
        return 5;
    case T_EQL: case T_NEQ: case T_LSS: case T_LEQ: case T_GTR: case T_GEQ:
        return 4;
    case T_ARROW:
        return 3;
    case T_LAND:
        return 2;
    case T_LOR:
        return 1;
    default:
        return 0;
    }
}

static void put_expr(Buf *b, Node *n, int prec);

static Node *skip_implicit(Node *n)
{
    for (;;) {
        n = inl_unparen(n);
        if (!n || !n->implicit)
            return n;
        if (n->kind == N_CONVIFACE && n->gen && n->gen->convidata)
            return n;   /* OEFACE: printed "<node EFACE>" */
        if ((n->kind == N_UNARY && n->op == T_AND) || n->kind == N_STAR ||
            n->kind == N_CONVIFACE)
            n = n->x;
        else
            return n;
    }
}

/* syntax.String of a constant expression (gc keeps its source text). */
static void put_syntax(Buf *b, Node *n)
{
    if (!n)
        return;
    switch (n->kind) {
    case N_NAME: case N_BASICLIT:
        b_putn(b, n->lit, n->litlen > 0 ? (size_t)n->litlen : strlen(n->lit));
        return;
    case N_PAREN:
        b_put(b, "(");
        put_syntax(b, n->x);
        b_put(b, ")");
        return;
    case N_SELECTOR:
        put_syntax(b, n->x);
        b_put(b, ".");
        put_syntax(b, n->name);
        return;
    case N_UNARY:
        b_put(b, tok_str(n->op));
        put_syntax(b, n->x);
        return;
    case N_BINARY: {   /* a chain, in order, without recursion (chain.h) */
        Spine sp;
        spine_collect(&sp, n);
        put_syntax(b, spine_first(&sp));
        for (int i = sp.n - 1; i >= 0; i--) {
            b_printf(b, " %s ", tok_str(sp.v[i]->op));
            put_syntax(b, sp.v[i]->y);
        }
        spine_free(&sp);
        return;
    }
    case N_CALL:
        put_syntax(b, n->x);
        b_put(b, "(");
        for (int i = 0; i < n->list.len; i++) {
            if (i)
                b_put(b, ", ");
            put_syntax(b, n->list.items[i]);
        }
        b_put(b, n->hasdots ? "...)" : ")");
        return;
    default:
        gcfmt_put_texpr(b, n);
    }
}

static int const_prec(Node *n)
{
    n = inl_unparen(n);
    if (n->kind == N_UNARY)
        return PREC_UNARY;
    if (n->kind == N_BINARY)
        return binop_prec(n->op);
    return PREC_PRIMARY;
}

static void put_temps(Buf *b, int first, int n)
{
    for (int i = 0; i < n; i++)
        b_printf(b, "%s.autotmp_%d", i ? ", " : "", first + i);
}

static void put_list(Buf *b, NodeList *l, const char *sep)
{
    if (l->len == 1 && b->tmps && b->tmps->n) {
        int t = tmp_find(b, l->items[0], true), conv;
        int nv = t >= 0 ? inl_multi_values(l->items[0], NULL, 0, &conv) : 0;
        if (nv > 0) {
            put_temps(b, t, nv);
            return;
        }
    }
    for (int i = 0; i < l->len; i++) {
        if (i)
            b_put(b, sep);
        put_expr(b, l->items[i], 0);
    }
}

static void put_littype(Buf *b, Node *n, Type *t)
{
    if (n->x && !gcfmt_has_dots_len(n->x))
        gcfmt_put_texpr(b, n->x);
    else
        gcfmt_put_type(b, t);
}

static void put_complit(Buf *b, Node *n)
{
    Type *t = n->ty;
    if (n->implicit) {
        b_put(b, "... argument");
        return;
    }
    if (t && !n->x && type_under(t)->kind == TY_PTR) {   /* elided &T */
        b_put(b, "&");
        t = type_under(t)->elem;
    }
    put_littype(b, n, t);
    b_put(b, n->list.len ? "{...}" : "{}");
}

static const char *builtin_name(Builtin bi)
{
    static const char *const names[BI_NBUILTINS] = {
        [BI_APPEND] = "append", [BI_CAP] = "cap", [BI_CLOSE] = "close",
        [BI_COMPLEX] = "complex", [BI_COPY] = "copy", [BI_DELETE] = "delete",
        [BI_IMAG] = "imag", [BI_LEN] = "len", [BI_MAKE] = "make",
        [BI_NEW] = "new", [BI_PANIC] = "panic", [BI_PRINT] = "print",
        [BI_PRINTLN] = "println", [BI_REAL] = "real", [BI_RECOVER] = "recover",
        [BI_ADD] = "unsafe.Add", [BI_SLICE] = "unsafe.Slice",
    };
    return bi < BI_NBUILTINS && names[bi] ? names[bi] : "builtin";
}

static void put_call(Buf *b, Node *n)
{
    Node *fx = inl_unparen(n->x);
    if (n->gen && n->gen->convidata) {
        b_put(b, "<node EFACE>");   /* any(x) of a shape-typed x */
        return;
    }
    if (n->gen && n->gen->callprefix) {   /* F[shapes](dict, [recv, ]args) */
        b_put(b, n->gen->callprefix);
        if (n->gen->recv) {
            b_put(b, ", ");
            put_expr(b, gen_call_recv(n), 0);
        }
        for (int i = 0; i < n->list.len; i++) {
            b_put(b, ", ");
            put_expr(b, n->list.items[i], 0);
        }
        b_put(b, n->hasdots ? "...)" : ")");
        return;
    }
    int nr = inl_runes_lit(n);
    if (nr >= 0) {
        gcfmt_put_texpr(b, fx);
        b_put(b, nr ? "{...}" : "{}");
        return;
    }
    if (inl_is_conversion(n)) {
        Type *t = n->ty;
        bool named = t && t->obj;
        if (fx->kind == N_NAME && fx->lit && strcmp(fx->lit, "any") == 0)
            named = true;
        if (!named)
            b_put(b, "(");
        gcfmt_put_texpr(b, fx);
        if (!named)
            b_put(b, ")");
        b_put(b, "(");
        if (n->list.len)
            put_expr(b, n->list.items[0], 0);
        b_put(b, ")");
        return;
    }
    Builtin bi = inl_builtin(n);
    if (bi == BI_MAKE || bi == BI_NEW) {
        b_put(b, builtin_name(bi));
        b_put(b, "(");
        if (n->list.len)
            gcfmt_put_texpr(b, n->list.items[0]);
        for (int i = 1; i < n->list.len; i++) {
            b_put(b, ", ");
            put_expr(b, n->list.items[i], 0);
        }
        b_put(b, ")");
        return;
    }
    if (bi != BI_NONE) {
        b_put(b, builtin_name(bi));
        b_put(b, "(");
        put_list(b, &n->list, ", ");
        b_put(b, n->hasdots ? "...)" : ")");
        return;
    }
    if (fx->kind == N_SELECTOR && inl_is_method_sel(fx) && !inl_is_type(fx->x)) {
        /* x.M(args) is the method expression call T.M(x, args) */
        Type *rt = fx->obj->type && fx->obj->type->recv ? fx->obj->type->recv->type : NULL;
        if (rt && rt->kind == TY_PTR && !rt->obj) {
            b_put(b, "(*");
            gcfmt_put_type(b, rt->elem);
            b_put(b, ")");
        } else {
            gcfmt_put_type(b, rt);
        }
        b_printf(b, ".%s(", fx->name ? fx->name->lit : fx->obj->name);
        int t = tmp_of(b, n);
        if (t >= 0)
            b_printf(b, ".autotmp_%d", t);
        else
            put_expr(b, fx->x, 0);
        for (int i = 0; i < n->list.len; i++) {
            b_put(b, ", ");
            put_expr(b, n->list.items[i], 0);
        }
        b_put(b, n->hasdots ? "...)" : ")");
        return;
    }
    int t = tmp_of(b, n);
    if (t >= 0 && fx->kind == N_SELECTOR && inl_is_iface_sel(fx)) {
        b_printf(b, ".autotmp_%d.", t);
        put_syntax(b, fx->name);
    } else if (t >= 0) {
        b_printf(b, ".autotmp_%d", t);
    } else {
        put_expr(b, fx, PREC_PRIMARY);
    }
    b_put(b, "(");
    put_list(b, &n->list, ", ");
    b_put(b, n->hasdots ? "...)" : ")");
}

static int expr_prec(Node *n)
{
    switch (n->kind) {
    case N_UNARY:
        if (n->op == T_AND) {
            Node *x = inl_unparen(n->x);
            if (x && x->kind == N_COMPOSITE)
                return 0;          /* OPTRLIT is not in OpPrec */
        }
        return PREC_UNARY;
    case N_STAR:
        return PREC_UNARY;
    case N_BINARY:
        return binop_prec(n->op);
    case N_FUNCLIT:
        return 0;                  /* OCLOSURE: "(func literal)()" */
    default:
        return PREC_PRIMARY;
    }
}

static bool is_addstr(Node *n)
{
    return n->kind == N_BINARY && n->op == T_ADD && n->ty && type_is_string(n->ty) &&
           !inl_is_const(n);
}

/* A concatenation s + t + ... (gc's OADDSTR), along its left spine
 * without recursion (chain.h). */
static void put_addstr(Buf *b, Node *n)
{
    Spine sp;
    spine_init(&sp);
    for (Node *l = n; l && is_addstr(l); l = skip_implicit(l->x))
        spine_push(&sp, l);
    put_expr(b, spine_first(&sp), 5);
    for (int i = sp.n - 1; i >= 0; i--) {
        b_put(b, " + ");
        put_expr(b, sp.v[i]->y, 5);
    }
    spine_free(&sp);
}

/* The precedence put_expr gives n's left operand. */
static int left_prec(Node *n)
{
    int np = expr_prec(n);
    Node *l = skip_implicit(n->x);
    /* gc parenthesizes a concatenation compared with a string */
    return np == 4 && l && is_addstr(l) ? 6 : np;
}

/* x op y; a chain a + b + ... along its left spine without recursion
 * (chain.h), down to the first operand that is not printed as part of it. */
static void put_binary(Buf *b, Node *n)
{
    Spine sp;
    spine_init(&sp);
    for (;;) {
        spine_push(&sp, n);
        Node *l = skip_implicit(n->x);
        if (!l || l->kind != N_BINARY || inl_is_const(l) || is_addstr(l) ||
            expr_prec(l) < left_prec(n))
            break;
        n = l;
    }
    put_expr(b, spine_first(&sp), left_prec(n));
    for (int i = sp.n - 1; i >= 0; i--) {
        Node *e = sp.v[i], *r = skip_implicit(e->y);
        int np = expr_prec(e);
        b_printf(b, " %s ", tok_str(e->op));
        put_expr(b, e->y, np == 4 && r && is_addstr(r) ? 6 : np + 1);
    }
    spine_free(&sp);
}

static void put_expr(Buf *b, Node *n, int prec)
{
    n = skip_implicit(n);
    if (!n) {
        b_put(b, "<nil>");
        return;
    }
    if (n->kind == N_CONVIFACE && n->gen && n->gen->convidata) {
        b_put(b, "<node EFACE>");   /* gc's fmt has no case for OEFACE */
        return;
    }
    if (inl_is_const(n)) {
        if (prec > const_prec(n)) {
            b_put(b, "(");
            put_syntax(b, inl_unparen(n));
            b_put(b, ")");
        } else {
            put_syntax(b, inl_unparen(n));
        }
        return;
    }
    int np = expr_prec(n);
    if (prec > np) {
        b_put(b, "(");
        put_expr(b, n, 0);
        b_put(b, ")");
        return;
    }
    switch (n->kind) {
    case N_NAME:
        b_putn(b, n->lit, n->litlen > 0 ? (size_t)n->litlen : strlen(n->lit));
        return;
    case N_BASICLIT:
        put_syntax(b, n);
        return;
    case N_COMPOSITE:
        put_complit(b, n);
        return;
    case N_FUNCLIT:
        b_put(b, "func literal");
        return;
    case N_SELECTOR:
        if (inl_is_pkg_sel(n)) {
            if (n->obj && n->obj->pkg && n->obj->pkg != b->local)
                gcfmt_put_objname(b, n->obj);
            else
                put_syntax(b, n->name);
            return;
        }
        if (inl_is_type(n->x)) {
            Type *t = n->x->ty;
            if (t && t->kind == TY_PTR && !t->obj) {
                b_put(b, "(");
                gcfmt_put_texpr(b, n->x);
                b_put(b, ")");
            } else {
                gcfmt_put_texpr(b, n->x);
            }
        } else {
            put_expr(b, n->x, PREC_PRIMARY);
        }
        b_put(b, ".");
        put_syntax(b, n->name);
        return;
    case N_INDEX:
        put_expr(b, n->x, PREC_PRIMARY);
        b_put(b, "[");
        put_expr(b, n->y, 0);
        b_put(b, "]");
        return;
    case N_SLICE:
        put_expr(b, n->x, PREC_PRIMARY);
        b_put(b, "[");
        if (n->y)
            put_expr(b, n->y, 0);
        b_put(b, ":");
        if (n->z)
            put_expr(b, n->z, 0);
        if (n->slice3) {
            b_put(b, ":");
            if (n->w)
                put_expr(b, n->w, 0);
        }
        b_put(b, "]");
        return;
    case N_TYPEASSERT:
        if (n->ty && gen_has_shape(n->ty)) {
            b_put(b, "<node DYNAMICDOTTYPE>");   /* stencil's ODYNAMICDOTTYPE */
            return;
        }
        put_expr(b, n->x, PREC_PRIMARY);
        b_put(b, ".(");
        gcfmt_put_texpr(b, n->type_);
        b_put(b, ")");
        return;
    case N_CALL:
        put_call(b, n);
        return;
    case N_STAR:
        b_put(b, "*");
        put_expr(b, n->x, PREC_UNARY + 1);
        return;
    case N_UNARY: {
        Node *x = skip_implicit(n->x);
        if (n->op == T_AND && x && x->kind == N_COMPOSITE) {
            b_put(b, "&");
            put_complit(b, x);
            return;
        }
        b_put(b, tok_str(n->op));
        if (x && x->kind == N_UNARY && x->op == n->op)
            b_put(b, " ");
        put_expr(b, n->x, PREC_UNARY + 1);
        return;
    }
    case N_BINARY:
        if (is_addstr(n)) {
            put_addstr(b, n);
            return;
        }
        put_binary(b, n);
        return;
    case N_INLCALL:
        if (n->results.len == 1) {
            put_expr(b, n->results.items[0], prec);
        } else {
            b_put(b, "(.");
            put_list(b, &n->results, "; ");
            b_put(b, ")");
        }
        return;
    default:
        gcfmt_put_texpr(b, n);
    }
}

const char *gcfmt_expr(Arena *a, const Package *local, Node *n)
{
    Buf b = { .local = local };
    put_expr(&b, n, 0);
    return b_done(&b, a);
}

/* -------------------------------------------------------- statements */

typedef struct SBuf {
    Buf *b;
    int n;              /* statements printed so far in this list */
} SBuf;

static void put_stmts(Buf *b, NodeList *l);

static void sep(SBuf *s)
{
    if (s->n++)
        b_put(s->b, "; ");
}

static void put_block(Buf *b, Node *blk)
{
    if (!blk)
        return;
    if (blk->kind == N_BLOCK) {
        put_stmts(b, &blk->list);
    } else {
        NodeList one = { &blk, 1 };
        put_stmts(b, &one);
    }
}

static bool assign_defines(Node *n)
{
    for (int i = 0; i < n->lhs.len; i++) {
        Node *l = inl_unparen(n->lhs.items[i]);
        if (l && l->kind == N_NAME && l->obj && l->obj->decl == l)
            return true;
    }
    return false;
}

/* Has the statement an init of its own (a := defines with ODCLs)? */
static bool has_own_init(Node *s)
{
    if (!s)
        return false;
    if (s->kind == N_ASSIGN && s->op == T_DEFINE)
        return assign_defines(s);
    return false;
}

static void put_stmt(SBuf *s, Node *n);

static void put_vardecl(SBuf *s, Node *d)
{
    Buf *b = s->b;
    int nn = d->names.len, nv = d->values.len;
    for (int i = 0; i < nn; i++) {
        Node *nm = d->names.items[i];
        sep(s);
        b_put(b, "var ");
        put_expr(b, nm, 0);
        b_put(b, " ");
        if (d->type_)
            gcfmt_put_texpr(b, d->type_);
        else
            gcfmt_put_type(b, nm->obj ? nm->obj->type : nm->ty);
        if (nv == 0 || nv == nn) {
            sep(s);
            put_expr(b, nm, 0);
            b_put(b, " = ");
            if (nv)
                put_expr(b, d->values.items[i], 0);
            else
                b_put(b, "<nil>");
        }
    }
    if (nv && nv != nn) {
        sep(s);
        put_list(b, &d->names, ", ");
        b_put(b, " = ");
        put_list(b, &d->values, ", ");
    }
}

static void put_simple(Buf *b, Node *n)
{
    SBuf s = { b, 0 };
    put_stmt(&s, n);
}

static void put_if(Buf *b, Node *n)
{
    int c = inl_const_cond(n);
    b_put(b, "if ");
    if (n->init && n->init->kind != N_EMPTY && !has_own_init(n->init)) {
        put_simple(b, n->init);
        b_put(b, "; ");
    }
    put_expr(b, n->cond, 0);
    b_put(b, " { ");
    if (c != 0)
        put_block(b, n->body);
    b_put(b, " }");
    if (n->els && c != 1) {
        /* an else that deadcode emptied is not printed */
        Buf tmp = { .local = b->local };
        put_block(&tmp, n->els);
        if (tmp.sb.len) {
            b_put(b, " else { ");
            b_put(b, tmp.sb.s);
            b_put(b, " }");
        }
        free(tmp.sb.s);
    }
}

static void put_stmt(SBuf *s, Node *n)
{
    Buf *b = s->b;
    if (!n)
        return;
    switch (n->kind) {
    case N_EMPTY:
        return;
    case N_BLOCK:
        for (int i = 0, k = inl_live_len(&n->list); i < k; i++)
            put_stmt(s, n->list.items[i]);
        return;
    case N_DECLSTMT:
        for (int i = 0; i < n->list.len; i++) {
            Node *d = n->list.items[i];
            if (d->kind == N_VARDECL) {
                put_vardecl(s, d);
            } else if (d->kind == N_CONSTDECL) {
                for (int j = 0; j < d->names.len; j++) {
                    sep(s);
                    b_put(b, "<node DCLCONST>");
                }
            }
        }
        return;
    case N_LABELED:
        sep(s);
        put_syntax(b, n->name);
        b_put(b, ": ");
        put_stmt(s, n->x);
        return;
    default:
        break;
    }
    sep(s);
    switch (n->kind) {
    case N_EXPRSTMT:
        put_expr(b, n->x, 0);
        break;
    case N_SEND:
        put_expr(b, n->x, 3);
        b_put(b, " <- ");
        put_expr(b, n->y, 4);
        break;
    case N_INCDEC:
        put_expr(b, n->x, 0);
        b_put(b, n->op == T_INC ? " += 1" : " -= 1");
        break;
    case N_ASSIGN: {
        put_list(b, &n->lhs, ", ");
        if (n->op == T_DEFINE)
            b_put(b, assign_defines(n) ? " := " : " = ");
        else if (n->op == T_ASSIGN)
            b_put(b, " = ");
        else
            b_printf(b, " %s ", tok_str(n->op));
        int t = tmp_of(b, n);
        if (t >= 0) {
            for (int i = 0; i < n->lhs.len; i++)
                b_printf(b, "%s.autotmp_%d", i ? ", " : "", t + i);
        } else {
            put_list(b, &n->rhs, ", ");
        }
        break;
    }
    case N_RETURN: {
        b_put(b, "return ");
        int t = tmp_of(b, n), conv;
        if (t >= 0)
            put_temps(b, t, inl_multi_values(n->list.items[0], NULL, 0, &conv));
        else
            put_list(b, &n->list, ", ");
        break;
    }
    case N_BRANCH:
        b_put(b, tok_str(n->op));
        if (n->name) {
            b_put(b, " ");
            put_syntax(b, n->name);
        }
        break;
    case N_IF:
        put_if(b, n);
        break;
    case N_FOR: case N_RANGE:
        b_put(b, "for loop");
        break;
    case N_SWITCH: case N_TYPESWITCH:
        b_put(b, "switch statement");
        break;
    case N_SELECT:
        b_put(b, "select statement");
        break;
    case N_GO:
        b_put(b, "go ");
        put_expr(b, n->x, 0);
        break;
    case N_DEFER:
        b_put(b, "defer ");
        put_expr(b, n->x, 0);
        break;
    default:
        put_expr(b, n, 0);
    }
}

static void put_stmts(Buf *b, NodeList *l)
{
    SBuf s = { b, 0 };
    int k = inl_live_len(l);
    for (int i = 0; i < k; i++)
        put_stmt(&s, l->items[i]);
}

const char *gcfmt_stmts(Arena *a, const Package *local, Node *block)
{
    return gcfmt_stmts_temps(a, local, block, NULL);
}

const char *gcfmt_stmts_temps(Arena *a, const Package *local, Node *block,
                              const InlTemps *temps)
{
    Buf b = { .local = local, .tmps = temps };
    put_block(&b, block);
    return b_done(&b, a);
}

/* ------------------------------------------------------------- names */

static void put_recv_name(Buf *b, Node *recvtype)
{
    Node *t = inl_unparen(recvtype);
    if (t && t->kind == N_INDEX)            /* generic receiver T[P] */
        t = t->x;
    if (t && t->kind == N_STAR) {
        Node *e = inl_unparen(t->x);
        if (e && e->kind == N_INDEX)
            e = e->x;
        b_put(b, "(*");
        put_syntax(b, e);
        b_put(b, ")");
    } else {
        put_syntax(b, t);
    }
}

/* gc's name of a function: f, T.M, (*T).M; std ones qualified by package
 * (fmt.Println, strings.(*Builder).String); literals outer.func1. */
const char *inl_func_name(InlState *st, Node *fn, InlFunc *outer)
{
    Buf b = { .local = st->cfg->pkg };
    if (fn->kind == N_FUNCLIT) {
        if (!outer) {
            b_put(&b, "glob..func");
        } else {
            b_put(&b, outer->name);
            b_put(&b, outer->fn->kind == N_FUNCLIT ? "." : ".func");
        }
        return b_done(&b, st->a);
    }
    Obj *o = fn->obj ? fn->obj : (fn->name ? fn->name->obj : NULL);
    if (o && o->pkg && o->pkg != st->cfg->pkg && o->pkg->name) {
        b_put(&b, o->pkg->name);
        b_put(&b, ".");
    }
    const Type *rt = gen_is_inst(fn) && o && o->type && o->type->recv ? o->type->recv->type : NULL;
    if (rt && rt->obj) {                     /* an instantiation: T[go.shape...].M */
        b_put(&b, rt->obj->name);
        b_put(&b, ".");
    } else if (rt && rt->kind == TY_PTR && rt->elem && rt->elem->obj) {
        b_put(&b, "(*");
        b_put(&b, rt->elem->obj->name);
        b_put(&b, ").");
    } else if (fn->recv) {
        put_recv_name(&b, fn->recv->type_);
        b_put(&b, ".");
    }
    put_syntax(&b, fn->name);
    return b_done(&b, st->a);
}
