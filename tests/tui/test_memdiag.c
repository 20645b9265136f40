/* test_memdiag.c - the memory diagram drawn from the embedded analyzer's
 * own picture (engine/escape.h's EscResult) of a real file: nothing the
 * learner needs is cut off at any width, and the inlined copies of a
 * closure gc makes in its callers do not show up as frames of functions
 * the source does not have. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "memdiag.h"

typedef struct Fixture {
    Analysis *an;
    Doc doc;
} Fixture;

static int setup(void **state) {
    Fixture *f = calloc(1, sizeof *f);
    AnalyzeOpts o = {.m = 1};
    f->an = analyze_file("tests/corpus/escape_check.go", &o);
    if (!f->an || f->an->failed || !memdiag_of_analysis(f->an))
        return -1;
    doc_init(&f->doc);
    *state = f;
    return 0;
}

static int teardown(void **state) {
    Fixture *f = *state;
    if (getenv("TEST_LAYOUT_SHOW"))
        for (int i = 0; i < f->doc.n; i++) {
            char *t = dl_text(&f->doc.lines[i]);
            fprintf(stderr, "|%s\n", t);
            free(t);
        }
    doc_free(&f->doc);
    analysis_free(f->an);
    free(f);
    return 0;
}

/* The whole drawing as one string with the box edges, arrows and line
 * breaks squeezed to single spaces, so that text wrapped inside a box
 * reads as it would to the learner. */
static char *doc_words(const Doc *d) {
    size_t cap = 1, n = 0;
    char *all = malloc(cap);
    all[0] = 0;
    for (int i = 0; i < d->n; i++) {
        char *t = dl_text(&d->lines[i]);
        size_t k = strlen(t);
        all = realloc(all, cap += k + 2);
        memcpy(all + n, t, k);
        n += k;
        all[n++] = ' ';
        all[n] = 0;
        free(t);
    }
    return all;
}

static bool has_in_box(const Doc *d, const char *want) {
    char *all = doc_words(d);
    bool found = strstr(all, want) != NULL;
    free(all);
    return found;
}

/* Every heap entry's reason reads in full: on one line when it fits,
 * else continued on the next line of the box. */
static void heap_reasons_not_cut(void **state, int cols) {
    Fixture *f = *state;
    layout_memory(&f->doc, memdiag_of_analysis(f->an), cols);
    int seen = 0;
    for (int i = 0; i < f->doc.n; i++) {
        char *t = dl_text(&f->doc.lines[i]);
        if (strstr(t, "make([]byte, 1024 * 1024)"))
            seen++;
        /* a reason never stops on "for" at the box edge */
        assert_null(strstr(t, "too large for │"));
        assert_null(strstr(t, "(value, on th │"));
        int w = utf8_width(t);
        assert_true(w <= cols);
        free(t);
    }
    assert_true(seen >= 1);
    /* the full reason, wherever it wrapped */
    char *all = doc_words(&f->doc);
    bool whole = strstr(all, "too large for") != NULL && strstr(all, "stack") != NULL;
    free(all);
    assert_true(whole);
}

static void heap_wraps_at_80(void **state) { heap_reasons_not_cut(state, 80); }
static void heap_wraps_at_120(void **state) { heap_reasons_not_cut(state, 120); }
static void heap_wraps_at_200(void **state) { heap_reasons_not_cut(state, 200); }

/* gc copies Closure's literal into main when it inlines Closure; the
 * engine names that copy Closure.func2.  The source has one literal:
 * draw one frame for it. */
static void no_frame_for_inlined_closure_copy(void **state) {
    Fixture *f = *state;
    layout_memory(&f->doc, memdiag_of_analysis(f->an), 120);
    assert_true(has_in_box(&f->doc, "Closure.func1's frame"));
    assert_false(has_in_box(&f->doc, "Closure.func2"));
    assert_true(has_in_box(&f->doc, "main's frame"));
}

/* The text inside the rightmost box of each line (the heap box when it is
 * beside the frames), lines joined and runs of spaces squeezed to one, so
 * an entry wrapped inside the heap box reads as one phrase. */
static char *right_box_words(const Doc *d) {
    size_t cap = 1, n = 0;
    char *all = calloc(1, cap);
    for (int i = 0; i < d->n; i++) {
        char *t = dl_text(&d->lines[i]);
        char *last = NULL, *prev = NULL;
        for (char *p = t; (p = strstr(p, "│")); p += strlen("│")) {
            prev = last;
            last = p;
        }
        char *r = strstr(t, "┤");
        if (r && last && (!prev || r > prev) && r < last)
            prev = r;
        if (prev && last) {
            char *from = prev + strlen("│");
            size_t k = (size_t)(last - from);
            all = realloc(all, cap += k + 2);
            for (size_t j = 0; j < k; j++)
                if (from[j] != ' ' || (n > 0 && all[n - 1] != ' '))
                    all[n++] = from[j];
            if (n > 0 && all[n - 1] != ' ')
                all[n++] = ' ';
            all[n] = 0;
        }
        free(t);
    }
    return all;
}

/* The same allocation text twice (LargeSlice's make and its inlined
 * copy in main): each heap entry says whose frame it came from. */
static void heap_entries_name_their_function(void **state) {
    Fixture *f = *state;
    layout_memory(&f->doc, memdiag_of_analysis(f->an), 80);
    char *heap = right_box_words(&f->doc);
    assert_non_null(strstr(heap, "make([]byte, 1024 * 1024) (from LargeSlice)"));
    assert_non_null(strstr(heap, "make([]byte, 1024 * 1024) (from main)"));
    free(heap);
}

/* Lines of the drawing that have text, and whether all fit in cols. */
static bool any_line(const Doc *d, const char *a, const char *b) {
    bool found = false;
    for (int i = 0; i < d->n && !found; i++) {
        char *t = dl_text(&d->lines[i]);
        found = strstr(t, a) && (!b || strstr(t, b));
        free(t);
    }
    return found;
}

static bool fits(const Doc *d, int cols) {
    bool ok = true;
    for (int i = 0; i < d->n; i++) {
        char *t = dl_text(&d->lines[i]);
        ok = ok && utf8_width(t) <= cols;
        free(t);
    }
    return ok;
}

/* At 80 columns, the standard terminal, the heap sits beside the frames and
 * arrows run from each pointer to what it holds (once drawn only from 100
 * columns up). */
static void arrows_beside_at_80(void **state) {
    Fixture *f = *state;
    layout_memory(&f->doc, memdiag_of_analysis(f->an), 78);   /* the view's 80 - 2 */
    assert_true(fits(&f->doc, 78));
    assert_true(any_line(&f->doc, "frame", "heap"));
    assert_true(any_line(&f->doc, "▶┤", NULL));
    /* a drawn arrow starts at the frame's edge */
    assert_true(any_line(&f->doc, "├─", NULL));
}

/* Narrower: the heap goes below the frames and the arrows come down a lane
 * on their right into the heap box. */
static void arrows_below_when_narrow(void **state) {
    Fixture *f = *state;
    layout_memory(&f->doc, memdiag_of_analysis(f->an), 48);
    assert_true(fits(&f->doc, 48));
    assert_false(any_line(&f->doc, "frame", "heap"));
    assert_true(any_line(&f->doc, "├◀", NULL));
    assert_true(has_in_box(&f->doc, "heap (garbage collected)"));
}

/* Only when the boxes would have no room left are pointers listed in words
 * alone. */
static void words_only_when_too_narrow(void **state) {
    Fixture *f = *state;
    layout_memory(&f->doc, memdiag_of_analysis(f->an), 24);
    assert_false(any_line(&f->doc, "◀", NULL));
    assert_false(any_line(&f->doc, "▶┤", NULL));
    assert_true(any_line(&f->doc, "Pointers", NULL));
    assert_true(any_line(&f->doc, "──▶", NULL));
}

/* A pointer in main assigned from a call that returns a heap value (the
 * per-function picture cannot link them): drawn as an arrow from main's p
 * to newCounter's c, and listed in words.  With -l, as gc 1.19 prints:
 * "moved to heap: c" on line 4 and nothing for main. */
static void pointer_from_a_call_result(void **state) {
    (void)state;
    static const char src[] = "package main\n\nfunc newCounter() *int {\n\tc := 0\n"
                              "\treturn &c\n}\n\nfunc main() {\n\tp := newCounter()\n"
                              "\tn := 3\n\t*p += n\n}\n";
    AnalyzeOpts o = {.m = 1, .noinline = true};
    Analysis *an = analyze_source("counter.go", src, strlen(src), &o);
    assert_non_null(an);
    assert_false(an->failed);
    Doc d;
    doc_init(&d);
    layout_memory_src(&d, memdiag_of_analysis(an), an, src, strlen(src), 80);
    assert_true(has_in_box(&d, "main: p ──▶ c (from newCounter, which returns it)"));
    /* main's p row leaves its frame with an arrow (├) */
    bool arrow = false;
    for (int i = 0; i < d.n; i++) {
        char *t = dl_text(&d.lines[i]);
        if (strstr(t, "│ p  (local)") && strstr(t, "├─"))
            arrow = true;
        free(t);
    }
    assert_true(arrow);
    /* without the source there is nothing to link them by */
    doc_clear(&d);
    layout_memory(&d, memdiag_of_analysis(an), 80);
    assert_false(has_in_box(&d, "main: p ──▶ c"));
    analysis_free(an);
    /* inlined (-m), the call is no call: p holds main's own copy of c, on
     * the stack (gc: "inlining call to newCounter", no heap line in main) */
    o.noinline = false;
    an = analyze_source("counter.go", src, strlen(src), &o);
    assert_non_null(an);
    doc_clear(&d);
    layout_memory_src(&d, memdiag_of_analysis(an), an, src, strlen(src), 80);
    assert_false(has_in_box(&d, "which returns it"));
    doc_free(&d);
    analysis_free(an);
}

int main(void) {
    setlocale(LC_ALL, "C.UTF-8");
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(heap_wraps_at_80, setup, teardown),
        cmocka_unit_test_setup_teardown(heap_wraps_at_120, setup, teardown),
        cmocka_unit_test_setup_teardown(heap_wraps_at_200, setup, teardown),
        cmocka_unit_test_setup_teardown(no_frame_for_inlined_closure_copy, setup, teardown),
        cmocka_unit_test_setup_teardown(heap_entries_name_their_function, setup, teardown),
        cmocka_unit_test_setup_teardown(arrows_beside_at_80, setup, teardown),
        cmocka_unit_test_setup_teardown(arrows_below_when_narrow, setup, teardown),
        cmocka_unit_test_setup_teardown(words_only_when_too_narrow, setup, teardown),
        cmocka_unit_test(pointer_from_a_call_result),
    };
    return cmocka_run_group_tests_name("tui_memdiag", tests, NULL, NULL);
}
