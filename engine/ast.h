/* ast.h - the core types of the Go front end: positions, tokens, AST nodes.
 *
 * One header declares what every stage shares (as chibicc's chibicc.h does):
 * the lexer makes Tokens, the parser makes Nodes, the checker fills in each
 * Node's Type and Obj, and the escape analysis and inliner walk Nodes.
 *
 * Positions are what gc prints: line from 1, column in bytes from 1 (a tab
 * is one column).  Every Node's pos is the position that
 * cmd/compile/internal/syntax gives the same construct, because diagnostics
 * print node positions verbatim (e.g. a call's pos is its '(' and a binary
 * expression's pos is its operator, as in gc).
 */
#ifndef ESC_AST_H
#define ESC_AST_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"

typedef struct Pos {
    int32_t line;   /* from 1; 0 means "no position" */
    int32_t col;    /* byte column from 1 */
} Pos;

/* ---------------------------------------------------------------- tokens */

typedef enum TokKind {
    T_EOF,
    T_IDENT,
    T_INT, T_FLOAT, T_IMAG, T_CHAR, T_STRING,
    /* operators and punctuation */
    T_ADD, T_SUB, T_MUL, T_QUO, T_REM,            /* + - * / % */
    T_AND, T_OR, T_XOR, T_SHL, T_SHR, T_AND_NOT,  /* & | ^ << >> &^ */
    T_ADD_ASSIGN, T_SUB_ASSIGN, T_MUL_ASSIGN, T_QUO_ASSIGN, T_REM_ASSIGN,
    T_AND_ASSIGN, T_OR_ASSIGN, T_XOR_ASSIGN, T_SHL_ASSIGN, T_SHR_ASSIGN,
    T_AND_NOT_ASSIGN,
    T_LAND, T_LOR, T_ARROW, T_INC, T_DEC,          /* && || <- ++ -- */
    T_EQL, T_LSS, T_GTR, T_ASSIGN, T_NOT,          /* == < > = ! */
    T_NEQ, T_LEQ, T_GEQ, T_DEFINE, T_ELLIPSIS,     /* != <= >= := ... */
    T_LPAREN, T_LBRACK, T_LBRACE, T_COMMA, T_PERIOD,
    T_RPAREN, T_RBRACK, T_RBRACE, T_SEMICOLON, T_COLON,
    T_TILDE,
    /* keywords */
    T_BREAK, T_CASE, T_CHAN, T_CONST, T_CONTINUE, T_DEFAULT, T_DEFER,
    T_ELSE, T_FALLTHROUGH, T_FOR, T_FUNC, T_GO, T_GOTO, T_IF, T_IMPORT,
    T_INTERFACE, T_MAP, T_PACKAGE, T_RANGE, T_RETURN, T_SELECT, T_STRUCT,
    T_SWITCH, T_TYPE, T_VAR,
    T_NKINDS
} TokKind;

typedef struct Token {
    TokKind kind;
    Pos pos;
    const char *lit;   /* source text of identifiers and literals (arena) */
    int len;
    bool autosemi;     /* a ';' the lexer inserted at a newline or EOF */
} Token;

const char *tok_str(TokKind k);   /* "+", "func", "name", ... */

/* ----------------------------------------------------------------- nodes */

typedef struct Type Type;   /* types.h */
typedef struct Obj Obj;     /* types.h: a declared entity */
typedef struct Node Node;

typedef struct NodeList {
    Node **items;
    int len;
} NodeList;

typedef enum NodeKind {
    /* expressions */
    N_BAD,
    N_NAME,          /* name */
    N_BASICLIT,      /* lit; litkind */
    N_COMPOSITE,     /* x=type (may be NULL inside an outer literal), list=elts, rbrace */
    N_KEYVALUE,      /* x: y */
    N_FUNCLIT,       /* type=functype, body */
    N_PAREN,         /* (x) */
    N_SELECTOR,      /* x.sel (sel is an N_NAME) */
    N_INDEX,         /* x[y]; also generic instantiation x[T1, T2] with list */
    N_SLICE,         /* x[lo:hi:max]  y=lo z=hi w=max, slice3 */
    N_TYPEASSERT,    /* x.(type_)  ; type_ NULL for x.(type) in a type switch */
    N_CALL,          /* x(list...)  hasdots */
    N_STAR,          /* *x  (dereference or pointer type) */
    N_UNARY,         /* op x   (& - + ! ^ <-) */
    N_BINARY,        /* x op y */
    /* type expressions */
    N_ARRAYTYPE,     /* [len]elem; len NULL = slice, N_DOTS len = [...]T */
    N_DOTS,          /* the "..." of [...]T or of a variadic parameter's type x */
    N_STRUCTTYPE,    /* list of N_FIELD */
    N_FUNCTYPE,      /* params, results: lists of N_FIELD; tparams */
    N_INTERFACETYPE, /* list of N_FIELD (methods: name+type; embedded: type only) */
    N_MAPTYPE,       /* map[x]y */
    N_CHANTYPE,      /* chan x; dir */
    N_FIELD,         /* name (may be NULL), type_, tag (N_BASICLIT or NULL), embedded */
    /* statements */
    N_EMPTY,
    N_DECLSTMT,      /* decl */
    N_LABELED,       /* label: stmt */
    N_EXPRSTMT,      /* x */
    N_SEND,          /* x <- y */
    N_INCDEC,        /* x++ / x--: op is T_INC or T_DEC */
    N_ASSIGN,        /* lhs = rhs; op is T_ASSIGN, T_DEFINE, or T_ADD_ASSIGN... */
    N_GO,            /* go x (x is N_CALL) */
    N_DEFER,         /* defer x */
    N_RETURN,        /* return list */
    N_BRANCH,        /* break/continue/goto/fallthrough [label]; op = keyword */
    N_BLOCK,         /* { list } ; rbrace */
    N_IF,            /* if init; cond then else */
    N_CASE,          /* case list: body (list NULL/len 0 with isdefault) */
    N_SWITCH,        /* switch init; tag { body=cases } */
    N_TYPESWITCH,    /* switch init; [name :=] x.(type) { cases } ; name may be NULL */
    N_COMM,          /* case comm: body ; comm NULL for default */
    N_SELECT,        /* select { cases } */
    N_FOR,           /* for init; cond; post { body } */
    N_RANGE,         /* for key, value := range x { body }; op T_DEFINE/T_ASSIGN/0 */
    /* declarations */
    N_IMPORT,        /* name (NULL, N_NAME, or "." / "_"), path literal */
    N_CONSTDECL,     /* names, type_, values; iota; group shares implicit repetition */
    N_VARDECL,       /* names, type_, values */
    N_TYPEDECL,      /* name, tparams, type_, alias */
    N_FUNCDECL,      /* recv (N_FIELD list), name, tparams, type_ (N_FUNCTYPE), body */
    N_FILE,          /* pkgname, list=decls */
    /* inserted by the checker (check.h) */
    N_CONVIFACE,     /* implicit conversion of x to interface type ty (gc OCONVIFACE) */
    /* inserted by the inliner (inline.h) */
    N_INLCALL,       /* inlined call: x=original call, init, body, results */
    N_NKINDS
} NodeKind;

/* Compiler directives that gc honours on a function ("//go:noinline"...). */
enum {
    PRAGMA_NOINLINE     = 1 << 0,
    PRAGMA_NOESCAPE     = 1 << 1,
    PRAGMA_NOSPLIT      = 1 << 2,
    PRAGMA_NORACE       = 1 << 3,
    PRAGMA_NOCHECKPTR   = 1 << 4,
    PRAGMA_UINTPTRKEEPALIVE = 1 << 5,
    PRAGMA_UINTPTRESCAPES   = 1 << 6,
    PRAGMA_LINKNAME     = 1 << 7,
};

struct Node {
    NodeKind kind;
    Pos pos;          /* gc's position for this construct */
    Pos end;          /* closing position where one matters (rbrace, rparen) */
    TokKind op;       /* operator / keyword / literal kind / chan direction */

    Node *x, *y, *z, *w;  /* operands; meaning per kind, see NodeKind */
    Node *type_;          /* a type expression (var/const/field/assert/functype) */
    Node *init, *cond, *post;
    Node *body;           /* N_BLOCK */
    Node *els;            /* else branch (N_IF or N_BLOCK) */
    Node *name;           /* N_NAME: declared or selected name */
    Node *recv;           /* N_FUNCDECL receiver: an N_FIELD */
    Node *decl;           /* N_DECLSTMT: the declaration */

    NodeList list;        /* args, elements, statements, cases, fields, specs */
    NodeList lhs, rhs;    /* N_ASSIGN, N_RANGE(lhs = key,value) */
    NodeList names;       /* N_CONSTDECL/N_VARDECL names; N_FIELD names */
    NodeList tparams;     /* type parameters (N_FIELD list) */
    NodeList params, results;  /* N_FUNCTYPE */

    const char *lit;      /* identifier name or literal source text */
    int litlen;

    /* flags */
    bool hasdots;     /* call f(x...) */
    bool slice3;      /* x[a:b:c] */
    bool alias;       /* type A = B */
    bool isdefault;   /* default case */
    bool embedded;    /* embedded struct field / interface element */
    bool implicit;    /* const spec repeated from the group's previous one;
                       * also: a node the checker inserted (implicit &x, *p,
                       * embedded-field selector, N_CONVIFACE), see check.h */
    int chandir;      /* N_CHANTYPE: 0 both, 1 send-only (chan<-), 2 recv-only (<-chan) */
    int iota;         /* N_CONSTDECL: value of iota in this spec */
    int group;        /* decls from one parenthesised group share an id > 0 */
    unsigned pragma;  /* N_FUNCDECL: PRAGMA_* bits from //go: directives */

    /* Filled by the checker. */
    Type *ty;         /* type of an expression, or the type a type expr denotes */
    Obj *obj;         /* what an N_NAME (or a selector's field/method) refers to */
    void *aux;        /* for later stages (escape location, inline info...) */
    uint8_t mode;     /* checker: operand mode, OPM_* in check.h */
    struct Const *val;/* checker: value of a constant expression, else NULL */
};

/* A parsed source file.  All memory belongs to the Arena passed to parse. */
typedef struct File {
    const char *path;      /* as given, for diagnostics */
    const char *src;       /* whole source text */
    int len;
    Node *root;            /* N_FILE */
} File;

#endif
