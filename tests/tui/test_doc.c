/* test_doc.c - the screen model without a terminal: wrapping, styles,
 * wide characters and diagram drawing. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "doc.h"

static char *line_text(const Doc *d, int i) { return dl_text(&d->lines[i]); }

static void assert_line(const Doc *d, int i, const char *want) {
    char *s = line_text(d, i);
    assert_string_equal(s, want);
    free(s);
}

static int setup_doc(void **state) {
    Doc *d = malloc(sizeof *d);
    doc_init(d);
    *state = d;
    return 0;
}

static int teardown_doc(void **state) {
    doc_free(*state);
    free(*state);
    return 0;
}

static void wrap_breaks_at_spaces(void **state) {
    Doc *d = *state;
    Rich r;
    rich_init(&r);
    rich_add(&r, "the quick brown fox jumps over the lazy dog", S_NORMAL);
    int n = doc_wrap(d, &r, 15, NULL, NULL, S_NORMAL, 7);
    assert_int_equal(n, 3);
    assert_line(d, 0, "the quick brown");
    assert_line(d, 1, "fox jumps over");
    assert_line(d, 2, "the lazy dog");
    assert_int_equal(d->lines[2].tag, 7);
    for (int i = 0; i < d->n; i++)
        assert_true(d->lines[i].n <= 15);
    rich_free(&r);
}

static void wrap_uses_prefixes(void **state) {
    Doc *d = *state;
    Rich r;
    rich_init(&r);
    rich_add(&r, "one two three four", S_NORMAL);
    doc_wrap(d, &r, 10, "• ", "  ", S_BULLET, 0);
    assert_line(d, 0, "• one two");
    assert_line(d, 1, "  three");
    assert_line(d, 2, "  four");
    assert_int_equal(d->lines[0].st[0], S_BULLET);
    rich_free(&r);
}

static void wrap_breaks_long_words(void **state) {
    Doc *d = *state;
    Rich r;
    rich_init(&r);
    rich_add(&r, "abcdefghijkl", S_NORMAL);
    assert_int_equal(doc_wrap(d, &r, 5, NULL, NULL, S_NORMAL, 0), 3);
    assert_line(d, 0, "abcde");
    assert_line(d, 2, "kl");
    rich_free(&r);
}

/* Wide characters take two cells and never split across the margin. */
static void wrap_counts_wide_chars(void **state) {
    Doc *d = *state;
    Rich r;
    rich_init(&r);
    rich_add(&r, "日本語 の テキスト", S_NORMAL);
    doc_wrap(d, &r, 8, NULL, NULL, S_NORMAL, 0);
    for (int i = 0; i < d->n; i++)
        assert_true(d->lines[i].n <= 8);
    assert_line(d, 0, "日本語");
    assert_int_equal(d->lines[0].n, 6);
    assert_int_equal(utf8_width("日本語"), 6);
    assert_int_equal(utf8_width("héllo"), 5);
    rich_free(&r);
}

static void markup_styles_bold_and_code(void **state) {
    Doc *d = *state;
    Rich r;
    rich_init(&r);
    rich_add_markup(&r, "a **big** `x` and *p", S_NORMAL);
    doc_wrap(d, &r, 80, NULL, NULL, S_NORMAL, 0);
    assert_line(d, 0, "a big x and *p");
    const DLine *l = &d->lines[0];
    assert_int_equal(l->st[0], S_NORMAL);
    assert_int_equal(l->st[2], S_BOLD);
    assert_int_equal(l->st[4], S_BOLD);
    assert_int_equal(l->st[6], S_CODE);
    assert_int_equal(l->st[12], S_NORMAL);   /* a lone '*' stays text */
    rich_free(&r);
}

static void canvas_box_corners(void **state) {
    Doc *d = *state;
    Canvas c;
    canvas_init(&c, 6, 3);
    canvas_box(&c, 0, 0, 6, 3, S_BOX);
    canvas_text(&c, 1, 1, "heap", S_BOLD, 4);
    canvas_emit(&c, d, 2, 0);
    assert_line(d, 0, "  ┌────┐");
    assert_line(d, 1, "  │heap│");
    assert_line(d, 2, "  └────┘");
    canvas_free(&c);
}

/* Lines that meet combine into junctions instead of overwriting. */
static void canvas_junctions(void **state) {
    Doc *d = *state;
    Canvas c;
    canvas_init(&c, 5, 5);
    canvas_box(&c, 0, 0, 5, 5, S_BOX);
    canvas_hline(&c, 0, 4, 2, S_BOX);
    canvas_vline(&c, 2, 0, 4, S_BOX);
    canvas_emit(&c, d, 0, 0);
    assert_line(d, 0, "┌─┬─┐");
    assert_line(d, 2, "├─┼─┤");
    assert_line(d, 4, "└─┴─┘");
    canvas_free(&c);
}

static void canvas_arrow(void **state) {
    Doc *d = *state;
    Canvas c;
    canvas_init(&c, 6, 1);
    canvas_arrow_h(&c, 0, 5, 0, S_BOX);
    canvas_emit(&c, d, 0, 0);
    assert_line(d, 0, "─────▶");
    canvas_free(&c);
    assert_int_equal(edge_glyph(EDGE_UP | EDGE_RIGHT), L'└');
}

static void line_padding_and_set(void **state) {
    Doc *d = *state;
    DLine *l = doc_add(d, 3);
    dl_puts(l, "ab", S_NORMAL);
    dl_pad(l, 5, S_STATUS);
    assert_int_equal(l->n, 5);
    assert_int_equal(l->st[4], S_STATUS);
    dl_set(l, 7, L'x', S_BOLD);
    assert_line(d, 0, "ab     x");
    dl_printf(l, S_NORMAL, "%d", 42);
    assert_line(d, 0, "ab     x42");
    doc_clear(d);
    assert_int_equal(d->n, 0);
}

int main(void) {
    setlocale(LC_ALL, "C.UTF-8");
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(wrap_breaks_at_spaces, setup_doc, teardown_doc),
        cmocka_unit_test_setup_teardown(wrap_uses_prefixes, setup_doc, teardown_doc),
        cmocka_unit_test_setup_teardown(wrap_breaks_long_words, setup_doc, teardown_doc),
        cmocka_unit_test_setup_teardown(wrap_counts_wide_chars, setup_doc, teardown_doc),
        cmocka_unit_test_setup_teardown(markup_styles_bold_and_code, setup_doc, teardown_doc),
        cmocka_unit_test_setup_teardown(canvas_box_corners, setup_doc, teardown_doc),
        cmocka_unit_test_setup_teardown(canvas_junctions, setup_doc, teardown_doc),
        cmocka_unit_test_setup_teardown(canvas_arrow, setup_doc, teardown_doc),
        cmocka_unit_test_setup_teardown(line_padding_and_set, setup_doc, teardown_doc),
    };
    return cmocka_run_group_tests_name("tui_doc", tests, NULL, NULL);
}
