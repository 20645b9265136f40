/* test_escape_graph.c - the escape graph, solver and leak tags on
 * hand-built graphs (no front end needed). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "escape_int.h"

typedef struct Fix {
    Arena a;
    DiagList dl;
    EscCtx cx;
    EscBatch b;
    EscFn fn, clo;
} Fix;

static int setup(void **state) {
    Fix *f = calloc(1, sizeof *f);
    arena_init(&f->a);
    diag_init(&f->dl, &f->a);
    f->cx.arena = &f->a;
    f->cx.file = "./x.go";
    f->cx.diags = &f->dl;
    esc_batch_init(&f->b, &f->cx);
    f->fn.name = "f";
    f->clo.name = "f.func1";
    f->clo.outer = &f->fn;
    f->clo.is_closure = true;
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

static EscLoc *var(Fix *f, EscFn *fn, EscLocKind k, const char *name, int depth) {
    EscLoc *l = esc_new_loc(&f->b, fn, depth, k, false);
    l->text = name;
    return l;
}

/* g = &x: x's address reaches the heap. */
static void address_to_heap_escapes(void **state) {
    Fix *f = *state;
    EscLoc *x = var(f, &f->fn, LK_VAR, "x", 1);
    EscLoc *p = var(f, &f->fn, LK_VAR, "p", 1);
    esc_flow(&f->b, esc_shift(esc_hole(p), -1), x);          /* p = &x */
    esc_flow(&f->b, esc_heap_hole(&f->b), p);                /* g = p */
    esc_walk_all(&f->b);
    assert_true(x->escapes);
    assert_false(p->escapes);
    assert_true(x->addrtaken);
}

/* Values (not addresses) flowing to the heap do not make x escape. */
static void value_to_heap_does_not_escape(void **state) {
    Fix *f = *state;
    EscLoc *x = var(f, &f->fn, LK_VAR, "x", 1);
    esc_flow(&f->b, esc_heap_hole(&f->b), x);
    esc_walk_all(&f->b);
    assert_false(x->escapes);
}

/* return p: leaking param p to result ~r0 level=0; return *p: level=1. */
static void param_leaks_to_result(void **state) {
    Fix *f = *state;
    EscLoc *p = var(f, &f->fn, LK_PARAM, "p", 1);
    EscLoc *q = var(f, &f->fn, LK_PARAM, "q", 1);
    EscLoc *r0 = var(f, &f->fn, LK_RESULT, "~r0", 1);
    EscLoc *r1 = var(f, &f->fn, LK_RESULT, "~r1", 1);
    r0->result_index = 1;
    r1->result_index = 2;
    esc_flow(&f->b, esc_hole(r0), p);
    esc_flow(&f->b, esc_shift(esc_hole(r1), 1), q);
    esc_walk_all(&f->b);
    assert_int_equal(esc_leaks_result(&p->param_esc, 0), 0);
    assert_int_equal(esc_leaks_heap(&p->param_esc), -1);
    assert_int_equal(esc_leaks_result(&q->param_esc, 1), 1);
}

/* *g = *p style: leaking param content. */
static void param_content_leak(void **state) {
    Fix *f = *state;
    EscLoc *p = var(f, &f->fn, LK_PARAM, "p", 1);
    esc_flow(&f->b, esc_shift(esc_heap_hole(&f->b), 1), p);
    esc_walk_all(&f->b);
    assert_int_equal(esc_leaks_heap(&p->param_esc), 1);
}

/* A pointer declared outside a loop to a variable declared inside it. */
static void loop_depth_outlives(void **state) {
    Fix *f = *state;
    EscLoc *p = var(f, &f->fn, LK_VAR, "p", 1);
    EscLoc *x = var(f, &f->fn, LK_VAR, "x", 2);
    EscLoc *y = var(f, &f->fn, LK_VAR, "y", 1);
    esc_flow(&f->b, esc_shift(esc_hole(p), -1), x);
    esc_flow(&f->b, esc_shift(esc_hole(p), -1), y);
    esc_walk_all(&f->b);
    assert_true(x->escapes);
    assert_false(y->escapes);
}

/* A closure's variable pointing at its enclosing function's variable is
 * fine; the reverse (outer var = &closure var) escapes. */
static void closure_outlives(void **state) {
    Fix *f = *state;
    EscLoc *outer = var(f, &f->fn, LK_VAR, "o", 1);
    EscLoc *inner = var(f, &f->clo, LK_VAR, "i", 1);
    EscLoc *inner2 = var(f, &f->clo, LK_VAR, "j", 1);
    EscLoc *outer2 = var(f, &f->fn, LK_VAR, "k", 1);
    esc_flow(&f->b, esc_shift(esc_hole(outer), -1), inner);   /* o = &i */
    esc_flow(&f->b, esc_shift(esc_hole(inner2), -1), outer2); /* j = &k */
    esc_walk_all(&f->b);
    assert_true(inner->escapes);
    assert_false(outer2->escapes);
    assert_true(esc_outlives(outer, inner));
    assert_false(esc_outlives(inner2, outer2));
}

/* Transitive: x's address stored in an escaping allocation escapes too. */
static void transitive_escape(void **state) {
    Fix *f = *state;
    EscLoc *x = var(f, &f->fn, LK_VAR, "x", 1);
    EscLoc *alloc = var(f, &f->fn, LK_EXPR, "&T{...}", 1);
    alloc->transient = true;
    esc_flow(&f->b, esc_shift(esc_hole(alloc), -1), x);        /* T{p: &x} */
    esc_flow(&f->b, esc_shift(esc_heap_hole(&f->b), -1), alloc); /* g = &T{...} */
    esc_walk_all(&f->b);
    assert_true(alloc->escapes);
    assert_true(x->escapes);
}

static void tee_flows_everywhere(void **state) {
    Fix *f = *state;
    EscLoc *a = var(f, &f->fn, LK_VAR, "a", 1);
    EscLoc *x = var(f, &f->fn, LK_VAR, "x", 1);
    EscHole ks[2] = {esc_hole(a), esc_heap_hole(&f->b)};
    EscHole t = esc_tee(&f->b, &f->fn, 1, ks, 2);
    esc_flow(&f->b, esc_shift(t, -1), x);
    esc_walk_all(&f->b);
    assert_true(x->escapes);
}

static void leaks_optimize_and_format(void **state) {
    (void)state;
    EscLeaks l;
    memset(&l, 0, sizeof l);
    assert_true(esc_leaks_empty(&l));
    esc_leaks_add(&l, 0, 2);
    esc_leaks_add(&l, 0, 1);   /* keeps the minimum */
    esc_leaks_add(&l, 1, 3);
    esc_leaks_add(&l, 2, 0);
    assert_int_equal(esc_leaks_heap(&l), 1);
    esc_leaks_optimize(&l);    /* result 0 at 3 >= heap 1: dropped */
    assert_int_equal(esc_leaks_result(&l, 0), -1);
    assert_int_equal(esc_leaks_result(&l, 1), 0);
    char buf[64];
    esc_format_tag(&l, buf, sizeof buf);
    assert_string_equal(buf, "heap=1,r1=0");
}

static void tags_parse(void **state) {
    (void)state;
    EscTag t[8];
    int n = esc_parse_tags("//esc: a none b heap c content d r0=0 e heap=2,r1=1", t, 8);
    assert_int_equal(n, 5);
    assert_string_equal(t[0].name, "a");
    assert_true(esc_leaks_empty(&t[0].leaks));
    assert_int_equal(esc_leaks_heap(&t[1].leaks), 0);
    assert_int_equal(esc_leaks_heap(&t[2].leaks), 1);
    assert_int_equal(esc_leaks_heap(&t[3].leaks), -1);
    assert_int_equal(esc_leaks_result(&t[3].leaks, 0), 0);
    assert_int_equal(esc_leaks_heap(&t[4].leaks), 2);
    assert_int_equal(esc_leaks_result(&t[4].leaks, 1), 1);
    char buf[64];
    for (int i = 0; i < n; i++) {   /* format and parse back */
        char line[96];
        esc_format_tag(&t[i].leaks, buf, sizeof buf);
        snprintf(line, sizeof line, "esc: x %s", buf);
        EscTag u;
        assert_int_equal(esc_parse_tags(line, &u, 1), 1);
        assert_memory_equal(&u.leaks, &t[i].leaks, sizeof u.leaks);
    }
    assert_int_equal(esc_parse_tags("//esc: a bogus", t, 8), -1);
    assert_int_equal(esc_parse_tags("//esc: a r9=1", t, 8), -1);
    assert_int_equal(esc_parse_tags("//esc: a", t, 8), -1);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(address_to_heap_escapes, setup, teardown),
        cmocka_unit_test_setup_teardown(value_to_heap_does_not_escape, setup, teardown),
        cmocka_unit_test_setup_teardown(param_leaks_to_result, setup, teardown),
        cmocka_unit_test_setup_teardown(param_content_leak, setup, teardown),
        cmocka_unit_test_setup_teardown(loop_depth_outlives, setup, teardown),
        cmocka_unit_test_setup_teardown(closure_outlives, setup, teardown),
        cmocka_unit_test_setup_teardown(transitive_escape, setup, teardown),
        cmocka_unit_test_setup_teardown(tee_flows_everywhere, setup, teardown),
        cmocka_unit_test(leaks_optimize_and_format),
        cmocka_unit_test(tags_parse),
    };
    return cmocka_run_group_tests_name("escape_graph", tests, NULL, NULL);
}
