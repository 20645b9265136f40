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
#include <string.h>

#include "generic.h"
#include "escape_int.h"

typedef struct Buf {
    char *p;
    size_t len, cap;
    Arena *a;
} Buf;

static void bput(Buf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *np = arena_alloc(b->a, cap);
        if (b->len)
            memcpy(np, b->p, b->len);
        b->p = np;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}
static void bputs(Buf *b, const char *s) { bput(b, s, strlen(s)); }

/* ------------------------------------------------------------------ types */

static void fmt_type(Buf *b, const Type *t, const Package *local);

static void fmt_fields(Buf *b, Obj **f, int n, const Package *local, bool names) {
    for (int i = 0; i < n; i++) {
        if (i)
            bputs(b, ", ");
        if (names && f[i]->name && !(f[i]->flags & OBJF_UNNAMED)) {
            bputs(b, f[i]->name);
            bputs(b, " ");
        }
        if ((f[i]->flags & OBJF_VARIADIC) && f[i]->type && f[i]->type->elem) {
            bputs(b, "...");
            fmt_type(b, f[i]->type->elem, local);
        } else {
            fmt_type(b, f[i]->type, local);
        }
    }
}

static void fmt_type(Buf *b, const Type *t, const Package *local) {
    if (!t) {
        bputs(b, "<T>");
        return;
    }
    if (t->obj && t->obj->name) {
        if (t->isany) {
            bputs(b, "interface {}");
            return;
        }
        if (t->obj->pkg && t->obj->pkg != local && t->obj->pkg->name) {
            bputs(b, t->obj->pkg->name);
            bputs(b, ".");
        }
        bputs(b, t->obj->name);
        return;
    }
    char num[32];
    switch (t->kind) {
    case TY_PTR: bputs(b, "*"); fmt_type(b, t->elem, local); break;
    case TY_SLICE: bputs(b, "[]"); fmt_type(b, t->elem, local); break;
    case TY_ARRAY:
        snprintf(num, sizeof num, "[%lld]", (long long)t->len);
        bputs(b, num);
        fmt_type(b, t->elem, local);
        break;
    case TY_MAP:
        bputs(b, "map[");
        fmt_type(b, t->key, local);
        bputs(b, "]");
        fmt_type(b, t->elem, local);
        break;
    case TY_CHAN:
        if (t->chandir == CHAN_RECV)
            bputs(b, "<-chan ");
        else if (t->chandir == CHAN_SEND)
            bputs(b, "chan<- ");
        else
            bputs(b, "chan ");
        fmt_type(b, t->elem, local);
        break;
    case TY_STRUCT:
        if (t->nfields == 0) {
            bputs(b, "struct {}");
            break;
        }
        bputs(b, "struct { ");
        for (int i = 0; i < t->nfields; i++) {
            if (i)
                bputs(b, "; ");
            if (!(t->fields[i]->flags & OBJF_EMBEDDED)) {
                bputs(b, t->fields[i]->name);
                bputs(b, " ");
            }
            fmt_type(b, t->fields[i]->type, local);
        }
        bputs(b, " }");
        break;
    case TY_INTERFACE:
        if (t->nimethods == 0 && t->nmethods == 0 && t->nembeds == 0) {
            bputs(b, "interface {}");
            break;
        }
        bputs(b, "interface { ");
        for (int i = 0; i < t->nimethods; i++) {
            if (i)
                bputs(b, "; ");
            bputs(b, t->imethods[i]->name);
            Buf sig = {0};
            sig.a = b->a;
            fmt_type(&sig, t->imethods[i]->type, local);
            if (sig.p && !strncmp(sig.p, "func", 4))
                bputs(b, sig.p + 4);
        }
        bputs(b, " }");
        break;
    case TY_FUNC:
        bputs(b, "func(");
        fmt_fields(b, t->params, t->nparams, local, false);
        bputs(b, ")");
        if (t->nresults == 1) {
            bputs(b, " ");
            fmt_type(b, t->results[0]->type, local);
        } else if (t->nresults > 1) {
            bputs(b, " (");
            fmt_fields(b, t->results, t->nresults, local, false);
            bputs(b, ")");
        }
        break;
    case TY_UNTYPED_BOOL: bputs(b, "untyped bool"); break;
    case TY_UNTYPED_INT: bputs(b, "untyped int"); break;
    case TY_UNTYPED_RUNE: bputs(b, "untyped rune"); break;
    case TY_UNTYPED_FLOAT: bputs(b, "untyped float"); break;
    case TY_UNTYPED_STRING: bputs(b, "untyped string"); break;
    case TY_UNTYPED_NIL: bputs(b, "nil"); break;
    default: bputs(b, "?"); break;
    }
}

/* A type written in the source: keeps "byte"/"rune", which the checker's
 * Type (an alias of uint8/int32) cannot tell apart, as gc's types can. */
static void fmt_type_node(Buf *b, const Node *n, const Package *local) {
    if (!n) {
        bputs(b, "<T>");
        return;
    }
    switch (n->kind) {
    case N_PAREN: fmt_type_node(b, n->x, local); return;
    case N_NAME:
        if (n->lit && (!strcmp(n->lit, "byte") || !strcmp(n->lit, "rune"))) {
            bputs(b, n->lit);
            return;
        }
        break;
    case N_STAR: bputs(b, "*"); fmt_type_node(b, n->x, local); return;
    case N_ARRAYTYPE:
        if (!n->x) {   /* len NULL: slice */
            bputs(b, "[]");
            fmt_type_node(b, n->y, local);
            return;
        }
        if (n->ty && n->ty->kind == TY_ARRAY) {
            char num[32];
            snprintf(num, sizeof num, "[%lld]", (long long)n->ty->len);
            bputs(b, num);
            fmt_type_node(b, n->y, local);
            return;
        }
        break;
    case N_MAPTYPE:
        bputs(b, "map[");
        fmt_type_node(b, n->x, local);
        bputs(b, "]");
        fmt_type_node(b, n->y, local);
        return;
    case N_CHANTYPE:
        bputs(b, n->chandir == 2 ? "<-chan " : n->chandir == 1 ? "chan<- " : "chan ");
        fmt_type_node(b, n->x, local);
        return;
    default:
        break;
    }
    fmt_type(b, n->ty, local);
}

const char *esc_type_string(EscBatch *eb, const Type *t) {
    Buf b = {0};
    b.a = eb->arena;
    fmt_type(&b, t, eb->local);
    return b.p ? b.p : "";
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
           ((n->kind == N_UNARY || n->kind == N_STAR) && n->implicit && !is_elided_ptrlit(n))))))
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

static void fmt_expr(Buf *b, const Node *n, int prec, const Package *local);

static void fmt_list(Buf *b, const NodeList *l, const Package *local) {
    for (int i = 0; i < l->len; i++) {
        if (i)
            bputs(b, ", ");
        fmt_expr(b, l->items[i], 0, local);
    }
}

/* Source text of a constant expression, as syntax.String prints it. */
static void fmt_syntax(Buf *b, const Node *n, const Package *local) {
    if (!n)
        return;
    switch (n->kind) {
    case N_BASICLIT: bput(b, n->lit, (size_t)n->litlen); return;
    case N_NAME: bputs(b, n->lit); return;
    case N_PAREN: bputs(b, "("); fmt_syntax(b, n->x, local); bputs(b, ")"); return;
    case N_SELECTOR: fmt_syntax(b, n->x, local); bputs(b, "."); fmt_syntax(b, n->name, local); return;
    case N_BINARY:
        fmt_syntax(b, n->x, local);
        bputs(b, " ");
        bputs(b, op_str(n->op));
        bputs(b, " ");
        fmt_syntax(b, n->y, local);
        return;
    case N_UNARY: bputs(b, op_str(n->op)); fmt_syntax(b, n->x, local); return;
    case N_CALL:
        fmt_syntax(b, n->x, local);
        bputs(b, "(");
        for (int i = 0; i < n->list.len; i++) {
            if (i)
                bputs(b, ", ");
            fmt_syntax(b, n->list.items[i], local);
        }
        bputs(b, ")");
        return;
    case N_CONVIFACE: fmt_syntax(b, n->x, local); return;
    default:
        if (esc_is_type_expr(n)) {
            fmt_type_node(b, n, local);
            return;
        }
        bputs(b, "?");
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
    static const char *names[] = {
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

static void fmt_call(Buf *b, const Node *n, const Package *local) {
    Builtin bi;
    if (n->gen && n->gen->convidata && n->list.len == 1) {
        /* any(x) of a shape-typed x: OEFACE(type, OCONVIDATA(x)) */
        if (b->len) {
            bputs(b, "<node EFACE>");
        } else {
            bputs(b, "unsafe.Pointer(");
            fmt_expr(b, n->list.items[0], 0, local);
            bputs(b, ")");
        }
        return;
    }
    if (n->gen && n->gen->callprefix) {
        /* a stenciled call: F[shapes](&.dict.F[targs], [recv, ]args) */
        bputs(b, n->gen->callprefix);
        if (n->gen->recv) {
            bputs(b, ", ");
            fmt_expr(b, gen_call_recv(n), 0, local);
        }
        for (int i = 0; i < n->list.len; i++) {
            bputs(b, ", ");
            fmt_expr(b, n->list.items[i], 0, local);
        }
        bputs(b, n->hasdots ? "...)" : ")");
        return;
    }
    if (esc_is_type_expr(n->x)) {
        /* conversion: T(x), or (T)(x) for an unnamed T */
        const Type *t = n->ty;
        if (t && t->obj) {
            fmt_type(b, t, local);
        } else {
            bputs(b, "(");
            fmt_type_node(b, n->x, local);
            bputs(b, ")");
        }
        bputs(b, "(");
        if (n->list.len)
            fmt_expr(b, n->list.items[0], 0, local);
        bputs(b, ")");
        return;
    }
    if (is_builtin_call(n, &bi)) {
        bputs(b, builtin_name(bi));
        bputs(b, "(");
        if (bi == BI_MAKE || bi == BI_NEW) {
            for (int i = 0; i < n->list.len; i++) {
                if (i)
                    bputs(b, ", ");
                if (i == 0)
                    fmt_type_node(b, n->list.items[0], local);
                else
                    fmt_expr(b, n->list.items[i], 0, local);
            }
        } else {
            fmt_list(b, &n->list, local);
        }
        bputs(b, n->hasdots ? "...)" : ")");
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
            bputs(b, "(*");
            fmt_type(b, rt->elem, local);
            bputs(b, ")");
        } else {
            fmt_type(b, rt, local);
        }
        bputs(b, ".");
        bputs(b, f->obj->name);
        bputs(b, "(");
        fmt_expr(b, f->x, 0, local);
        for (int i = 0; i < n->list.len; i++) {
            bputs(b, ", ");
            fmt_expr(b, n->list.items[i], 0, local);
        }
        bputs(b, n->hasdots ? "...)" : ")");
        return;
    }
    fmt_expr(b, n->x, PREC_TOP, local);
    bputs(b, "(");
    fmt_list(b, &n->list, local);
    bputs(b, n->hasdots ? "...)" : ")");
}

/* OADDSTR: the operands of nested concatenations (noder's transformAdd
 * merges both sides) joined by " + ", each printed at precedence 0. */
static void fmt_addstr(Buf *b, const Node *n, const Package *local) {
    for (int i = 0; i < 2; i++) {
        const Node *o = i ? n->y : n->x;
        while (o && o->kind == N_PAREN)
            o = o->x;
        if (i)
            bputs(b, " + ");
        if (is_addstr(o))
            fmt_addstr(b, o, local);
        else
            fmt_expr(b, o, 0, local);
    }
}

static void fmt_expr(Buf *b, const Node *n, int prec, const Package *local) {
    while (n && (n->kind == N_PAREN || (n->kind == N_CONVIFACE && !n->imported && !n->gen) ||
                 (n->implicit && ((n->kind == N_UNARY && n->op == T_AND && !is_elided_ptrlit(n)) ||
                                  n->kind == N_STAR))))
        n = n->x;
    if (n && n->kind == N_CONVIFACE && n->gen && n->gen->convidata && b->len) {
        bputs(b, "<node EFACE>");   /* inside an expression: the OEFACE */
        return;
    }
    if (n && n->kind == N_CONVIFACE && n->gen && n->gen->convidata) {
        bputs(b, "unsafe.Pointer(");   /* the location: its OCONVIDATA */
        fmt_expr(b, n->x, 0, local);
        bputs(b, ")");
        return;
    }
    if (n && n->kind == N_CONVIFACE) {   /* explicit in imported IR: (T)(x) */
        const Type *t = n->ty;
        if (t && t->obj && !t->isany) {
            fmt_type(b, t, local);
        } else {
            bputs(b, "(");
            fmt_type(b, t, local);
            bputs(b, ")");
        }
        bputs(b, "(");
        fmt_expr(b, n->x, 0, local);
        bputs(b, ")");
        return;
    }
    if (!n) {
        bputs(b, "<nil>");
        return;
    }
    if (prec > node_prec(n)) {
        bputs(b, "(");
        fmt_expr(b, n, 0, local);
        bputs(b, ")");
        return;
    }
    if (n->mode == OPM_CONST && n->imported && n->ty && !type_is_untyped(n->ty) &&
        n->kind != N_BASICLIT && n->val && n->val->kind == CK_INT) {
        /* export data keeps a constant's value, not its name or its
         * expression (-mutexLocked, defaultBufSize): T(value) */
        fmt_type(b, n->ty, local);
        bputs(b, "(");
        bputs(b, const_string_repr(b->a, *n->val));
        bputs(b, ")");
        return;
    }
    if (n->mode == OPM_CONST && n->imported && n->ty && !type_is_untyped(n->ty) &&
        n->kind == N_BASICLIT) {
        /* a typed constant of imported IR: T(value) */
        fmt_type(b, n->ty, local);
        bputs(b, "(");
        fmt_syntax(b, n, local);
        bputs(b, ")");
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
            bputs(b, n->obj->pkg->name);
            bputs(b, ".");
        }
        bputs(b, n->lit ? n->lit : "?");
        return;
    case N_BASICLIT: bput(b, n->lit, (size_t)n->litlen); return;
    case N_FUNCLIT: bputs(b, "func literal"); return;
    case N_INLCALL:   /* gc prints an inlined call as its result variable(s) */
        if (n->results.len == 1) {
            fmt_expr(b, n->results.items[0], 0, local);
        } else {
            /* "(.%v)" of ir.Nodes: "; " between the result variables */
            bputs(b, "(.");
            for (int i = 0; i < n->results.len; i++) {
                if (i)
                    bputs(b, "; ");
                fmt_expr(b, n->results.items[i], 0, local);
            }
            bputs(b, ")");
        }
        return;
    case N_COMPOSITE:
        if (n->implicit && !n->x) {   /* FixVariadicCall's slice */
            bputs(b, "... argument");
            return;
        }
        if (n->x)
            fmt_type_node(b, n->x, local);
        else
            fmt_type(b, n->ty, local);
        bputs(b, n->list.len ? "{...}" : "{}");
        return;
    case N_SELECTOR:
        if (n->x && n->x->kind == N_NAME && n->x->obj && n->x->obj->kind == OBJ_PKG) {
            bputs(b, n->x->lit);   /* pkg.Name */
        } else {
            fmt_expr(b, n->x, PREC_TOP, local);
        }
        bputs(b, ".");
        bputs(b, n->name && n->name->lit ? n->name->lit : "?");
        return;
    case N_INDEX:
        fmt_expr(b, n->x, PREC_TOP, local);
        bputs(b, "[");
        fmt_expr(b, n->y, 0, local);
        bputs(b, "]");
        return;
    case N_SLICE:
        fmt_expr(b, n->x, PREC_TOP, local);
        bputs(b, "[");
        if (n->y)
            fmt_expr(b, n->y, 0, local);
        bputs(b, ":");
        if (n->z)
            fmt_expr(b, n->z, 0, local);
        if (n->slice3) {
            bputs(b, ":");
            if (n->w)
                fmt_expr(b, n->w, 0, local);
        }
        bputs(b, "]");
        return;
    case N_TYPEASSERT:
        fmt_expr(b, n->x, PREC_TOP, local);
        bputs(b, ".(");
        if (n->type_)
            fmt_type_node(b, n->type_, local);
        else
            fmt_type(b, n->ty, local);
        bputs(b, ")");
        return;
    case N_CALL: fmt_call(b, n, local); return;
    case N_STAR:
        bputs(b, "*");
        fmt_expr(b, n->x, 8, local);
        return;
    case N_UNARY:
        bputs(b, op_str(n->op));
        if (n->x && n->x->kind == N_UNARY && n->x->op == n->op)
            bputs(b, " ");
        fmt_expr(b, n->x, n->op == T_AND && n->x && n->x->kind == N_COMPOSITE ? 0 : 8, local);
        return;
    case N_BINARY: {
        if (is_addstr(n)) {
            fmt_addstr(b, n, local);
            return;
        }
        int p = binprec(n->op);
        fmt_expr(b, n->x, p, local);
        bputs(b, " ");
        bputs(b, op_str(n->op));
        bputs(b, " ");
        fmt_expr(b, n->y, p + 1, local);
        return;
    }
    case N_KEYVALUE:
        fmt_expr(b, n->x, 0, local);
        bputs(b, ":");
        fmt_expr(b, n->y, 0, local);
        return;
    default:
        if (esc_is_type_expr(n)) {
            fmt_type_node(b, n, local);
            return;
        }
        bputs(b, "<node>");
    }
}

const char *esc_expr_string(EscBatch *eb, const Node *n) {
    Buf b = {0};
    b.a = eb->arena;
    fmt_expr(&b, n, 0, eb->local);
    return b.p ? b.p : "";
}

static void fmt_stmt(Buf *b, const Node *n, const Package *local);

/* A statement list as ir.Nodes prints it: "; " between statements, with
 * the blocks, declarations and labels irgen splices into the enclosing
 * list flattened and empty statements dropped. */
static void fmt_stmt_list(Buf *b, const NodeList *l, bool *first, const Package *local) {
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
                    bputs(b, *first ? "var " : "; var ");
                    *first = false;
                    bputs(b, nm->lit ? nm->lit : "?");
                    bputs(b, " ");
                    fmt_type(b, nm->obj ? nm->obj->type : nm->ty, local);
                    if (as2)
                        continue;
                    bputs(b, "; ");
                    fmt_expr(b, nm, 0, local);
                    bputs(b, " = ");
                    if (k < vd->values.len)
                        fmt_expr(b, vd->values.items[k], 0, local);
                    else
                        bputs(b, "<nil>");
                }
                if (as2) {
                    bputs(b, "; ");
                    fmt_list(b, &vd->names, local);
                    bputs(b, " = ");
                    fmt_list(b, &vd->values, local);
                }
            }
            continue;
        }
        if (!*first)
            bputs(b, "; ");
        *first = false;
        if (s->kind == N_LABELED) {   /* OBLOCK{OLABEL, stmt} */
            bputs(b, s->name && s->name->lit ? s->name->lit : "?");
            bputs(b, ": ");
            if (s->x && s->x->kind != N_EMPTY) {
                NodeList one = { (Node **)&s->x, 1 };
                bputs(b, "; ");
                bool f = true;
                fmt_stmt_list(b, &one, &f, local);
            }
            continue;
        }
        fmt_stmt(b, s, local);
    }
}

static void fmt_block(Buf *b, const Node *blk, const Package *local) {
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
static void fmt_stmt(Buf *b, const Node *n, const Package *local) {
    switch (n->kind) {
    case N_ASSIGN:
        fmt_list(b, &n->lhs, local);
        if (n->op == T_ASSIGN || n->op == T_DEFINE) {
            bputs(b, n->op == T_DEFINE ? " := " : " = ");
        } else {
            bputs(b, " ");
            bputs(b, op_str(n->op));
            bputs(b, " ");
        }
        fmt_list(b, &n->rhs, local);
        break;
    case N_INCDEC:
        fmt_expr(b, n->x, 0, local);
        bputs(b, n->op == T_INC ? "++" : "--");
        break;
    case N_RETURN:
        bputs(b, "return ");
        fmt_list(b, &n->list, local);
        break;
    case N_SEND:
        fmt_expr(b, n->x, 0, local);
        bputs(b, " <- ");
        fmt_expr(b, n->y, 1, local);
        break;
    case N_GO: case N_DEFER:
        bputs(b, n->kind == N_GO ? "go " : "defer ");
        fmt_expr(b, n->x, 0, local);
        break;
    case N_EXPRSTMT:
        fmt_expr(b, n->x, 0, local);
        break;
    case N_RANGE: case N_FOR:
        bputs(b, "for loop");
        break;
    case N_SWITCH: case N_TYPESWITCH:
        bputs(b, "switch statement");
        break;
    case N_SELECT:
        bputs(b, "select statement");
        break;
    case N_IF:
        bputs(b, "if ");
        if (n->init && n->init->kind != N_EMPTY && !has_own_init(n->init)) {
            fmt_stmt(b, n->init, local);
            bputs(b, "; ");
        }
        fmt_expr(b, n->cond, 0, local);
        bputs(b, " { ");
        fmt_block(b, n->body, local);
        bputs(b, " }");
        if (n->els) {
            bputs(b, " else { ");
            fmt_block(b, n->els, local);
            bputs(b, " }");
        }
        break;
    case N_CASE: case N_COMM:
        if (n->kind == N_CASE ? n->list.len > 0 : n->x != NULL) {
            bputs(b, "case ");
            if (n->kind == N_CASE)
                fmt_list(b, &n->list, local);
            else
                fmt_stmt(b, n->x, local);
        } else {
            bputs(b, "default");
        }
        bputs(b, ": ");
        fmt_block(b, n->body, local);
        break;
    case N_BLOCK:
        fmt_block(b, n, local);
        break;
    case N_BRANCH:
        bputs(b, n->op == T_BREAK ? "break" : n->op == T_CONTINUE ? "continue"
                 : n->op == T_GOTO ? "goto" : "fallthrough");
        if (n->name && n->name->lit) {
            bputs(b, " ");
            bputs(b, n->name->lit);
        }
        break;
    default:
        fmt_expr(b, n, 0, local);
    }
}

/* Statement text for -m=2 notes and "ignoring self-assignment in ...". */
const char *esc_stmt_string(EscBatch *eb, const Node *n) {
    Buf b = {0};
    b.a = eb->arena;
    fmt_stmt(&b, n, eb->local);
    return b.p ? b.p : "";
}
