/* inline.h - gc 1.19's inlining phase on the checked AST.
 *
 * Runs between type checking and escape analysis when -l is not given, as
 * cmd/compile/internal/inline.InlinePackage does:
 *
 *   1. Functions are visited bottom-up over the call graph (Tarjan's strongly
 *      connected components, exactly ir.VisitFuncsBottomUp's order), each
 *      component's functions in order, closures after their enclosing one.
 *   2. For each function: CanInline (inline_cost.c) counts gc's IR nodes of
 *      its body with the hairy visitor (budget 80, 57 for a call that cannot
 *      be inlined, a callee's own cost for one that can, 15 plus the body for
 *      a closure...) and prints `can inline f` / `cannot inline f: REASON`;
 *      then InlineCalls (inline_call.c) replaces each call to an inlinable
 *      function by an N_INLCALL node and prints `inlining call to f`.
 *
 * The -m lines go to the DiagList in gc's order (DK_CAN_INLINE,
 * DK_CANNOT_INLINE, DK_INLINE_CALL); escape analysis appends its lines after.
 *
 * ------------------------------------------------------------------
 * THE INLINED REPRESENTATION (what escape analysis walks)
 *
 * An inlined call is an expression node of kind N_INLCALL (gc's OINLCALL)
 * that replaces the N_CALL in its parent (as an expression, the operand of
 * an N_EXPRSTMT, an N_ASSIGN rhs, an argument of another call...):
 *
 *   kind    N_INLCALL
 *   pos     the call's position ('(')
 *   x       the original N_CALL, untouched: for printing only.  Escape
 *           analysis must NOT walk it (its arguments were moved into init).
 *   y       the callee's function node (N_FUNCDECL or N_FUNCLIT)
 *   obj     the callee's Obj (OBJ_FUNC), or NULL for a function literal
 *   ty      the call's type (as on the N_CALL)
 *   init    N_BLOCK, run first, in order:
 *             - an N_ASSIGN with op T_DEFINE: lhs = one N_NAME per receiver
 *               and parameter of the callee (a blank N_NAME `_` with obj
 *               NULL for an unnamed or blank one), rhs = the arguments
 *               (receiver first).  For a variadic callee the extra
 *               arguments are packed as gc's FixVariadicCall does: an
 *               N_COMPOSITE with implicit=true, ty = []T, list = the
 *               arguments (gc prints it as "... argument"); with no extra
 *               arguments, an N_NAME "nil" of type []T (obj NULL);
 *               f(s...) passes s itself.  Omitted when there are no
 *               parameters.
 *             - when the callee has several returns or named results: an
 *               N_DECLSTMT (decl = N_VARDECL, names = the result N_NAME,
 *               no values) per result, zeroing it.
 *   body    N_BLOCK: a copy of the callee's body in which every reference
 *           to a parameter, result or local is an N_NAME whose obj is a
 *           fresh OBJ_VAR of the caller (see below), and every `return e`
 *           is an N_ASSIGN (op T_ASSIGN) of `results = e` (a bare return is
 *           an N_EMPTY).  Calls in the body are themselves inlined
 *           (N_INLCALL nodes nested inside) when gc would.
 *   results the result variables, one N_NAME each (name "~R0", "~R1"... for
 *           unnamed results, the result's own name for named ones).  The
 *           value of the N_INLCALL is results.items[0] (or the tuple).
 *   implicit true
 *
 * Fresh variables: each parameter, named result and local of the callee
 * gets a new Obj per inlined call: a copy of the callee's Obj with the same
 * name, type and OBJF_ADDRTAKEN / OBJF_ASSIGNED / OBJF_CAPTURED flags,
 * OBJF_PARAM / OBJF_RESULT / OBJF_RECV cleared, fn = the caller's function
 * node (the enclosing N_FUNCDECL or N_FUNCLIT; the N_FILE for a call in a
 * package-level variable's initializer, gc's package init function), pos =
 * the call's position.
 *
 * Positions: every copied node's pos (and end) is the position of the
 * outermost inlined call in the caller, because gc prints positions of
 * inlined code at the outermost call site (`&User{...} does not escape` at
 * the call's column).  Function literals copied from an inlined body get the
 * call's position too, but the statements inside them keep their own.
 *
 * The copied nodes share type expressions and Types with the callee; they
 * never share expression or statement nodes (escape may annotate aux).
 * ------------------------------------------------------------------ */
#ifndef ESC_INLINE_H
#define ESC_INLINE_H

#include <stdbool.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "types.h"

typedef struct InlConfig {
    Arena *arena;       /* where new nodes, objs and messages live */
    DiagList *diags;    /* -m lines are appended here */
    const char *file;   /* file name as gc prints it: "./x.go" */
    int m;              /* -m level: 0 none, 1 -m, 2 -m=2 */
    File *src;          /* the checked file (root N_FILE) */
    Package *pkg;       /* its package (for naming types) */
    bool merge_bounds;  /* inline_wrappers: diags[bounds_from..] are walk's
                         * bounds-check lines, to interleave with the itabs' */
    int bounds_from;
} InlConfig;

typedef struct InlState InlState;

/* Run the inlining phase: decide, report, and rewrite calls in place.
 * Not called with -l (gc does not run it then).  The returned state (in
 * the arena) is what inline_wrappers needs. */
InlState *inline_package(const InlConfig *cfg);
/* With -l: an inliner that knows no local function (none is inlinable), for
 * the method wrappers, into which gc still inlines imported std methods
 * (their export-data bodies survive -l). */
InlState *inline_std_only(const InlConfig *cfg);

/* Whether the inlined program has a call of an interface method: without
 * one, inline_devirtualize has nothing to do (and need not walk every
 * body).  Counted as inline_package edits and copies bodies. */
bool inline_has_iface_calls(const InlState *st);

/* The method wrappers gc generates when it writes the package's type
 * descriptors, after escape analysis (inline_wrap.c): their `inlining call
 * to` lines (st == NULL with -l: none) and their escape analysis (esc ==
 * NULL: none), at <autogenerated>:1.  Call it after the escape stage: gc
 * prints these last. */
struct EscResult;
/* The wrappers and type..eq functions gc makes while stenciling (for the
 * dictionaries' itabs): their can/cannot inline lines, in the inlining
 * phase after inline_package.  inline_wrappers prints their escape lines
 * first. */
void inline_early_wrappers(const InlConfig *cfg, InlState *st);
void inline_wrappers(const InlConfig *cfg, InlState *st, struct EscResult *esc);
/* The same with wf_file's facts of cfg->src's declarations (walkfacts.h),
 * when the caller has them: only functions that convert are walked. */
void inline_wrappers_facts(const InlConfig *cfg, InlState *st, struct EscResult *esc,
                           const uint8_t *facts);

/* Devirtualize interface calls on receivers of a statically known concrete
 * type (runs with and without -l, after inline_package).  Its
 * DK_DEVIRTUALIZE lines form their own group, sorted by position, printed
 * after the inlining lines and before the escape lines (gc flushes its
 * sorted warnings in between).  A devirtualized call's x becomes an
 * implicit N_SELECTOR (obj = the concrete method) of an implicit
 * N_TYPEASSERT (x = the interface value, ty = the concrete type). */
void inline_devirtualize(const InlConfig *cfg);

/* inline_report.c: gc's node and type printing (ir/fmt.go), also usable by
 * escape analysis for its messages.  Results live in the arena. */
const char *gcfmt_expr(Arena *a, const Package *local, Node *n);

/* The temporaries gc's front end (irgen's RewriteNonNameCall and
 * RewriteMultiValueCall) makes for a function body, numbered .autotmp_N by
 * the declarations before them, starting from first (the parameters and
 * results).  keys[i] is the call (or return) the temporaries belong to, idx[i]
 * the number of its first one; multi[i] says they hold the values of the
 * multi-valued call keys[i] (f(g()): keyed by g()), not its callee's. */
typedef struct InlTemps {
    Node **keys;
    int *idx;
    bool *multi;
    int n;
    int ntemps;     /* temporaries in all */
} InlTemps;
InlTemps inline_irgen_temps(Arena *a, Node *body, int first);
InlTemps inline_irgen_temps_after(Arena *a, Node *body, int first);
const char *gcfmt_stmts(Arena *a, const Package *local, Node *block);
const char *gcfmt_type(Arena *a, const Package *local, const Type *t);
const char *gcfmt_functype(Arena *a, const Package *local, Node *fn);

bool inl_any_side_effects(const Node *n);   /* staticinit.AnySideEffects */

#endif
