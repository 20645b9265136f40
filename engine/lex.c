/* lex.c - the Go scanner; see lex.h.
 *
 * A close transcription of cmd/compile/internal/syntax/{source,scanner}.go so
 * that token positions, automatic semicolons and every lexical message match
 * gc byte for byte.  The source is scanned in place (it carries a NUL
 * sentinel); positions are (line, byte column), both from 1.
 */
#include "lex.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ tok_str */

static const char *const tok_names[T_NKINDS] = {
    [T_EOF] = "EOF", [T_IDENT] = "name",
    [T_INT] = "literal", [T_FLOAT] = "literal", [T_IMAG] = "literal",
    [T_CHAR] = "literal", [T_STRING] = "literal",
    [T_ADD] = "+", [T_SUB] = "-", [T_MUL] = "*", [T_QUO] = "/", [T_REM] = "%",
    [T_AND] = "&", [T_OR] = "|", [T_XOR] = "^", [T_SHL] = "<<", [T_SHR] = ">>",
    [T_AND_NOT] = "&^",
    [T_ADD_ASSIGN] = "+=", [T_SUB_ASSIGN] = "-=", [T_MUL_ASSIGN] = "*=",
    [T_QUO_ASSIGN] = "/=", [T_REM_ASSIGN] = "%=", [T_AND_ASSIGN] = "&=",
    [T_OR_ASSIGN] = "|=", [T_XOR_ASSIGN] = "^=", [T_SHL_ASSIGN] = "<<=",
    [T_SHR_ASSIGN] = ">>=", [T_AND_NOT_ASSIGN] = "&^=",
    [T_LAND] = "&&", [T_LOR] = "||", [T_ARROW] = "<-", [T_INC] = "++",
    [T_DEC] = "--",
    [T_EQL] = "==", [T_LSS] = "<", [T_GTR] = ">", [T_ASSIGN] = "=", [T_NOT] = "!",
    [T_NEQ] = "!=", [T_LEQ] = "<=", [T_GEQ] = ">=", [T_DEFINE] = ":=",
    [T_ELLIPSIS] = "...",
    [T_LPAREN] = "(", [T_LBRACK] = "[", [T_LBRACE] = "{", [T_COMMA] = ",",
    [T_PERIOD] = ".", [T_RPAREN] = ")", [T_RBRACK] = "]", [T_RBRACE] = "}",
    [T_SEMICOLON] = ";", [T_COLON] = ":", [T_TILDE] = "~",
    [T_BREAK] = "break", [T_CASE] = "case", [T_CHAN] = "chan",
    [T_CONST] = "const", [T_CONTINUE] = "continue", [T_DEFAULT] = "default",
    [T_DEFER] = "defer", [T_ELSE] = "else", [T_FALLTHROUGH] = "fallthrough",
    [T_FOR] = "for", [T_FUNC] = "func", [T_GO] = "go", [T_GOTO] = "goto",
    [T_IF] = "if", [T_IMPORT] = "import", [T_INTERFACE] = "interface",
    [T_MAP] = "map", [T_PACKAGE] = "package", [T_RANGE] = "range",
    [T_RETURN] = "return", [T_SELECT] = "select", [T_STRUCT] = "struct",
    [T_SWITCH] = "switch", [T_TYPE] = "type", [T_VAR] = "var",
};

const char *tok_str(TokKind k) {
    if ((unsigned)k < T_NKINDS && tok_names[k])
        return tok_names[k];
    return "?";
}

int lex_prec(TokKind k) {
    switch (k) {
    case T_LOR: return PREC_OROR;
    case T_LAND: return PREC_ANDAND;
    case T_EQL: case T_NEQ: case T_LSS: case T_LEQ: case T_GTR: case T_GEQ:
        return PREC_CMP;
    case T_ADD: case T_SUB: case T_OR: case T_XOR: return PREC_ADD;
    case T_MUL: case T_QUO: case T_REM: case T_SHL: case T_SHR: case T_AND:
    case T_AND_NOT:
        return PREC_MUL;
    default: return PREC_NONE;
    }
}

bool lex_is_assign_op(TokKind k, TokKind *op) {
    TokKind o;
    switch (k) {
    case T_ADD_ASSIGN: o = T_ADD; break;
    case T_SUB_ASSIGN: o = T_SUB; break;
    case T_MUL_ASSIGN: o = T_MUL; break;
    case T_QUO_ASSIGN: o = T_QUO; break;
    case T_REM_ASSIGN: o = T_REM; break;
    case T_AND_ASSIGN: o = T_AND; break;
    case T_OR_ASSIGN: o = T_OR; break;
    case T_XOR_ASSIGN: o = T_XOR; break;
    case T_SHL_ASSIGN: o = T_SHL; break;
    case T_SHR_ASSIGN: o = T_SHR; break;
    case T_AND_NOT_ASSIGN: o = T_AND_NOT; break;
    default: return false;
    }
    if (op)
        *op = o;
    return true;
}

/* ------------------------------------------------------- characters */

/* Go's utf8.DecodeRune: returns the rune and its width, or 0xFFFD width 1
 * for an invalid encoding (overlong, surrogate, out of range, truncated). */
static int decode_rune(const unsigned char *s, int n, int *w) {
    unsigned c = s[0];
    int need;
    unsigned r, min;
    if (c < 0x80) { *w = 1; return (int)c; }
    if (c >= 0xC2 && c <= 0xDF) { need = 1; r = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; r = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; r = c & 0x07; min = 0x10000; }
    else { *w = 1; return 0xFFFD; }
    if (n < need + 1) { *w = 1; return 0xFFFD; }
    for (int i = 1; i <= need; i++) {
        if ((s[i] & 0xC0) != 0x80) { *w = 1; return 0xFFFD; }
        r = r << 6 | (s[i] & 0x3F);
    }
    if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
        *w = 1;
        return 0xFFFD;
    }
    *w = need + 1;
    return (int)r;
}

static int encode_rune(char *buf, unsigned r) {
    if (r < 0x80) { buf[0] = (char)r; return 1; }
    if (r < 0x800) {
        buf[0] = (char)(0xC0 | r >> 6); buf[1] = (char)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        buf[0] = (char)(0xE0 | r >> 12); buf[1] = (char)(0x80 | (r >> 6 & 0x3F));
        buf[2] = (char)(0x80 | (r & 0x3F));
        return 3;
    }
    buf[0] = (char)(0xF0 | r >> 18); buf[1] = (char)(0x80 | (r >> 12 & 0x3F));
    buf[2] = (char)(0x80 | (r >> 6 & 0x3F)); buf[3] = (char)(0x80 | (r & 0x3F));
    return 4;
}

/* Approximations of unicode.IsLetter / IsDigit / IsPrint for non-ASCII
 * runes: without Unicode tables we treat everything as a letter except the
 * punctuation, symbol, space and private-use blocks identifiers never use. */
static bool uni_is_digit(int r) {
    static const int ranges[][2] = {
        {0x660, 0x669}, {0x6F0, 0x6F9}, {0x7C0, 0x7C9}, {0x966, 0x96F},
        {0x9E6, 0x9EF}, {0xA66, 0xA6F}, {0xAE6, 0xAEF}, {0xB66, 0xB6F},
        {0xBE6, 0xBEF}, {0xC66, 0xC6F}, {0xCE6, 0xCEF}, {0xD66, 0xD6F},
        {0xE50, 0xE59}, {0xED0, 0xED9}, {0xF20, 0xF29}, {0x1040, 0x1049},
        {0xFF10, 0xFF19},
    };
    for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++)
        if (r >= ranges[i][0] && r <= ranges[i][1])
            return true;
    return false;
}

static bool uni_is_symbol_or_space(int r) {
    return (r >= 0x80 && r <= 0xBF && r != 0xAA && r != 0xB5 && r != 0xBA) ||
           r == 0xD7 || r == 0xF7 ||
           (r >= 0x300 && r <= 0x36F) ||     /* combining marks (Mn) */
           (r >= 0x1AB0 && r <= 0x1AFF) || (r >= 0x1DC0 && r <= 0x1DFF) ||
           (r >= 0xFE20 && r <= 0xFE2F) ||
           (r >= 0x2000 && r <= 0x206F) ||   /* general punctuation, spaces */
           (r >= 0x20A0 && r <= 0x20FF) ||   /* currency, combining marks */
           (r >= 0x2100 && r <= 0x214F && r != 0x2102 && r != 0x2107 &&
            !(r >= 0x210A && r <= 0x2113) && r != 0x2115 &&
            !(r >= 0x2119 && r <= 0x211D) && r != 0x2124 && r != 0x2126 &&
            r != 0x2128 && !(r >= 0x212A && r <= 0x212D) &&
            !(r >= 0x212F && r <= 0x2139)) ||
           (r >= 0x2190 && r <= 0x2BFF) ||   /* arrows, maths, boxes, shapes */
           (r >= 0x3000 && r <= 0x3004) || (r >= 0x3008 && r <= 0x3020) ||
           (r >= 0xE000 && r <= 0xF8FF) ||   /* private use */
           (r >= 0xFE00 && r <= 0xFE0F) ||   /* variation selectors */
           (r >= 0xFE30 && r <= 0xFE6F) || r == 0xFEFF || r == 0xFFFD ||
           (r >= 0xFF00 && r <= 0xFF0F) ||
           (r >= 0x1F000 && r <= 0x1FAFF) || r >= 0xE0000;
}

static bool uni_is_letter(int r) {
    return r >= 0x80 && !uni_is_digit(r) && !uni_is_symbol_or_space(r);
}

static bool uni_is_print(int r) {
    if (r < 0x80)
        return r >= 0x20 && r < 0x7F;
    return !(r >= 0x80 && r < 0xA0) && r != 0xAD && !(r >= 0x2000 && r <= 0x200F) &&
           !(r >= 0x2028 && r <= 0x202E) && !(r >= 0x2060 && r <= 0x206F) &&
           r != 0xFEFF && !(r >= 0xE000 && r <= 0xF8FF) &&
           !(r >= 0xD800 && r <= 0xDFFF) && r < 0xE0000;
}

static int lower(int ch) { return ('a' - 'A') | ch; }
static bool is_letter(int ch) {
    return ('a' <= lower(ch) && lower(ch) <= 'z') || ch == '_';
}
static bool is_decimal(int ch) { return '0' <= ch && ch <= '9'; }
static bool is_hex(int ch) {
    return ('0' <= ch && ch <= '9') || ('a' <= lower(ch) && lower(ch) <= 'f');
}

/* Go's %#U: "U+00B7 '·'" (the quoted character only when printable). */
static void fmt_U(char *buf, size_t n, int r) {
    if (uni_is_print(r)) {
        char enc[5];
        int w = encode_rune(enc, (unsigned)r);
        enc[w] = 0;
        snprintf(buf, n, "U+%04X '%s'", (unsigned)r, enc);
    } else {
        snprintf(buf, n, "U+%04X", (unsigned)r);
    }
}

/* Go's %q of a rune: 'a', '\n', '\x01', 'é'. */
static void fmt_q(char *buf, size_t n, int r) {
    switch (r) {
    case '\a': snprintf(buf, n, "'\\a'"); return;
    case '\b': snprintf(buf, n, "'\\b'"); return;
    case '\f': snprintf(buf, n, "'\\f'"); return;
    case '\n': snprintf(buf, n, "'\\n'"); return;
    case '\r': snprintf(buf, n, "'\\r'"); return;
    case '\t': snprintf(buf, n, "'\\t'"); return;
    case '\v': snprintf(buf, n, "'\\v'"); return;
    case '\\': snprintf(buf, n, "'\\\\'"); return;
    case '\'': snprintf(buf, n, "'\\''"); return;
    }
    if (uni_is_print(r)) {
        char enc[5];
        int w = encode_rune(enc, (unsigned)r);
        enc[w] = 0;
        snprintf(buf, n, "'%s'", enc);
    } else if (r < 0x80) {
        snprintf(buf, n, "'\\x%02x'", (unsigned)r);
    } else if (r < 0x10000) {
        snprintf(buf, n, "'\\u%04x'", (unsigned)r);
    } else {
        snprintf(buf, n, "'\\U%08x'", (unsigned)r);
    }
}

/* ------------------------------------------------------------ source */

static void error_at(Lexer *lx, int line, int col, const char *msg) {
    lx->errh(lx->errctx, (Pos){line, col}, msg);
}

/* An error at the current character (gc's source.error / errorf). */
static void error_ch(Lexer *lx, const char *msg) {
    error_at(lx, lx->line + 1, lx->col + 1, msg);
}

/* An error at a byte offset from the token start (gc's errorAtf). */
static void error_tok(Lexer *lx, int offset, const char *msg) {
    error_at(lx, lx->tok.pos.line, lx->tok.pos.col + offset, msg);
}

/* Advance to the next character (gc's source.nextch).  The common ASCII
 * case is inlined; the rest (EOF, NUL, multi-byte runes, BOM) is here. */
static void nextch_slow(Lexer *lx) {
    for (;;) {
        if (lx->off >= lx->len) {
            lx->ch = -1;
            lx->chw = 0;
            return;
        }
        const unsigned char *s = (const unsigned char *)lx->src + lx->off;
        if (*s < 0x80) {
            lx->ch = *s;
            lx->chw = 1;
            lx->off++;
            if (lx->ch == 0) {
                error_ch(lx, "invalid NUL character");
                goto skip;
            }
            return;
        }
        int w;
        lx->ch = decode_rune(s, lx->len - lx->off, &w);
        lx->chw = w;
        lx->off += w;
        if (lx->ch == 0xFFFD && w == 1) {
            error_ch(lx, "invalid UTF-8 encoding");
            goto skip;
        }
        if (lx->ch == 0xFEFF) {
            if (lx->line > 0 || lx->col > 0)
                error_ch(lx, "invalid BOM in the middle of the file");
            goto skip;
        }
        return;
    skip:
        /* gc's "goto redo": step over the bad character */
        lx->col += lx->chw;
    }
}

static inline void nextch(Lexer *lx) {
    lx->col += lx->chw;
    if (lx->ch == '\n') {
        lx->line++;
        lx->col = 0;
    }
    /* src[len] is a NUL sentinel, so this never reads past the end */
    unsigned char c = (unsigned char)lx->src[lx->off];
    if (c - 1u < 0x7Fu) {
        lx->ch = c;
        lx->chw = 1;
        lx->off++;
        return;
    }
    nextch_slow(lx);
}

/* The active segment: from the token start to (excluding) ch. */
static int seg_end(const Lexer *lx) { return lx->off - lx->chw; }

static void set_lit(Lexer *lx, TokKind kind, bool ok) {
    lx->nlsemi = true;
    lx->tok.kind = kind;
    int n = seg_end(lx) - lx->segstart;
    lx->tok.lit = arena_strndup(lx->arena, lx->src + lx->segstart, (size_t)n);
    lx->tok.len = n;
    lx->bad = !ok;
}

void lex_init(Lexer *lx, Arena *arena, const char *src, int len,
              LexErrorFn errh, void *errctx) {
    memset(lx, 0, sizeof *lx);
    lx->src = src;
    lx->len = len;
    lx->arena = arena;
    lx->errh = errh;
    lx->errctx = errctx;
    lx->ch = ' ';
    lx->chw = 0;
}

Directive *lex_take_dirs(Lexer *lx, int *n) {
    *n = lx->ndirs;
    if (lx->ndirs == 0)
        return NULL;
    Directive *d = lx->dirs;
    lx->dirs = NULL;
    lx->ndirs = lx->dircap = 0;
    return d;
}

static void add_dir(Lexer *lx, int line, int col, int start, int end) {
    if (lx->ndirs == lx->dircap) {
        int cap = lx->dircap ? lx->dircap * 2 : 4;
        Directive *d = arena_alloc(lx->arena, sizeof *d * (size_t)cap);
        if (lx->ndirs)
            memcpy(d, lx->dirs, sizeof *d * (size_t)lx->ndirs);
        lx->dirs = d;
        lx->dircap = cap;
    }
    /* gc drops a trailing '\r' of a CRLF line from the directive text. */
    if (end > start && lx->src[end - 1] == '\r')
        end--;
    lx->dirs[lx->ndirs].pos = (Pos){line, col};
    lx->dirs[lx->ndirs].blank = lx->blank;
    lx->dirs[lx->ndirs].text = arena_strndup(lx->arena, lx->src + start,
                                             (size_t)(end - start));
    lx->ndirs++;
}

/* ---------------------------------------------------------- comments */

static void skip_line(Lexer *lx) {
    while (lx->ch >= 0 && lx->ch != '\n') {
        /* fast path: plain ASCII bytes up to the newline */
        const unsigned char *s = (const unsigned char *)lx->src;
        int off = lx->off;
        if (lx->ch < 0x80 && lx->chw == 1) {
            while (s[off] >= 0x20 && s[off] < 0x80)
                off++;
            if (off > lx->off) {
                lx->col += off - lx->off;   /* now col of s[off-1] */
                lx->off = off;
                lx->ch = s[off - 1];
            }
        }
        nextch(lx);
    }
}

/* After "//": keep "//go:..." and "//esc:..." lines as directives. */
static void line_comment(Lexer *lx, int line, int col) {
    int start = seg_end(lx);
    skip_line(lx);
    int end = seg_end(lx);
    const char *t = lx->src + start;
    int n = end - start;
    if ((n >= 3 && memcmp(t, "go:", 3) == 0) || (n >= 4 && memcmp(t, "esc:", 4) == 0))
        add_dir(lx, line, col + 2, start, end);
}

static bool skip_comment(Lexer *lx) {
    while (lx->ch >= 0) {
        while (lx->ch == '*') {
            nextch(lx);
            if (lx->ch == '/') {
                nextch(lx);
                return true;
            }
        }
        nextch(lx);
    }
    error_tok(lx, 0, "comment not terminated");
    return false;
}

/* ----------------------------------------------------------- idents */

static bool at_ident_char(Lexer *lx, bool first) {
    char buf[48], msg[96];
    if (uni_is_letter(lx->ch) || lx->ch == '_' || is_letter(lx->ch)) {
        return true;
    } else if (is_decimal(lx->ch) || uni_is_digit(lx->ch)) {
        if (first) {
            fmt_U(buf, sizeof buf, lx->ch);
            snprintf(msg, sizeof msg, "identifier cannot begin with digit %s", buf);
            error_ch(lx, msg);
        }
        return true;
    } else if (lx->ch >= 0x80) {
        fmt_U(buf, sizeof buf, lx->ch);
        snprintf(msg, sizeof msg, "invalid character %s in identifier", buf);
        error_ch(lx, msg);
        return true;
    }
    return false;
}

/* Sorted by first letter; keyword() indexes this by it. */
static const struct { const char *s; int len; TokKind k; } keywords[] = {
    {"break", 5, T_BREAK}, {"case", 4, T_CASE}, {"chan", 4, T_CHAN},
    {"const", 5, T_CONST}, {"continue", 8, T_CONTINUE}, {"default", 7, T_DEFAULT},
    {"defer", 5, T_DEFER}, {"else", 4, T_ELSE}, {"fallthrough", 11, T_FALLTHROUGH},
    {"for", 3, T_FOR}, {"func", 4, T_FUNC}, {"go", 2, T_GO}, {"goto", 4, T_GOTO},
    {"if", 2, T_IF}, {"import", 6, T_IMPORT}, {"interface", 9, T_INTERFACE},
    {"map", 3, T_MAP}, {"package", 7, T_PACKAGE}, {"range", 5, T_RANGE},
    {"return", 6, T_RETURN}, {"select", 6, T_SELECT}, {"struct", 6, T_STRUCT},
    {"switch", 6, T_SWITCH}, {"type", 4, T_TYPE}, {"var", 3, T_VAR},
};

/* gc's perfect hash over the keywords (scanner.go), built on first use
 * would be global state; a switch on the first letter is as fast. */
static TokKind keyword(const char *s, int n) {
    if (n < 2 || n > 11 || s[0] < 'b' || s[0] > 'v')
        return T_EOF;
    size_t lo, hi;
    switch (s[0]) {
    case 'b': lo = 0; hi = 1; break;
    case 'c': lo = 1; hi = 5; break;
    case 'd': lo = 5; hi = 7; break;
    case 'e': lo = 7; hi = 8; break;
    case 'f': lo = 8; hi = 11; break;
    case 'g': lo = 11; hi = 13; break;
    case 'i': lo = 13; hi = 16; break;
    case 'm': lo = 16; hi = 17; break;
    case 'p': lo = 17; hi = 18; break;
    case 'r': lo = 18; hi = 20; break;
    case 's': lo = 20; hi = 23; break;
    case 't': lo = 23; hi = 24; break;
    case 'v': lo = 24; hi = 25; break;
    default: return T_EOF;
    }
    for (size_t i = lo; i < hi; i++)
        if (keywords[i].len == n && memcmp(keywords[i].s, s, (size_t)n) == 0)
            return keywords[i].k;
    return T_EOF;
}

/* An interned name with its hash and length, so a probe compares those
 * before the bytes. */
struct LexName {
    const char *s;
    uint32_t hash;
    int len;
};

static uint32_t name_hash(const char *s, int n) {
    uint32_t h = 2166136261u;   /* FNV-1a */
    for (int i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static void names_grow(Lexer *lx) {
    int cap = lx->namecap ? lx->namecap * 2 : 256;
    struct LexName *t = arena_alloc_align(lx->arena, sizeof *t * (size_t)cap,
                                          _Alignof(struct LexName));
    for (int i = 0; i < lx->namecap; i++) {
        struct LexName e = lx->names[i];
        if (!e.s)
            continue;
        uint32_t h = e.hash & (uint32_t)(cap - 1);
        while (t[h].s)
            h = (h + 1) & (uint32_t)(cap - 1);
        t[h] = e;
    }
    lx->names = t;
    lx->namecap = cap;
}

/* The arena copy of identifier s[:n], one per distinct name. */
static const char *intern(Lexer *lx, const char *s, int n) {
    if (2 * (lx->nnames + 1) > lx->namecap)
        names_grow(lx);
    uint32_t hash = name_hash(s, n), mask = (uint32_t)(lx->namecap - 1), h = hash & mask;
    for (struct LexName *e; (e = &lx->names[h])->s; h = (h + 1) & mask)
        if (e->hash == hash && e->len == n && memcmp(e->s, s, (size_t)n) == 0)
            return e->s;
    const char *copy = arena_strndup(lx->arena, s, (size_t)n);
    lx->names[h] = (struct LexName){copy, hash, n};
    lx->nnames++;
    return copy;
}

static void ident(Lexer *lx) {
    /* fast path: ASCII letters and digits, never a newline */
    const char *src = lx->src;
    int off = lx->off;
    if (lx->chw == 1 && (is_letter(lx->ch) || is_decimal(lx->ch))) {
        while (is_letter((unsigned char)src[off]) || is_decimal((unsigned char)src[off]))
            off++;
        lx->col += off - lx->off;
        lx->off = off;
        lx->ch = (unsigned char)src[off - 1];
        nextch(lx);
    }
    while (is_letter(lx->ch) || is_decimal(lx->ch))
        nextch(lx);
    if (lx->ch >= 0x80)
        while (at_ident_char(lx, false))
            nextch(lx);
    const char *s = lx->src + lx->segstart;
    int n = seg_end(lx) - lx->segstart;
    TokKind k = keyword(s, n);
    if (k != T_EOF) {
        lx->nlsemi = k == T_BREAK || k == T_CONTINUE || k == T_FALLTHROUGH ||
                     k == T_RETURN;
        lx->tok.kind = k;
        lx->tok.lit = tok_str(k);
        lx->tok.len = n;
        return;
    }
    lx->nlsemi = true;
    lx->tok.kind = T_IDENT;
    lx->tok.lit = intern(lx, s, n);
    lx->tok.len = n;
}

/* ---------------------------------------------------------- numbers */

static const char *base_name(int base) {
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
    }
}

/* { digit | '_' }; records in *invalid the index of the first digit >= base
 * (base <= 10).  Bit 0 of the result: a digit was seen; bit 1: a '_'. */
static int digits(Lexer *lx, int base, int *invalid) {
    int digsep = 0;
    if (base <= 10) {
        int max = '0' + base;
        while (is_decimal(lx->ch) || lx->ch == '_') {
            int ds = 1;
            if (lx->ch == '_')
                ds = 2;
            else if (lx->ch >= max && invalid && *invalid < 0)
                *invalid = lx->col + 1 - lx->tok.pos.col;
            digsep |= ds;
            nextch(lx);
        }
    } else {
        while (is_hex(lx->ch) || lx->ch == '_') {
            digsep |= lx->ch == '_' ? 2 : 1;
            nextch(lx);
        }
    }
    return digsep;
}

static int invalid_sep(const char *x, int n) {
    int x1 = ' ', d = '.', i = 0;
    if (n >= 2 && x[0] == '0') {
        x1 = lower(x[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
            d = '0';
            i = 2;
        }
    }
    for (; i < n; i++) {
        int p = d;
        d = x[i];
        if (d == '_') {
            if (p != '0')
                return i;
        } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
            d = '0';
        } else {
            if (p == '_')
                return i - 1;
            d = '.';
        }
    }
    if (d == '_')
        return n - 1;
    return -1;
}

static void number(Lexer *lx, bool seen_point) {
    bool ok = true;
    TokKind kind = T_INT;
    int base = 10, prefix = 0, digsep = 0, invalid = -1;
    char msg[128], q[16];

    if (!seen_point) {
        if (lx->ch == '0') {
            nextch(lx);
            switch (lower(lx->ch)) {
            case 'x': nextch(lx); base = 16; prefix = 'x'; break;
            case 'o': nextch(lx); base = 8; prefix = 'o'; break;
            case 'b': nextch(lx); base = 2; prefix = 'b'; break;
            default: base = 8; prefix = '0'; digsep = 1; break;
            }
        }
        digsep |= digits(lx, base, &invalid);
        if (lx->ch == '.') {
            if (prefix == 'o' || prefix == 'b') {
                snprintf(msg, sizeof msg, "invalid radix point in %s literal",
                         base_name(base));
                error_ch(lx, msg);
                ok = false;
            }
            nextch(lx);
            seen_point = true;
        }
    }
    if (seen_point) {
        kind = T_FLOAT;
        digsep |= digits(lx, base, &invalid);
    }
    if ((digsep & 1) == 0 && ok) {
        snprintf(msg, sizeof msg, "%s literal has no digits", base_name(base));
        error_ch(lx, msg);
        ok = false;
    }
    int e = lower(lx->ch);
    if (e == 'e' || e == 'p') {
        if (ok) {
            if (e == 'e' && prefix != 0 && prefix != '0') {
                fmt_q(q, sizeof q, lx->ch);
                snprintf(msg, sizeof msg, "%s exponent requires decimal mantissa", q);
                error_ch(lx, msg);
                ok = false;
            } else if (e == 'p' && prefix != 'x') {
                fmt_q(q, sizeof q, lx->ch);
                snprintf(msg, sizeof msg, "%s exponent requires hexadecimal mantissa", q);
                error_ch(lx, msg);
                ok = false;
            }
        }
        nextch(lx);
        kind = T_FLOAT;
        if (lx->ch == '+' || lx->ch == '-')
            nextch(lx);
        digsep = digits(lx, 10, NULL) | (digsep & 2);
        if ((digsep & 1) == 0 && ok) {
            error_ch(lx, "exponent has no digits");
            ok = false;
        }
    } else if (prefix == 'x' && kind == T_FLOAT && ok) {
        error_ch(lx, "hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }
    if (lx->ch == 'i') {
        kind = T_IMAG;
        nextch(lx);
    }
    set_lit(lx, kind, ok);
    if (kind == T_INT && invalid >= 0 && ok) {
        fmt_q(q, sizeof q, (unsigned char)lx->tok.lit[invalid]);
        snprintf(msg, sizeof msg, "invalid digit %s in %s literal", q, base_name(base));
        error_tok(lx, invalid, msg);
        ok = false;
    }
    if ((digsep & 2) && ok) {
        int i = invalid_sep(lx->tok.lit, lx->tok.len);
        if (i >= 0) {
            error_tok(lx, i, "'_' must separate successive digits");
            ok = false;
        }
    }
    lx->bad = !ok;
}

/* ------------------------------------------------- strings and runes */

static bool escape(Lexer *lx, int quote) {
    int n;
    unsigned base, max;
    char msg[128], q[16];
    switch (lx->ch) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
        nextch(lx);
        return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        n = 3; base = 8; max = 255;
        break;
    case 'x': nextch(lx); n = 2; base = 16; max = 255; break;
    case 'u': nextch(lx); n = 4; base = 16; max = 0x10FFFF; break;
    case 'U': nextch(lx); n = 8; base = 16; max = 0x10FFFF; break;
    default:
        if (lx->ch == quote) {
            nextch(lx);
            return true;
        }
        if (lx->ch < 0)
            return true; /* the caller complains about EOF */
        error_ch(lx, "unknown escape");
        return false;
    }
    unsigned x = 0;
    for (int i = n; i > 0; i--) {
        if (lx->ch < 0)
            return true;
        unsigned d = base;
        if (is_decimal(lx->ch))
            d = (unsigned)lx->ch - '0';
        else if ('a' <= lower(lx->ch) && lower(lx->ch) <= 'f')
            d = (unsigned)lower(lx->ch) - 'a' + 10;
        if (d >= base) {
            fmt_q(q, sizeof q, lx->ch);
            snprintf(msg, sizeof msg, "invalid character %s in %s escape", q,
                     base_name((int)base));
            error_ch(lx, msg);
            return false;
        }
        x = x * base + d;
        nextch(lx);
    }
    if (x > max && base == 8) {
        snprintf(msg, sizeof msg, "octal escape value %u > 255", x);
        error_ch(lx, msg);
        return false;
    }
    if (x > max || (0xD800 <= x && x < 0xE000)) {
        char u[48];
        fmt_U(u, sizeof u, (int)x);
        snprintf(msg, sizeof msg, "escape is invalid Unicode code point %s", u);
        error_ch(lx, msg);
        return false;
    }
    return true;
}

static void rune_lit(Lexer *lx) {
    bool ok = true;
    nextch(lx);
    for (int n = 0;; n++) {
        if (lx->ch == '\'') {
            if (ok) {
                if (n == 0) {
                    error_ch(lx, "empty rune literal or unescaped '");
                    ok = false;
                } else if (n != 1) {
                    error_tok(lx, 0, "more than one character in rune literal");
                    ok = false;
                }
            }
            nextch(lx);
            break;
        }
        if (lx->ch == '\\') {
            nextch(lx);
            if (!escape(lx, '\''))
                ok = false;
            continue;
        }
        if (lx->ch == '\n') {
            if (ok) {
                error_ch(lx, "newline in rune literal");
                ok = false;
            }
            break;
        }
        if (lx->ch < 0) {
            if (ok) {
                error_tok(lx, 0, "rune literal not terminated");
                ok = false;
            }
            break;
        }
        nextch(lx);
    }
    set_lit(lx, T_CHAR, ok);
}

static void std_string(Lexer *lx) {
    bool ok = true;
    nextch(lx);
    for (;;) {
        if (lx->ch == '"') {
            nextch(lx);
            break;
        }
        if (lx->ch == '\\') {
            nextch(lx);
            if (!escape(lx, '"'))
                ok = false;
            continue;
        }
        if (lx->ch == '\n') {
            error_ch(lx, "newline in string");
            ok = false;
            break;
        }
        if (lx->ch < 0) {
            error_tok(lx, 0, "string not terminated");
            ok = false;
            break;
        }
        nextch(lx);
    }
    set_lit(lx, T_STRING, ok);
}

static void raw_string(Lexer *lx) {
    bool ok = true;
    nextch(lx);
    for (;;) {
        if (lx->ch == '`') {
            nextch(lx);
            break;
        }
        if (lx->ch < 0) {
            error_tok(lx, 0, "string not terminated");
            ok = false;
            break;
        }
        nextch(lx);
    }
    set_lit(lx, T_STRING, ok);
}

/* ------------------------------------------------------------- next */

static void semi(Lexer *lx, const char *lit) {
    lx->tok.kind = T_SEMICOLON;
    lx->tok.lit = lit;
    lx->tok.len = (int)strlen(lit);
}

/* op, or op= when followed by '=' (gc's assignop label). */
static void assignop(Lexer *lx, TokKind op, TokKind opassign) {
    if (lx->ch == '=') {
        nextch(lx);
        lx->tok.kind = opassign;
        return;
    }
    lx->tok.kind = op;
}

void lex_next(Lexer *lx) {
    bool nlsemi = lx->nlsemi;
    lx->nlsemi = false;
    lx->bad = false;
    lx->tok.autosemi = false;

redo:;
    int start_line = lx->line, start_col = lx->col;
    while (lx->ch == ' ' || lx->ch == '\t' || (lx->ch == '\n' && !nlsemi) ||
           lx->ch == '\r')
        nextch(lx);

    lx->tok.pos = (Pos){lx->line + 1, lx->col + 1};
    lx->blank = lx->line > start_line || start_col == 0;
    lx->segstart = seg_end(lx);
    lx->tok.lit = NULL;
    lx->tok.len = 0;

    if (is_letter(lx->ch) || (lx->ch >= 0x80 && at_ident_char(lx, true))) {
        nextch(lx);
        ident(lx);
        lx->prec = PREC_NONE;
        return;
    }

    int ch = lx->ch;
    switch (ch) {
    case -1:
        if (nlsemi) {
            semi(lx, "EOF");
            lx->tok.autosemi = true;
            break;
        }
        lx->tok.kind = T_EOF;
        break;
    case '\n':
        nextch(lx);
        semi(lx, "newline");
        lx->tok.autosemi = true;
        break;
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
        number(lx, false);
        break;
    case '"': std_string(lx); break;
    case '`': raw_string(lx); break;
    case '\'': rune_lit(lx); break;
    case '(': nextch(lx); lx->tok.kind = T_LPAREN; break;
    case '[': nextch(lx); lx->tok.kind = T_LBRACK; break;
    case '{': nextch(lx); lx->tok.kind = T_LBRACE; break;
    case ',': nextch(lx); lx->tok.kind = T_COMMA; break;
    case ';': nextch(lx); semi(lx, "semicolon"); break;
    case ')': nextch(lx); lx->nlsemi = true; lx->tok.kind = T_RPAREN; break;
    case ']': nextch(lx); lx->nlsemi = true; lx->tok.kind = T_RBRACK; break;
    case '}': nextch(lx); lx->nlsemi = true; lx->tok.kind = T_RBRACE; break;
    case ':':
        nextch(lx);
        if (lx->ch == '=') {
            nextch(lx);
            lx->tok.kind = T_DEFINE;
            break;
        }
        lx->tok.kind = T_COLON;
        break;
    case '.':
        nextch(lx);
        if (is_decimal(lx->ch)) {
            number(lx, true);
            break;
        }
        /* ".." is a '.' followed by a '.': peek instead of gc's rewind. */
        if (lx->ch == '.' && lx->src[lx->off] == '.') {
            nextch(lx);
            nextch(lx);
            lx->tok.kind = T_ELLIPSIS;
            break;
        }
        lx->tok.kind = T_PERIOD;
        break;
    case '+':
        nextch(lx);
        if (lx->ch == '+') {
            nextch(lx);
            lx->nlsemi = true;
            lx->tok.kind = T_INC;
            break;
        }
        assignop(lx, T_ADD, T_ADD_ASSIGN);
        break;
    case '-':
        nextch(lx);
        if (lx->ch == '-') {
            nextch(lx);
            lx->nlsemi = true;
            lx->tok.kind = T_DEC;
            break;
        }
        assignop(lx, T_SUB, T_SUB_ASSIGN);
        break;
    case '*': nextch(lx); assignop(lx, T_MUL, T_MUL_ASSIGN); break;
    case '/':
        nextch(lx);
        if (lx->ch == '/') {
            int line = lx->tok.pos.line, col = lx->tok.pos.col;
            nextch(lx);
            line_comment(lx, line, col);
            goto redo;
        }
        if (lx->ch == '*') {
            nextch(lx);
            skip_comment(lx);
            if (lx->line + 1 > lx->tok.pos.line && nlsemi) {
                /* A multi-line comment acts like a newline. */
                semi(lx, "newline");
                lx->tok.autosemi = true;
                break;
            }
            goto redo;
        }
        assignop(lx, T_QUO, T_QUO_ASSIGN);
        break;
    case '%': nextch(lx); assignop(lx, T_REM, T_REM_ASSIGN); break;
    case '&':
        nextch(lx);
        if (lx->ch == '&') {
            nextch(lx);
            lx->tok.kind = T_LAND;
            break;
        }
        if (lx->ch == '^') {
            nextch(lx);
            assignop(lx, T_AND_NOT, T_AND_NOT_ASSIGN);
            break;
        }
        assignop(lx, T_AND, T_AND_ASSIGN);
        break;
    case '|':
        nextch(lx);
        if (lx->ch == '|') {
            nextch(lx);
            lx->tok.kind = T_LOR;
            break;
        }
        assignop(lx, T_OR, T_OR_ASSIGN);
        break;
    case '^': nextch(lx); assignop(lx, T_XOR, T_XOR_ASSIGN); break;
    case '<':
        nextch(lx);
        if (lx->ch == '=') { nextch(lx); lx->tok.kind = T_LEQ; break; }
        if (lx->ch == '<') { nextch(lx); assignop(lx, T_SHL, T_SHL_ASSIGN); break; }
        if (lx->ch == '-') { nextch(lx); lx->tok.kind = T_ARROW; break; }
        lx->tok.kind = T_LSS;
        break;
    case '>':
        nextch(lx);
        if (lx->ch == '=') { nextch(lx); lx->tok.kind = T_GEQ; break; }
        if (lx->ch == '>') { nextch(lx); assignop(lx, T_SHR, T_SHR_ASSIGN); break; }
        lx->tok.kind = T_GTR;
        break;
    case '=':
        nextch(lx);
        if (lx->ch == '=') { nextch(lx); lx->tok.kind = T_EQL; break; }
        lx->tok.kind = T_ASSIGN;
        break;
    case '!':
        nextch(lx);
        if (lx->ch == '=') { nextch(lx); lx->tok.kind = T_NEQ; break; }
        lx->tok.kind = T_NOT;
        break;
    case '~': nextch(lx); lx->tok.kind = T_TILDE; break;
    default: {
        char buf[48], msg[80];
        fmt_U(buf, sizeof buf, ch);
        snprintf(msg, sizeof msg, "invalid character %s", buf);
        error_ch(lx, msg);
        nextch(lx);
        goto redo;
    }
    }
    lx->prec = lex_prec(lx->tok.kind);
}

/* ---------------------------------------------------------- lex_all */

typedef struct AllCtx {
    DiagList *diags;
    const char *file;
} AllCtx;

static void all_err(void *ctx, Pos pos, const char *msg) {
    AllCtx *c = ctx;
    diag_add(c->diags, c->file, pos, DIAG_ERROR, DK_SYNTAX,
             arena_strdup(c->diags->arena, msg));
}

Token *lex_all(Arena *arena, const char *file, const char *src, int len,
               DiagList *diags, int *ntok) {
    /* Scan a NUL-terminated copy: the lexer relies on the sentinel. */
    char *copy = arena_alloc(arena, (size_t)len + 1);
    memcpy(copy, src, (size_t)len);
    AllCtx ctx = {diags, file};
    Lexer lx;
    lex_init(&lx, arena, copy, len, all_err, &ctx);
    PtrVec v = {0};
    for (;;) {
        lex_next(&lx);
        Token *t = arena_alloc(arena, sizeof *t);
        *t = lx.tok;
        ptrvec_push(arena, &v, t);
        if (t->kind == T_EOF)
            break;
    }
    Token *out = arena_alloc(arena, sizeof *out * (size_t)v.len);
    for (int i = 0; i < v.len; i++)
        out[i] = *(Token *)v.items[i];
    *ntok = v.len;
    return out;
}
