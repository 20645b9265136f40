/* escape_int.h - internals of the escape analysis, shared by escape_*.c.
 *
 * The structure follows cmd/compile/internal/escape (Go 1.19) closely, so a
 * reader can hold the two side by side:
 *   escape_graph.c  locations, edges, holes (graph.go)
 *   escape_solve.c  walkAll/walkOne, outlives, explanations (solve.go)
 *   escape_leaks.c  parameter leak tags (leaks.go) and the //esc: format
 *   escape_expr.c   expressions (expr.go, assign.go)
 *   escape_stmt.c   statements (stmt.go)
 *   escape_call.c   calls, go/defer (call.go)
 *   escape_report.c the -m lines, in gc's wording; expression printing
 *   escape_reason.c plain-language reasons
 * A "location" is a node in the data-flow graph: a variable, an allocation,
 * a temporary, the heap.  An edge src -> dst with derefs d says "dst = *^d
 * src" (d == -1 means dst = &src).  A hole is a half-built edge: where a
 * value being evaluated will flow to.
 */
#ifndef ESC_ESCAPE_INT_H
#define ESC_ESCAPE_INT_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "escape.h"
#include "types.h"
#include "check.h"


typedef enum EscLocKind {
    LK_TEMP,     /* no node: a tee or a later() location */
    LK_VAR,      /* a local variable (AUTO) */
    LK_PARAM,    /* a parameter or receiver (PPARAM) */
    LK_RESULT,   /* a result (PPARAMOUT) */
    LK_EXPR,     /* an allocation: &T{}, make, new, closure, conversion... */
    LK_HEAP,
    LK_BLANK,
} EscLocKind;

typedef struct EscFn EscFn;
typedef struct EscNote EscNote;
typedef struct EscLoc EscLoc;

struct EscNote {
    EscNote *next;
    const Node *where;  /* printed as gc prints it, at where->pos */
    const char *why;
};

typedef struct EscEdge {
    EscLoc *src;
    int derefs;         /* >= -1 */
    EscNote *notes;
} EscEdge;

struct EscLoc {
    /* ordered for size (160 bytes; there is one per variable, allocation
     * and temporary of the file) */
    Node *n;             /* the AST node (a name's declaring ident or the expr) */
    Obj *obj;            /* the variable, for LK_VAR/PARAM/RESULT */
    const char *text;    /* how gc prints the node ("x", "&T{...}") */
    EscFn *fn;           /* enclosing function */
    EscEdge *edges;      /* incoming edges */
    int nedges, capedges;
    Pos pos;             /* the node's position */
    int64_t size;        /* size of the node's type, -1 unknown */
    int dcl;             /* 1 + index in its function's Dcl as made by irgen
                          * (temporaries not counted for named ones), 0 none */
    int loop_depth;
    int result_index;    /* 1 + index among results, for LK_RESULT */

    int derefs;          /* walkOne's best derefs from the root */
    uint32_t walkgen;
    uint32_t explgen;    /* explain_path's visited mark */
    EscLoc *dst;         /* walkOne's path back to the root */
    int dst_edge;

    int picture_index;   /* in its EscFuncInfo.vars, -1 if not drawn */
    Node *defn;          /* the statement that declared this variable (gc's Defn) */
    EscFn *closure_fn;   /* for a closure allocation: its function */
    EscLeaks param_esc;

    const char *reason;  /* plain-language reason (escape_reason.c) */
    const char *leak_reason;  /* a parameter's: why it leaks */
    int seq;             /* creation order */

    uint8_t kind;        /* EscLocKind */
    bool queued;
    bool escapes;
    bool transient;
    bool captured, reassigned, addrtaken;
    bool lazytext;       /* text is the node, printed afresh each time (esc_loc_text) */
    bool goDeferWrapper; /* the implicit closure of go/defer: not reported */
    bool isclosure;      /* an N_FUNCLIT's closure allocation */
    bool autotmp;        /* a compiler temporary .autotmp_N: not drawn */
};

/* A hole: where a value flows.  Passed by value, as in gc. */
typedef struct EscHole {
    EscLoc *dst;
    int derefs;
    EscNote *notes;
    bool addrtaken;
} EscHole;

/* A variable captured by a closure, and the reference inside it. */
typedef struct ClosureCap {
    EscLoc *loc;
    Node *where;
} ClosureCap;

/* One function being analysed: a declared function or a closure. */
struct EscFn {
    Node *decl;          /* N_FUNCDECL or N_FUNCLIT */
    const char *name;    /* gc's name: "main", "T.M", "(*T).M", "main.func1" */
    EscFn *outer;        /* enclosing function of a closure */
    Node *ftype;         /* N_FUNCTYPE */
    Type *sig;           /* the signature */
    EscLoc **results;    /* result locations, in order */
    int nresults;
    EscLoc **params;     /* receiver then params, in order (NULL for _ / unnamed) */
    Node **param_names;  /* the declaring N_NAME per param slot (or NULL) */
    Type **param_types;
    int nparams;
    bool closure_called;
    bool is_closure;
    int nclosures;       /* counter for naming nested closures */
    int state;           /* escFunc*: 0 unknown, 1 planned, 2 started, 3 tagged */
    EscLeaks *tags;      /* per param slot, once tagged */
    bool tagged;
    int ndcl;            /* gc's len(fn.Dcl), for naming .autotmp_N */
    int nirtmps;         /* irgen temporaries made so far */
    int dcl_end;         /* all_locs index after irgen's Dcl: where its temps go */
    struct ClosureCap *caps;  /* captured variables (closures, go/defer wrappers) */
    int ncaps;
    bool is_wrapper;
    bool dupok;          /* a method wrapper: no parameter tag lines */
    int index;           /* in EscCtx.allfns (-1 for wrappers) */
    /* Set by the one walk of a function's body before its visit (escape.c
     * collect): the functions it refers to, in the order gc's visitor
     * meets them, and whether its body (closures included for has_goto)
     * has inlined calls or gotos, which decide the scans worth making. */
    EscFn **refs;
    int nrefs;
    bool collected;
    bool has_inlcalls;
    Node **inlcalls;     /* the outermost N_INLCALLs of its body (closures not) */
    bool maybe_temps;    /* its body may hold irgen temporaries (collect's may_temp) */
    int ninlcalls;
    uint8_t wf;         /* walkfacts.h's facts of its tree, literals included
                         * (collect_walk; escape_decl_facts) */
    bool has_goto;
    uint32_t visit_id;   /* Tarjan's id + 1 while in progress, ~0 done, 0 unseen */
    int clo_begin, clo_end;  /* a top-level function's closures in EscCtx.made */
    EscFuncInfo info;    /* its picture, made with its batch (vars, nvars) */
    bool pictured;
};

/* Pointer-keyed hash map (Obj* -> EscLoc*, Node* -> EscFn*...). */
typedef struct EscMapSlot {
    void *key, *val;     /* side by side: a lookup loads one cache line */
} EscMapSlot;
typedef struct EscMap {
    EscMapSlot *slots;
    int cap, len;
} EscMap;
void *escmap_get(const EscMap *m, const void *k);
void escmap_put(Arena *a, EscMap *m, void *k, void *v);
void escmap_reserve(Arena *a, EscMap *m, int n);

/* Whole-file state shared by every batch. */
typedef struct EscCtx {
    Arena *arena;
    Program *prog;
    Package *local;
    const char *file;
    int mlevel;
    DiagList *diags;
    EscMap locs;         /* Obj* (variable) -> EscLoc* */
    EscMap fns;          /* Node* (N_FUNCDECL/N_FUNCLIT) -> EscFn* */
    EscMap defs;         /* Obj* -> the expression a local is defined by (StaticValue) */
    EscMap irtemps;      /* call Node* (+1: its own values) -> 1 + number of irgen's temporary */
    EscMap inltemps;     /* N_INLCALL whose body may hold irgen temporaries -> itself */
    PtrVec allfns;       /* EscFn*, in source order (complete after the visit) */
    PtrVec made;         /* closures in the order they were made */
    struct EscBatch *batch;   /* the batch being analysed, reused by the next */
    PtrVec all;          /* every EscLoc of every batch, for the picture */
    bool failed;         /* an unsupported construct was reported */
    bool has_goto;       /* some goto in the file (for the method wrappers) */
    bool picturing;      /* in escape_run's batches: each makes its picture */
    bool pic_late;       /* a location made after its function's picture */
} EscCtx;

/* What escape_run returns: the picture, and the state escape_wrapper
 * analyses the method wrappers with later. */
typedef struct EscRun {
    EscResult res;       /* first: an EscResult* from escape_run is an EscRun* */
    EscCtx *cx;
} EscRun;

typedef struct EscBatch {
    EscCtx *cx;
    Package *local;
    Arena *arena;
    int mlevel;
    const char *file;    /* display name for diagnostics */
    const char *posfile; /* if set, the file of the positions being reported
                          * (a std method parameter's GOROOT file) */
    DiagList *diags;
    PtrVec all_locs;
    PtrVec closures;     /* pending (EscHole*, EscLoc* closure, EscFn*) records */
    EscLoc heap;
    EscLoc blank;
    uint32_t walkgen;
    uint32_t explgen;
    int nseq;
    Diag *last;          /* last diag added, for attaching reasons */
    PtrVec fns;          /* EscFn* of this batch, gc's order */
    struct EscLocStack { EscLoc **items; int len, cap; } queue, todo;   /* the solver's */
} EscBatch;

/* The walker: gc's `escape` (one function being walked). */
typedef struct Esc {
    EscBatch *b;
    EscFn *fn;
    int loop_depth;
    PtrVec labels;       /* const char* label names seen (nonlooping) */
    PtrVec looping;      /* const char* labels targeted by a backward goto */
} Esc;

/* escape.c */
EscLoc *esc_var_loc(Esc *e, Obj *o);         /* oldLoc, created on demand */
EscFn *esc_fn_of(EscCtx *cx, Node *decl);
void esc_analyze_batch(EscCtx *cx, EscFn **fns, int n);   /* one component */
void esc_unsupported(Esc *e, Pos pos, const char *what);
const char *esc_result_name(EscFn *fn, int i);

/* escape_expr.c (expr.go, assign.go) */
void esc_expr(Esc *e, EscHole k, Node *n);
void esc_discard(Esc *e, Node *n);
EscHole esc_spill(Esc *e, EscHole k, Node *n, const char *text);
EscHole esc_addr_of(Esc *e, Node *n);        /* assign.go addr() */
void esc_assign_heap(Esc *e, Node *src, const char *why, Node *where);
void esc_expr_conv(Esc *e, EscHole k, Node *n, Type *dst, Pos convpos);
void esc_reassigned(Esc *e, EscHole *ks, int n, Node *where);
bool esc_is_direct_iface(Type *t);
bool esc_has_pointers(Type *t);
Pos esc_last_pos(Node *n);
Pos esc_last_pos_from(Node *n, Pos prev);
Type *esc_node_type(Node *n);

/* escape_stmt.c */
void esc_stmt(Esc *e, Node *n);
void esc_block(Esc *e, Node *blk);
void esc_walk_func(Esc *e, Node *body);

/* escape_call.c */
void esc_call(Esc *e, EscHole *ks, int nks, Node *call);
Node *esc_temp_var(Esc *e, Type *t, Pos pos, const Node *key, bool multi, int i);
int esc_note_irgen_temps(EscBatch *b, Node *body, int first);
int esc_note_irgen_temps_in(EscBatch *b, Node *body, int first, bool after);
Pos *esc_arg_conv_positions(Esc *e, Pos callpos, Node **args, int nargs);
bool esc_has_unique_pos(Node *n);
Node *esc_assign_node(Arena *a, Pos pos, int op, Node *lhs, Node *rhs);
/* `:=`, or an inliner's assignment that declares its lhs (gc: ODCLs in
 * its init, Defn = it): a delayed result variable's `~R0 = e`. */
bool esc_assign_declares(const Node *n);
void esc_go_defer(Esc *e, Node *n);
void esc_closure(Esc *e, EscHole k, Node *lit);
void esc_flow_closure(EscBatch *b, EscHole k, EscLoc *clo, EscFn *fn);

/* escape_report.c */
const char *esc_expr_string(EscBatch *b, const Node *n);
const char *esc_stmt_string(EscBatch *b, const Node *n);
const char *esc_type_string(EscBatch *b, const Type *t);
bool esc_is_type_expr(const Node *n);

/* graph.go */
EscHole esc_hole(EscLoc *l);
EscHole esc_note(EscBatch *b, EscHole k, const Node *where, const char *why);
EscHole esc_shift(EscHole k, int delta);
EscHole esc_deref(EscBatch *b, EscHole k, const Node *where, const char *why);
EscHole esc_addr(EscBatch *b, EscHole k, const Node *where, const char *why);
void esc_flow(EscBatch *b, EscHole k, EscLoc *src);
EscHole esc_heap_hole(EscBatch *b);
EscHole esc_discard_hole(EscBatch *b);
EscLoc *esc_new_loc(EscBatch *b, EscFn *fn, int loop_depth, EscLocKind kind,
                    bool transient);
EscHole esc_tee(EscBatch *b, EscFn *fn, int loop_depth, EscHole *ks, int n);
EscHole esc_later(EscBatch *b, EscFn *fn, int loop_depth, EscHole k);
void esc_leak_to(EscLoc *l, EscLoc *sink, int derefs);
void esc_batch_init(EscBatch *b, EscCtx *cx);
void esc_batch_reset(EscBatch *b, EscCtx *cx);   /* init, keeping the buffers */
void esc_add_closure(EscBatch *b, EscHole k, EscLoc *clo, EscFn *fn);
void esc_explain_flow(EscBatch *b, Pos pos, EscLoc *dst, EscLoc *src, int derefs,
                      EscNote *notes);

/* solve.go */
void esc_walk_all(EscBatch *b);
bool esc_outlives(EscLoc *l, EscLoc *other);
bool esc_contains_closure(EscFn *f, EscFn *c);
const char *esc_explain_loc(EscBatch *b, EscLoc *l);
const char *esc_loc_text(EscBatch *b, EscLoc *l);

/* leaks.go */
int esc_leaks_get(const EscLeaks *l, int i);
void esc_leaks_add(EscLeaks *l, int i, int derefs);
void esc_leaks_set(EscLeaks *l, int i, int derefs);
int esc_leaks_heap(const EscLeaks *l);
int esc_leaks_result(const EscLeaks *l, int i);
bool esc_leaks_empty(const EscLeaks *l);
void esc_leaks_optimize(EscLeaks *l);

/* report: append one -m note (file = b->file); _cat: the note s1 s2 s3
 * (s3 may be NULL), esc_cat: that string. */
Diag *esc_report_cat(EscBatch *b, Pos pos, DiagKind kind, const char *s1, const char *s2,
                     const char *s3);
char *esc_cat(Arena *a, const char *s1, const char *s2, const char *s3);
Diag *esc_report(EscBatch *b, Pos pos, DiagKind kind, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* reason.c */
void esc_note_reason(EscBatch *b, EscLoc *root, EscLoc *l);
void esc_size_reason(EscBatch *b, EscLoc *l, const char *why);
void esc_note_leak(EscBatch *b, EscLoc *root, EscLoc *l);
void esc_flow_reason(EscBatch *b, EscNote *notes, EscLoc *dst, EscLoc *l);

/* escape_call.c: callOrChan under n (typecheck.RewriteNonNameCall's test) */
bool esc_has_call_or_chan(Node *n);

#endif
