/* test_render.c - drawing a Doc into a curses window, with no terminal:
 * curses runs on a screen opened over /dev/null.  Under `make check`'s
 * ASan/UBSan build this catches memory errors in the drawing code, such as
 * an empty line (no storage) drawn with a search match to highlight. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "term.h"

typedef struct Fix {
    FILE *out, *in;
    SCREEN *scr;
    WINDOW *pad;
} Fix;

static int setup(void **state) {
    Fix *f = calloc(1, sizeof *f);
    f->out = fopen("/dev/null", "w");
    f->in = fopen("/dev/null", "r");
    if (!f->out || !f->in)
        return -1;
    f->scr = newterm("xterm-256color", f->out, f->in);
    if (!f->scr)
        return -1;
    f->pad = newpad(10, 40);
    *state = f;
    return f->pad ? 0 : -1;
}

static int teardown(void **state) {
    Fix *f = *state;
    delwin(f->pad);
    endwin();
    delscreen(f->scr);
    fclose(f->out);
    fclose(f->in);
    free(f);
    return 0;
}

/* The text of pad row y, trailing blanks removed. */
static void row_text(WINDOW *w, int y, char *buf, int n) {
    mvwinnstr(w, y, 0, buf, n - 1);
    int k = (int)strlen(buf);
    while (k > 0 && buf[k - 1] == ' ')
        buf[--k] = '\0';
}

static void empty_lines_with_a_match(void **state) {
    Fix *f = *state;
    Doc d;
    doc_init(&d);
    dl_puts(doc_add(&d, 0), "on the heap", S_NORMAL);
    doc_add(&d, 0);                        /* empty: no storage at all */
    dl_puts(doc_add(&d, 0), "heap again", S_NORMAL);
    render_doc(f->pad, &d, 0, 0, 0, 3, 40, 0, L"heap");
    char buf[64];
    row_text(f->pad, 0, buf, sizeof buf);
    assert_string_equal(buf, "on the heap");
    row_text(f->pad, 1, buf, sizeof buf);
    assert_string_equal(buf, "");
    row_text(f->pad, 2, buf, sizeof buf);
    assert_string_equal(buf, "heap again");
    /* scrolled sideways past the end of every line */
    render_doc(f->pad, &d, 0, 3, 0, 3, 40, 20, L"heap");
    row_text(f->pad, 3, buf, sizeof buf);
    assert_string_equal(buf, "");
    doc_free(&d);
}

int main(void) {
    setlocale(LC_ALL, "C.UTF-8");
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(empty_lines_with_a_match, setup, teardown),
    };
    return cmocka_run_group_tests_name("tui_render", tests, NULL, NULL);
}
