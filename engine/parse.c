/* parse.c - parser core (tokens, errors, pragmas) and declarations.
 *
 * Error reporting reproduces two layers of gc: the syntax package's
 * syntaxErrorAt (message shape "unexpected X, expecting Y") and the
 * compiler's base.ErrorfAt (one syntax error per line, stop at 10 errors),
 * then FlushErrors' sort by position.
 */
#include "parse_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ lists */

void nvec_push(Arena *a, NVec *v, Node *n) {
    if (v->len == v->cap) {
        int cap = v->cap ? v->cap * 2 : 4;
        Node **items = arena_alloc_align(a, sizeof *items * (size_t)cap, _Alignof(Node *));
        if (v->len)
            memcpy(items, v->items, sizeof *items * (size_t)v->len);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->len++] = n;
}

NodeList nvec_list(NVec *v) {
    return (NodeList){v->items, v->len};
}

NodeList list1(Arena *a, Node *n) {
    Node **items = arena_alloc_align(a, sizeof *items, _Alignof(Node *));
    items[0] = n;
    return (NodeList){items, 1};
}

/* ------------------------------------------------------------ nodes */

Node *new_node(Parser *p, NodeKind k, Pos pos) {
    return node_new(p->a, k, pos);
}

Node *p_bad_expr(Parser *p) {
    return new_node(p, N_BAD, POS(p));
}

Node *new_name(Parser *p, Pos pos, const char *s) {
    Node *n = new_node(p, N_NAME, pos);
    n->lit = s;
    n->litlen = (int)strlen(s);
    return n;
}

/* ----------------------------------------------------------- errors */

static void add_diag(Parser *p, Pos pos, const char *msg) {
    diag_add(p->diags, p->file, pos, DIAG_ERROR, DK_SYNTAX,
             arena_strdup(p->diags->arena, msg));
}

/* base.ErrorfAt: filter repeats on a line, stop after 10 errors. */
static void report(Parser *p, Pos pos, const char *msg) {
    if (p->stop)
        return;
    if (strncmp(msg, "syntax error", 12) == 0) {
        if (p->last_syntax_line == pos.line)
            return;
        p->last_syntax_line = pos.line;
    } else {
        if (p->last_other_line == pos.line && p->last_other_msg &&
            strcmp(p->last_other_msg, msg) == 0)
            return;
        p->last_other_line = pos.line;
        p->last_other_msg = arena_strdup(p->a, msg);
    }
    add_diag(p, pos, msg);
    if (++p->nerrors >= 10) {
        add_diag(p, pos, "too many errors");
        p->stop = true;
    }
}

void p_report(Parser *p, Pos pos, const char *msg) {
    report(p, pos, msg);
}

void p_error_at(Parser *p, Pos pos, const char *msg) {
    p->first = true;
    p->errcnt++;
    report(p, pos, msg);
}

static void lex_error(void *ctx, Pos pos, const char *msg) {
    p_error_at(ctx, pos, msg);
}

const char *tokstring(TokKind t) {
    switch (t) {
    case T_COMMA: return "comma";
    case T_SEMICOLON: return "semicolon or newline";
    default: return tok_str(t);
    }
}

bool p_is_operator(TokKind t) {
    return (lex_prec(t) != PREC_NONE && t != T_MUL) || t == T_NOT || t == T_TILDE;
}

static bool has_prefix(const char *s, const char *pre) {
    return strncmp(s, pre, strlen(pre)) == 0;
}

void p_syntax_error_at(Parser *p, Pos pos, const char *msg) {
    if (TOK(p) == T_EOF && p->first)
        return; /* avoid meaningless follow-up errors */
    const char *sep;
    if (msg[0] == 0) {
        sep = "";
    } else if (has_prefix(msg, "in ") || has_prefix(msg, "at ") ||
               has_prefix(msg, "after ")) {
        sep = " ";
    } else if (has_prefix(msg, "expecting ")) {
        sep = ", ";
    } else {
        p_error_at(p, pos, arena_printf(p->a, "syntax error: %s", msg));
        return;
    }
    const Token *t = &p->lx.tok;
    const char *tok;
    switch (t->kind) {
    case T_IDENT: case T_SEMICOLON:
        tok = t->lit;
        break;
    case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
        tok = arena_printf(p->a, "literal %s", t->lit);
        break;
    default:
        tok = tokstring(t->kind);
        break;
    }
    p_error_at(p, pos, arena_printf(p->a, "syntax error: unexpected %s%s%s", tok, sep, msg));
}

void p_syntax_error(Parser *p, const char *msg) {
    p_syntax_error_at(p, POS(p), msg);
}

/* ----------------------------------------------------------- tokens */

static bool check_directive(Parser *p, const Directive *d);

void p_next(Parser *p) {
    if (p->stop) {
        p->lx.tok.kind = T_EOF;
        return;
    }
    lex_next(&p->lx);
    if (p->stop)
        p->lx.tok.kind = T_EOF;
    if (p->lx.ndirs) {
        /* Keep gathering directives until a declaration takes them (the
         * array doubles, so a long run of directives stays linear). */
        int n;
        Directive *d = lex_take_dirs(&p->lx, &n);
        for (int i = 0; i < n; i++) {
            if (!check_directive(p, &d[i]))
                continue;
            if (p->nprag == p->pragcap) {
                int cap = p->pragcap ? p->pragcap * 2 : 4;
                Directive *all = arena_alloc(p->a, sizeof *all * (size_t)cap);
                if (p->nprag)
                    memcpy(all, p->prag, sizeof *all * (size_t)p->nprag);
                p->prag = all;
                p->pragcap = cap;
            }
            p->prag[p->nprag++] = d[i];
        }
    }
}

bool p_got(Parser *p, TokKind t) {
    if (TOK(p) == t) {
        p_next(p);
        return true;
    }
    return false;
}

void p_want(Parser *p, TokKind t) {
    if (!p_got(p, t)) {
        p_syntax_error(p, arena_printf(p->a, "expecting %s", tokstring(t)));
        p_advance1(p);
    }
}

bool p_got_assign(Parser *p) {
    switch (TOK(p)) {
    case T_DEFINE:
        p_syntax_error(p, "expecting =");
        /* fallthrough */
    case T_ASSIGN:
        p_next(p);
        return true;
    default:
        return false;
    }
}

static bool in_stopset(TokKind t) {
    switch (t) {
    case T_BREAK: case T_CONST: case T_CONTINUE: case T_DEFER:
    case T_FALLTHROUGH: case T_FOR: case T_GO: case T_GOTO: case T_IF:
    case T_RETURN: case T_SELECT: case T_SWITCH: case T_TYPE: case T_VAR:
        return true;
    default:
        return false;
    }
}

void p_advance(Parser *p, int n, const int *follow) {
    for (;;) {
        TokKind t = TOK(p);
        if (t == T_EOF)
            return;
        if (p->fnest > 0 && in_stopset(t))
            return;
        for (int i = 0; i < n; i++)
            if ((int)t == follow[i] || (follow[i] == TK_OPERATOR && p_is_operator(t)))
                return;
        p_next(p);
    }
}

void p_advance1(Parser *p) {
    if (TOK(p) != T_EOF)
        p_next(p);
}

bool p_enter(Parser *p) {
    if (++p->depth > PARSE_MAX_DEPTH) {
        if (!p->stop) {
            add_diag(p, POS(p), arena_printf(p->a,
                "syntax error: nesting too deep (more than %d levels)", PARSE_MAX_DEPTH));
            p->first = true;
            p->errcnt++;
            p->stop = true;
        }
        p->lx.tok.kind = T_EOF;
        return false;
    }
    return true;
}

void p_leave(Parser *p) {
    p->depth--;
}

/* ---------------------------------------------------------- pragmas */

void p_drop_pragma(Parser *p) {
    /* a taker keeps the array: start a new one */
    p->prag = NULL;
    p->nprag = p->pragcap = 0;
}

static unsigned pragma_bits(const char *text);

/* gc's clearPragma at the end of a statement or other form that takes no
 * pragma: noder reports each directive with a known flag as misplaced. */
void p_clear_pragma(Parser *p) {
    for (int i = 0; i < p->nprag; i++)
        if (pragma_bits(p->prag[i].text) & ~PRAGMA_LINKNAME) /* no flag in gc */
            p_report(p, p->prag[i].pos, "misplaced compiler directive");
    p_drop_pragma(p);
}

static const struct { const char *name; unsigned bit; } pragma_names[] = {
    {"go:nointerface", PRAGMA_NOINTERFACE},
    {"go:noescape", PRAGMA_NOESCAPE},
    {"go:norace", PRAGMA_NORACE},
    {"go:nosplit", PRAGMA_NOSPLIT},
    {"go:noinline", PRAGMA_NOINLINE},
    {"go:nocheckptr", PRAGMA_NOCHECKPTR},
    {"go:systemstack", PRAGMA_SYSTEMSTACK},
    {"go:nowritebarrier", PRAGMA_NOWRITEBARRIER},
    {"go:nowritebarrierrec", PRAGMA_NOWRITEBARRIERREC},
    {"go:yeswritebarrierrec", PRAGMA_YESWRITEBARRIERREC},
    {"go:cgo_unsafe_args", PRAGMA_CGO_UNSAFE_ARGS},
    {"go:uintptrkeepalive", PRAGMA_UINTPTRKEEPALIVE},
    {"go:uintptrescapes", PRAGMA_UINTPTRESCAPES},
    {"go:registerparams", PRAGMA_REGISTERPARAMS},
    {"go:notinheap", PRAGMA_NOTINHEAP},
    {"go:linkname", PRAGMA_LINKNAME},
    {"go:build", PRAGMA_GOBUILD},
};

/* The pragma bits of one directive line (its first word, as noder does). */
static unsigned pragma_bits(const char *text) {
    size_t n = strcspn(text, " \t\r");
    for (size_t i = 0; i < sizeof pragma_names / sizeof pragma_names[0]; i++)
        if (strlen(pragma_names[i].name) == n && strncmp(pragma_names[i].name, text, n) == 0)
            return pragma_names[i].bit;
    return 0;
}

static void take_pragma(Parser *p, Node *n) {
    n->dirs = p->prag;
    n->ndirs = p->nprag;
    for (int i = 0; i < p->nprag; i++)
        n->pragma |= pragma_bits(p->prag[i].text);
    p_drop_pragma(p);
}

static bool starts_with(const char *s, const char *pre) {
    return strncmp(s, pre, strlen(pre)) == 0;
}

/* noder's pragma handler, run as each directive is scanned: false when
 * the directive is rejected outright. */
static bool check_directive(Parser *p, const Directive *d) {
    const char *t = d->text;
    if (!starts_with(t, "go:"))
        return true; /* "//esc:" lines are ours, never errors */
    if (!d->blank) {
        /* directive must be on line by itself */
        p_report(p, d->pos, "misplaced compiler directive");
        return false;
    }
    size_t n = strcspn(t, " \t");
    if (p->flags & PARSE_STD)
        return true; /* gc -std -+: everything below is allowed */
    if (starts_with(t, "go:linkname ")) {
        int fields = 0;
        for (const char *q = t; *q;) {
            while (*q == ' ' || *q == '\t')
                q++;
            if (!*q)
                break;
            fields++;
            while (*q && *q != ' ' && *q != '\t')
                q++;
        }
        if (fields < 2 || fields > 3)
            p_report(p, d->pos, "usage: //go:linkname localname [linkname]");
    } else if (starts_with(t, "go:cgo_") && !starts_with(t, "go:cgo_import_dynamic ")) {
        p_report(p, d->pos, arena_printf(p->a, "//%s only allowed in cgo-generated code", t));
    } else {
        unsigned flag = pragma_bits(t);
        if (flag & (PRAGMA_SYSTEMSTACK | PRAGMA_NOWRITEBARRIER | PRAGMA_NOWRITEBARRIERREC |
                    PRAGMA_YESWRITEBARRIERREC))
            p_report(p, d->pos, arena_printf(p->a, "//%.*s only allowed in runtime", (int)n, t));
        if (flag == PRAGMA_UINTPTRKEEPALIVE)
            p_report(p, d->pos, arena_printf(p->a,
                "//%.*s is only allowed in the standard library", (int)n, t));
    }
    return true;
}

/* ----------------------------------------------------- declarations */

void p_append_group(Parser *p, NVec *list, DeclFn f) {
    if (TOK(p) == T_LPAREN) {
        int g = ++p->ngroups;
        int first = list->len;
        p_clear_pragma(p);
        p_next(p); /* must consume "(" after calling clearPragma! */
        int index = 0;
        /* p.list("grouped declaration", _Semi, _Rparen, ...) */
        while (TOK(p) != T_EOF && TOK(p) != T_RPAREN) {
            Node *x = f(p, g, index++);
            if (x)
                nvec_push(p->a, list, x);
            if (!p_got(p, T_SEMICOLON) && TOK(p) != T_RPAREN) {
                p_syntax_error(p, "in grouped declaration; possibly missing semicolon or newline or )");
                P_ADVANCE(p, T_RPAREN, T_RBRACK, T_RBRACE);
                if (TOK(p) != T_RPAREN)
                    goto done;
            }
        }
        p_want(p, T_RPAREN);
    done:
        /* Implicit repetition of the previous const spec's type and values. */
        if (f == p_const_decl) {
            Node *prev = NULL;
            for (int i = first; i < list->len; i++) {
                Node *d = list->items[i];
                if (d->kind != N_CONSTDECL)
                    continue;
                if (!d->type_ && d->values.len == 0 && prev) {
                    d->type_ = prev->type_;
                    d->values = prev->values;
                    d->implicit = true;
                } else {
                    prev = d;
                }
            }
        }
    } else {
        Node *x = f(p, 0, 0);
        if (x)
            nvec_push(p->a, list, x);
    }
}

static Node *p_import_decl(Parser *p, int group, int index) {
    (void)index;
    Node *d = new_node(p, N_IMPORT, POS(p));
    d->group = group;
    p_drop_pragma(p); /* taken by the spec: gc checks it later */
    switch (TOK(p)) {
    case T_IDENT:
        d->name = p_name(p);
        break;
    case T_PERIOD:
        d->name = new_name(p, POS(p), ".");
        p_next(p);
        break;
    default:
        break;
    }
    d->x = p_oliteral(p);
    if (!d->x) {
        p_syntax_error(p, "missing import path");
        P_ADVANCE(p, T_SEMICOLON, T_RPAREN);
        return d;
    }
    if (!d->x->bad && d->x->op != T_STRING) {
        p_syntax_error(p, "import path must be a string");
        d->x->bad = true;
    }
    return d;
}

static void name_list(Parser *p, Node *first, NVec *v) {
    nvec_push(p->a, v, first);
    while (p_got(p, T_COMMA))
        nvec_push(p->a, v, p_name(p));
}

Node *p_const_decl(Parser *p, int group, int index) {
    Node *d = new_node(p, N_CONSTDECL, POS(p));
    d->group = group;
    d->iota = index;
    p_drop_pragma(p); /* taken by the spec: gc checks it later */
    NVec names = {0};
    name_list(p, p_name(p), &names);
    d->names = nvec_list(&names);
    if (TOK(p) != T_EOF && TOK(p) != T_SEMICOLON && TOK(p) != T_RPAREN) {
        d->type_ = p_type_or_nil(p);
        if (p_got_assign(p))
            d->values = p_expr_list(p);
    }
    return d;
}

Node *p_var_decl(Parser *p, int group, int index) {
    (void)index;
    Node *d = new_node(p, N_VARDECL, POS(p));
    d->group = group;
    p_drop_pragma(p); /* taken by the spec: gc checks it later */
    NVec names = {0};
    name_list(p, p_name(p), &names);
    d->names = nvec_list(&names);
    if (p_got_assign(p)) {
        d->values = p_expr_list(p);
    } else {
        d->type_ = p_type_(p);
        if (p_got_assign(p))
            d->values = p_expr_list(p);
    }
    return d;
}

/* Is x syntactically a type element (gc's isTypeElem)? */
static bool is_type_elem(const Node *x) {
    switch (x->kind) {
    case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE:
    case N_MAPTYPE: case N_CHANTYPE:
        return true;
    case N_BINARY:
        return is_type_elem(x->x) || is_type_elem(x->y);
    case N_UNARY:
        return is_type_elem(x->x) || x->op == T_TILDE;
    case N_STAR:
        return is_type_elem(x->x);
    case N_PAREN:
        return is_type_elem(x->x);
    default:
        return false;
    }
}

/* gc's extractName: in "type T[P *C]" or "type T[P *C|D]" decide whether
 * the bracket holds a type parameter (returns its name, the constraint in
 * *ptype) or an array length. */
static Node *extract_name(Parser *p, Node *x, bool force, Node **ptype) {
    *ptype = x;
    switch (x->kind) {
    case N_NAME:
        *ptype = NULL;
        return x;
    case N_BINARY:
        if (x->op == T_MUL) {
            if (x->x->kind == N_NAME && (force || is_type_elem(x->y))) {
                Node *op = new_node(p, N_STAR, x->pos);
                op->x = x->y;
                *ptype = op;
                return x->x;
            }
        } else if (x->op == T_OR) {
            Node *lhs;
            Node *name = extract_name(p, x->x, force || is_type_elem(x->y), &lhs);
            if (name && lhs) {
                Node *op = new_node(p, N_BINARY, x->pos);
                *op = *x;
                op->x = lhs;
                *ptype = op;
                return name;
            }
            *ptype = x;
        }
        break;
    case N_CALL:
        if (x->x->kind == N_NAME && x->list.len == 1 && !x->hasdots &&
            (force || is_type_elem(x->list.items[0]))) {
            *ptype = x->list.items[0];
            return x->x;
        }
        break;
    default:
        break;
    }
    return NULL;
}

Node *p_type_decl(Parser *p, int group, int index) {
    (void)index;
    Node *d = new_node(p, N_TYPEDECL, POS(p));
    d->group = group;
    p_drop_pragma(p); /* taken by the spec: gc checks it later */
    d->name = p_name(p);
    if (TOK(p) == T_LBRACK) {
        /* array/slice type or type parameter list */
        Pos pos = POS(p);
        p_next(p);
        switch (TOK(p)) {
        case T_IDENT: {
            Node *x = p_name(p);
            if (TOK(p) != T_LBRACK) {
                p->xnest++;
                x = p_binary_expr(p, p_pexpr(p, x, false), 0);
                p->xnest--;
            }
            Node *ptype;
            Node *pname = extract_name(p, x, TOK(p) == T_COMMA, &ptype);
            if (pname && (ptype || TOK(p) != T_RBRACK)) {
                d->tparams = p_param_list(p, pname, ptype, T_RBRACK, true);
                d->alias = p_got_assign(p);
                d->type_ = p_type_or_nil(p);
            } else {
                d->type_ = p_array_type(p, pos, x);
            }
            break;
        }
        case T_RBRACK:
            p_next(p);
            d->type_ = p_slice_type(p, pos);
            break;
        default:
            d->type_ = p_array_type(p, pos, NULL);
            break;
        }
    } else {
        d->alias = p_got_assign(p);
        d->type_ = p_type_or_nil(p);
    }
    if (!d->type_) {
        d->type_ = p_bad_expr(p);
        p_syntax_error(p, "in type declaration");
        P_ADVANCE(p, T_SEMICOLON, T_RPAREN);
    }
    return d;
}

static Node *p_func_decl_or_nil(Parser *p) {
    Node *f = new_node(p, N_FUNCDECL, POS(p));
    take_pragma(p, f);
    if (p_got(p, T_LPAREN)) {
        Pos rpos = POS(p);
        NodeList rcvr = p_param_list(p, NULL, NULL, T_RPAREN, false);
        (void)rpos;
        switch (rcvr.len) {
        case 0:
            p_error_at(p, POS(p), "method has no receiver");
            break;
        default:
            p_error_at(p, POS(p), "method has multiple receivers");
            /* fallthrough */
        case 1:
            f->recv = rcvr.items[0];
            break;
        }
    }
    if (TOK(p) != T_IDENT) {
        p_syntax_error(p, "expecting name or (");
        P_ADVANCE(p, T_LBRACE, T_SEMICOLON);
        return NULL;
    }
    f->name = p_name(p);
    f->type_ = p_func_type(p, f->recv ? "method" : "", &f->tparams);
    if (TOK(p) == T_LBRACE)
        f->body = p_func_body(p);
    return f;
}

static Node *p_file_or_nil(Parser *p) {
    Node *f = new_node(p, N_FILE, POS(p));
    if (!p_got(p, T_PACKAGE)) {
        p_syntax_error(p, "package statement must be first");
        return NULL;
    }
    p_drop_pragma(p); /* the file's pragma (//go:build ...) */
    f->name = p_name(p);
    p_want(p, T_SEMICOLON);
    if (p->first)
        return NULL;

    NVec decls = {0};
    while (p_got(p, T_IMPORT)) {
        p_append_group(p, &decls, p_import_decl);
        p_want(p, T_SEMICOLON);
    }
    while (TOK(p) != T_EOF) {
        switch (TOK(p)) {
        case T_CONST:
            p_next(p);
            p_append_group(p, &decls, p_const_decl);
            break;
        case T_TYPE:
            p_next(p);
            p_append_group(p, &decls, p_type_decl);
            break;
        case T_VAR:
            p_next(p);
            p_append_group(p, &decls, p_var_decl);
            break;
        case T_FUNC: {
            p_next(p);
            Node *d = p_func_decl_or_nil(p);
            if (d)
                nvec_push(p->a, &decls, d);
            break;
        }
        default: {
            Node *last = decls.len ? decls.items[decls.len - 1] : NULL;
            if (TOK(p) == T_LBRACE && last && last->kind == N_FUNCDECL && !last->body)
                p_syntax_error(p, "unexpected semicolon or newline before {");
            else
                p_syntax_error(p, "non-declaration statement outside function body");
            P_ADVANCE(p, T_CONST, T_TYPE, T_VAR, T_FUNC);
            continue;
        }
        }
        p_clear_pragma(p);
        if (TOK(p) != T_EOF && !p_got(p, T_SEMICOLON)) {
            p_syntax_error(p, "after top level declaration");
            P_ADVANCE(p, T_CONST, T_TYPE, T_VAR, T_FUNC);
        }
    }
    p_clear_pragma(p);
    f->end = POS(p);
    f->list = nvec_list(&decls);
    return f;
}

/* FlushErrors sorts by position (stable); "too many errors" stays last. */
static int cmp_diag(const void *a, const void *b) {
    const Diag *x = a, *y = b;
    if (x->pos.line != y->pos.line)
        return x->pos.line < y->pos.line ? -1 : 1;
    if (x->pos.col != y->pos.col)
        return x->pos.col < y->pos.col ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void sort_errors(DiagList *dl, int from) {
    int n = dl->len - from;
    if (n > 0 && strcmp(dl->items[dl->len - 1].msg, "too many errors") == 0)
        n--;
    if (n > 1)
        qsort(dl->items + from, (size_t)n, sizeof(Diag), cmp_diag);
    /* FlushErrors also drops exact repeats. */
    int w = from;
    for (int r = from; r < dl->len; r++) {
        if (w > from && dl->items[w - 1].pos.line == dl->items[r].pos.line &&
            dl->items[w - 1].pos.col == dl->items[r].pos.col &&
            strcmp(dl->items[w - 1].msg, dl->items[r].msg) == 0)
            continue;
        dl->items[w++] = dl->items[r];
    }
    dl->nerrors -= dl->len - w;
    dl->len = w;
}

File *parse_file(Arena *a, const char *path, const char *src, int len,
                 DiagList *diags) {
    return parse_file_flags(a, path, src, len, diags, 0);
}

File *parse_file_flags(Arena *a, const char *path, const char *src, int len,
                       DiagList *diags, unsigned flags) {
    char *copy = arena_alloc(a, (size_t)len + 1);
    if (len)
        memcpy(copy, src, (size_t)len);
    Parser p;
    memset(&p, 0, sizeof p);
    p.a = a;
    p.diags = diags;
    p.file = path;
    p.flags = flags;
    int from = diags->len;
    if (p_header_error(a, path, copy, len, diags))
        return NULL;
    lex_init(&p.lx, a, copy, len, lex_error, &p);
    p_next(&p);
    Node *root = p_file_or_nil(&p);
    sort_errors(diags, from);
    if (!root)
        return NULL;
    File *f = arena_alloc(a, sizeof *f);
    f->path = path;
    f->src = copy;
    f->len = len;
    f->root = root;
    return f;
}
