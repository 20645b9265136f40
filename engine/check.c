/* check.c - the checker's driver: program setup, error collection in gc's
 * order, scopes, and the expression printer types2 uses in messages. */
#include "check_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "chain.h"

Program *program_new(Arena *a, DiagList *diags) {
    Program *p = arena_alloc(a, sizeof *p);
    p->arena = a;
    p->u = universe_new(a);
    p->diags = diags;
    return p;
}

/* ---------------------------------------------------------------- errors */

typedef struct PendingErr {
    Pos pos;
    const char *msg;
    DiagKind kind;
    int seq;
} PendingErr;

/* gc stops at the 10th error: the first ten *reported* are printed sorted,
 * then "too many errors" at the 10th's position (base.ErrorfAt). */
static void add_err(Checker *c, Pos pos, DiagKind kind, const char *msg) {
    if (c->stop)
        return;
    PendingErr *e = arena_alloc(c->a, sizeof *e);
    e->pos = pos;
    e->msg = msg;
    e->kind = kind;
    e->seq = c->errs.len;
    ptrvec_push(c->a, &c->errs, e);
    c->nerrors++;
    if (kind == DK_UNSUPPORTED)
        c->prog->unsupported = true;
    if (c->nerrors >= 10 && !c->in_std)
        c->stop = true;
}

void chk_errorf(Checker *c, Pos pos, const char *fmt, ...) {
    if (c->stop)
        return;
    va_list ap;
    va_start(ap, fmt);
    char *msg = arena_vprintf(c->a, fmt, ap);
    va_end(ap);
    add_err(c, pos, DK_ERROR, msg);
}

void chk_unsupported(Checker *c, Pos pos, const char *what) {
    add_err(c, pos, DK_UNSUPPORTED, arena_printf(c->a, "not supported: %s", what));
}

static int cmp_err(const void *a, const void *b) {
    const PendingErr *x = *(PendingErr *const *)a, *y = *(PendingErr *const *)b;
    if (x->pos.line != y->pos.line)
        return x->pos.line < y->pos.line ? -1 : 1;
    if (x->pos.col != y->pos.col)
        return x->pos.col < y->pos.col ? -1 : 1;
    return x->seq - y->seq;
}

static void flush_errors(Checker *c) {
    int n = c->errs.len;
    if (!n)
        return;
    PendingErr **es = (PendingErr **)c->errs.items;
    Pos last = es[n - 1]->pos;
    qsort(es, (size_t)n, sizeof *es, cmp_err);
    for (int i = 0; i < n; i++) {
        if (i > 0 && es[i]->pos.line == es[i - 1]->pos.line &&
            es[i]->pos.col == es[i - 1]->pos.col &&
            strcmp(es[i]->msg, es[i - 1]->msg) == 0)
            continue;   /* gc drops exact duplicates */
        diag_add(c->diags, c->file, es[i]->pos, DIAG_ERROR, es[i]->kind, es[i]->msg);
    }
    if (c->stop)
        diag_add(c->diags, c->file, last, DIAG_ERROR, DK_ERROR, "too many errors");
}

/* syntax.StartPos: types2 reports errors at an expression's leftmost
 * position, not at the node's own (operator) position. */
Pos chk_start_pos(const Node *n) {
    while (n) {
        switch (n->kind) {
        case N_BINARY: case N_CALL: case N_SELECTOR: case N_INDEX: case N_SLICE:
        case N_TYPEASSERT: case N_KEYVALUE: case N_CONVIFACE:
            if (!n->x)
                return n->pos;
            n = n->x;
            continue;
        case N_COMPOSITE:
            if (!n->x)
                return n->pos;
            n = n->x;
            continue;
        default:
            return n->pos;
        }
    }
    return (Pos){0, 0};
}

/* ---------------------------------------------------------------- scopes */

void chk_open_scope(Checker *c) { c->scope = scope_new(c->a, c->scope); }

void chk_close_scope(Checker *c) { c->scope = c->scope->parent; }

Obj *chk_lookup(Checker *c, const char *name) {
    const Scope *found = NULL;
    Obj *o = scope_lookup(c->scope, name, &found);
    if (!o)
        return NULL;
    /* a package-level name shadowed by nothing: imports live in the file
     * scope which we chain between package and universe */
    return o;
}

void chk_declare(Checker *c, Scope *s, Obj *o, Node *ident) {
    if (o->flags & OBJF_BLANK) {
        if (ident)
            ident->obj = o;
        return;
    }
    Obj *old = scope_insert(c->a, s, o);
    if (old) {
        chk_errorf(c, SP(o), "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s",
                   o->name, c->file, old->pos.line, old->pos.col, o->name);
        return;
    }
    if (ident)
        ident->obj = o;
}

/* Insert a checker-made node between a parent and x. */
Node *chk_wrap(Checker *c, NodeKind k, Node *x, Type *t) {
    Node *n = arena_alloc(c->a, sizeof *n);
    n->kind = k;
    n->pos = x->pos;
    n->x = x;
    n->ty = t;
    n->implicit = true;
    n->mode = OPM_VALUE;
    return n;
}

/* ------------------------------------------------------- message helpers */

const char *chk_type_str(Checker *c, const Type *t) {
    return type_string(c->a, t, c->pkg);
}


static void print_expr(StrBuf *b, const Node *x, int depth);

static void print_list(StrBuf *b, const NodeList *l, int depth) {
    for (int i = 0; i < l->len; i++) {
        if (i)
            strbuf_puts(b, ", ");
        print_expr(b, l->items[i], depth);
    }
}

static void print_fields(StrBuf *b, const NodeList *l, int depth, const char *sep) {
    /* consecutive fields sharing a type node print as "a, b T" */
    for (int i = 0; i < l->len; i++) {
        const Node *f = l->items[i];
        if (i) {
            const Node *p = l->items[i - 1];
            if (p->type_ == f->type_ && p->name && f->name) {
                strbuf_puts(b, ", ");
                print_expr(b, f->name, depth);
                goto typed;
            }
            strbuf_puts(b, sep);
        }
        if (f->name) {
            print_expr(b, f->name, depth);
        }
    typed:
        if (i + 1 < l->len && l->items[i + 1]->type_ == f->type_ && f->name &&
            l->items[i + 1]->name)
            continue;
        if (f->name)
            strbuf_puts(b, " ");
        print_expr(b, f->type_, depth);
    }
}

static void print_sig(StrBuf *b, const Node *ft, int depth) {
    strbuf_puts(b, "(");
    print_fields(b, &ft->params, depth, ", ");
    strbuf_puts(b, ")");
    if (ft->results.len) {
        strbuf_puts(b, " ");
        if (ft->results.len == 1 && !ft->results.items[0]->name) {
            print_expr(b, ft->results.items[0]->type_, depth);
        } else {
            strbuf_puts(b, "(");
            print_fields(b, &ft->results, depth, ", ");
            strbuf_puts(b, ")");
        }
    }
}

static void print_expr(StrBuf *b, const Node *x, int depth) {
    if (!x)
        return;
    if (depth > 100) {
        strbuf_puts(b, "…");
        return;
    }
    depth++;
    /* nodes the checker inserted print as the source had them */
    if (x->implicit && (x->kind == N_UNARY || x->kind == N_STAR || x->kind == N_CONVIFACE)) {
        print_expr(b, x->x, depth);
        return;
    }
    if (x->implicit && x->kind == N_SELECTOR) {
        print_expr(b, x->x, depth);
        return;
    }
    switch (x->kind) {
    case N_BAD: strbuf_puts(b, "<bad expr>"); break;
    case N_NAME: case N_BASICLIT: strbuf_put(b, x->lit, (size_t)x->litlen); break;
    case N_FUNCLIT:
        print_expr(b, x->type_, depth);
        strbuf_puts(b, " {");
        if (x->body && x->body->list.len)
            strbuf_puts(b, "…");
        strbuf_puts(b, "}");
        break;
    case N_COMPOSITE:
        print_expr(b, x->x, depth);
        strbuf_puts(b, "{");
        if (x->list.len)
            strbuf_puts(b, "…");
        strbuf_puts(b, "}");
        break;
    case N_PAREN: strbuf_puts(b, "("); print_expr(b, x->x, depth); strbuf_puts(b, ")"); break;
    case N_SELECTOR:
        print_expr(b, x->x, depth);
        strbuf_puts(b, ".");
        print_expr(b, x->name, depth);
        break;
    case N_INDEX:
        print_expr(b, x->x, depth);
        strbuf_puts(b, "[");
        if (x->list.len)
            print_list(b, &x->list, depth);
        else
            print_expr(b, x->y, depth);
        strbuf_puts(b, "]");
        break;
    case N_SLICE:
        print_expr(b, x->x, depth);
        strbuf_puts(b, "[");
        print_expr(b, x->y, depth);
        strbuf_puts(b, ":");
        print_expr(b, x->z, depth);
        if (x->w) {
            strbuf_puts(b, ":");
            print_expr(b, x->w, depth);
        }
        strbuf_puts(b, "]");
        break;
    case N_TYPEASSERT:
        print_expr(b, x->x, depth);
        strbuf_puts(b, ".(");
        if (x->type_)
            print_expr(b, x->type_, depth);
        else
            strbuf_puts(b, "type");
        strbuf_puts(b, ")");
        break;
    case N_CALL:
        print_expr(b, x->x, depth);
        strbuf_puts(b, "(");
        print_list(b, &x->list, depth);
        if (x->hasdots)
            strbuf_puts(b, "...");
        strbuf_puts(b, ")");
        break;
    case N_STAR: strbuf_puts(b, "*"); print_expr(b, x->x, depth); break;
    case N_UNARY:
        strbuf_puts(b, tok_str(x->op));
        print_expr(b, x->x, depth);
        break;
    case N_BINARY: {
        /* a chain, whole as gc prints it: its left spine in a loop, one
         * level of depth (chain.h) */
        Spine sp;
        spine_collect(&sp, (Node *)x);
        print_expr(b, spine_first(&sp), depth);
        for (int i = sp.n - 1; i >= 0; i--) {
            strbuf_puts(b, " ");
            strbuf_puts(b, tok_str(sp.v[i]->op));
            strbuf_puts(b, " ");
            print_expr(b, sp.v[i]->y, depth);
        }
        spine_free(&sp);
        break;
    }
    case N_KEYVALUE:
        print_expr(b, x->x, depth);
        strbuf_puts(b, ": ");
        print_expr(b, x->y, depth);
        break;
    case N_ARRAYTYPE:
        strbuf_puts(b, "[");
        if (x->x && x->x->kind == N_DOTS)
            strbuf_puts(b, "...");
        else
            print_expr(b, x->x, depth);
        strbuf_puts(b, "]");
        print_expr(b, x->y, depth);
        break;
    case N_DOTS: strbuf_puts(b, "..."); print_expr(b, x->x, depth); break;
    case N_STRUCTTYPE:
        strbuf_puts(b, "struct{");
        print_fields(b, &x->list, depth, "; ");
        strbuf_puts(b, "}");
        break;
    case N_FUNCTYPE: strbuf_puts(b, "func"); print_sig(b, x, depth); break;
    case N_INTERFACETYPE:
        strbuf_puts(b, "interface{");
        for (int i = 0; i < x->list.len; i++) {
            const Node *f = x->list.items[i];
            if (i)
                strbuf_puts(b, "; ");
            if (f->name) {
                print_expr(b, f->name, depth);
                if (f->type_ && f->type_->kind == N_FUNCTYPE)
                    print_sig(b, f->type_, depth);
            } else {
                print_expr(b, f->type_, depth);
            }
        }
        strbuf_puts(b, "}");
        break;
    case N_MAPTYPE:
        strbuf_puts(b, "map[");
        print_expr(b, x->x, depth);
        strbuf_puts(b, "]");
        print_expr(b, x->y, depth);
        break;
    case N_CHANTYPE:
        if (x->chandir == CHAN_RECV)
            strbuf_puts(b, "<-");
        strbuf_puts(b, "chan");
        if (x->chandir == CHAN_SEND)
            strbuf_puts(b, "<-");
        strbuf_puts(b, " ");
        print_expr(b, x->x, depth);
        break;
    case N_CONVIFACE:
        print_expr(b, x->x, depth);
        break;
    default:
        strbuf_puts(b, "?");
    }
}

const char *expr_string(Arena *a, const Node *x) {
    StrBuf b = {a, NULL, 0, 0};
    print_expr(&b, x, 0);
    return b.s ? b.s : "";
}

static const char *const mode_str[] = {
    [OPM_INVALID] = "invalid operand", [OPM_NOVALUE] = "no value",
    [OPM_BUILTIN] = "built-in", [OPM_TYPE] = "type",
    [OPM_CONST] = "constant", [OPM_VAR] = "variable",
    [OPM_MAPINDEX] = "map index expression", [OPM_VALUE] = "value",
    [OPM_COMMAOK] = "comma, ok expression", [OPM_PKG] = "package",
};

/* types2's operandString: "x (variable of type int)",
 * "300 (untyped int constant)", "c (constant 5 of type T)". */
const char *chk_operand_str(Checker *c, Node *x) {
    Node *e = x;
    while (e->kind == N_CONVIFACE)
        e = e->x;
    const char *expr = expr_string(c->a, e);
    Type *t = x->ty;
    if (t && t->kind == TY_UNTYPED_NIL)
        return "nil";
    StrBuf b = {c->a, NULL, 0, 0};
    strbuf_puts(&b, expr);
    strbuf_puts(&b, " (");
    bool hastype = false;
    int mode = x->mode;
    if (mode != OPM_INVALID && mode != OPM_NOVALUE && mode != OPM_BUILTIN &&
        mode != OPM_TYPE && t) {
        if (type_is_untyped(t)) {
            strbuf_puts(&b, t->obj->name);
            strbuf_puts(&b, " ");
        } else {
            hastype = true;
        }
    }
    strbuf_puts(&b, mode_str[mode]);
    if (mode == OPM_CONST && x->val) {
        const char *v = const_string_repr(c->a, *x->val);
        if (strcmp(v, expr) != 0) {
            strbuf_puts(&b, " ");
            strbuf_puts(&b, v);
        }
    }
    if (hastype) {
        if (t->kind != TY_INVALID) {
            strbuf_puts(&b, " of type ");
            strbuf_puts(&b, chk_type_str(c, t));
        } else {
            strbuf_puts(&b, " with invalid type");
        }
    }
    strbuf_puts(&b, ")");
    return b.s;
}

/* ----------------------------------------------------------------- driver */

bool check_file(Program *p, File *f, const char *display) {
    Checker cc;
    memset(&cc, 0, sizeof cc);
    Checker *c = &cc;
    c->prog = p;
    c->a = p->arena;
    c->u = p->u;
    c->file = display;
    c->diags = p->diags;
    c->iota = -1;
    Package *pkg = arena_alloc(c->a, sizeof *pkg);
    Node *root = f->root;
    pkg->name = root && root->name ? root->name->lit : "main";
    pkg->path = pkg->name;
    pkg->file = f;
    pkg->scope = scope_new(c->a, p->u->scope);
    pkg->scope->is_pkg = true;
    pkg->filescope = scope_new(c->a, pkg->scope);
    pkg->filescope->is_file = true;
    p->main = pkg;
    c->pkg = pkg;
    c->scope = pkg->filescope;
    if (root) {
        chk_collect(c, root);
        chk_package_decls(c);
    }
    flush_errors(c);
    pkg->checked = true;
    return c->nerrors == 0;
}

/* Check a std stub as package path (called by std.c).  Errors in a stub are
 * our bugs; they are reported with the stub's name so they get fixed. */
bool chk_std_package(Program *p, Package *pkg, File *f);
bool chk_std_package(Program *p, Package *pkg, File *f) {
    Checker cc;
    memset(&cc, 0, sizeof cc);
    Checker *c = &cc;
    c->prog = p;
    c->a = p->arena;
    c->u = p->u;
    c->file = arena_printf(c->a, "$GOROOT/src/%s.go", pkg->path);
    c->diags = p->diags;
    c->iota = -1;
    c->in_std = true;
    pkg->file = f;
    pkg->scope = scope_new(c->a, p->u->scope);
    pkg->scope->is_pkg = true;
    pkg->filescope = scope_new(c->a, pkg->scope);
    pkg->filescope->is_file = true;
    c->pkg = pkg;
    c->scope = pkg->filescope;
    pkg->prog = p;
    pkg->checking = true;
    chk_collect(c, f->root);
    chk_package_decls(c);
    pkg->checking = false;
    pkg->checked = true;
    flush_errors(c);
    return c->nerrors == 0;
}

/* Check a std object that another package refers to before its own
 * package checked it (the stubs' constants are checked on first use, see
 * chk_package_decls), in a checker for its own package. */
void chk_std_resolve(Checker *c, Obj *o);
/* A checker for declarations of std package pkg, checked on first use. */
static void std_checker(Checker *cc, Program *prog, Arena *a, Universe *u,
                        DiagList *diags, Package *pkg) {
    memset(cc, 0, sizeof *cc);
    cc->prog = prog;
    cc->a = a;
    cc->u = u;
    cc->file = arena_printf(a, "$GOROOT/src/%s.go", pkg->path);
    cc->diags = diags;
    cc->iota = -1;
    cc->in_std = true;
    cc->pkg = pkg;
    cc->scope = pkg->filescope;
}

void chk_std_resolve(Checker *c, Obj *o) {
    if (!o || o->state != 0 || !o->spec || !o->pkg || o->pkg == c->pkg || !o->pkg->std)
        return;
    Checker cc;
    std_checker(&cc, c->prog, c->a, c->u, c->diags, o->pkg);
    chk_obj_decl(&cc, o);
    flush_errors(&cc);
}

/* Check a std function's body on its first use (the inliner reading it to
 * inline a call): chk_package_decls leaves std bodies unchecked, as most
 * are never inlined.  Types and errors go to the Program the package was
 * loaded into (a StdCache's checks them all when loading, std.c). */
void chk_std_body(Obj *o) {
    if (!o || o->kind != OBJ_FUNC || (o->flags & OBJF_BODYDONE) || !o->decl ||
        !o->decl->body || !o->type || !o->pkg || !o->pkg->std || !o->pkg->prog ||
        gen_is_generic_decl(o->decl))
        return;
    o->flags |= OBJF_BODYDONE;
    Program *p = o->pkg->prog;
    Checker cc;
    std_checker(&cc, p, p->arena, p->u, p->diags, o->pkg);
    chk_func_body(&cc, o->decl, o->type, NULL);
    if (o->pkg->file && o->pkg->file->root)
        gen_finish(&cc, o->pkg->file->root);
    flush_errors(&cc);
}
