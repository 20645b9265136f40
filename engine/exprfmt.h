/* exprfmt.h - print expressions the way gc's diagnostics do.
 *
 * gc prints -m subjects with ir's exprFmt (cmd/compile/internal/ir/fmt.go):
 * "&User{...}", "make([]byte, 1024 * 1024)", "func literal", "x.f", "s[i]",
 * "f(x)", "new(T)", "... argument".  Constant subexpressions are printed as
 * their source text via syntax.String (gc's RawOrigExpr), and some forms
 * need types (a composite literal's type, conversions, implicit nodes):
 * those come from hooks the checker provides; without hooks the syntax
 * gives the answer wherever it can.
 */
#ifndef ESC_EXPRFMT_H
#define ESC_EXPRFMT_H

#include <stdbool.h>

#include "ast.h"

typedef struct ExprFmtHooks {
    void *ctx;
    /* gc's %v of the type of n (a composite literal, make/new's type, a
     * conversion's or assertion's type), or NULL to print the syntax.  For
     * an elided &T{...} element of a []*T literal return "*T": it prints
     * as "&T{...}".  An N_COMPOSITE with implicit set (the checker's
     * packing of variadic arguments) prints as "... argument". */
    const char *(*type_str)(void *ctx, const Node *n);
    /* n has a constant value: gc prints its source text (syntax.String)
     * unless n is a named constant, printed by name. */
    bool (*is_const)(void *ctx, const Node *n);
    /* For an N_CALL: 0 = a call, 1 = a conversion T(x), 2 = a builtin call
     * (make, new, len, ...); -1 = decide from the syntax. */
    int (*call_kind)(void *ctx, const Node *n);
    /* n is an implicit node the checker inserted that gc does not print
     * (implicit &x, *p, conversions): print n->x instead. */
    bool (*is_implicit)(void *ctx, const Node *n);
} ExprFmtHooks;

/* gc -m form of an expression, from the syntax alone. */
const char *expr_fmt(Arena *a, const Node *n);
/* The same with type information from the checker (h may be NULL). */
const char *expr_fmt_hooks(Arena *a, const Node *n, const ExprFmtHooks *h);
/* syntax.String(n): the syntax printer's short form, used for constant
 * expressions and in syntax errors ("cannot use x := 1 as value"). */
const char *expr_fmt_syntax(Arena *a, const Node *n);
/* A type expression printed as gc prints a types.Type ("[]int",
 * "map[string]int", "func(int) string", "struct { x int }"). */
const char *type_fmt(Arena *a, const Node *t);

#endif
