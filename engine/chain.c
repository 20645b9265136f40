/* chain.c - the left spine of a chain of binary operators (chain.h). */
#include "chain.h"

#include <stdlib.h>
#include <string.h>

enum { SMALL = sizeof ((Spine *)0)->small / sizeof (Node *) };

void spine_init(Spine *s) {
    s->v = s->small;
    s->n = 0;
}

void spine_push(Spine *s, Node *n) {
    if (s->n >= SMALL && (s->n & (s->n - 1)) == 0) {
        /* a long chain: double on the heap at each power of two; abort if
         * out of memory, as the arena does (no way to continue half-built) */
        Node **v = s->v == s->small ? malloc(2 * (size_t)s->n * sizeof *v)
                                    : realloc(s->v, 2 * (size_t)s->n * sizeof *v);
        if (!v)
            abort();
        if (s->v == s->small)
            memcpy(v, s->small, sizeof s->small);
        s->v = v;
    }
    s->v[s->n++] = n;
}

void spine_collect(Spine *s, Node *e) {
    spine_init(s);
    for (; e && e->kind == N_BINARY; e = e->x)
        spine_push(s, e);
}

void spine_free(Spine *s) {
    if (s->v != s->small)
        free(s->v);
    spine_init(s);
}
