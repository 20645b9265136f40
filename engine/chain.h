/* chain.h - long chains of binary operators, walked without recursion.
 *
 * The parser builds `a + b + c + ...` as a left-leaning tree of N_BINARY
 * nodes in a loop and does not count it as nesting: gc compiles the
 * 7,098-term string constant of time/tzdata/zipdata.go.  A pass that
 * recursed into e->x for every term would overflow the C stack, so passes
 * collect the left spine (e, e->x, e->x->x, ... while N_BINARY) and loop
 * over it.  They recurse only into each node's y: a right operand binds
 * tighter than its operator, so its own chains nest at most one level per
 * precedence, and every other nesting (parens, unary operators, calls) is
 * bounded by the parser's PARSE_MAX_DEPTH.
 */
#ifndef ESC_CHAIN_H
#define ESC_CHAIN_H

#include "ast.h"

typedef struct Spine {
    Node **v;   /* v[0] = the top node ... v[n-1] = the lowest N_BINARY */
    int n;
    Node *small[16];
} Spine;

/* Collect e's left spine (e an N_BINARY); free it with spine_free. */
void spine_collect(Spine *s, Node *e);
void spine_free(Spine *s);
/* For spines a pass collects itself (e.g. through parentheses). */
void spine_init(Spine *s);
void spine_push(Spine *s, Node *n);

/* The first operand of the chain: the left operand of its lowest node. */
static inline Node *spine_first(const Spine *s) { return s->v[s->n - 1]->x; }

/* Run STMT with VAR bound to each operand of the chain at E (an N_BINARY),
 * in the order a recursion visiting x before y meets them: for walks that
 * do nothing at the N_BINARY nodes themselves.  STMT must not return. */
#define SPINE_OPERANDS(E, VAR, STMT)                                    \
    do {                                                                \
        Spine sp_;                                                      \
        spine_collect(&sp_, (E));                                       \
        for (int i_ = sp_.n; i_ >= 0; i_--) {                           \
            Node *VAR = i_ == sp_.n ? spine_first(&sp_) : sp_.v[i_]->y; \
            STMT;                                                       \
        }                                                               \
        spine_free(&sp_);                                               \
    } while (0)

#endif
