/* generic.h - what the checker leaves for later stages about generics.
 *
 * gc 1.19 never analyses a generic body: it stencils one copy per GC
 * shape of the type arguments (noder/stencil.go), named
 * "Sum[go.shape.int_0]" or "(*Stack[go.shape.string_0]).Pop", and calls
 * it with a dictionary argument.  The checker (check_generic.c) does the
 * same: each instantiation is a checked copy of the generic N_FUNCDECL,
 * appended to the file's declarations in gc's order, and every call of
 * one is redirected to it.  Generic declarations themselves stay in the
 * tree unchecked: stages skip them (gen_is_generic_decl).
 */
#ifndef ESC_GENERIC_H
#define ESC_GENERIC_H

#include <stdbool.h>

#include "ast.h"

typedef struct GenInfo {
    /* N_FUNCDECL: a stenciled instantiation; gc marks it Dupok, so escape
     * analysis prints no parameter tags for it. */
    bool inst;
    /* N_FUNCDECL of an instantiation: its dictionary parameter ".dict"
     * (first in gc's Dcl, not in the checker's signature).  Each closure
     * inside captures it: the checker puts `.dict = .dict` (a local of the
     * closure from the outer one) first in the closure's body, as
     * stencil.go's subster does. */
    Obj *dict;
    /* N_CALL of an instantiation: gc's printed form starts with this
     * text, e.g. "Sum[go.shape.int_0](&.dict.Sum[int]"; the arguments
     * follow, each after ", " (recv first when not NULL), then ")". */
    const char *callprefix;
    const char *dicttext;   /* the dictionary argument alone */
    const char *calleetext; /* the callee and "(", before the dictionary */
    bool subdict;           /* inside an instantiation: a sub-dictionary */
    struct Type *fsig;      /* a generic function's instantiated signature
                             * in the caller's types (gc's OFUNCINST) */
    Node *recv;
    /* N_CALL: whether an argument had a shape type (inside an
     * instantiation); gc's inliner looks at that (inl.go mkinlcall). */
    bool shapeargs;
    bool shapeparams;   /* the callee has a parameter of a shape type */
    /* N_CONVIFACE of a shape-typed value in an instantiation: gc's
     * dictionary pass made it OEFACE(type, OCONVIDATA(x)), printed
     * "unsafe.Pointer(x)". */
    bool convidata;
    /* such an N_CONVIFACE made implicit for an assignment, a var
     * declaration or a return: placed at its statement (check_generic.c
     * stmt_conv_pos), not where escape analysis would put it */
    bool stmtpos;
    /* N_CALL of an instantiation: the inline cost of its dictionary
     * argument (&.dict.F[int] 2; a sub-dictionary entry 4), or of a bound
     * call's callee beyond its one name node (4). */
    int dictcost;
    /* N_CALL inside an instantiation of a method of a type parameter's
     * constraint, x.M(a): gc calls the method expression closure in the
     * dictionary, (func(T, A) R)(&dict[i])(x, a) (stencil.go dictPass).
     * The checker rewrote it so: x is a name whose text is that callee
     * (a dynamic call: its arguments leak), x.M first among the
     * arguments; fsig is the method value's type. */
    bool bound;
    /* N_FUNCLIT the checker made for a generic function value F[int]:
     * gc's closure func(a0...) (r0...) { return F[int](a0...) }
     * (stencil.go buildClosure), a wrapper: numbered after the user's
     * literals of its function, no escape summary lines of its own. */
    bool funcvalue;
    /* that literal is a method value's x.M: its init is `.rcvrN = x` */
    bool rcvrvalue;
    const struct Node *self;   /* that N_FUNCLIT: an inlined copy is none */
    /* N_FUNCDECL of an instantiation: its shapes, one per type parameter */
    struct Type **shapes;
    int nshapes;
} GenInfo;

/* Whether t is or contains a GC shape type (go.shape.*). */
bool gen_has_shape(const struct Type *t);
/* Whether t is a GC shape type itself. */
bool gen_is_shape(const struct Type *t);

/* gc 1.19's inliner (inl.go mkinlcall, issues #49309, #51909): a call of
 * a function with shape-typed parameters is inlined only when an argument
 * has a shape type; one without is not when an argument has. */
bool gen_inlinable_call(const Node *call);

/* A generic function, method of a generic type, or generic type
 * declaration (not an instantiation). */
bool gen_is_generic_decl(const Node *d);
/* The receiver argument of a stenciled method call, as later stages left
 * it (escape analysis may have moved it into a temporary), or NULL. */
static inline Node *gen_call_recv(const Node *call) {
    if (!call->gen || !call->gen->recv)
        return NULL;
    const Node *f = call->x;
    while (f && f->kind == N_PAREN)
        f = f->x;
    return f && f->kind == N_SELECTOR && f->x ? f->x : call->gen->recv;
}

/* The closure of a generic function value, not a copy inlining made of
 * it (gc: a wrapper, which its copies are not). */
static inline bool gen_is_value_closure(const Node *n) {
    return n && n->kind == N_FUNCLIT && n->gen && n->gen->funcvalue && n->gen->self == n;
}

/* An instantiation's N_FUNCDECL (gc: Dupok). */
static inline bool gen_is_inst(const Node *d) { return d && d->gen && d->gen->inst; }

#endif
