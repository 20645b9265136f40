/* arena.h - bump allocator for everything whose lifetime is one analysis.
 *
 * The AST, types, symbols and the escape graph of one source file all die
 * together, so they come from one Arena and are freed with one call.  This
 * keeps the analyzer free of per-node frees and makes "memory freed"
 * (valgrind clean) a property of arena_free alone.
 */
#ifndef ESC_ARENA_H
#define ESC_ARENA_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct ArenaBlock ArenaBlock;

typedef struct Arena {
    ArenaBlock *head;   /* newest block; older ones chained behind it */
    size_t total;       /* bytes obtained from malloc, for bench/peak reports */
    /* A longer-lived arena whose objects this one's users may point to
     * (the std packages of a StdCache, analyze.h), or NULL.  Memos derived
     * from those objects alone (the *T and []T of a cached T) are stored
     * there, see arena_home, so the shared objects never point into a
     * shorter-lived arena. */
    struct Arena *shared;
    /* Set by an owner that knows the arena will grow big (the analysis of
     * a long file): blocks are then mapped populated from the first, not
     * only past ARENA_BIG_AFTER (see new_block). */
    bool big;
} Arena;

void arena_init(Arena *a);
void arena_free(Arena *a);

/* Whether p points into memory a handed out. */
bool arena_owns(const Arena *a, const void *p);
/* The arena that must own memory derived from (and referenced by) the
 * object at p: a->shared if p lies there, else a. */
Arena *arena_home(Arena *a, const void *p);

/* Zeroed memory, aligned for any object.  Aborts on out-of-memory: the
 * engine has no sensible way to continue half-built. */
void *arena_alloc(Arena *a, size_t size);
/* The same, aligned only to align (a power of two): strings and pointer
 * arrays need not take 16-byte multiples. */
void *arena_alloc_align(Arena *a, size_t size, size_t align);
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_strdup(Arena *a, const char *s);
/* printf into arena memory. */
char *arena_printf(Arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* The same for the ... of a printf-like function of one's own. */
char *arena_vprintf(Arena *a, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));

/* Growable array of pointers living in an arena (old storage is simply
 * abandoned on growth; the arena reclaims it at the end). */
typedef struct PtrVec {
    void **items;
    int len, cap;
} PtrVec;

void ptrvec_push(Arena *a, PtrVec *v, void *p);

/* A string built up in an arena: it grows by doubling and stays
 * NUL-terminated, so b.s is usable at any time.  Outgrown copies stay in the
 * arena until it is freed, which is fine for the short names and notes the
 * checker and reporters build.  Initialise as {arena, NULL, 0, 0}.
 * With a NULL arena ({0}) it grows in malloc'd memory instead, for the long
 * texts printed in many steps (function bodies, quiz feedback), whose
 * outgrown copies would pile up in the arena: strbuf_finish then copies
 * the text into an arena and frees the buffer. */
typedef struct StrBuf {
    Arena *a;
    char *s;
    size_t len, cap;
} StrBuf;

void strbuf_put(StrBuf *b, const char *s, size_t n);
void strbuf_puts(StrBuf *b, const char *s);
void strbuf_printf(StrBuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* The text ("" if none) in arena a; a malloc'd buffer is freed and b
 * emptied for reuse. */
const char *strbuf_finish(StrBuf *b, Arena *a);

#endif
