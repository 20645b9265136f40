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

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(alloc_is_zeroed_and_aligned),
        cmocka_unit_test(big_allocations_keep_small_ones_usable),
        cmocka_unit_test(ptrvec_grows),
    };
    return cmocka_run_group_tests_name("arena", tests, NULL, NULL);
}
