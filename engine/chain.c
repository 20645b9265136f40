/* chain.c - the left spine of a chain of binary operators (chain.h). */
#include "chain.h"

#include <stdlib.h>
#include <string.h>

void spine_collect(Spine *s, Node *e) {
    int cap = (int)(sizeof s->small / sizeof s->small[0]);
    s->v = s->small;
    s->n = 0;
    for (; e && e->kind == N_BINARY; e = e->x) {
        if (s->n == cap) {
            /* a long chain: grow on the heap, like the arena, abort if out
             * of memory (the engine cannot continue half-built) */
            cap *= 4;
            Node **v = s->v == s->small ? malloc((size_t)cap * sizeof *v)
                                        : realloc(s->v, (size_t)cap * sizeof *v);
            if (!v)
                abort();
            if (s->v == s->small)
                memcpy(v, s->small, sizeof s->small);
            s->v = v;
        }
        s->v[s->n++] = e;
    }
}

void spine_free(Spine *s) {
    if (s->v != s->small)
        free(s->v);
    s->v = s->small;
    s->n = 0;
}
