/* check.h - the Go type checker: names resolved, types computed, errors in
 * gc 1.19's (types2's) wording.
 *
 * What the checker leaves in the AST for later stages (inliner, escape):
 *
 *   node->ty    every expression's type (after untyped constants got their
 *               final type from context); for type expressions the type
 *               they denote.  Multi-value calls have a TY_TUPLE.
 *   node->obj   N_NAME: the Obj it refers to (or declares).  N_SELECTOR:
 *               the field / method / package member selected.
 *               N_FUNCDECL: the function Obj.  N_TYPEDECL: the type Obj.
 *   node->mode  OPM_* below: type, constant, addressable variable, value...
 *   node->val   constant expressions: the exact value (arena Const).
 *
 * Implicit operations gc inserts are made explicit by rewriting the tree,
 * each new node having implicit = true and pos = the position gc uses:
 *
 *   N_CONVIFACE  a non-interface value (or an interface of another type)
 *                used where an interface is expected: assignment, var
 *                init, argument (incl. each variadic ...interface{} arg),
 *                return, composite-literal element, map key/value, send,
 *                comparison with an interface, switch case.  x = the
 *                operand, ty = the interface type, pos = operand's pos.
 *                (gc's OCONVIFACE.)  Explicit conversions `any(x)` stay an
 *                N_CALL whose x has mode OPM_TYPE; they are not wrapped.
 *   N_UNARY &    implicit address-of for a pointer-receiver method called
 *                on an addressable value: v.M() -> (&v).M().
 *   N_STAR       implicit dereference for a value-receiver method called
 *                through a pointer: p.M() -> (*p).M().
 *   N_SELECTOR   an embedded field traversed by a promoted selector:
 *                x.f -> x.E.f (name = the embedded field's N_NAME, obj =
 *                its field Obj).  Auto-dereference of x in x.f where x is
 *                a pointer is not rewritten: x->ty is a TY_PTR.
 *
 * A call to a type (conversion) is an N_CALL whose x->mode is OPM_TYPE.
 * A call of a built-in has x->mode OPM_BUILTIN and x->obj->builtin.
 * Other annotations:
 *   - a type switch's `v :=` has one Obj per clause, in the N_CASE's obj
 *     (typed as the clause's single type, else the operand's); name->obj is
 *     a symbolic Obj (OBJF_TYPESWITCH) for the guard itself;
 *   - labels: N_LABELED name->obj and N_BRANCH name->obj are the OBJ_LABEL;
 *   - Obj flags: OBJF_CAPTURED (referenced from a nested closure),
 *     OBJF_ADDRTAKEN (&x, incl. the implicit & of method calls),
 *     OBJF_ASSIGNED (assigned after its declaration), OBJF_USED;
 *     Obj.fn is the function (N_FUNCDECL/N_FUNCLIT) declaring a local;
 *   - unnamed results are named ~r0, ~r1..., blank named results ~b<i>,
 *     as gc names them;
 *   - untyped nil keeps node->ty = the type it is assigned/compared to
 *     where there is one (no N_CONVIFACE for nil);
 *   - a non-constant shift of an untyped constant (1 << n) is typed by its
 *     context, int by default.
 * Std packages (std.c): a selector pkg.F has obj = the stub's Obj, whose
 * decl is the stub's N_FUNCDECL (body present iff gc can inline F) and
 * whose esc holds the stub's //esc: lines (escape.h format).
 */
#ifndef ESC_CHECK_H
#define ESC_CHECK_H

#include <stdbool.h>

#include "ast.h"
#include "diag.h"
#include "types.h"

typedef enum OpMode {
    OPM_INVALID,   /* not checked, or erroneous */
    OPM_NOVALUE,   /* call of a function without results */
    OPM_BUILTIN,   /* a built-in function name */
    OPM_TYPE,      /* a type expression */
    OPM_CONST,     /* constant expression (node->val) */
    OPM_VAR,       /* addressable variable */
    OPM_MAPINDEX,  /* m[k]: assignable but not addressable */
    OPM_VALUE,     /* computed value */
    OPM_COMMAOK,   /* may be used in v, ok := ... (map index, assert, recv) */
    OPM_PKG,       /* an imported package name */
} OpMode;

/* A program: the main package plus the std packages it imports (loaded
 * lazily from engine/std/ stubs, checked by the same code). */
typedef struct Program {
    Arena *arena;
    Universe *u;
    Package *main;
    PtrVec pkgs;       /* Package*: imported std packages, load order */
    DiagList *diags;   /* where errors go */
    bool unsupported;  /* a "not supported:" diag was emitted */
    struct Program *std;  /* where std packages are loaded and found: a
                           * StdCache's program (std.c), or NULL for this one */
} Program;

Program *program_new(Arena *a, DiagList *diags);
/* Check a std function's body if not yet done: std bodies are checked on
 * first use (the inliner's), most never are (check.c). */
void chk_std_body(Obj *o);
/* A program whose std packages come from (and go to) cache (analyze.h),
 * or program_new's when cache is NULL or unusable.  Sets a->shared. */
struct StdCache;
Program *std_cache_program(struct StdCache *cache, Arena *a, DiagList *diags);

/* Type-check one file as a whole package.  display is the file name as gc
 * prints it ("./x.go").  Returns false if any error was reported.  Errors
 * are DK_ERROR diags (DK_UNSUPPORTED for "not supported: ..."), sorted by
 * position, at most 10 (then "too many errors"), as gc prints them. */
bool check_file(Program *p, File *f, const char *display);

/* Find (loading and checking it on first use) the std package for an
 * import path; NULL and a "could not import" diag if there is no stub. */
Package *std_import(Program *p, const char *path, Pos pos, const char *display);
/* The GOROOT position of a std method's parameter declared at pos in pkg's
 * stub (its "//pos:" lines, tools/stdtags): *file ("$GOROOT/src/...") and
 * *real; false when the stub does not say. */
bool std_param_pos(Arena *a, const Package *pkg, Pos pos, const char **file, Pos *real);

/* Text of expression x as types2 prints it in messages ("x.f", "f(a, b)",
 * "&T{…}"). */
const char *expr_string(Arena *a, const Node *x);

/* x.E1.E2: the implicit selectors of the embedded fields on s's path (what
 * the checker makes of a promoted field or method, gc's AddImplicitDots),
 * each an implicit node at pos; for the checker and the inliner's
 * wrappers and devirtualized calls.  NULL if the path does not fit x's type. */
Node *chk_embed_path(Arena *a, Node *x, const Selection *s, Pos pos);

#endif
