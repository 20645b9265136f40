/* arena.c - bump allocator; see arena.h. */
#include "arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

struct ArenaBlock {
    ArenaBlock *prev;
    size_t used, size;
    size_t mapped;      /* length of its own mapping; 0: from malloc */
    max_align_t data[];
};

/* Small arenas (a lesson's example, a std stub) take 64 KiB blocks from
 * malloc, below its mmap threshold, so one analysis reuses the heap the
 * previous one freed.  Past ARENA_BIG_AFTER an arena is a big program's:
 * it takes blocks mapped with MAP_POPULATE, so the kernel hands over all
 * their (zeroed) pages in one call instead of one page fault per 4 KiB
 * (perf on the 10k-line bench program: a sixth of the time went to page
 * faults), and allocations from them need no memset, the pages being zero.
 * The blocks are 256 KiB, then 1 MiB past ARENA_HUGE_AFTER: the populated
 * but unused tail of the last block stays small beside the whole. */
enum {
    ARENA_BLOCK = 64 * 1024,
    ARENA_BIG_BLOCK = 256 * 1024,
    ARENA_BIG_AFTER = 4 * 1024 * 1024,
    ARENA_HUGE_BLOCK = 1024 * 1024,
    ARENA_HUGE_AFTER = 32 * 1024 * 1024,
};

/* In an ASan build every allocation is followed by a poisoned redzone as
 * large as a Node, so reading past what was allocated (a leaf node's
 * fields from x on, ast.h) is reported instead of reading the next object. */
#if defined(__SANITIZE_ADDRESS__)
#define ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_ASAN 1
#endif
#endif
#ifdef ARENA_ASAN
#include <sanitizer/asan_interface.h>
enum { ARENA_REDZONE = 384 };
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
enum { ARENA_REDZONE = 0 };
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

void arena_init(Arena *a) {
    a->head = NULL;
    a->total = 0;
    a->shared = NULL;
    a->big = false;
}

bool arena_owns(const Arena *a, const void *p) {
    const char *c = p;
    for (const ArenaBlock *b = a ? a->head : NULL; b; b = b->prev)
        if (c >= (const char *)b->data && c < (const char *)b->data + b->used)
            return true;
    return false;
}

Arena *arena_home(Arena *a, const void *p) {
    return a->shared && arena_owns(a->shared, p) ? a->shared : a;
}

void arena_free(Arena *a) {
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *prev = b->prev;
        UNPOISON(b->data, b->size);
        if (b->mapped)
            munmap(b, b->mapped);
        else
            free(b);
        b = prev;
    }
    a->head = NULL;
    a->total = 0;
}

_Noreturn static void out_of_memory(void) {
    fputs("escapade: out of memory\n", stderr);   /* nothing to report it to */
    abort();
}

static ArenaBlock *new_block(Arena *a, size_t size) {
    ArenaBlock *b = NULL;
    size_t mapped = 0;
    if (a->total >= ARENA_BIG_AFTER || a->big) {
        size_t len = sizeof(ArenaBlock) + size;
        if (size == ARENA_BLOCK)    /* a regular block, not a huge request's */
            len = a->total >= ARENA_HUGE_AFTER ? ARENA_HUGE_BLOCK : ARENA_BIG_BLOCK;
        else
            len = (len + 4095) & ~(size_t)4095;
        void *p = mmap(NULL, len, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
        if (p != MAP_FAILED) {
            b = p;
            mapped = len;
            size = len - sizeof(ArenaBlock);
        }
    }
    if (!b) {
        /* not calloc: zeroing each allocation as it is made (arena_alloc)
         * writes memory that is about to be written anyway, where zeroing a
         * whole block up front costs cache misses (cachegrind) */
        b = malloc(sizeof(ArenaBlock) + size);
    }
    if (!b)
        out_of_memory();
    b->prev = a->head;
    b->used = 0;
    b->size = size;
    b->mapped = mapped;
    a->head = b;
    a->total += sizeof(ArenaBlock) + size;
    return b;
}

void *arena_alloc_align(Arena *a, size_t size, size_t align) {
#ifdef ARENA_ASAN
    if (align < 8)
        align = 8;      /* ASan poisons in 8-byte granules */
#endif
    size = (size + align - 1) & ~(align - 1);
    if (size == 0)
        size = align;
    size_t asked = size;
    size += ARENA_REDZONE;
    ArenaBlock *b = a->head;
    size_t off = b ? (b->used + align - 1) & ~(align - 1) : 0;
    if (!b || off > b->size || b->size - off < size) {
        /* A huge request gets a block of its own, placed behind the current
         * one so the current block's free tail is not wasted. */
        if (b && size > ARENA_BLOCK / 4) {
            ArenaBlock *cur = a->head;
            ArenaBlock *big = new_block(a, size);   /* at least size */
            a->head = cur;
            big->prev = cur->prev;
            cur->prev = big;
            big->used = big->size;
            if (!big->mapped)
                memset(big->data, 0, size);
            POISON((char *)big->data + asked, big->size - asked);
            return big->data;
        }
        b = new_block(a, size > ARENA_BLOCK ? size : ARENA_BLOCK);  /* a regular block */
        off = 0;
    }
    void *p = (char *)b->data + off;
    b->used = off + size;
    UNPOISON(p, asked);
    if (!b->mapped)
        memset(p, 0, asked);
    POISON((char *)p + asked, size - asked);
    return p;
}

void *arena_alloc(Arena *a, size_t size) {
    return arena_alloc_align(a, size, _Alignof(max_align_t));
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
    char *p = arena_alloc_align(a, n + 1, 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *arena_strdup(Arena *a, const char *s) {
    return arena_strndup(a, s, strlen(s));
}

char *arena_vprintf(Arena *a, const char *fmt, va_list ap) {
    char small[512];
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    char *p;
    if (n < 0) {
        p = arena_strdup(a, "");
    } else if ((size_t)n < sizeof small) {
        p = arena_strndup(a, small, (size_t)n);
    } else {
        p = arena_alloc(a, (size_t)n + 1);
        vsnprintf(p, (size_t)n + 1, fmt, again);
    }
    va_end(again);
    return p;
}

char *arena_printf(Arena *a, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *p = arena_vprintf(a, fmt, ap);
    va_end(ap);
    return p;
}

void ptrvec_push(Arena *a, PtrVec *v, void *p) {
    if (v->len == v->cap) {
        int cap = v->cap ? v->cap * 2 : 8;
        void **items = arena_alloc_align(a, sizeof(void *) * (size_t)cap, _Alignof(void *));
        if (v->len)
            memcpy(items, v->items, sizeof(void *) * (size_t)v->len);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->len++] = p;
}

/* Room for n more bytes and the NUL. */
static void strbuf_grow(StrBuf *b, size_t n) {
    if (b->len + n + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->len + n + 1)
        cap *= 2;
    char *ns;
    if (b->a) {
        ns = arena_alloc(b->a, cap);
        if (b->len)
            memcpy(ns, b->s, b->len);
    } else {
        ns = realloc(b->s, cap);
        if (!ns)
            out_of_memory();
    }
    b->s = ns;
    b->cap = cap;
}

void strbuf_put(StrBuf *b, const char *s, size_t n) {
    strbuf_grow(b, n);
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}

void strbuf_puts(StrBuf *b, const char *s) { strbuf_put(b, s, strlen(s)); }

void strbuf_printf(StrBuf *b, const char *fmt, ...) {
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n <= 0)
        return;
    if ((size_t)n < sizeof small) {
        strbuf_put(b, small, (size_t)n);
        return;
    }
    strbuf_grow(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

const char *strbuf_finish(StrBuf *b, Arena *a) {
    if (b->a)
        return b->s ? b->s : "";
    const char *r = arena_strndup(a, b->s ? b->s : "", b->len);
    free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
    return r;
}
