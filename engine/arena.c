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
    size_t mapped;      /* length of its own mapping, 0 if from malloc */
    max_align_t data[];
};

/* Small arenas take 64 KiB blocks from malloc, below its mmap threshold so
 * that one analysis reuses the heap the previous one freed.  Past 16 MiB
 * an arena takes 4 MiB blocks mapped on their own and aligned for
 * transparent huge pages: the tree walks of a big program touch hundreds of
 * MiB, and with 4 KiB pages the page faults and TLB misses cost more than
 * the walks (10k-line bench program: a third of the time). */
enum {
    ARENA_BLOCK = 64 * 1024,
    ARENA_HUGE = 4 * 1024 * 1024,
    HUGE_PAGE = 2 * 1024 * 1024,
    HUGE_AFTER = 16 * 1024 * 1024,
};

void arena_init(Arena *a) {
    a->head = NULL;
    a->total = 0;
    a->shared = NULL;
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
        if (b->mapped)
            munmap(b, b->mapped);
        else
            free(b);
        b = prev;
    }
    a->head = NULL;
    a->total = 0;
}

static size_t block_size(const Arena *a, size_t need) {
    size_t size = a->total >= HUGE_AFTER ? ARENA_HUGE - sizeof(ArenaBlock) : ARENA_BLOCK;
    return need > size ? need : size;
}

/* A zeroed mapping of len bytes (a multiple of HUGE_PAGE) starting on a
 * huge-page boundary, or NULL. */
static void *map_huge(size_t len) {
    size_t span = len + HUGE_PAGE;
    char *p = mmap(NULL, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    char *start = (char *)(((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
    if (start > p)
        munmap(p, (size_t)(start - p));
    if (p + span > start + len)
        munmap(start + len, (size_t)(p + span - (start + len)));
#ifdef MADV_HUGEPAGE
    madvise(start, len, MADV_HUGEPAGE);
#endif
    return start;
}

static ArenaBlock *new_block(Arena *a, size_t size) {
    /* Both kinds come zeroed (fresh pages from the kernel are zero, and
     * calloc clears reused heap memory), and arena memory is never reused,
     * so arena_alloc needs no memset of its own. */
    ArenaBlock *b = NULL;
    size_t mapped = 0;
    if (sizeof(ArenaBlock) + size >= ARENA_HUGE) {
        mapped = (sizeof(ArenaBlock) + size + HUGE_PAGE - 1) & ~(size_t)(HUGE_PAGE - 1);
        b = map_huge(mapped);
    }
    if (!b) {
        mapped = 0;
        b = calloc(1, sizeof(ArenaBlock) + size);
    }
    if (!b) {
        fputs("escapade: out of memory\n", stderr);
        abort();
    }
    b->mapped = mapped;
    b->prev = a->head;
    b->used = 0;
    b->size = size;
    a->head = b;
    a->total += sizeof(ArenaBlock) + size;
    return b;
}

void *arena_alloc(Arena *a, size_t size) {
    const size_t align = _Alignof(max_align_t);
    size = (size + align - 1) & ~(align - 1);
    if (size == 0)
        size = align;
    ArenaBlock *b = a->head;
    if (!b || b->size - b->used < size) {
        /* A huge request gets a block of its own, placed behind the current
         * one so the current block's free tail is not wasted. */
        if (b && size > ARENA_BLOCK / 4) {
            ArenaBlock *cur = a->head;
            ArenaBlock *big = new_block(a, size);   /* exactly size */
            a->head = cur;
            big->prev = cur->prev;
            cur->prev = big;
            big->used = size;
            return big->data;
        }
        b = new_block(a, block_size(a, size));
    }
    void *p = (char *)b->data + b->used;
    b->used += size;
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *arena_strdup(Arena *a, const char *s) {
    return arena_strndup(a, s, strlen(s));
}

char *arena_printf(Arena *a, const char *fmt, ...) {
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return arena_strdup(a, "");
    if ((size_t)n < sizeof small)
        return arena_strndup(a, small, (size_t)n);
    char *p = arena_alloc(a, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

void ptrvec_push(Arena *a, PtrVec *v, void *p) {
    if (v->len == v->cap) {
        int cap = v->cap ? v->cap * 2 : 8;
        void **items = arena_alloc(a, sizeof(void *) * (size_t)cap);
        if (v->len)
            memcpy(items, v->items, sizeof(void *) * (size_t)v->len);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->len++] = p;
}
