/* test_arena.c - the arena allocator. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "arena.h"

static void alloc_is_zeroed_and_aligned(void **state) {
    (void)state;
    Arena a;
    arena_init(&a);
    for (int i = 1; i < 1000; i++) {
        unsigned char *p = arena_alloc(&a, (size_t)i);
        assert_int_equal((uintptr_t)p % _Alignof(max_align_t), 0);
        for (int j = 0; j < i; j++)
            assert_int_equal(p[j], 0);
        memset(p, 0xab, (size_t)i);
    }
    arena_free(&a);
}

static void big_allocations_keep_small_ones_usable(void **state) {
    (void)state;
    Arena a;
    arena_init(&a);
    char *s = arena_strdup(&a, "small");
    char *big = arena_alloc(&a, 1 << 20);
    big[(1 << 20) - 1] = 1;
    char *t = arena_printf(&a, "%s-%d", s, 42);
    assert_string_equal(t, "small-42");
    arena_free(&a);
}

static void ptrvec_grows(void **state) {
    (void)state;
    Arena a;
    arena_init(&a);
    PtrVec v = {0};
    static int xs[100];
    for (int i = 0; i < 100; i++)
        ptrvec_push(&a, &v, &xs[i]);
    assert_int_equal(v.len, 100);
    for (int i = 0; i < 100; i++)
        assert_ptr_equal(v.items[i], &xs[i]);
    arena_free(&a);
}
/* Past 16 MiB the arena switches to blocks mapped on their own (huge
 * pages): memory stays zeroed, aligned, owned, and freed. */
static void large_arena_stays_zeroed(void **state) {
    (void)state;
    Arena a;
    arena_init(&a);
    enum { N = 200000, SZ = 200 };   /* 40 MB in node-sized pieces */
    unsigned char *first = NULL, *last = NULL;
    for (int i = 0; i < N; i++) {
        unsigned char *p = arena_alloc(&a, SZ);
        assert_int_equal((uintptr_t)p % _Alignof(max_align_t), 0);
        for (int j = 0; j < SZ; j += 37)
            assert_int_equal(p[j], 0);
        memset(p, 0xcd, SZ);
        if (!first)
            first = p;
        last = p;
    }
    char *big = arena_alloc(&a, 5 << 20);   /* a request bigger than a block */
    assert_int_equal(big[0] | big[(5 << 20) - 1], 0);
    assert_true(a.total >= (size_t)N * SZ);
    assert_true(arena_owns(&a, first) && arena_owns(&a, last) && arena_owns(&a, big));
    int local;
    assert_false(arena_owns(&a, &local));
    arena_free(&a);
    assert_int_equal(a.total, 0);
}

/* arena_home: memory derived from an object of the shared arena belongs
 * there; anything else to the arena itself. */
static void home_of_shared_objects(void **state) {
    (void)state;
    Arena shared, own;
    arena_init(&shared);
    arena_init(&own);
    char *s = arena_strdup(&shared, "cached");
    char *o = arena_strdup(&own, "mine");
    assert_ptr_equal(arena_home(&own, s), &own);   /* no shared arena yet */
    own.shared = &shared;
    assert_ptr_equal(arena_home(&own, s), &shared);
    assert_ptr_equal(arena_home(&own, o), &own);
    arena_free(&own);
    arena_free(&shared);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(alloc_is_zeroed_and_aligned),
        cmocka_unit_test(big_allocations_keep_small_ones_usable),
        cmocka_unit_test(ptrvec_grows),
        cmocka_unit_test(large_arena_stays_zeroed),
        cmocka_unit_test(home_of_shared_objects),
    };
    return cmocka_run_group_tests_name("arena", tests, NULL, NULL);
}
