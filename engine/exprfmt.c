/* exprfmt.c - gc's expression printers; see exprfmt.h. */
#include "exprfmt.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex.h"
#include "chain.h"

/* A malloc'd string builder (its result copied into the arena) and the
 * nesting depth of what is being printed. */
typedef struct Buf {
    StrBuf sb;
    int depth;
} Buf;

static void put(Buf *b, const char *s, size_t n) { strbuf_put(&b->sb, s, n); }

static void puts_(Buf *b, const char *s) { strbuf_puts(&b->sb, s); }

static const char *finish(Arena *a, Buf *b) { return strbuf_finish(&b->sb, a); }

/* Guard against pathological nesting in printed expressions. */
#define MAX_FMT_DEPTH 200

/* -------------------------------------------------- syntax printer */

static void syn(Buf *b, const Node *n);

static void syn_list(Buf *b, NodeList l) {
    for (int i = 0; i < l.len; i++) {
        if (i)
            puts_(b, ", ");
        syn(b, l.items[i]);
    }
}

static void syn_params(Buf *b, NodeList l) {
    puts_(b, "(");
    for (int i = 0; i < l.len; i++) {
        const Node *f = l.items[i];
        if (i)
            puts_(b, ", ");
        if (f->name) {
            syn(b, f->name);
            if (i + 1 < l.len && l.items[i + 1]->name && l.items[i + 1]->type_ == f->type_)
                continue;
            puts_(b, " ");
        }
        const Node *t = f->type_;
        while (t && t->kind == N_PAREN)
            t = t->x;
        syn(b, t);
    }
    puts_(b, ")");
}

static void syn_signature(Buf *b, const Node *ft) {
    syn_params(b, ft->params);
    if (ft->results.len) {
        puts_(b, " ");
        if (ft->results.len == 1 && !ft->results.items[0]->name)
            syn(b, ft->results.items[0]->type_);
        else
            syn_params(b, ft->results);
    }
}

static void syn(Buf *b, const Node *n) {
    if (!n)
        return;
    if (++b->depth > MAX_FMT_DEPTH) {
        puts_(b, "…");
        b->depth--;
        return;
    }
    switch (n->kind) {
    case N_BAD: puts_(b, "<bad expr>"); break;
    case N_NAME: case N_BASICLIT: put(b, n->lit, (size_t)n->litlen); break;
    case N_FUNCLIT:
        syn(b, n->type_);
        puts_(b, n->body && n->body->list.len ? " {…}" : " {}");
        break;
    case N_COMPOSITE:
        syn(b, n->x);
        puts_(b, n->list.len ? "{…}" : "{}");
        break;
    case N_PAREN: puts_(b, "("); syn(b, n->x); puts_(b, ")"); break;
    case N_SELECTOR: syn(b, n->x); puts_(b, "."); syn(b, n->name); break;
    case N_INDEX:
        syn(b, n->x);
        puts_(b, "[");
        if (n->list.len)
            syn_list(b, n->list);
        else
            syn(b, n->y);
        puts_(b, "]");
        break;
    case N_SLICE:
        syn(b, n->x);
        puts_(b, "[");
        syn(b, n->y);
        puts_(b, ":");
        syn(b, n->z);
        if (n->w) {
            puts_(b, ":");
            syn(b, n->w);
        }
        puts_(b, "]");
        break;
    case N_TYPEASSERT:
        syn(b, n->x);
        puts_(b, ".(");
        if (n->type_)
            syn(b, n->type_);
        else
            puts_(b, "type");
        puts_(b, ")");
        break;
    case N_CALL:
        syn(b, n->x);
        puts_(b, "(");
        syn_list(b, n->list);
        if (n->hasdots)
            puts_(b, "...");
        puts_(b, ")");
        break;
    case N_STAR: puts_(b, "*"); syn(b, n->x); break;
    case N_UNARY: puts_(b, tok_str(n->op)); syn(b, n->x); break;
    case N_BINARY: {
        /* a chain, in order: its left spine in a loop, one level of depth
         * (chain.h); gc prints a 7,000-term one whole */
        Spine sp;
        spine_collect(&sp, (Node *)n);
        syn(b, spine_first(&sp));
        for (int i = sp.n - 1; i >= 0; i--) {
            puts_(b, " ");
            puts_(b, tok_str(sp.v[i]->op));
            puts_(b, " ");
            syn(b, sp.v[i]->y);
        }
        spine_free(&sp);
        break;
    }
    case N_KEYVALUE: syn(b, n->x); puts_(b, ": "); syn(b, n->y); break;
    case N_ARRAYTYPE:
        puts_(b, "[");
        if (n->x && n->x->kind == N_DOTS)
            puts_(b, "...");
        else
            syn(b, n->x);
        puts_(b, "]");
        syn(b, n->y);
        break;
    case N_DOTS: puts_(b, "..."); syn(b, n->x); break;
    case N_STRUCTTYPE: {
        puts_(b, "struct{");
        const NodeList *l = &n->list;
        for (int i = 0; i < l->len; i++) {
            const Node *f = l->items[i];
            if (i) {
                if (f->name && l->items[i - 1]->name && l->items[i - 1]->type_ == f->type_) {
                    puts_(b, ", ");
                    syn(b, f->name);
                    continue;
                }
                puts_(b, "; ");
            }
            if (f->name) {
                syn(b, f->name);
                int j = i;
                while (j + 1 < l->len && l->items[j + 1]->name &&
                       l->items[j + 1]->type_ == f->type_)
                    j++;
                if (j > i) {
                    for (int k = i + 1; k <= j; k++) {
                        puts_(b, ", ");
                        syn(b, l->items[k]->name);
                    }
                    i = j;
                }
                puts_(b, " ");
            }
            syn(b, f->type_);
            if (f->tag) {
                puts_(b, " ");
                syn(b, f->tag);
            }
        }
        puts_(b, "}");
        break;
    }
    case N_FUNCTYPE: puts_(b, "func"); syn_signature(b, n); break;
    case N_INTERFACETYPE:
        puts_(b, "interface{");
        for (int i = 0; i < n->list.len; i++) {
            const Node *m = n->list.items[i];
            if (i)
                puts_(b, "; ");
            if (m->name) {
                syn(b, m->name);
                syn_signature(b, m->type_);
            } else {
                syn(b, m->type_);
            }
        }
        puts_(b, "}");
        break;
    case N_MAPTYPE:
        puts_(b, "map[");
        syn(b, n->x);
        puts_(b, "]");
        syn(b, n->y);
        break;
    case N_CHANTYPE:
        if (n->chandir == 2)
            puts_(b, "<-");
        puts_(b, "chan");
        if (n->chandir == 1)
            puts_(b, "<-");
        puts_(b, " ");
        if (n->chandir == 0 && n->x && n->x->kind == N_CHANTYPE && n->x->chandir == 2) {
            puts_(b, "(");
            syn(b, n->x);
            puts_(b, ")");
        } else {
            syn(b, n->x);
        }
        break;
    default:
        puts_(b, "<stmt>");
        break;
    }
    b->depth--;
}

const char *expr_fmt_syntax(Arena *a, const Node *n) {
    Buf b = {0};
    syn(&b, n);
    return finish(a, &b);
}

/* ------------------------------------------------- types.Type style */

static void typ(Buf *b, const Node *t);

static void typ_tuple(Buf *b, NodeList l) {
    for (int i = 0; i < l.len; i++) {
        if (i)
            puts_(b, ", ");
        typ(b, l.items[i]->type_);
    }
}

static void typ_sig(Buf *b, const Node *ft) {
    puts_(b, "(");
    typ_tuple(b, ft->params);
    puts_(b, ")");
    if (ft->results.len == 1) {
        puts_(b, " ");
        typ(b, ft->results.items[0]->type_);
    } else if (ft->results.len > 1) {
        puts_(b, " (");
        typ_tuple(b, ft->results);
        puts_(b, ")");
    }
}

static void typ(Buf *b, const Node *t) {
    if (!t)
        return;
    if (++b->depth > MAX_FMT_DEPTH) {
        puts_(b, "…");
        b->depth--;
        return;
    }
    switch (t->kind) {
    case N_PAREN: typ(b, t->x); break;
    case N_STAR: puts_(b, "*"); typ(b, t->x); break;
    case N_ARRAYTYPE:
        puts_(b, "[");
        if (t->x && t->x->kind == N_DOTS)
            puts_(b, "...");
        else if (t->x)
            syn(b, t->x); /* gc prints the evaluated length: a checker hook */
        puts_(b, "]");
        typ(b, t->y);
        break;
    case N_DOTS: puts_(b, "..."); typ(b, t->x); break;
    case N_MAPTYPE:
        puts_(b, "map[");
        typ(b, t->x);
        puts_(b, "]");
        typ(b, t->y);
        break;
    case N_CHANTYPE:
        puts_(b, t->chandir == 2 ? "<-chan " : t->chandir == 1 ? "chan<- " : "chan ");
        if (t->chandir == 0 && t->x && t->x->kind == N_CHANTYPE && t->x->chandir == 2) {
            puts_(b, "(");
            typ(b, t->x);
            puts_(b, ")");
        } else {
            typ(b, t->x);
        }
        break;
    case N_FUNCTYPE: puts_(b, "func"); typ_sig(b, t); break;
    case N_STRUCTTYPE:
        if (t->list.len == 0) {
            puts_(b, "struct {}");
            break;
        }
        puts_(b, "struct { ");
        for (int i = 0; i < t->list.len; i++) {
            const Node *f = t->list.items[i];
            if (i)
                puts_(b, "; ");
            if (f->name) {
                syn(b, f->name);
                puts_(b, " ");
            }
            typ(b, f->type_);
            if (f->tag) {
                puts_(b, " ");
                syn(b, f->tag);
            }
        }
        puts_(b, " }");
        break;
    case N_INTERFACETYPE:
        if (t->list.len == 0) {
            puts_(b, "interface {}");
            break;
        }
        puts_(b, "interface { ");
        for (int i = 0; i < t->list.len; i++) {
            const Node *m = t->list.items[i];
            if (i)
                puts_(b, "; ");
            if (m->name) {
                syn(b, m->name);
                typ_sig(b, m->type_);
            } else {
                typ(b, m->type_);
            }
        }
        puts_(b, " }");
        break;
    case N_INDEX:
        typ(b, t->x);
        puts_(b, "[");
        if (t->list.len)
            for (int i = 0; i < t->list.len; i++) {
                if (i)
                    puts_(b, ",");
                typ(b, t->list.items[i]);
            }
        else
            typ(b, t->y);
        puts_(b, "]");
        break;
    case N_UNARY:
        if (t->op == T_TILDE) {
            puts_(b, "~");
            typ(b, t->x);
            break;
        }
        syn(b, t);
        break;
    case N_BINARY:
        if (t->op == T_OR) {   /* a union A | B | ...: its left spine in a loop */
            Spine sp;
            spine_init(&sp);
            for (const Node *u = t; u && u->kind == N_BINARY && u->op == T_OR; u = u->x)
                spine_push(&sp, (Node *)u);
            typ(b, spine_first(&sp));
            for (int i = sp.n - 1; i >= 0; i--) {
                puts_(b, " | ");
                typ(b, sp.v[i]->y);
            }
            spine_free(&sp);
            break;
        }
        syn(b, t);
        break;
    default: syn(b, t); break;
    }
    b->depth--;
}

const char *type_fmt(Arena *a, const Node *t) {
    Buf b = {0};
    typ(&b, t);
    return finish(a, &b);
}

/* -------------------------------------------------------- ir style */

typedef struct Ctx {
    Buf b;
    const ExprFmtHooks *h;
} Ctx;

static const char *const builtins[] = {
    "append", "cap", "close", "complex", "copy", "delete", "imag", "len",
    "make", "new", "panic", "print", "println", "real", "recover", NULL,
};

static bool is_builtin_name(const Node *x) {
    if (x->kind != N_NAME)
        return false;
    for (int i = 0; builtins[i]; i++)
        if (strcmp(x->lit, builtins[i]) == 0)
            return true;
    return false;
}

static bool is_type_syntax(const Node *x) {
    switch (x->kind) {
    case N_ARRAYTYPE: case N_MAPTYPE: case N_CHANTYPE: case N_FUNCTYPE:
    case N_STRUCTTYPE: case N_INTERFACETYPE:
        return true;
    case N_PAREN:
        return is_type_syntax(x->x) || x->x->kind == N_STAR;
    default:
        return false;
    }
}

/* Without a checker: an expression of literals and operators only. */
static bool syntactic_const(const Node *n) {
    switch (n->kind) {
    case N_BASICLIT: return true;
    case N_PAREN: return syntactic_const(n->x);
    case N_UNARY: return n->op != T_AND && n->op != T_ARROW && syntactic_const(n->x);
    case N_BINARY:   /* a chain's left spine in a loop (chain.h) */
        for (; n->kind == N_BINARY; n = n->x)
            if (!syntactic_const(n->y))
                return false;
        return syntactic_const(n);
    default: return false;
    }
}

static bool is_ptrlit(const Node *n) {
    if (n->kind != N_UNARY || n->op != T_AND)
        return false;
    const Node *x = n->x;
    while (x && x->kind == N_PAREN)
        x = x->x;
    return x && x->kind == N_COMPOSITE;
}

/* ir.OpPrec of the node's op (ops missing from gc's table have 0, so a
 * called closure prints as "(func literal)()"). */
static int ir_prec(const Node *n) {
    switch (n->kind) {
    case N_FUNCLIT: case N_KEYVALUE:
        return 0;
    case N_UNARY:
        return is_ptrlit(n) ? 0 : 7;   /* OPTRLIT has no precedence */
    case N_STAR:
        return 7;
    case N_BINARY:
        switch (lex_prec(n->op)) {
        case PREC_MUL: return 6;
        case PREC_ADD: return 5;
        case PREC_CMP: return 4;
        case PREC_ANDAND: return 3;
        default: return 2;
        }
    default:
        return 8;
    }
}

static void ir(Ctx *c, const Node *n, int prec);

static void ir_type(Ctx *c, const Node *n, const Node *t) {
    const char *s = c->h && c->h->type_str ? c->h->type_str(c->h->ctx, n) : NULL;
    if (s)
        puts_(&c->b, s);
    else if (t)
        typ(&c->b, t);
}

static void ir_args(Ctx *c, NodeList l, int from) {
    for (int i = from; i < l.len; i++) {
        if (i > from)
            puts_(&c->b, ", ");
        ir(c, l.items[i], 0);
    }
}

static void ir_call(Ctx *c, const Node *n) {
    Buf *b = &c->b;
    int kind = c->h && c->h->call_kind ? c->h->call_kind(c->h->ctx, n) : -1;
    const Node *fn = n->x;
    while (fn->kind == N_PAREN)
        fn = fn->x;
    if (kind < 0)
        kind = is_builtin_name(fn) ? 2 : is_type_syntax(fn) ? 1 : 0;
    if (kind == 1 && n->list.len == 1) {
        /* OCONV: "T(x)", or "(T)(x)" when the type has no name */
        if (is_type_syntax(fn) || fn->kind == N_STAR) {
            puts_(b, "(");
            ir_type(c, fn, fn);
            puts_(b, ")");
        } else {
            ir_type(c, fn, fn);
        }
        puts_(b, "(");
        ir(c, n->list.items[0], 0);
        puts_(b, ")");
        return;
    }
    if (kind == 2 && fn->kind == N_NAME) {
        puts_(b, fn->lit);
        puts_(b, "(");
        if ((strcmp(fn->lit, "make") == 0 || strcmp(fn->lit, "new") == 0) && n->list.len) {
            /* make(T, len[, cap]) / new(T): T printed as a type */
            ir_type(c, n->list.items[0], n->list.items[0]);
            if (n->list.len > 1)
                puts_(b, ", ");
            ir_args(c, n->list, 1);
        } else {
            ir_args(c, n->list, 0);
        }
        if (n->hasdots)
            puts_(b, "...");
        puts_(b, ")");
        return;
    }
    ir(c, n->x, 8);
    puts_(b, "(");
    ir_args(c, n->list, 0);
    if (n->hasdots)
        puts_(b, "...");
    puts_(b, ")");
}

static void ir(Ctx *c, const Node *n, int prec);

/* x op y; a chain along its left spine without recursion (chain.h), down
 * to the first operand ir() prints apart (parenthesized or constant). */
static void ir_binary(Ctx *c, const Node *n) {
    Buf *b = &c->b;
    Spine sp;
    spine_collect(&sp, (Node *)n);
    /* without the checker's hook, which spine nodes are constant: each is
     * if its right operand and the one below are (bottom up, linear) */
    bool hook = c->h && c->h->is_const;
    bool *cst = NULL;
    if (!hook) {
        cst = calloc((size_t)sp.n, sizeof *cst);
        if (!cst)
            abort();
        for (int i = sp.n - 1; i >= 0; i--)
            cst[i] = (i == sp.n - 1 ? syntactic_const(spine_first(&sp)) : cst[i + 1]) &&
                     syntactic_const(sp.v[i]->y);
    }
    int last = 0;   /* the lowest node printed as part of this chain */
    while (last + 1 < sp.n) {
        const Node *l = sp.v[last + 1];
        if (ir_prec(l) < ir_prec(sp.v[last]) ||
            (c->h && c->h->is_implicit && c->h->is_implicit(c->h->ctx, l)) ||
            (hook ? c->h->is_const(c->h->ctx, l) : cst[last + 1]))
            break;
        last++;
    }
    free(cst);
    ir(c, sp.v[last]->x, ir_prec(sp.v[last]));
    for (int i = last; i >= 0; i--) {
        puts_(b, " ");
        puts_(b, tok_str(sp.v[i]->op));
        puts_(b, " ");
        ir(c, sp.v[i]->y, ir_prec(sp.v[i]) + 1);
    }
    spine_free(&sp);
}

static void ir(Ctx *c, const Node *n, int prec) {
    Buf *b = &c->b;
    if (!n) {
        puts_(b, "<nil>");
        return;
    }
    while (n->kind == N_PAREN || (c->h && c->h->is_implicit && n->x &&
                                  c->h->is_implicit(c->h->ctx, n)))
        n = n->x;
    if (++b->depth > MAX_FMT_DEPTH) {
        puts_(b, "…");
        b->depth--;
        return;
    }
    /* Constants print as their source (RawOrigExpr), names by name. */
    bool is_const = c->h && c->h->is_const ? c->h->is_const(c->h->ctx, n)
                                           : syntactic_const(n);
    int nprec = ir_prec(n);
    if (prec > nprec) {
        puts_(b, "(");
        ir(c, n, 0);
        puts_(b, ")");
        b->depth--;
        return;
    }
    if (is_const && n->kind != N_NAME && n->kind != N_SELECTOR) {
        syn(b, n);
        b->depth--;
        return;
    }
    switch (n->kind) {
    case N_NAME:
        put(b, n->lit, (size_t)n->litlen);
        break;
    case N_BASICLIT:
        put(b, n->lit, (size_t)n->litlen);
        break;
    case N_FUNCLIT:
        puts_(b, "func literal");
        break;
    case N_COMPOSITE: {
        if (n->implicit) {
            /* the checker's packing of variadic arguments */
            puts_(b, "... argument");
            break;
        }
        const char *t = c->h && c->h->type_str ? c->h->type_str(c->h->ctx, n) : NULL;
        if (!t && n->x && n->x->kind == N_ARRAYTYPE && n->x->x && n->x->x->kind == N_DOTS) {
            /* [...]T{a, b}: gc prints the array type, [2]T, known here
             * when no element has an index key */
            bool keyed = false;
            for (int i = 0; i < n->list.len; i++)
                keyed |= n->list.items[i]->kind == N_KEYVALUE;
            if (!keyed) {
                char len[24];
                snprintf(len, sizeof len, "[%d]", n->list.len);
                puts_(b, len);
                typ(b, n->x->y);
                puts_(b, n->list.len ? "{...}" : "{}");
                break;
            }
        }
        if (t && t[0] == '*') {
            /* an elided &T{...} element of a []*T literal */
            puts_(b, "&");
            puts_(b, t + 1);
        } else if (t)
            puts_(b, t);
        else if (n->x)
            typ(b, n->x);
        else {
            puts_(b, "composite literal");
            break;
        }
        puts_(b, n->list.len ? "{...}" : "{}");
        break;
    }
    case N_KEYVALUE:
        ir(c, n->x, 0);
        puts_(b, ":");
        ir(c, n->y, 0);
        break;
    case N_SELECTOR:
        ir(c, n->x, nprec);
        puts_(b, ".");
        put(b, n->name->lit, (size_t)n->name->litlen);
        break;
    case N_TYPEASSERT:
        ir(c, n->x, nprec);
        puts_(b, ".(");
        ir_type(c, n->type_, n->type_);
        puts_(b, ")");
        break;
    case N_INDEX:
        ir(c, n->x, nprec);
        puts_(b, "[");
        if (n->list.len)
            ir_args(c, n->list, 0);
        else
            ir(c, n->y, 0);
        puts_(b, "]");
        break;
    case N_SLICE:
        ir(c, n->x, nprec);
        puts_(b, "[");
        if (n->y)
            ir(c, n->y, 0);
        puts_(b, ":");
        if (n->z)
            ir(c, n->z, 0);
        if (n->slice3) {
            puts_(b, ":");
            if (n->w)
                ir(c, n->w, 0);
        }
        puts_(b, "]");
        break;
    case N_CALL:
        ir_call(c, n);
        break;
    case N_STAR:
        puts_(b, "*");
        ir(c, n->x, nprec + 1);
        break;
    case N_UNARY: {
        const Node *x = n->x;
        while (x && x->kind == N_PAREN)
            x = x->x;
        if (n->op == T_AND && x && x->kind == N_COMPOSITE) {
            /* OPTRLIT */
            puts_(b, "&");
            ir(c, x, 0);
            break;
        }
        puts_(b, tok_str(n->op));
        if (x && x->kind == N_UNARY && x->op == n->op)
            puts_(b, " ");
        ir(c, n->x, nprec + 1);
        break;
    }
    case N_BINARY:
        ir_binary(c, n);
        break;
    case N_ARRAYTYPE: case N_MAPTYPE: case N_CHANTYPE: case N_FUNCTYPE:
    case N_STRUCTTYPE: case N_INTERFACETYPE: case N_DOTS:
        ir_type(c, n, n);
        break;
    case N_BAD:
        puts_(b, "<bad expr>");
        break;
    default:
        puts_(b, "<node>");
        break;
    }
    b->depth--;
}

const char *expr_fmt_hooks(Arena *a, const Node *n, const ExprFmtHooks *h) {
    Ctx c = { .h = h };
    ir(&c, n, 0);
    return finish(a, &c.b);
}

const char *expr_fmt(Arena *a, const Node *n) {
    return expr_fmt_hooks(a, n, NULL);
}
