/* parse_header.c - the go command's own look at a file's header.
 *
 * Before gc ever runs, `go build` reads each file's package clause and
 * imports (go/build's importReader).  When that reader finds a syntax
 * error, the go command parses the file with go/parser (ImportsOnly) and
 * prints go/parser's first error instead of compiling, with the file named
 * as given ("x.go:1:1: expected 'package', found main").  This emulates
 * both steps on our tokens.
 */
#include "parse_int.h"

#include <string.h>

typedef struct Hdr {
    Lexer lx;
    const char *src;
    int len;
    Arena *a;
    /* the first (lowest) error */
    bool have;
    Pos pos;
    const char *msg;
    bool lexbad;        /* a lexical error we cannot translate */
} Hdr;

static bool before(Pos a, Pos b) {
    return a.line < b.line || (a.line == b.line && a.col < b.col);
}

static void hdr_error(Hdr *h, Pos pos, const char *msg) {
    if (!h->have || before(pos, h->pos)) {
        h->have = true;
        h->pos = pos;
        h->msg = msg;
    }
}

/* go/scanner's wording for the lexical errors a header can hold. */
static void hdr_lex_error(void *ctx, Pos pos, const char *msg) {
    Hdr *h = ctx;
    if (strcmp(msg, "newline in string") == 0 || strcmp(msg, "string not terminated") == 0) {
        /* go/scanner reports at the literal's start */
        pos = h->lx.tok.pos;
        const char *m = h->src[h->lx.segstart] == '`' ? "raw string literal not terminated"
                                                       : "string literal not terminated";
        hdr_error(h, pos, m);
    } else if (strcmp(msg, "comment not terminated") == 0) {
        hdr_error(h, pos, msg);
    } else if (strncmp(msg, "invalid character U+", 20) == 0 && !strstr(msg, "identifier")) {
        hdr_error(h, pos, arena_printf(h->a, "illegal character %s", msg + 18));
    } else {
        h->lexbad = true;
    }
}

static void next(Hdr *h) {
    lex_next(&h->lx);
}

#define HTOK(h) ((h)->lx.tok.kind)

/* go/scanner puts EOF after a final newline on the last line. */
static Pos tok_pos(Hdr *h) {
    Pos pos = h->lx.tok.pos;
    if (HTOK(h) == T_EOF && h->len > 0 && h->src[h->len - 1] == '\n' && pos.col == 1 &&
        pos.line > 1) {
        int start = h->len - 1;
        while (start > 0 && h->src[start - 1] != '\n')
            start--;
        pos.line--;
        pos.col = h->len - start + 1;
    }
    return pos;
}

/* go/parser's errorExpected at the current token. */
static void expected(Hdr *h, const char *what) {
    const Token *t = &h->lx.tok;
    const char *found;
    switch (t->kind) {
    case T_SEMICOLON:
        found = t->autosemi ? "newline" : "';'";
        break;
    case T_IDENT: case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
        found = t->lit;
        break;
    default:
        found = arena_printf(h->a, "'%s'", tok_str(t->kind));
        break;
    }
    hdr_error(h, tok_pos(h), arena_printf(h->a, "expected %s, found %s", what, found));
}

static bool expect(Hdr *h, TokKind k, const char *what) {
    if (HTOK(h) != k) {
        expected(h, what);
        return false;
    }
    next(h);
    return true;
}

static void expect_semi(Hdr *h) {
    if (HTOK(h) == T_RPAREN || HTOK(h) == T_RBRACE)
        return;
    if (HTOK(h) == T_SEMICOLON) {
        next(h);
        return;
    }
    expected(h, "';'");
    /* go/parser then skips to the next statement start; a header error
     * is reported alone, so stop here. */
    h->lx.tok.kind = T_EOF;
}

static void import_spec(Hdr *h) {
    if (HTOK(h) == T_PERIOD || HTOK(h) == T_IDENT)
        next(h);
    if (HTOK(h) == T_STRING)
        next(h);
    else
        expected(h, "'STRING'");
    expect_semi(h);
}

/* go/parser.ParseFile(..., ImportsOnly): the first error, if any. */
static void parse_imports_only(Hdr *h) {
    next(h);
    if (!expect(h, T_PACKAGE, "'package'"))
        return;
    if (!expect(h, T_IDENT, "'IDENT'"))
        return;
    expect_semi(h);
    while (HTOK(h) == T_IMPORT && !h->have) {
        next(h);
        if (HTOK(h) == T_LPAREN) {
            next(h);
            while (HTOK(h) != T_RPAREN && HTOK(h) != T_EOF && !h->have)
                import_spec(h);
            if (h->have)
                return;
            expect(h, T_RPAREN, "')'");
            expect_semi(h);
        } else {
            import_spec(h);
        }
    }
}

/* go/build's importReader: does the header hold a syntax error at all?
 * (It is laxer than go/parser: "import "a" x" passes, and gc complains.) */
static bool reader_fails(Hdr *h) {
    next(h);
    if (HTOK(h) != T_PACKAGE)
        return true;
    next(h);
    if (HTOK(h) != T_IDENT)
        return true;
    next(h);
    while (HTOK(h) == T_SEMICOLON && h->lx.tok.autosemi)
        next(h);
    while (HTOK(h) == T_IMPORT) {
        next(h);
        bool group = HTOK(h) == T_LPAREN;
        if (group)
            next(h);
        for (;;) {
            while (group && HTOK(h) == T_SEMICOLON)
                next(h);
            if (group && HTOK(h) == T_RPAREN) {
                next(h);
                break;
            }
            if (HTOK(h) == T_PERIOD || HTOK(h) == T_IDENT)
                next(h);
            if (HTOK(h) != T_STRING || h->lx.bad)
                return true;
            next(h);
            if (!group)
                break;
        }
        while (HTOK(h) == T_SEMICOLON && h->lx.tok.autosemi)
            next(h);
    }
    return h->have || h->lexbad;
}

static void quiet(void *ctx, Pos pos, const char *msg) {
    (void)pos;
    (void)msg;
    ((Hdr *)ctx)->lexbad = true;
}

bool p_header_error(Arena *a, const char *path, const char *src, int len, DiagList *diags) {
    Hdr h = {.src = src, .len = len, .a = a};
    lex_init(&h.lx, a, src, len, quiet, &h);
    if (!reader_fails(&h))
        return false;
    Hdr g = {.src = src, .len = len, .a = a};
    lex_init(&g.lx, a, src, len, hdr_lex_error, &g);
    parse_imports_only(&g);
    if (!g.have)
        return false;
    /* the go command names the file as it was given: no "./" */
    const char *name = strncmp(path, "./", 2) == 0 ? path + 2 : path;
    diag_add(diags, arena_strdup(a, name), g.pos, DIAG_ERROR, DK_SYNTAX,
             arena_strdup(diags->arena, g.msg));
    return true;
}
