/* escape_report.c - printing nodes and types the way gc's -m lines do.
 *
 * gc prints IR nodes with ir/fmt.go (exprFmt, stmtFmt) and types with
 * types/fmt.go.  Our AST is closer to syntax than to IR, so this file maps
 * each construct to the IR op gc would have at escape time and prints that:
 * parentheses by IR precedence (the parser's are dropped, as irgen does),
 * implicit conversions / & / * print their operand, composite literals
 * print "T{...}", closures "func literal", constant expressions their
 * source text (irgen keeps it as the constant's Orig).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "generic.h"
#include "escape_int.h"
#include "chain.h"


/* ------------------------------------------------------------------ types */

static void fmt_type(StrBuf *b, const Type *t, const Package *local);

static void fmt_fields(StrBuf *b, Obj **f, int n, const Package *local, bool names) {
    for (int i = 0; i < n; i++) {
        if (i)
            strbuf_puts(b, ", ");
        if (names && f[i]->name && !(f[i]->flags & OBJF_UNNAMED)) {
            strbuf_puts(b, f[i]->name);
            strbuf_puts(b, " ");
        }
        if ((f[i]->flags & OBJF_VARIADIC) && f[i]->type && f[i]->type->elem) {
            strbuf_puts(b, "...");
            fmt_type(b, f[i]->type->elem, local);
        } else {
            fmt_type(b, f[i]->type, local);
        }
    }
}

static void fmt_type(StrBuf *b, const Type *t, const Package *local) {
    if (!t) {
        strbuf_puts(b, "<T>");
        return;
    }
    if (t->obj && t->obj->name) {
        if (t->isany) {
            strbuf_puts(b, "interface {}");
            return;
        }
        if (t->obj->pkg && t->obj->pkg != local && t->obj->pkg->name) {
            strbuf_puts(b, t->obj->pkg->name);
            strbuf_puts(b, ".");
        }
        strbuf_puts(b, t->obj->name);
        return;
    }
    char num[32];
    switch (t->kind) {
    case TY_PTR: strbuf_puts(b, "*"); fmt_type(b, t->elem, local); break;
    case TY_SLICE: strbuf_puts(b, "[]"); fmt_type(b, t->elem, local); break;
    case TY_ARRAY:
        snprintf(num, sizeof num, "[%lld]", (long long)t->len);
        strbuf_puts(b, num);
        fmt_type(b, t->elem, local);
        break;
    case TY_MAP:
        strbuf_puts(b, "map[");
        fmt_type(b, t->key, local);
        strbuf_puts(b, "]");
        fmt_type(b, t->elem, local);
        break;
    case TY_CHAN:
        if (t->chandir == CHAN_RECV)
            strbuf_puts(b, "<-chan ");
        else if (t->chandir == CHAN_SEND)
            strbuf_puts(b, "chan<- ");
        else
            strbuf_puts(b, "chan ");
        fmt_type(b, t->elem, local);
        break;
    case TY_STRUCT:
        if (t->nfields == 0) {
            strbuf_puts(b, "struct {}");
            break;
        }
        strbuf_puts(b, "struct { ");
        for (int i = 0; i < t->nfields; i++) {
            if (i)
                strbuf_puts(b, "; ");
            if (!(t->fields[i]->flags & OBJF_EMBEDDED)) {
                strbuf_puts(b, t->fields[i]->name);
                strbuf_puts(b, " ");
            }
            fmt_type(b, t->fields[i]->type, local);
        }
        strbuf_puts(b, " }");
        break;
    case TY_INTERFACE:
        if (t->nimethods == 0 && t->nmethods == 0 && t->nembeds == 0) {
            /* gc keeps the predeclared any (types.AnyType) apart from a
             * written interface{}, and prints it by name */
            strbuf_puts(b, t->isany ? "any" : "interface {}");
            break;
        }
        strbuf_puts(b, "interface { ");
        for (int i = 0; i < t->nimethods; i++) {
            if (i)
                strbuf_puts(b, "; ");
            strbuf_puts(b, t->imethods[i]->name);
            StrBuf sig = {0};   /* malloc'd */
            fmt_type(&sig, t->imethods[i]->type, local);
            if (sig.s && !strncmp(sig.s, "func", 4))
                strbuf_puts(b, sig.s + 4);
            free(sig.s);
        }
        strbuf_puts(b, " }");
        break;
    case TY_FUNC:
        strbuf_puts(b, "func(");
        fmt_fields(b, t->params, t->nparams, local, false);
        strbuf_puts(b, ")");
        if (t->nresults == 1) {
            strbuf_puts(b, " ");
            fmt_type(b, t->results[0]->type, local);
        } else if (t->nresults > 1) {
            strbuf_puts(b, " (");
            fmt_fields(b, t->results, t->nresults, local, false);
            strbuf_puts(b, ")");
        }
        break;
    case TY_UNTYPED_BOOL: strbuf_puts(b, "untyped bool"); break;
    case TY_UNTYPED_INT: strbuf_puts(b, "untyped int"); break;
    case TY_UNTYPED_RUNE: strbuf_puts(b, "untyped rune"); break;
    case TY_UNTYPED_FLOAT: strbuf_puts(b, "untyped float"); break;
    case TY_UNTYPED_STRING: strbuf_puts(b, "untyped string"); break;
    case TY_UNTYPED_NIL: strbuf_puts(b, "nil"); break;
    default: strbuf_puts(b, "?"); break;
    }
}

/* A type written in the source: keeps "byte"/"rune", which the checker's
 * Type (an alias of uint8/int32) cannot tell apart, as gc's types can. */
static void fmt_type_node(StrBuf *b, const Node *n, const Package *local) {
    if (!n) {
        strbuf_puts(b, "<T>");
        return;
    }
    switch (n->kind) {
    case N_PAREN: fmt_type_node(b, n->x, local); return;
    case N_NAME:
        if (n->lit && (!strcmp(n->lit, "byte") || !strcmp(n->lit, "rune"))) {
            strbuf_puts(b, n->lit);
            return;
        }
        break;
    case N_STAR: strbuf_puts(b, "*"); fmt_type_node(b, n->x, local); return;
    case N_ARRAYTYPE:
        if (!n->x) {   /* len NULL: slice */
            strbuf_puts(b, "[]");
            fmt_type_node(b, n->y, local);
            return;
        }
        if (n->ty && n->ty->kind == TY_ARRAY) {
            char num[32];
            snprintf(num, sizeof num, "[%lld]", (long long)n->ty->len);
            strbuf_puts(b, num);
            fmt_type_node(b, n->y, local);
            return;
        }
        break;
    case N_MAPTYPE:
        strbuf_puts(b, "map[");
        fmt_type_node(b, n->x, local);
        strbuf_puts(b, "]");
        fmt_type_node(b, n->y, local);
        return;
    case N_CHANTYPE:
        strbuf_puts(b, n->chandir == 2 ? "<-chan " : n->chandir == 1 ? "chan<- " : "chan ");
        fmt_type_node(b, n->x, local);
        return;
    default:
        break;
    }
    fmt_type(b, n->ty, local);
}

const char *esc_type_string(EscBatch *eb, const Type *t) {
    StrBuf b = {0};   /* built in malloc'd memory, then copied exactly */
    fmt_type(&b, t, eb->local);
    return strbuf_finish(&b, eb->arena);
}

/* ------------------------------------------------------------ expressions */

enum { PREC_TOP = 8 };

/* Operator spelling (kept here so printing needs no lexer). */
static const char *op_str(TokKind k) {
    switch (k) {
    case T_ADD: return "+"; case T_SUB: return "-"; case T_MUL: return "*";
    case T_QUO: return "/"; case T_REM: return "%"; case T_AND: return "&";
    case T_OR: return "|"; case T_XOR: return "^"; case T_SHL: return "<<";
    case T_SHR: return ">>"; case T_AND_NOT: return "&^"; case T_LAND: return "&&";
    case T_LOR: return "||"; case T_ARROW: return "<-"; case T_EQL: return "==";
    case T_LSS: return "<"; case T_GTR: return ">"; case T_NOT: return "!";
    case T_NEQ: return "!="; case T_LEQ: return "<="; case T_GEQ: return ">=";
    case T_TILDE: return "~";
    case T_ADD_ASSIGN: return "+="; case T_SUB_ASSIGN: return "-=";
    case T_MUL_ASSIGN: return "*="; case T_QUO_ASSIGN: return "/=";
    case T_REM_ASSIGN: return "%="; case T_AND_ASSIGN: return "&=";
    case T_OR_ASSIGN: return "|="; case T_XOR_ASSIGN: return "^=";
    case T_SHL_ASSIGN: return "<<="; case T_SHR_ASSIGN: return ">>=";
    case T_AND_NOT_ASSIGN: return "&^=";
    default: return "?";
    }
}

static int binprec(TokKind op) {
    switch (op) {
    case T_MUL: case T_QUO: case T_REM: case T_SHL: case T_SHR: case T_AND: case T_AND_NOT:
        return 6;
    case T_ADD: case T_SUB: case T_OR: case T_XOR: return 5;
    case T_EQL: case T_NEQ: case T_LSS: case T_LEQ: case T_GTR: case T_GEQ: return 4;
    case T_LAND: return 3;
    case T_LOR: return 2;
    default: return 0;
    }
}

bool esc_is_type_expr(const Node *n) {
    if (!n)
        return false;
    switch (n->kind) {
    case N_ARRAYTYPE: case N_MAPTYPE: case N_CHANTYPE: case N_FUNCTYPE:
    case N_STRUCTTYPE: case N_INTERFACETYPE:
        return true;
    case N_PAREN: return esc_is_type_expr(n->x);
    case N_STAR: return esc_is_type_expr(n->x);
    case N_NAME: case N_SELECTOR:
        return n->mode == OPM_TYPE || (n->obj && n->obj->kind == OBJ_TYPE);
    case N_INDEX: return n->mode == OPM_TYPE;
    default: return false;
    }
}

/* A non-constant string concatenation: gc's OADDSTR, which has no entry
 * in ir.OpPrec (precedence 0) and prints its flattened operands at 0. */
static bool is_addstr(const Node *n) {
    return n && n->kind == N_BINARY && n->op == T_ADD && n->mode != OPM_CONST &&
           n->ty && type_is_string(n->ty) && !type_is_untyped(n->ty);
}

/* &T{...} written as {...} in a []*T or map[K]*T literal: the checker's
 * implicit & is gc's OPTRLIT, which prints (unlike an implicit OADDR). */
static bool is_elided_ptrlit(const Node *n) {
    return n->kind == N_UNARY && n->op == T_AND && n->implicit && n->x &&
           n->x->kind == N_COMPOSITE && !n->x->x;
}

/* The IR precedence of n as gc would see it. */
static int node_prec(const Node *n) {
    while (n && (n->kind == N_PAREN || ((n->kind == N_CONVIFACE ||
           ((n->kind == N_UNARY || n->kind == N_STAR) && n->implicit && !n->imported &&
            !is_elided_ptrlit(n))))))
        n = n->x;
    if (!n)
        return PREC_TOP;
    if (n->mode == OPM_CONST)
        return PREC_TOP;   /* a constant prints as one OLITERAL */
    switch (n->kind) {
    case N_UNARY:
        if (n->op == T_AND && n->x && n->x->kind == N_COMPOSITE)
            return 0;     /* OPTRLIT */
        return 7;
    case N_STAR: return 7;
    case N_BINARY: return is_addstr(n) ? 0 : binprec(n->op);
    case N_FUNCLIT: case N_INLCALL: return 0;
    default: return PREC_TOP;
    }
}

static void fmt_expr(StrBuf *b, const Node *n, int prec, const Package *local);

static void fmt_list(StrBuf *b, const NodeList *l, const Package *local) {
    for (int i = 0; i < l->len; i++) {
        if (i)
            strbuf_puts(b, ", ");
        fmt_expr(b, l->items[i], 0, local);
    }
}

/* Source text of a constant expression, as syntax.String prints it. */
static void fmt_syntax(StrBuf *b, const Node *n, const Package *local) {
    if (!n)
        return;
    switch (n->kind) {
    case N_BASICLIT: strbuf_put(b, n->lit, (size_t)n->litlen); return;
    case N_NAME: strbuf_puts(b, n->lit); return;
    case N_PAREN: strbuf_puts(b, "("); fmt_syntax(b, n->x, local); strbuf_puts(b, ")"); return;
    case N_SELECTOR: fmt_syntax(b, n->x, local); strbuf_puts(b, "."); fmt_syntax(b, n->name, local); return;
    case N_BINARY: {   /* a chain, in order, without recursion (chain.h) */
        Spine sp;
        spine_collect(&sp, (Node *)n);
        fmt_syntax(b, spine_first(&sp), local);
        for (int i = sp.n - 1; i >= 0; i--) {
            strbuf_puts(b, " ");
            strbuf_puts(b, op_str(sp.v[i]->op));
            strbuf_puts(b, " ");
            fmt_syntax(b, sp.v[i]->y, local);
        }
        spine_free(&sp);
        return;
    }
    case N_UNARY: strbuf_puts(b, op_str(n->op)); fmt_syntax(b, n->x, local); return;
    case N_CALL:
        fmt_syntax(b, n->x, local);
        strbuf_puts(b, "(");
        for (int i = 0; i < n->list.len; i++) {
            if (i)
                strbuf_puts(b, ", ");
            fmt_syntax(b, n->list.items[i], local);
        }
        strbuf_puts(b, ")");
        return;
    case N_CONVIFACE: fmt_syntax(b, n->x, local); return;
    default:
        if (esc_is_type_expr(n)) {
            fmt_type_node(b, n, local);
            return;
        }
        strbuf_puts(b, "?");
    }
}

static bool is_builtin_call(const Node *n, Builtin *bi) {
    const Node *f = n->x;
    while (f && f->kind == N_PAREN)
        f = f->x;
    if (f && (f->kind == N_NAME || f->kind == N_SELECTOR) && f->obj &&
        f->obj->kind == OBJ_BUILTIN) {
        *bi = f->obj->builtin;
        return true;
    }
    return false;
}

static const char *builtin_name(Builtin bi) {
    static const char *const names[] = {
        [BI_APPEND] = "append", [BI_CAP] = "cap", [BI_CLOSE] = "close",
        [BI_COMPLEX] = "complex", [BI_COPY] = "copy", [BI_DELETE] = "delete",
        [BI_IMAG] = "imag", [BI_LEN] = "len", [BI_MAKE] = "make", [BI_NEW] = "new",
        [BI_PANIC] = "panic", [BI_PRINT] = "print", [BI_PRINTLN] = "println",
        [BI_REAL] = "real", [BI_RECOVER] = "recover", [BI_ALIGNOF] = "unsafe.Alignof",
        [BI_OFFSETOF] = "unsafe.Offsetof", [BI_SIZEOF] = "unsafe.Sizeof",
        [BI_ADD] = "unsafe.Add", [BI_SLICE] = "unsafe.Slice",
    };
    return (bi > 0 && bi < BI_NBUILTINS && names[bi]) ? names[bi] : "builtin";
}

static void fmt_call(StrBuf *b, const Node *n, const Package *local) {
    Builtin bi;
    if (n->gen && n->gen->convidata && n->list.len == 1) {
        /* any(x) of a shape-typed x: OEFACE(type, OCONVIDATA(x)) */
        if (b->len) {
            strbuf_puts(b, "<node EFACE>");
        } else {
            strbuf_puts(b, "unsafe.Pointer(");
            fmt_expr(b, n->list.items[0], 0, local);
            strbuf_puts(b, ")");
        }
        return;
    }
    if (n->gen && n->gen->callprefix && !n->gen->subdict && !n->gen->recv &&
        n->list.len == 1 && n->list.items[0]->ty && n->list.items[0]->ty->kind == TY_TUPLE) {
        /* F(g()) with g multi-valued: irgen leaves the OFUNCINST call
         * untransformed, and gc's fmt has no case for OFUNCINST */
        Node *a = n->list.items[0];
        strbuf_puts(b, "(<node FUNCINST>)(");
        fmt_expr(b, a->kind == N_INLCALL && a->x ? a->x : a, 0, local);
        strbuf_puts(b, ")");
        return;
    }
    if (n->gen && n->gen->callprefix) {
        /* a stenciled call: F[shapes](&.dict.F[targs], [recv, ]args) */
        strbuf_puts(b, n->gen->callprefix);
        if (n->gen->recv) {
            strbuf_puts(b, ", ");
            fmt_expr(b, gen_call_recv(n), 0, local);
        }
        for (int i = 0; i < n->list.len; i++) {
            strbuf_puts(b, ", ");
            fmt_expr(b, n->list.items[i], 0, local);
        }
        strbuf_puts(b, n->hasdots ? "...)" : ")");
        return;
    }
    if (esc_is_type_expr(n->x)) {
        /* conversion: T(x), or (T)(x) for an unnamed T */
        const Type *t = n->ty;
        if (t && t->obj) {
            fmt_type(b, t, local);
        } else {
            strbuf_puts(b, "(");
            fmt_type_node(b, n->x, local);
            strbuf_puts(b, ")");
        }
        strbuf_puts(b, "(");
        if (n->list.len)
            fmt_expr(b, n->list.items[0], 0, local);
        strbuf_puts(b, ")");
        return;
    }
    if (is_builtin_call(n, &bi)) {
        strbuf_puts(b, builtin_name(bi));
        strbuf_puts(b, "(");
        if (bi == BI_MAKE || bi == BI_NEW) {
            for (int i = 0; i < n->list.len; i++) {
                if (i)
                    strbuf_puts(b, ", ");
                if (i == 0)
                    fmt_type_node(b, n->list.items[0], local);
                else
                    fmt_expr(b, n->list.items[i], 0, local);
            }
        } else {
            fmt_list(b, &n->list, local);
        }
        strbuf_puts(b, n->hasdots ? "...)" : ")");
        return;
    }
    const Node *f = n->x;
    while (f && f->kind == N_PAREN)
        f = f->x;
    if (f && f->kind == N_SELECTOR && f->obj && f->obj->kind == OBJ_FUNC &&
        !(f->obj->flags & OBJF_IMETHOD) && f->x && !esc_is_type_expr(f->x) &&
        !(f->x->kind == N_NAME && f->x->obj && f->x->obj->kind == OBJ_PKG) &&
        !(f->x->ty && type_is_interface(f->x->ty)) && f->obj->type && f->obj->type->recv) {
        /* a static method call, as gc prints it after FixMethodCall:
         * (*T).M(x, args) / T.M(x, args) */
        const Type *rt = f->obj->type->recv->type;
        if (rt && rt->kind == TY_PTR && !rt->obj) {
            strbuf_puts(b, "(*");
            fmt_type(b, rt->elem, local);
            strbuf_puts(b, ")");
        } else {
            fmt_type(b, rt, local);
        }
        strbuf_puts(b, ".");
        strbuf_puts(b, f->obj->name);
        strbuf_puts(b, "(");
        fmt_expr(b, f->x, 0, local);
        for (int i = 0; i < n->list.len; i++) {
            strbuf_puts(b, ", ");
            fmt_expr(b, n->list.items[i], 0, local);
        }
        strbuf_puts(b, n->hasdots ? "...)" : ")");
        return;
    }
    fmt_expr(b, n->x, PREC_TOP, local);
    strbuf_puts(b, "(");
    fmt_list(b, &n->list, local);
    strbuf_puts(b, n->hasdots ? "...)" : ")");
}

/* OADDSTR: the operands of nested concatenations (noder's transformAdd
 * merges both sides) joined by " + ", each printed at precedence 0. */
static const Node *skip_parens(const Node *o) {
    while (o && o->kind == N_PAREN)
        o = o->x;
    return o;
}

static void fmt_addstr(StrBuf *b, const Node *n, const Package *local) {
    /* the left spine in a loop (chain.h) */
    Spine sp;
    spine_init(&sp);
    for (; is_addstr(n); n = skip_parens(n->x))
        spine_push(&sp, (Node *)n);
    fmt_expr(b, n, 0, local);
    for (int i = sp.n - 1; i >= 0; i--) {
        const Node *o = skip_parens(sp.v[i]->y);
        strbuf_puts(b, " + ");
        if (is_addstr(o))
            fmt_addstr(b, o, local);
        else
            fmt_expr(b, o, 0, local);
    }
    spine_free(&sp);
}

/* x op y: a chain's left spine in a loop (chain.h), down to the first
 * operand that is printed on its own. */
static void fmt_binary(StrBuf *b, const Node *n, const Package *local) {
    Spine sp;
    spine_init(&sp);
    for (;;) {
        spine_push(&sp, (Node *)n);
        const Node *l = n->x;
        if (!l || l->kind != N_BINARY || l->mode == OPM_CONST || is_addstr(l) ||
            binprec(l->op) < binprec(n->op))
            break;
        n = l;
    }
    fmt_expr(b, n->x, binprec(n->op), local);
    for (int i = sp.n - 1; i >= 0; i--) {
        strbuf_puts(b, " ");
        strbuf_puts(b, op_str(sp.v[i]->op));
        strbuf_puts(b, " ");
        fmt_expr(b, sp.v[i]->y, binprec(sp.v[i]->op) + 1, local);
    }
    spine_free(&sp);
}

static void fmt_expr(StrBuf *b, const Node *n, int prec, const Package *local) {
    while (n && (n->kind == N_PAREN || (n->kind == N_CONVIFACE && !n->imported && !n->gen) ||
                 /* export data drops the implicit flag: an inlined std
                  * body prints its & and * (&png.e) */
                 (n->implicit && !n->imported &&
                  ((n->kind == N_UNARY && n->op == T_AND && !is_elided_ptrlit(n)) ||
                   n->kind == N_STAR))))
        n = n->x;
    if (n && n->kind == N_CONVIFACE && n->gen && n->gen->convidata && b->len) {
        strbuf_puts(b, "<node EFACE>");   /* inside an expression: the OEFACE */
        return;
    }
    if (n && n->kind == N_CONVIFACE && n->gen && n->gen->convidata) {
        strbuf_puts(b, "unsafe.Pointer(");   /* the location: its OCONVIDATA */
        fmt_expr(b, n->x, 0, local);
        strbuf_puts(b, ")");
        return;
    }
    if (n && n->kind == N_CONVIFACE) {   /* explicit in imported IR: (T)(x) */
        const Type *t = n->ty;
        if (t && t->obj && !t->isany) {
            fmt_type(b, t, local);
        } else {
            strbuf_puts(b, "(");
            fmt_type(b, t, local);
            strbuf_puts(b, ")");
        }
        strbuf_puts(b, "(");
        fmt_expr(b, n->x, 0, local);
        strbuf_puts(b, ")");
        return;
    }
    if (!n) {
        strbuf_puts(b, "<nil>");
        return;
    }
    if (prec > node_prec(n)) {
        strbuf_puts(b, "(");
        fmt_expr(b, n, 0, local);
        strbuf_puts(b, ")");
        return;
    }
    if (n->mode == OPM_CONST && n->imported && n->ty && !type_is_untyped(n->ty) &&
        n->kind != N_BASICLIT && n->val && (n->val->kind == CK_INT || n->val->kind == CK_BOOL)) {
        /* export data keeps a constant's value, not its name or its
         * expression (-mutexLocked, defaultBufSize, false): T(value) */
        fmt_type(b, n->ty, local);
        strbuf_puts(b, "(");
        Arena scratch;   /* the text is copied out at once */
        arena_init(&scratch);
        strbuf_puts(b, const_string_repr(&scratch, *n->val));
        arena_free(&scratch);
        strbuf_puts(b, ")");
        return;
    }
    if (n->mode == OPM_CONST && n->imported && n->ty && !type_is_untyped(n->ty) &&
        n->kind == N_BASICLIT) {
        /* a typed constant of imported IR: T(value) */
        fmt_type(b, n->ty, local);
        strbuf_puts(b, "(");
        fmt_syntax(b, n, local);
        strbuf_puts(b, ")");
        return;
    }
    if (n->mode == OPM_CONST && n->kind != N_NAME) {
        fmt_syntax(b, n, local);
        return;
    }
    switch (n->kind) {
    case N_NAME:
        if (n->obj && n->obj->pkg && n->obj->pkg != local && n->obj->pkg->name &&
            ((n->obj->flags & OBJF_GLOBAL) || (n->obj->kind == OBJ_VAR && n->obj->pkg->std &&
                                               n->lit && n->lit[0] != '~'))) {
            strbuf_puts(b, n->obj->pkg->name);
            strbuf_puts(b, ".");
        }
        strbuf_puts(b, n->lit ? n->lit : "?");
        return;
    case N_BASICLIT: strbuf_put(b, n->lit, (size_t)n->litlen); return;
    case N_FUNCLIT: strbuf_puts(b, "func literal"); return;
    case N_INLCALL:   /* gc prints an inlined call as its result variable(s) */
        if (n->results.len == 1) {
            fmt_expr(b, n->results.items[0], 0, local);
        } else {
            /* "(.%v)" of ir.Nodes: "; " between the result variables */
            strbuf_puts(b, "(.");
            for (int i = 0; i < n->results.len; i++) {
                if (i)
                    strbuf_puts(b, "; ");
                fmt_expr(b, n->results.items[i], 0, local);
            }
            strbuf_puts(b, ")");
        }
        return;
    case N_COMPOSITE:
        if (n->implicit && !n->x) {   /* FixVariadicCall's slice */
            strbuf_puts(b, "... argument");
            return;
        }
        if (n->x)
            fmt_type_node(b, n->x, local);
        else
            fmt_type(b, n->ty, local);
        strbuf_puts(b, n->list.len ? "{...}" : "{}");
        return;
    case N_SELECTOR:
        if (n->x && n->x->kind == N_NAME && n->x->obj && n->x->obj->kind == OBJ_PKG) {
            strbuf_puts(b, n->x->lit);   /* pkg.Name */
        } else {
            fmt_expr(b, n->x, PREC_TOP, local);
        }
        strbuf_puts(b, ".");
        strbuf_puts(b, n->name && n->name->lit ? n->name->lit : "?");
        return;
    case N_INDEX:
        fmt_expr(b, n->x, PREC_TOP, local);
        strbuf_puts(b, "[");
        fmt_expr(b, n->y, 0, local);
        strbuf_puts(b, "]");
        return;
    case N_SLICE:
        fmt_expr(b, n->x, PREC_TOP, local);
        strbuf_puts(b, "[");
        if (n->y)
            fmt_expr(b, n->y, 0, local);
        strbuf_puts(b, ":");
        if (n->z)
            fmt_expr(b, n->z, 0, local);
        if (n->slice3) {
            strbuf_puts(b, ":");
            if (n->w)
                fmt_expr(b, n->w, 0, local);
        }
        strbuf_puts(b, "]");
        return;
    case N_TYPEASSERT:
        if (n->ty && gen_has_shape(n->ty)) {
            /* stencil's ODYNAMICDOTTYPE (the type from the dictionary):
             * gc's fmt has no case for it */
            strbuf_puts(b, "<node DYNAMICDOTTYPE>");
            return;
        }
        fmt_expr(b, n->x, PREC_TOP, local);
        strbuf_puts(b, ".(");
        if (n->type_)
            fmt_type_node(b, n->type_, local);
        else
            fmt_type(b, n->ty, local);
        strbuf_puts(b, ")");
        return;
    case N_CALL: fmt_call(b, n, local); return;
    case N_STAR:
        strbuf_puts(b, "*");
        fmt_expr(b, n->x, 8, local);
        return;
    case N_UNARY:
        strbuf_puts(b, op_str(n->op));
        if (n->x && n->x->kind == N_UNARY && n->x->op == n->op)
            strbuf_puts(b, " ");
        fmt_expr(b, n->x, n->op == T_AND && n->x && n->x->kind == N_COMPOSITE ? 0 : 8, local);
        return;
    case N_BINARY: {
        if (is_addstr(n)) {
            fmt_addstr(b, n, local);
            return;
        }
        fmt_binary(b, n, local);
        return;
    }
    case N_KEYVALUE:
        fmt_expr(b, n->x, 0, local);
        strbuf_puts(b, ":");
        fmt_expr(b, n->y, 0, local);
        return;
    default:
        if (esc_is_type_expr(n)) {
            fmt_type_node(b, n, local);
            return;
        }
        strbuf_puts(b, "<node>");
    }
}

const char *esc_expr_string(EscBatch *eb, const Node *n) {
    StrBuf b = {0};   /* built in malloc'd memory, then copied exactly */
    fmt_expr(&b, n, 0, eb->local);
    return strbuf_finish(&b, eb->arena);
}

static void fmt_stmt(StrBuf *b, const Node *n, const Package *local);

/* A statement list as ir.Nodes prints it: "; " between statements, with
 * the blocks, declarations and labels irgen splices into the enclosing
 * list flattened and empty statements dropped. */
static void fmt_stmt_list(StrBuf *b, const NodeList *l, bool *first, const Package *local) {
    for (int i = 0; i < l->len; i++) {
        const Node *s = l->items[i];
        if (!s || s->kind == N_EMPTY)
            continue;
        if (s->kind == N_BLOCK) {
            fmt_stmt_list(b, &s->list, first, local);
            continue;
        }
        if (s->kind == N_DECLSTMT) {
            /* var specs: ODCL per name, then OAS per name (or one OAS2) */
            for (int j = 0; j < s->list.len; j++) {
                const Node *vd = s->list.items[j];
                if (vd->kind != N_VARDECL)
                    continue;
                bool as2 = vd->values.len && vd->values.len != vd->names.len;
                for (int k = 0; k < vd->names.len; k++) {
                    const Node *nm = vd->names.items[k];
                    strbuf_puts(b, *first ? "var " : "; var ");
                    *first = false;
                    strbuf_puts(b, nm->lit ? nm->lit : "?");
                    strbuf_puts(b, " ");
                    fmt_type(b, nm->obj ? nm->obj->type : nm->ty, local);
                    if (as2)
                        continue;
                    strbuf_puts(b, "; ");
                    fmt_expr(b, nm, 0, local);
                    strbuf_puts(b, " = ");
                    if (k < vd->values.len)
                        fmt_expr(b, vd->values.items[k], 0, local);
                    else
                        strbuf_puts(b, "<nil>");
                }
                if (as2) {
                    strbuf_puts(b, "; ");
                    fmt_list(b, &vd->names, local);
                    strbuf_puts(b, " = ");
                    fmt_list(b, &vd->values, local);
                }
            }
            continue;
        }
        if (!*first)
            strbuf_puts(b, "; ");
        *first = false;
        if (s->kind == N_LABELED) {   /* OBLOCK{OLABEL, stmt} */
            strbuf_puts(b, s->name && s->name->lit ? s->name->lit : "?");
            strbuf_puts(b, ": ");
            if (s->x && s->x->kind != N_EMPTY) {
                NodeList one = { (Node **)&s->x, 1 };
                strbuf_puts(b, "; ");
                bool f = true;
                fmt_stmt_list(b, &one, &f, local);
            }
            continue;
        }
        fmt_stmt(b, s, local);
    }
}

static void fmt_block(StrBuf *b, const Node *blk, const Package *local) {
    bool first = true;
    if (!blk)
        return;
    if (blk->kind == N_BLOCK) {
        fmt_stmt_list(b, &blk->list, &first, local);
    } else {
        NodeList one = { (Node **)&blk, 1 };
        fmt_stmt_list(b, &one, &first, local);
    }
}

/* Does the statement carry an init of its own (the ODCLs of `:=`)? */
static bool has_own_init(const Node *s) {
    if (s->kind == N_ASSIGN && esc_assign_declares(s))
        return true;
    if (s->kind == N_EXPRSTMT && s->x && s->x->kind == N_INLCALL)
        return s->x->init && s->x->init->list.len;
    return s->kind == N_DECLSTMT;
}

/* ir.stmtFmt (its !exportFormat branches). */
static void fmt_stmt(StrBuf *b, const Node *n, const Package *local) {
    switch (n->kind) {
    case N_ASSIGN:
        fmt_list(b, &n->lhs, local);
        if (n->op == T_ASSIGN || n->op == T_DEFINE) {
            strbuf_puts(b, n->op == T_DEFINE ? " := " : " = ");
        } else {
            strbuf_puts(b, " ");
            strbuf_puts(b, op_str(n->op));
            strbuf_puts(b, " ");
        }
        fmt_list(b, &n->rhs, local);
        break;
    case N_INCDEC:
        fmt_expr(b, n->x, 0, local);
        strbuf_puts(b, n->op == T_INC ? "++" : "--");
        break;
    case N_RETURN:
        strbuf_puts(b, "return ");
        fmt_list(b, &n->list, local);
        break;
    case N_SEND:
        fmt_expr(b, n->x, 0, local);
        strbuf_puts(b, " <- ");
        fmt_expr(b, n->y, 1, local);
        break;
    case N_GO: case N_DEFER:
        strbuf_puts(b, n->kind == N_GO ? "go " : "defer ");
        fmt_expr(b, n->x, 0, local);
        break;
    case N_EXPRSTMT:
        fmt_expr(b, n->x, 0, local);
        break;
    case N_RANGE: case N_FOR:
        strbuf_puts(b, "for loop");
        break;
    case N_SWITCH: case N_TYPESWITCH:
        strbuf_puts(b, "switch statement");
        break;
    case N_SELECT:
        strbuf_puts(b, "select statement");
        break;
    case N_IF:
        strbuf_puts(b, "if ");
        if (n->init && n->init->kind != N_EMPTY && !has_own_init(n->init)) {
            fmt_stmt(b, n->init, local);
            strbuf_puts(b, "; ");
        }
        fmt_expr(b, n->cond, 0, local);
        strbuf_puts(b, " { ");
        fmt_block(b, n->body, local);
        strbuf_puts(b, " }");
        if (n->els) {
            strbuf_puts(b, " else { ");
            fmt_block(b, n->els, local);
            strbuf_puts(b, " }");
        }
        break;
    case N_CASE: case N_COMM:
        if (n->kind == N_CASE ? n->list.len > 0 : n->x != NULL) {
            strbuf_puts(b, "case ");
            if (n->kind == N_CASE)
                fmt_list(b, &n->list, local);
            else
                fmt_stmt(b, n->x, local);
        } else {
            strbuf_puts(b, "default");
        }
        strbuf_puts(b, ": ");
        fmt_block(b, n->body, local);
        break;
    case N_BLOCK:
        fmt_block(b, n, local);
        break;
    case N_BRANCH:
        strbuf_puts(b, n->op == T_BREAK ? "break" : n->op == T_CONTINUE ? "continue"
                 : n->op == T_GOTO ? "goto" : "fallthrough");
        if (n->name && n->name->lit) {
            strbuf_puts(b, " ");
            strbuf_puts(b, n->name->lit);
        }
        break;
    default:
        fmt_expr(b, n, 0, local);
    }
}

/* Statement text for -m=2 notes and "ignoring self-assignment in ...". */
const char *esc_stmt_string(EscBatch *eb, const Node *n) {
    StrBuf b = {0};   /* built in malloc'd memory, then copied exactly */
    fmt_stmt(&b, n, eb->local);
    return strbuf_finish(&b, eb->arena);
}
