/* test_lex.c - the scanner: tokens, positions, automatic semicolons,
 * literal forms, directives and gc's lexical error messages.
 *
 * Expected error lines were produced by the real compiler:
 *   cd /tmp/x && GO111MODULE=off go build -o /dev/null x.go
 * (with the "./x.go:" prefix replaced by "x.go:"). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "lex.h"

typedef struct Fix {
    Arena a;
    DiagList dl;
    Token *toks;
    int n;
} Fix;

static int setup(void **state) {
    static Fix f;
    memset(&f, 0, sizeof f);
    arena_init(&f.a);
    diag_init(&f.dl, &f.a);
    *state = &f;
    return 0;
}

static int teardown(void **state) {
    Fix *f = *state;
    diag_free(&f->dl);
    arena_free(&f->a);
    return 0;
}

static void scan(Fix *f, const char *src) {
    f->toks = lex_all(&f->a, "x.go", src, (int)strlen(src), &f->dl, &f->n);
}

/* Token dumps below are gc's own scanner's (the syntax package built from
 * GOROOT by tests/parse/gcdump/build.sh): gcdump tok FILE. */

/* "kind@line:col" of each token, space separated, for compact asserts. */
static const char *dump(Fix *f) {
    static char buf[4096];
    size_t len = 0;
    buf[0] = 0;
    for (int i = 0; i < f->n; i++) {
        const Token *t = &f->toks[i];
        const char *s = t->kind == T_IDENT || (t->kind >= T_INT && t->kind <= T_STRING)
                      ? t->lit : tok_str(t->kind);
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s%s@%d:%d", i ? " " : "", s,
                                t->kind == T_SEMICOLON ? t->lit : "", t->pos.line, t->pos.col);
    }
    return buf;
}

static const char *errs(Fix *f) {
    static char buf[4096];
    size_t len = 0;
    buf[0] = 0;
    for (int i = 0; i < f->dl.len; i++)
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%d:%d: %s\n",
                                f->dl.items[i].pos.line, f->dl.items[i].pos.col,
                                f->dl.items[i].msg);
    return buf;
}

static void tokens_and_positions(void **state) {
    Fix *f = *state;
    scan(f, "package main\n\nfunc f(a, b int) {\n\treturn a+b\n}\n");
    assert_string_equal(dump(f),
        "package@1:1 main@1:9 ;newline@1:13 func@3:1 f@3:6 (@3:7 a@3:8 ,@3:9 b@3:11 "
        "int@3:13 )@3:16 {@3:18 return@4:2 a@4:9 +@4:10 b@4:11 ;newline@4:12 }@5:1 "
        ";newline@5:2 EOF@6:1");
    assert_int_equal(f->dl.len, 0);
}

static void automatic_semicolons(void **state) {
    Fix *f = *state;
    /* after ident, literal, keywords break/continue/fallthrough/return,
     * ++ -- ) ] }, and at EOF; not after operators or other keywords */
    scan(f, "x++\ny--\nbreak\nreturn\nf()\na[1]\n}\n1.5\n'c'\n`raw`\nx +\ny\nfunc\nz");
    assert_string_equal(dump(f),
        "x@1:1 ++@1:2 ;newline@1:4 y@2:1 --@2:2 ;newline@2:4 break@3:1 ;newline@3:6 "
        "return@4:1 ;newline@4:7 f@5:1 (@5:2 )@5:3 ;newline@5:4 a@6:1 [@6:2 1@6:3 "
        "]@6:4 ;newline@6:5 }@7:1 ;newline@7:2 1.5@8:1 ;newline@8:4 'c'@9:1 "
        ";newline@9:4 `raw`@10:1 ;newline@10:6 x@11:1 +@11:3 y@12:1 ;newline@12:2 "
        "func@13:1 z@14:1 ;EOF@14:2 EOF@14:2");
}

static void comments(void **state) {
    Fix *f = *state;
    /* a multi-line comment after a token that wants ';' acts as a newline;
     * a tab is one column */
    scan(f, "a /* x\n y */ b // c\n\tc /* same line */ d\n");
    assert_string_equal(dump(f),
        "a@1:1 ;newline@1:3 b@2:7 ;newline@2:13 c@3:2 d@3:20 ;newline@3:21 EOF@4:1");
}

static void literal_forms(void **state) {
    Fix *f = *state;
    scan(f, "0 42 0x1F 0X_ff 0o17 0O7 0b101 0B1 017 1_000_000 "
            "1. .5 1.5e10 1E-3 0x1p-2 0X1.8P+3 0x.8p1 1e+0 "
            "2i 0i 1.5i 0x1p2i 1e3i 0o7i 0b1i 089i "
            "'a' '\\n' '\\x41' '\\u00e9' '\\U0001F600' '\\377' 'é' "
            "\"\" \"a\\tb\\\"\" `x\ny`");
    int kinds[] = {T_INT, T_INT, T_INT, T_INT, T_INT, T_INT, T_INT, T_INT, T_INT, T_INT,
                   T_FLOAT, T_FLOAT, T_FLOAT, T_FLOAT, T_FLOAT, T_FLOAT, T_FLOAT, T_FLOAT,
                   T_IMAG, T_IMAG, T_IMAG, T_IMAG, T_IMAG, T_IMAG, T_IMAG, T_IMAG,
                   T_CHAR, T_CHAR, T_CHAR, T_CHAR, T_CHAR, T_CHAR, T_CHAR,
                   T_STRING, T_STRING, T_STRING};
    int nk = (int)(sizeof kinds / sizeof kinds[0]);
    assert_int_equal(f->n, nk + 2); /* + ';' + EOF */
    for (int i = 0; i < nk; i++)
        assert_int_equal(f->toks[i].kind, kinds[i]);
    assert_string_equal(f->toks[2].lit, "0x1F");
    assert_string_equal(f->toks[nk - 1].lit, "`x\ny`");
    assert_string_equal(errs(f), "");
}

static void operators(void **state) {
    Fix *f = *state;
    scan(f, "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= "
            "&& || <- ++ -- == < > = ! ~ != <= >= := ... ( [ { , . ) ] } ; :");
    TokKind want[] = {T_ADD, T_SUB, T_MUL, T_QUO, T_REM, T_AND, T_OR, T_XOR, T_SHL,
                      T_SHR, T_AND_NOT, T_ADD_ASSIGN, T_SUB_ASSIGN, T_MUL_ASSIGN,
                      T_QUO_ASSIGN, T_REM_ASSIGN, T_AND_ASSIGN, T_OR_ASSIGN, T_XOR_ASSIGN,
                      T_SHL_ASSIGN, T_SHR_ASSIGN, T_AND_NOT_ASSIGN, T_LAND, T_LOR, T_ARROW,
                      T_INC, T_DEC, T_EQL, T_LSS, T_GTR, T_ASSIGN, T_NOT, T_TILDE, T_NEQ,
                      T_LEQ, T_GEQ, T_DEFINE, T_ELLIPSIS, T_LPAREN, T_LBRACK, T_LBRACE,
                      T_COMMA, T_PERIOD, T_RPAREN, T_RBRACK, T_RBRACE, T_SEMICOLON,
                      T_COLON};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        assert_int_equal(f->toks[i].kind, want[i]);
    assert_int_equal(f->dl.len, 0);
}

static void dot_dot_is_two_periods(void **state) {
    Fix *f = *state;
    scan(f, "a..b");
    assert_string_equal(dump(f),
        "a@1:1 .@1:2 .@1:3 b@1:4 ;EOF@1:5 EOF@1:5");
}

static void keywords_and_unicode_idents(void **state) {
    Fix *f = *state;
    scan(f, "breakx chan ñame 日本 _x9");
    assert_int_equal(f->toks[0].kind, T_IDENT);
    assert_int_equal(f->toks[1].kind, T_CHAN);
    assert_string_equal(f->toks[2].lit, "ñame");
    assert_int_equal(f->toks[3].pos.col, 19);
    assert_string_equal(f->toks[3].lit, "日本");
    assert_string_equal(f->toks[4].lit, "_x9");
    assert_int_equal(f->dl.len, 0);
}

/* Bad sources and the compiler's first message for each (file x.go).
 * Generated with: GO111MODULE=off go build -gcflags=-e -o /dev/null x.go
 * ("./x.go:" prefix dropped; the go command itself reports the unterminated
 * comment, same position, and rejects the mid-file BOM before the compiler,
 * so that message is from: go tool compile x.go). */
typedef struct BadCase {
    const char *src;
    int len;            /* 0: strlen(src) */
    const char *want;
} BadCase;

static void lexical_errors(void **state) {
    Fix *f = *state;
    static const BadCase cases[] = {
        {"package p\nvar _ = 'a\n", 0, "2:11: newline in rune literal\n"},
        {"package p\nvar _ = ''\n", 0, "2:10: empty rune literal or unescaped '\n"},
        {"package p\nvar _ = 'ab'\n", 0, "2:9: more than one character in rune literal\n"},
        {"package p\nvar _ = \"abc\n", 0, "2:13: newline in string\n"},
        {"package p\nvar _ = `abc", 0, "2:9: string not terminated\n"},
        {"package p\n/* abc", 0, "2:1: comment not terminated\n"},
        {"package p\nvar _ = 0128\n", 0, "2:12: invalid digit '8' in octal literal\n"},
        {"package p\nvar _ = 0b12\n", 0, "2:12: invalid digit '2' in binary literal\n"},
        {"package p\nvar _ = 0x\n", 0, "2:11: hexadecimal literal has no digits\n"},
        {"package p\nvar _ = 1e+\n", 0, "2:12: exponent has no digits\n"},
        {"package p\nvar _ = 0x1.8\n", 0, "2:14: hexadecimal mantissa requires a 'p' exponent\n"},
        {"package p\nvar _ = 0o7e1\n", 0, "2:12: 'e' exponent requires decimal mantissa\n"},
        {"package p\nvar _ = 1__0\n", 0, "2:11: '_' must separate successive digits\n"},
        {"package p\nvar _ = 0b1.0\n", 0, "2:12: invalid radix point in binary literal\n"},
        {"package p\nvar _ = \"\\q\"\n", 0, "2:11: unknown escape\n"},
        {"package p\nvar _ = \"\\xg0\"\n", 0, "2:12: invalid character 'g' in hexadecimal escape\n"},
        {"package p\nvar _ = \"\\777\"\n", 0, "2:14: octal escape value 511 > 255\n"},
        {"package p\nvar _ = \"\\uD800\"\n", 0, "2:16: escape is invalid Unicode code point U+D800\n"},
        {"package p\nvar _ = @\n", 0, "2:9: invalid character U+0040 '@'\n"},
        {"package p\nvar _ = #\n", 0, "2:9: invalid character U+0023 '#'\n"},
        {"package p\nvar _ = \"\0\"\n", 22, "2:10: invalid NUL character\n"},
        {"package p\nvar _ = \"\xff\"\n", 0, "2:10: invalid UTF-8 encoding\n"},
        {"package p\nvar _ = \xd9\xa1" "x\n", 0,
         "2:9: identifier cannot begin with digit U+0661 '\xd9\xa1'\n"},
        {"package p\nvar _ = a\xc2\xb7" "b\n", 0,
         "2:10: invalid character U+00B7 '\xc2\xb7' in identifier\n"},
        {"package p\xef\xbb\xbf\n", 0, "1:10: invalid BOM in the middle of the file\n"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        f->dl.len = 0;
        const char *src = cases[i].src;
        int len = cases[i].len ? cases[i].len : (int)strlen(src);
        f->toks = lex_all(&f->a, "x.go", src, len, &f->dl, &f->n);
        if (strcmp(errs(f), cases[i].want) != 0)
            fail_msg("case %zu: got \"%s\" want \"%s\"", i, errs(f), cases[i].want);
    }
}

static void bom_at_start_is_skipped(void **state) {
    Fix *f = *state;
    scan(f, "\xef\xbb\xbfpackage p\n");
    assert_int_equal(f->dl.len, 0);
    assert_int_equal(f->toks[0].kind, T_PACKAGE);
    assert_int_equal(f->toks[0].pos.col, 4);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(tokens_and_positions, setup, teardown),
        cmocka_unit_test_setup_teardown(automatic_semicolons, setup, teardown),
        cmocka_unit_test_setup_teardown(comments, setup, teardown),
        cmocka_unit_test_setup_teardown(literal_forms, setup, teardown),
        cmocka_unit_test_setup_teardown(operators, setup, teardown),
        cmocka_unit_test_setup_teardown(dot_dot_is_two_periods, setup, teardown),
        cmocka_unit_test_setup_teardown(keywords_and_unicode_idents, setup, teardown),
        cmocka_unit_test_setup_teardown(lexical_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(bom_at_start_is_skipped, setup, teardown),
    };
    return cmocka_run_group_tests_name("lex", tests, NULL, NULL);
}
