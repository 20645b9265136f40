/* check_int.h - the checker's internal state, shared by check*.c. */
#ifndef ESC_CHECK_INT_H
#define ESC_CHECK_INT_H

#include "check.h"
#include "generic.h"

/* A package-level declaration waiting for (or undergoing) checking. */
typedef struct DeclInfo {
    Node *spec;        /* N_CONSTDECL / N_VARDECL / N_TYPEDECL / N_FUNCDECL */
    int state;         /* 0 todo, 1 in progress, 2 done */
} DeclInfo;

/* Per-function context while checking a body. */
typedef struct FuncCtx {
    struct FuncCtx *outer;
    Node *fn;          /* N_FUNCDECL or N_FUNCLIT */
    Type *sig;
    Scope *scope;      /* function scope (params, results) */
    PtrVec labels;     /* Obj* of kind OBJ_LABEL */
    PtrVec vars;       /* locals, for "declared but not used" */
    PtrVec dnums;      /* DnumUse*: closures of generic values made in it (check_generic.c) */
} FuncCtx;

typedef struct Checker {
    Program *prog;
    Arena *a;
    Universe *u;
    Package *pkg;
    const char *file;        /* display name for diags */
    DiagList *diags;
    int nerrors;
    bool stop;               /* too many errors: stop reporting */
    Scope *scope;            /* current scope */
    FuncCtx *fn;             /* current function, NULL at package level */
    int iota;                /* current iota, -1 outside const decls */
    bool in_const;
    PtrVec delayed;          /* function bodies to check after package decls */
    PtrVec errs;             /* collected errors (Diag-like) to sort */
    /* context for loops/switch (break/continue validation) */
    int breakok, continueok;
    bool in_std;             /* checking a std stub: relax unused rules */
    struct GenState *gen;    /* generics: instances (check_generic.c) */
    Node *declstmt;          /* the N_DECLSTMT whose specs are being checked */
} Checker;

/* check.c */
Pos chk_start_pos(const Node *n);   /* leftmost position (types2 reports there) */
static inline Pos chk_obj_pos(const Obj *o) { return o->pos; }
#define SP(n) _Generic((n), Obj *: chk_obj_pos, default: chk_start_pos)(n)
void chk_errorf(Checker *c, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void chk_unsupported(Checker *c, Pos pos, const char *what);
const char *chk_type_str(Checker *c, const Type *t);
const char *chk_operand_str(Checker *c, Node *x);
Obj *chk_lookup(Checker *c, const char *name);
void chk_declare(Checker *c, Scope *s, Obj *o, Node *ident);
void chk_open_scope(Checker *c);
void chk_close_scope(Checker *c);
Node *chk_wrap(Checker *c, NodeKind k, Node *x, Type *t);

/* check_decl.c */
void chk_collect(Checker *c, Node *file);
void chk_pkg_load(Checker *c, Obj *po);   /* a deferred std import, on first use */
void chk_package_decls(Checker *c);
void chk_obj_decl(Checker *c, Obj *o);
Type *chk_typexpr(Checker *c, Node *e);
Type *chk_functype(Checker *c, Node *ft, Node *recv, Scope *declscope);
void chk_local_decl(Checker *c, Node *spec);
void chk_func_body(Checker *c, Node *fn, Type *sig, Scope *fscope);

/* check_expr.c */
void chk_expr(Checker *c, Node *e);              /* single value */
void chk_expr_or_type(Checker *c, Node *e);
void chk_multi_expr(Checker *c, Node *e);        /* may be a tuple */
void chk_expr_hint(Checker *c, Node *e, Type *hint);  /* composite lits elided type */
void chk_use(Checker *c, Node *e);
bool chk_is_addressable(Node *e);
void chk_mark_addr(Node *e);    /* &e: the variable under it is address-taken */
Node *chk_unparen(Node *e);
bool chk_index_value(Checker *c, Node *e, int64_t max, int64_t *out);
Type *chk_recordtype(Node *e, Type *t);

/* check_op.c */
void chk_unary(Checker *c, Node *e, Type *hint);
void chk_binary(Checker *c, Node *e, Type *hint);

/* check_convert.c */
/* types2 convertUntyped: false (and reported) if e cannot take target's type */
bool chk_convert_untyped(Checker *c, Node *e, Type *target);
void chk_convert_untyped_to(Checker *c, Node *x, Type *newt);  /* known to fit */
void chk_default(Checker *c, Node *e);           /* untyped -> default type */
void chk_update_type(Checker *c, Node *e, Type *t);   /* untyped e (and operands) now t */
bool chk_assignment(Checker *c, Node **ep, Type *t, const char *context);
bool chk_representable(Checker *c, Node *e, Const *v, Type *t, bool report);
void chk_set_const(Checker *c, Node *e, Const v);
void chk_replace_const(Checker *c, Node *e, Const v);   /* never in place: Consts are shared */
Type *chk_untyped_for(Checker *c, ConstKind k, bool rune);

/* check_call.c */
void chk_call(Checker *c, Node *e);
void chk_selector(Checker *c, Node *e);

/* check_stmt.c */
void chk_stmt_list(Checker *c, NodeList *l);
void chk_block(Checker *c, Node *b);
void chk_stmt(Checker *c, Node *s);
Obj *chk_new_local(Checker *c, Node *id, Type *t);    /* a local variable declared by id */
Type *chk_lhs_var(Checker *c, Node *l);               /* an assignment target's type, NULL for _ */

/* check_switch.c */
void chk_switch_stmt(Checker *c, Node *s);
void chk_type_switch_stmt(Checker *c, Node *s);
void chk_select_stmt(Checker *c, Node *s);
void chk_range_stmt(Checker *c, Node *s);

/* check_generic.c */
Type *gen_typexpr_index(Checker *c, Node *e);   /* T[A, B] as a type */
bool gen_is_generic_func(const Obj *o);
Obj *gen_callee(Checker *c, Node *fun);          /* generic F of F(...) / F[T](...) */
void gen_call(Checker *c, Node *e, Obj *o);
void gen_method_call(Checker *c, Node *e);
/* F[A, B] as a value (not called): the closure gc makes around it */
void gen_func_value(Checker *c, Node *e, Obj *o);
/* A local type declaration that is generic (declared, instantiated on
 * use in its scope) or inside a generic function (gc's error): true when
 * handled. */
bool gen_local_type_decl(Checker *c, Obj *o, Node *spec);
/* T.M / (*T).M of an instantiated type as a value: likewise */
void gen_method_expr(Checker *c, Node *e, Obj *m, Type *recv);
bool gen_method_value(Checker *c, Node *e, Obj *m, Node *x);
void gen_number_dicts(Checker *c, FuncCtx *fc);
void gen_finish(Checker *c, Node *root);
/* The function expression of the call being checked (returns the old). */
Node *gen_set_callee(Checker *c, Node *fun);
/* Whether method o selected by e is one gc can call directly: not a method
 * of an instantiated type, or e is called. */
bool gen_method_called(Checker *c, Node *e, Obj *o);
/* An instantiated type's number of type arguments (0 if not one), and a
 * scope where its generic declaration's type parameters denote them. */
int gen_type_nargs(const Type *t);
Scope *gen_type_scope(Checker *c, Type *t);
/* types2's spelling of a type: "Pair[int, Item]" for an instantiation. */
const char *gen_type_str(Checker *c, Type *t);

/* check_constraint.c: whether targs satisfy the constraints of the type
 * parameter fields tparams (in scope s, where their names denote targs);
 * reports types2's error at xlist[i] (explicit type arguments) or pos. */
bool gen_verify(Checker *c, Scope *s, Node **tparams, int n, Type **targs, Node **xlist,
                int nx, Pos pos);
/* check_constraint.c: the method name of constraint ce (in the current
 * scope), or NULL; whether ce mentions one of the names. */
Obj *gen_constraint_method(Checker *c, Node *ce, const char *name);
Node *gen_type_spec(const Type *t);   /* an instantiated type: its generic declaration */
Type *gen_single_term(Checker *c, Scope *s, Node *ce);
bool gen_constraint_mentions(Node *ce, Node **names, int n, int depth);
/* check_generic.c: method name of the constraint of the type parameter
 * whose shape is t, inside an instantiation; NULL if none. */
Obj *gen_bound_method(Checker *c, Type *t, const char *name);
/* Whether selector e is the function of the call being checked. */
bool gen_bound_called(Checker *c, Node *e);
/* check_call.c: a call's arguments, already checked, against sig */
void chk_call_checked_args(Checker *c, Node *e, Type *sig);

/* check_generic.c: Obj.gen, an instantiated type's Obj, or a method Obj of one. */
typedef struct GenObj {
    Obj *orig;            /* type: the generic type Obj */
    Type **targs;
    int n;
    Node *mdecl;          /* method: its generic N_FUNCDECL */
    Type *recvtype;       /* method: the instantiated (named) type */
} GenObj;

/* check_generic.c: the index expressions of an N_INDEX (one or several);
 * a scope where names[i] denotes targs[i] (parent: the file scope). */
int gen_index_args(Node *e, Node ***out);
Scope *gen_tparam_scope(Checker *c, Node **names, int n, Type **targs);

/* check_genname.c: gc's LinkString of t; "[int,string]" */
void gen_link_string(StrBuf *b, const Type *t, int depth);
const char *gen_targs_string(Arena *a, Type **targs, int n);

/* check_clone.c: deep copies of generic declarations, sharing preserved */
typedef struct CloneMap {
    const Node **from;
    Node **to;
    int cap, len;
} CloneMap;
Node *gen_clone_node(Arena *a, CloneMap *m, const Node *n);

/* check_infer.c: type argument inference; targs[i] NULL until inferred */
typedef struct Infer {
    Checker *c;
    Node **names;
    int n;
    Type **targs;
} Infer;
int gen_tparam_index(Infer *in, Node *te);   /* te names type parameter i, or -1 */
void gen_unify(Infer *in, Node *te, Type *at, int depth);
Node *gen_core_term(Node *ce);   /* a constraint's single core type term, or NULL */
void gen_constraint_infer(Infer *in, Node *d);

static inline bool is_blank(const char *s) { return s[0] == '_' && !s[1]; }
static inline bool is_iface(Type *t) { return t && type_under(t)->kind == TY_INTERFACE; }

#endif
