/* engine_fixture.h - the cmocka fixture the engine tests share: an arena and
 * a diagnostic list per test, freed by the teardown whatever the test did.
 * Include after <cmocka.h>, arena.h and diag.h. */
#ifndef ESC_TEST_ENGINE_FIXTURE_H
#define ESC_TEST_ENGINE_FIXTURE_H

#include <stdlib.h>

struct Program;

typedef struct Fix {
    Arena a;
    DiagList dl;
    File *f;                /* the parsed file, for tests that keep one */
    struct Program *prog;   /* the checked program, for checker tests */
} Fix;

static int setup(void **state) {
    Fix *f = calloc(1, sizeof *f);
    if (!f)
        return -1;
    arena_init(&f->a);
    diag_init(&f->dl, &f->a);
    *state = f;
    return 0;
}

static int teardown(void **state) {
    Fix *f = *state;
    diag_free(&f->dl);
    arena_free(&f->a);
    free(f);
    return 0;
}

#endif
