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
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"

typedef struct Pos {
    int32_t line;   /* from 1; 0 means "no position" */
    int32_t col;    /* byte column from 1 */
} Pos;

/* ---------------------------------------------------------------- tokens */

/* One byte (packed), so the Node fields of this type take one byte each. */
typedef enum __attribute__((packed)) TokKind {
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

typedef enum __attribute__((packed)) NodeKind {
    /* Field use per kind (the parser fills exactly these; pos is gc's
     * syntax-package position for the construct, given after '@'):
     * expressions */
    N_BAD,           /* @ where the bad expression was found */
    N_NAME,          /* lit/litlen (NUL-terminated) @ident */
    N_BASICLIT,      /* lit/litlen = source text, op = T_INT/T_FLOAT/T_IMAG/T_CHAR/
                        T_STRING, bad = malformed literal @literal */
    N_COMPOSITE,     /* x=type (may be NULL inside an outer literal), list=elts,
                        end=rbrace @'{' */
    N_KEYVALUE,      /* x: y  @':' */
    N_FUNCLIT,       /* type_=N_FUNCTYPE, body @'func' */
    N_PAREN,         /* (x)  @'(' */
    N_SELECTOR,      /* x.name (name is an N_NAME) @'.' */
    N_INDEX,         /* x[y] @'['; generic instantiation x[T1, T2]: list = all
                        the indices and y = list.items[0] (list empty for one) */
    N_SLICE,         /* x[lo:hi:max]  y=lo z=hi w=max (each may be NULL), slice3 @'[' */
    N_TYPEASSERT,    /* x.(type_) @'.' ; type_ NULL for x.(type) (only inside the
                        N_TYPESWITCH's x, see there) */
    N_CALL,          /* x(list...)  hasdots, end=')' @'(' */
    N_STAR,          /* *x  (dereference or pointer type) @'*' */
    N_UNARY,         /* op x   (& - + ! ^ <- ~) @operator */
    N_BINARY,        /* x op y @operator (also a constraint union A | B) */
    /* type expressions */
    N_ARRAYTYPE,     /* [x]y: x = len, NULL for a slice, N_DOTS for [...]T;
                        y = elem @'[' */
    N_DOTS,          /* "..." @'...': of [...]T (x NULL) or of a variadic
                        parameter's type (x = elem) */
    N_STRUCTTYPE,    /* list of N_FIELD @'struct' */
    N_FUNCTYPE,      /* params, results: lists of N_FIELD @'(' (gc: after 'func') */
    N_INTERFACETYPE, /* list of N_FIELD (methods: name+type_ N_FUNCTYPE; embedded
                        elements: type_ only, embedded=true) @'interface' */
    N_MAPTYPE,       /* map[x]y @'map' */
    N_CHANTYPE,      /* chan x; chandir @'chan' or '<-' */
    N_FIELD,         /* ONE name (may be NULL) as gc's syntax.Field: "a, b int"
                        gives two N_FIELDs sharing one type_ node; tag (N_BASICLIT
                        or NULL); embedded (struct/interface, no name)
                        @name or type start */
    /* statements */
    N_EMPTY,         /* @';' or where the statement is missing */
    N_DECLSTMT,      /* list = the N_CONSTDECL/N_VARDECL/N_TYPEDECL specs,
                        decl = list.items[0] @keyword */
    N_LABELED,       /* name = label (N_NAME), x = the statement @':' (as gc) */
    N_EXPRSTMT,      /* x @x's pos (so a call statement is at its '(') */
    N_SEND,          /* x <- y @'<-' */
    N_INCDEC,        /* x++ / x--: op is T_INC or T_DEC @operator */
    N_ASSIGN,        /* lhs = rhs; op is T_ASSIGN, T_DEFINE, or T_ADD_ASSIGN...
                        (x op= y has one lhs and one rhs) @operator */
    N_GO,            /* go x (x is N_CALL) @'go' */
    N_DEFER,         /* defer x @'defer' */
    N_RETURN,        /* return list @'return' */
    N_BRANCH,        /* break/continue/goto/fallthrough [name=label]; op = keyword */
    N_BLOCK,         /* { list } ; end=rbrace @'{' */
    N_IF,            /* if init; cond body(N_BLOCK) els(N_IF or N_BLOCK) @'if' */
    N_CASE,          /* case list: body; isdefault for default; body is an N_BLOCK
                        @':' holding the clause's statements @'case'/'default' */
    N_SWITCH,        /* switch init; tag { list = N_CASEs } end=rbrace @'switch' */
    N_TYPESWITCH,    /* switch init; [name :=] x.(type) { list = N_CASEs };
                        name may be NULL; x = the operand; pos2 = the guard's '.'
                        end=rbrace @'switch' */
    N_COMM,          /* case x: body ; x = the comm statement (N_SEND, N_EXPRSTMT
                        or N_ASSIGN of a receive), NULL for default; body an
                        N_BLOCK @':' @'case'/'default' */
    N_SELECT,        /* select { list = N_COMMs } end=rbrace @'select' */
    N_FOR,           /* for init; cond; post { body } @'for' */
    N_RANGE,         /* for lhs(key[, value]) op range x { body }; op T_DEFINE/
                        T_ASSIGN/0; pos2 = the 'range' keyword @'for' */
    /* declarations */
    N_IMPORT,        /* name (NULL, or an N_NAME that may be "." or "_"),
                        x = path N_BASICLIT @first token */
    N_CONSTDECL,     /* names, type_, values; iota = index in its group; a spec
                        with neither type nor values in a group is implicit and
                        shares the previous spec's type_/values nodes @1st name */
    N_VARDECL,       /* names, type_, values @1st name */
    N_TYPEDECL,      /* name, tparams, type_, alias @name */
    N_FUNCDECL,      /* recv (an N_FIELD), name, tparams, type_ (N_FUNCTYPE), body
                        (NULL without one), pragma, dirs @token after 'func' */
                     /* N_FILE: name = package name, list = decls (a group's
                        specs are flattened and share group) @'package' */
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
    PRAGMA_NOINTERFACE  = 1 << 8,
    PRAGMA_SYSTEMSTACK  = 1 << 9,
    PRAGMA_NOWRITEBARRIER    = 1 << 10,
    PRAGMA_NOWRITEBARRIERREC = 1 << 11,
    PRAGMA_YESWRITEBARRIERREC = 1 << 12,
    PRAGMA_CGO_UNSAFE_ARGS   = 1 << 13,
    PRAGMA_REGISTERPARAMS    = 1 << 14,
    PRAGMA_NOTINHEAP         = 1 << 15,
    PRAGMA_GOBUILD           = 1 << 16,
};

/* A "//go:..." or "//esc:..." comment line, kept raw (without the "//")
 * for the stages that read them (the escape tags of the std stubs). */
typedef struct Directive {
    Pos pos;            /* just after the "//", as gc reports directives */
    const char *text;   /* e.g. "go:noinline", "esc:leak p", NUL-terminated */
    bool blank;         /* only blanks precede it on its line */
} Directive;

struct Node {
    /* Layout: what a leaf's users read (kind, op, flags, pos, pos2, ty,
     * obj, lit, val, aux) comes first, one cache line (a leaf has only
     * that: node_new), then come the children every tree walk reads, then
     * the tail, the fields of a few kinds (node_has_tail; other nodes have
     * no tail).  The inliner and escape analysis walk the whole tree a
     * dozen times and most of their time is spent loading nodes: the fewer
     * bytes and cache lines a visit touches, the faster.  The flags are bit
     * fields so that the first line has room for pos2. */
    NodeKind kind;
    TokKind op;       /* operator / keyword / literal kind / chan direction */
    uint8_t mode : 4;     /* checker: operand mode, OPM_* in check.h */
    uint8_t chandir : 2;  /* N_CHANTYPE: 0 both, 1 send-only (chan<-), 2 recv-only (<-chan) */

    /* flags */
    bool hasdots : 1;     /* call f(x...) */
    bool bad : 1;         /* N_BASICLIT: malformed literal (already reported) */
    bool slice3 : 1;      /* N_SLICE: x[a:b:c] */
    bool alias : 1;       /* type A = B */
    bool isdefault : 1;   /* default case */
    bool embedded : 1;    /* embedded struct field / interface element */
    bool imported : 1;    /* escape: a node of an inlined standard-library body,
                           * printed as gc prints imported (export data) IR */
    bool implicit : 1;    /* const spec repeated from the group's previous one;
                           * also: a node the checker inserted (implicit &x, *p,
                           * embedded-field selector, N_CONVIFACE), see check.h */
    bool closurevar : 1;  /* N_NAME: a variable of an enclosing function, used
                           * inside a function literal (gc's closure variable:
                           * not PAUTO, so ir.StaticValue does not look through it) */
    int litlen;           /* length of lit */
    Pos pos;          /* gc's position for this construct */
    Pos pos2;         /* secondary position, see NodeKind (range, guard); also
                       * escape's position of a packed ... argument's element */

    /* Filled by the checker. */
    Type *ty;         /* type of an expression, or the type a type expr denotes */
    Obj *obj;         /* what an N_NAME (or a selector's field/method) refers to */
    const char *lit;      /* identifier name or literal source text */
    struct Const *val;/* checker: value of a constant expression, else NULL */
    void *aux;        /* for later stages (escape location, inline info...) */

    Node *x, *y, *z, *w;  /* operands; meaning per kind, see NodeKind */
    Node *init, *cond, *post;
    Node *body;           /* N_BLOCK */
    Node *els;            /* else branch (N_IF or N_BLOCK) */
    Node *decl;           /* N_DECLSTMT: the declaration */
    Node *tag;            /* N_FIELD: struct tag; N_SWITCH: the switch tag */

    NodeList list;        /* args, elements, statements, cases, fields, specs */
    NodeList lhs, rhs;    /* N_ASSIGN, N_RANGE(lhs = key,value) */
    NodeList names;       /* N_CONSTDECL/N_VARDECL names (an N_FIELD has one name) */
    NodeList values;      /* N_CONSTDECL/N_VARDECL initial values */

    Node *type_;          /* a type expression (var/const/field/assert/functype) */
    Node *name;           /* N_NAME: declared or selected name */
    struct GenInfo *gen; /* generics (generic.h): an instantiation's N_FUNCDECL,
                          * or a call of one; NULL otherwise */
    Pos end;          /* closing position where one matters (rbrace, rparen) */

    /* The tail: fields of the few kinds node_has_tail names; other nodes
     * are allocated without it (node_new), so read these only after
     * checking the kind. */
    NodeList params, results;  /* N_FUNCTYPE (results also N_INLCALL) */
    Node *recv;           /* N_FUNCDECL receiver: an N_FIELD */
    Directive *dirs;      /* N_FUNCDECL: directive lines just before it */
    NodeList tparams;     /* type parameters (N_FIELD list) */
    int iota;         /* N_CONSTDECL: value of iota in this spec */
    int group;        /* decls from one parenthesised group share an id > 0 */
    unsigned pragma;  /* N_FUNCDECL: PRAGMA_* bits from //go: directives */
    int ndirs;            /* N_FUNCDECL: length of dirs */
};

/* N_NAME and N_BASICLIT have no child nodes: a tree walk can stop at them
 * without loading the rest of the node (half the nodes it visits). */
static inline bool node_kind_is_leaf(NodeKind k) {
    return k == N_NAME || k == N_BASICLIT;
}
static inline bool node_is_leaf(const Node *n) {
    return node_kind_is_leaf(n->kind);
}

/* A leaf uses only the first cache line of Node (everything before x), and
 * half of all nodes are leaves: node_new gives a leaf just those bytes, so
 * the tree takes far less memory (and fewer pages to zero and cache lines
 * to load).  Hence the rule: never read or write a leaf's fields from x on
 * (check node_is_leaf first), and copy a node with node_dup, not *m = *n.
 * An ASan build poisons the bytes after each arena allocation (arena.c),
 * so a miss shows up as an error there. */
#define NODE_LEAF_SIZE offsetof(Node, x)
_Static_assert(offsetof(Node, x) == 64 && offsetof(Node, pos2) < 64,
               "a leaf's fields fill one cache line");

/* Likewise the fields from params on belong to declarations, function
 * types and inlined calls only: other nodes (most) are allocated without
 * them, NODE_SHORT_SIZE bytes. */
#define NODE_SHORT_SIZE offsetof(Node, params)
static inline bool node_kind_has_tail(NodeKind k) {
    switch (k) {
    case N_FUNCTYPE: case N_INLCALL: case N_FUNCDECL: case N_TYPEDECL:
    case N_CONSTDECL: case N_VARDECL: case N_IMPORT: case N_FILE:
        return true;
    default:
        return false;
    }
}
static inline bool node_has_tail(const Node *n) {
    return node_kind_has_tail(n->kind);
}

static inline size_t node_size(NodeKind k) {
    return node_kind_is_leaf(k) ? NODE_LEAF_SIZE
         : node_kind_has_tail(k) ? sizeof(Node) : NODE_SHORT_SIZE;
}

/* A zeroed node of kind k at pos, sized for its kind. */
static inline Node *node_new(Arena *a, NodeKind k, Pos pos) {
    Node *n = arena_alloc_align(a, node_size(k), _Alignof(Node));
    n->kind = k;
    n->pos = pos;
    return n;
}

/* A copy of n (the fields its kind has). */
static inline Node *node_dup(Arena *a, const Node *n) {
    size_t size = node_size(n->kind);
    Node *m = arena_alloc_align(a, size, _Alignof(Node));
    memcpy(m, n, size);
    return m;
}

/* Child-field bits, for the walkers that read only the fields a kind uses
 * (escape.c's each_child, walkfacts.c's wf_scan): a visit then loads fewer
 * of a node's cache lines.  node_other_kids says whether n has a child
 * outside mask k; those walkers check it under ESC_CHECK_KIDS /
 * WF_CHECK_KIDS (run the corpus so after changing what a kind holds). */
enum {
    NK_X = 1 << 0, NK_Y = 1 << 1, NK_Z = 1 << 2, NK_W = 1 << 3, NK_INIT = 1 << 4,
    NK_COND = 1 << 5, NK_POST = 1 << 6, NK_BODY = 1 << 7, NK_ELS = 1 << 8,
    NK_LIST = 1 << 9, NK_LHS = 1 << 10, NK_RHS = 1 << 11,
};

static inline bool node_other_kids(const Node *n, unsigned k) {
    return (!(k & NK_X) && n->x) || (!(k & NK_Y) && n->y) || (!(k & NK_Z) && n->z) ||
           (!(k & NK_W) && n->w) || (!(k & NK_INIT) && n->init) ||
           (!(k & NK_COND) && n->cond) || (!(k & NK_POST) && n->post) ||
           (!(k & NK_BODY) && n->body) || (!(k & NK_ELS) && n->els) ||
           (n->decl && n->kind != N_DECLSTMT) || n->tag ||
           (!(k & NK_LIST) && n->list.len) || (!(k & NK_LHS) && n->lhs.len) ||
           (!(k & NK_RHS) && n->rhs.len) || n->names.len || n->values.len;
}

/* A parsed source file.  All memory belongs to the Arena passed to parse. */
typedef struct File {
    const char *path;      /* as given, for diagnostics */
    const char *src;       /* whole source text */
    int len;
    Node *root;            /* N_FILE */
} File;

#endif
