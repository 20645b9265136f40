/* parse_int.h - the parser's state and helpers shared by parse*.c.
 *
 * Function names follow syntax/parser.go (p_expr is parser.expr, p_type_ is
 * parser.type_, ...) so the two can be read side by side.
 */
#ifndef ESC_PARSE_INT_H
#define ESC_PARSE_INT_H

#include <stdbool.h>

#include "lex.h"
#include "parse.h"

/* A pseudo token for advance(): "any operator" (gc's _Operator class). */
#define TK_OPERATOR T_NKINDS

typedef struct Parser {
    Lexer lx;
    Arena *a;
    DiagList *diags;
    const char *file;

    int errcnt;            /* errors reported by the parser (gc's p.errcnt) */
    bool first;            /* an error has been reported (gc's p.first) */
    int nerrors;           /* errors shown (base.numErrors) */
    int last_syntax_line;  /* line of the last shown syntax error */
    int last_other_line;   /* line and text of the last other error */
    const char *last_other_msg;
    bool stop;             /* too many errors / too deep: read no further */

    int fnest;             /* function nesting level */
    int xnest;             /* expression nesting level (complit ambiguity) */
    int depth;             /* recursion depth guard */
    int ngroups;           /* last decl group id */
    unsigned flags;        /* PARSE_* */

    Directive *prag;       /* directives not yet taken */
    int nprag, pragcap;
} Parser;

/* A growable list of Nodes in the arena. */
typedef struct NVec {
    Node **items;
    int len, cap;
} NVec;

void nvec_push(Arena *a, NVec *v, Node *n);
NodeList nvec_list(NVec *v);
NodeList list1(Arena *a, Node *n);

/* tokens */
#define TOK(p) ((p)->lx.tok.kind)
#define POS(p) ((p)->lx.tok.pos)
void p_next(Parser *p);
bool p_got(Parser *p, TokKind t);
void p_want(Parser *p, TokKind t);
bool p_got_assign(Parser *p);
bool p_is_operator(TokKind t);   /* gc's _Operator token class (not '*') */

/* errors */
void p_error_at(Parser *p, Pos pos, const char *msg);
/* Report without counting as a parser error (gc's direct errh calls). */
void p_report(Parser *p, Pos pos, const char *msg);
void p_syntax_error_at(Parser *p, Pos pos, const char *msg);
void p_syntax_error(Parser *p, const char *msg);
void p_advance(Parser *p, int n, const int *follow);
#define P_ADVANCE(p, ...) \
    p_advance((p), (int)(sizeof((int[]){__VA_ARGS__}) / sizeof(int)), (int[]){__VA_ARGS__})
void p_advance1(Parser *p);       /* advance() with no followlist */
const char *tokstring(TokKind t);
bool p_enter(Parser *p);          /* depth guard; false = too deep */
void p_leave(Parser *p);

/* pragmas */
void p_clear_pragma(Parser *p);  /* reports flagged ones as misplaced */
void p_drop_pragma(Parser *p);   /* forget them silently */

/* nodes */
Node *new_node(Parser *p, NodeKind k, Pos pos);
Node *p_bad_expr(Parser *p);
Node *new_name(Parser *p, Pos pos, const char *s);

/* parse_expr.c */
Node *p_name(Parser *p);
Node *p_expr(Parser *p);
Node *p_binary_expr(Parser *p, Node *x, int prec);
Node *p_unary_expr(Parser *p);
Node *p_pexpr(Parser *p, Node *x, bool keep_parens);
Node *p_oliteral(Parser *p);
NodeList p_expr_list(Parser *p);
Node *p_type_(Parser *p);
Node *p_type_or_nil(Parser *p);
Node *p_qualified_name(Parser *p, Node *name);
Node *p_array_type(Parser *p, Pos pos, Node *len);
Node *p_slice_type(Parser *p, Pos pos);
Node *p_func_type(Parser *p, const char *context, NodeList *tparams);
NodeList p_param_list(Parser *p, Node *name, Node *typ, TokKind close,
                      bool require_names);
Node *p_func_body(Parser *p);
Node *unparen(Node *x);

/* parse_stmt.c */
Node *p_block_stmt(Parser *p, const char *context);
NodeList p_stmt_list(Parser *p);

/* parse_header.c: the go command's header check; true (and one diag)
 * when `go build` would stop at the package clause or imports. */
bool p_header_error(Arena *a, const char *path, const char *src, int len, DiagList *diags);

/* parse_branches.c */
void p_check_branches(Parser *p, Node *body);

/* parse.c (declarations, used by declaration statements too) */
typedef Node *(*DeclFn)(Parser *p, int group, int index);
void p_append_group(Parser *p, NVec *list, DeclFn f);
Node *p_const_decl(Parser *p, int group, int index);
Node *p_var_decl(Parser *p, int group, int index);
Node *p_type_decl(Parser *p, int group, int index);

#endif
