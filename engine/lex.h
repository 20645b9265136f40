/* lex.h - the Go 1.19 scanner, after cmd/compile/internal/syntax/scanner.go.
 *
 * The lexer owns positions and lexical error messages (as Lua's llex does):
 * it reports errors through a callback at the position and with the wording
 * gc uses, and keeps "//go:" and "//esc:" directive comments for the parser
 * to attach to the next function declaration.
 */
#ifndef ESC_LEX_H
#define ESC_LEX_H

#include <stdbool.h>

#include "ast.h"
#include "diag.h"

/* Precedences of binary operators, as in syntax/tokens.go. */
enum { PREC_NONE, PREC_OROR, PREC_ANDAND, PREC_CMP, PREC_ADD, PREC_MUL };

typedef void (*LexErrorFn)(void *ctx, Pos pos, const char *msg);

typedef struct Lexer {
    const char *src;    /* must have a NUL at src[len] (a sentinel) */
    int len;
    int off;            /* offset just past the current character */
    int ch;             /* current character (rune), -1 at EOF */
    int chw;            /* its width in bytes */
    int line, col;      /* position of ch, 0-based as in source.go */
    int segstart;       /* offset where the current token starts */
    bool nlsemi;        /* a newline or EOF becomes ';' */

    Token tok;          /* the current token; lit for names, literals and ';' */
    int prec;           /* binary precedence of tok, PREC_NONE if not binary */
    bool bad;           /* tok is a malformed literal (error reported) */
    bool blank;         /* the line is blank up to tok */

    Arena *arena;
    LexErrorFn errh;
    void *errctx;

    /* Directive comments seen since the parser last took them. */
    Directive *dirs;
    int ndirs, dircap;

    /* Identifiers interned (open addressing, in the arena): a name used
     * many times is stored once. */
    struct LexName *names;
    int nnames, namecap;
} Lexer;

/* src must stay alive and be NUL-terminated at src[len].  errh receives
 * every lexical error (message without "file:line:col: "). */
void lex_init(Lexer *lx, Arena *arena, const char *src, int len,
              LexErrorFn errh, void *errctx);
void lex_next(Lexer *lx);
/* The directives gathered so far, and forget them. */
Directive *lex_take_dirs(Lexer *lx, int *n);

/* Binary operator precedence of a token kind (PREC_NONE if not binary). */
int lex_prec(TokKind k);
/* Is k an assignment operator "op=" ; gives the operator in *op. */
bool lex_is_assign_op(TokKind k, TokKind *op);

/* Scan a whole buffer, for tests and tools: tokens into an arena array
 * (ending with T_EOF), errors as DK_SYNTAX-free DK_ERROR diags. */
Token *lex_all(Arena *arena, const char *file, const char *src, int len,
               DiagList *diags, int *ntok);

#endif
