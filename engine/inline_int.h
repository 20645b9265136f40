/* inline_int.h - shared internals of the inliner (inline_*.c). */
#ifndef ESC_INLINE_INT_H
#define ESC_INLINE_INT_H

#include "check.h"
#include "inline.h"

/* gc's inlining budget parameters (inline/inl.go). */
enum {
    INL_MAX_BUDGET = 80,
    INL_EXTRA_CALL_COST = 57,
    INL_EXTRA_PANIC_COST = 1,
    INL_CLOSURE_COST = 15,
    INL_BIG_FUNCTION_NODES = 5000,
    INL_BIG_FUNCTION_MAX_COST = 20,
};

typedef struct InlFunc InlFunc;

/* What CanInline learns about one function (gc's Func.Inl). */
struct InlFunc {
    Node *fn;           /* N_FUNCDECL or N_FUNCLIT */
    Obj *obj;           /* OBJ_FUNC, NULL for literals */
    const char *name;   /* as gc prints it: f, T.M, (*T).M, main.func1 */
    InlFunc *outer;     /* literal: the enclosing function */
    int closgen;        /* counter naming this function's literals */
    bool checked;       /* CanInline ran (InlinabilityChecked) */
    bool inlinable;     /* fn.Inl != nil */
    bool std;           /* declared in a standard-library stub */
    bool candelay;      /* canDelayResults */
    bool hidden;        /* a function literal */
    bool recursive;     /* the SCC decided "cannot inline: recursive" */
    int cost;           /* Inl.Cost */
    Pos pos;            /* where gc reports it (a copied literal: its original) */
    unsigned sccid;     /* Tarjan visit id */
    Node *body;         /* the body as saved by CanInline (Inl.Body) */
    bool prep;          /* a declaration whose body prep_func has yet to
                         * prune, name the literals of and note */
    bool noedit;        /* prep_func met no call in the body (not in its
                         * literals'): InlineCalls has nothing to do */
    long nodes;         /* > 0: at least count_nodes of the body (prep_func) */
    bool pending;       /* body is still fn->body, unmodified: saved (copied)
                         * only before the first edit of its tree (touch) */
};

/* Static initializers of local variables (gc's ir.StaticValue). */
typedef struct InlDefn {
    Obj *obj;
    Node **rhs;         /* slot of the initializing expression, NULL if none */
    int nassign;        /* times assigned (incl. its definition) */
} InlDefn;

struct InlState {
    const InlConfig *cfg;
    Arena *a;
    /* Node* -> InlFunc* (open addressing) */
    InlFunc **tab;
    int ntab, captab;
    /* variable definitions, for StaticValue */
    InlDefn *defs;
    int ndefs, capdefs;
    /* current function being inlined into */
    InlFunc *cur;
    int maxcost;
    PtrVec inlstack;    /* InlFunc* being expanded (gc's inlMap) */
    Pos outerpos;       /* position of the outermost call being expanded */
    int depth;          /* nesting of mkinlcall */
    int inlgen;
    /* Tarjan */
    unsigned visitgen;
    PtrVec stack;
    bool nostatic;      /* StaticValue off (bodies inlined into wrappers) */
    int ininl;          /* inside an N_INLCALL while recording definitions */
    int valuelits;      /* generic function values' closures met by name_lits */
    long prepnodes, prepweight, prepcalls;   /* prep_func's count (prep_count) */
    bool heaptabs;      /* tab and defs grow in malloc'd memory (tab_alloc) */
    int calls;          /* calls met by the edit (a method with one is saved) */
    int ifacecalls;     /* interface method calls edited or copied (what
                         * devirtualization looks at; 0: it can skip) */
};

/* inline_func.c */
InlFunc *inl_func(InlState *st, Node *fn);            /* find or add */
void inl_tables_to_arena(InlState *st);               /* end of heaptabs */
InlFunc *inl_func_of_obj(InlState *st, Obj *o);       /* OBJ_FUNC -> InlFunc */
InlFunc *inl_callee(InlState *st, Node *call);        /* gc's inlCallee */
void inl_note_defs(InlState *st, Node *body);         /* record assignments */
void inl_note_node_defs(InlState *st, Node *n);       /* ... of n itself */
Node *inl_static_rhs(InlState *st, const Obj *o);     /* sole definition's rhs */
void inl_note_assign(InlState *st, NodeList *lhs, NodeList *rhs, bool def);

/* inline_cost.c */
void inl_can_inline(InlState *st, InlFunc *f);        /* gc's CanInline */
bool inl_can_delay_results(Node *fn);                 /* gc's canDelayResults */
bool inl_has_call(Node *n);                           /* gc's callOrChan inside */
Node *inl_callee_temp(Node *call);                    /* RewriteNonNameCall's X */
int inl_multi_call_convs(Node *assign);               /* a, b = f() via temps */
int inl_runes_lit(const Node *conv);                  /* []rune("..."): runes */
int inl_multi_values(Node *call, Type **want, int nwant, int *conv);
int inl_param_types(Node *call, Type **out, int max);
int inl_result_types(Node *fn, Type **out, int max);
int inl_std_cost(const char *pkg, const char *name);  /* -1 if not inlinable */
bool inl_is_intrinsic(const char *pkg, const char *name);
bool inl_call_is_intrinsic(const Node *call);
int inl_conv_cost(const Node *call);                  /* 0 for OCONVNOP, else 1 */
bool inl_is_big_func(Node *body);

/* inline_ast.c */
Node *inl_unparen(Node *n);
bool inl_is_type(const Node *n);
bool inl_is_const(const Node *n);
Builtin inl_builtin(const Node *call);                /* BI_NONE if not */
bool inl_is_conversion(const Node *call);
bool inl_is_method_obj(const Obj *o);                 /* OBJ_FUNC with a receiver */
bool inl_is_blank(const Node *n);                     /* the name _ */
bool inl_declares(const Node *name);                  /* x of x := ... */
bool inl_is_method_sel(const Node *sel);              /* concrete method x.M */
bool inl_is_iface_sel(const Node *sel);               /* interface method x.M */
bool inl_is_pkg_sel(const Node *sel);                 /* pkg.Name */
/* Statements of a list that deadcode keeps: count of leading live ones. */
int inl_live_len(const NodeList *l);
/* Const-condition if: returns 1 (true), 0 (false) or -1 (not constant). */
int inl_const_cond(const Node *ifstmt);
void inl_prune_dead(Arena *a, Node *n);
void inl_deadcode(Arena *a, Node *n);                 /* the whole tree */

/* inline_call.c */
void inl_inline_calls(InlState *st, InlFunc *f);

/* inline_report.c */
void inl_report_can(InlState *st, InlFunc *f);
void inl_report_cannot(InlState *st, InlFunc *f, const char *reason);
void inl_report_call(InlState *st, Pos pos, InlFunc *callee);
void inl_report_cycle(InlState *st, Pos pos, InlFunc *callee);
const char *inl_func_name(InlState *st, Node *fn, InlFunc *outer);
int inl_temp_index(Arena *a, Node *fn, Node *call, bool multi);   /* .autotmp_N, or -1 */
/* The first temporary of call in t (inline_report.c), or -1 */
int inl_temps_find(const InlTemps *t, const Node *call, bool multi);
/* gcfmt_stmts, with calls rewritten to temporaries t printed as them (gcfmt.c) */
const char *gcfmt_stmts_temps(Arena *a, const Package *local, Node *block,
                              const InlTemps *temps);

/* gcfmt.c and gcfmt_type.c: gc's printing of nodes and of types; the text
 * being built and the context its names are printed in. */
typedef struct GcBuf {
    StrBuf sb;          /* malloc'd; b_done copies the text into the arena */
    const Package *local;
    /* calls whose callee RewriteNonNameCall moved into a .autotmp_N, or
     * NULL: none */
    const InlTemps *tmps;
} GcBuf;
/* gcfmt_type.c */
void gcfmt_put_type(GcBuf *b, const Type *t);
void gcfmt_put_texpr(GcBuf *b, Node *x);       /* a type as written in the source */
void gcfmt_put_objname(GcBuf *b, const Obj *o);   /* package-qualified if not local */
bool gcfmt_has_dots_len(Node *x);              /* [...]T, possibly nested */

#endif
