/* test_buffer.c - the editor's text model and the Go highlighter. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "buffer.h"
#include "gohl.h"

static void assert_text(Buf *b, const char *want) {
    char *s = buf_text(b, NULL);
    assert_string_equal(s, want);
    free(s);
}

static int setup_buf(void **state) {
    Buf *b = malloc(sizeof *b);
    buf_init(b);
    buf_load(b, "func f() {\n\treturn\n}\n", 21);
    *state = b;
    return 0;
}

static int teardown_buf(void **state) {
    buf_free(*state);
    free(*state);
    return 0;
}

static void load_and_text_round_trip(void **state) {
    Buf *b = *state;
    assert_int_equal(b->n, 3);
    assert_text(b, "func f() {\n\treturn\n}\n");
    assert_false(b->modified);
}

/* A CRLF file is shown without ^M, analysed as LF, and saved as CRLF, also
 * for lines the learner adds and after an undo; an LF file stays LF. */
static void crlf_line_ends_kept(void **state) {
    Buf *b = *state;
    assert_false(b->crlf);
    const char *dos = "package main\r\n\r\nfunc f() {\r\n}\r\n";
    buf_load(b, dos, strlen(dos));
    assert_true(b->crlf);
    assert_int_equal(b->n, 4);
    assert_int_equal(b->lines[0].len, 12);
    assert_text(b, "package main\n\nfunc f() {\n}\n");
    size_t len;
    char *saved = buf_file_text(b, &len);
    assert_string_equal(saved, dos);
    assert_int_equal(len, strlen(dos));
    free(saved);
    b->cy = 2;
    buf_end(b);
    buf_newline(b);
    buf_insert(b, "x := 1");
    saved = buf_file_text(b, NULL);
    assert_string_equal(saved, "package main\r\n\r\nfunc f() {\r\nx := 1\r\n}\r\n");
    free(saved);
    while (buf_undo(b))
        ;
    saved = buf_file_text(b, NULL);
    assert_string_equal(saved, dos);
    free(saved);
    const char *unix_text = "package main\n";
    buf_load(b, unix_text, strlen(unix_text));
    assert_false(b->crlf);
    saved = buf_file_text(b, NULL);
    assert_string_equal(saved, unix_text);
    free(saved);
}

static void insert_and_delete(void **state) {
    Buf *b = *state;
    buf_down(b, 1);
    buf_end(b);
    buf_insert(b, " nil");
    assert_text(b, "func f() {\n\treturn nil\n}\n");
    buf_backspace(b);
    buf_backspace(b);
    assert_text(b, "func f() {\n\treturn n\n}\n");
    buf_home(b);          /* to the indentation */
    assert_int_equal(b->cx, 1);
    buf_delete(b);
    assert_text(b, "func f() {\n\teturn n\n}\n");
    assert_true(b->modified);
}

static void newline_keeps_indent_and_joins(void **state) {
    Buf *b = *state;
    buf_down(b, 1);
    buf_end(b);
    buf_newline(b);
    assert_int_equal(b->cy, 2);
    assert_int_equal(b->cx, 1);
    buf_insert(b, "x++");
    assert_text(b, "func f() {\n\treturn\n\tx++\n}\n");
    buf_home(b);
    buf_home(b);          /* second Home: column 0 */
    assert_int_equal(b->cx, 0);
    buf_backspace(b);     /* joins with the line above */
    assert_text(b, "func f() {\n\treturn\tx++\n}\n");
}

static void undo_takes_back_a_word(void **state) {
    Buf *b = *state;
    buf_end(b);
    buf_insert(b, "a");
    buf_insert(b, "b");
    buf_insert(b, " ");
    buf_insert(b, "c");
    assert_text(b, "func f() {ab c\n\treturn\n}\n");
    assert_true(buf_undo(b));
    assert_text(b, "func f() {ab \n\treturn\n}\n");
    assert_true(buf_undo(b));
    assert_text(b, "func f() {\n\treturn\n}\n");
    assert_false(buf_undo(b));
}

static void utf8_cursor_moves_by_character(void **state) {
    Buf *b = *state;
    buf_load(b, "é日x", strlen("é日x"));
    buf_right(b);
    assert_int_equal(b->cx, 2);
    buf_right(b);
    assert_int_equal(b->cx, 5);
    assert_int_equal(buf_col(b, 0, 5, 4), 3);
    buf_backspace(b);
    assert_text(b, "éx\n");
    assert_int_equal(buf_col(b, 0, 0, 4), 0);
}

static void tabs_count_to_next_stop(void **state) {
    Buf *b = *state;
    buf_down(b, 1);
    assert_int_equal(buf_col(b, 1, 1, 4), 4);
    assert_int_equal(buf_col(b, 1, 3, 4), 6);
}

/* A paste keeps its own indentation (no auto-indent on its line ends),
 * moves the rest of the line after it, and is one undo step. */
static void paste_is_verbatim_and_one_undo(void **state) {
    Buf *b = *state;
    b->cy = 1;
    b->cx = 1;                         /* after the tab of "\treturn" */
    const char *p = "x := 1\n\tif x > 0 {\n\t\tx++\n\t}\n\t";
    buf_paste(b, p, strlen(p));
    assert_text(b, "func f() {\n\tx := 1\n\tif x > 0 {\n\t\tx++\n\t}\n\treturn\n}\n");
    assert_int_equal(b->cy, 5);
    assert_int_equal(b->cx, 1);
    assert_true(b->modified);
    buf_insert(b, "y");
    assert_true(buf_undo(b));          /* the typed y */
    assert_true(buf_undo(b));          /* the whole paste */
    assert_text(b, "func f() {\n\treturn\n}\n");
    assert_false(buf_undo(b));
}

static void highlight_go(void **state) {
    (void)state;
    const char *s = "\treturn &User{Name: \"x\"} // done";
    unsigned char st[64];
    int next = gohl_line(s, strlen(s), st, GOHL_START);
    assert_int_equal(next, GOHL_START);
    assert_int_equal(st[1], S_KEYWORD);       /* return */
    assert_int_equal(st[9], S_NORMAL);        /* User */
    assert_int_equal(st[21], S_STRING);       /* "x" */
    assert_int_equal(st[26], S_COMMENT);
    const char *open = "x := `raw";
    next = gohl_line(open, strlen(open), st, GOHL_START);
    assert_int_equal(next, GOHL_IN_RAW);
    assert_int_equal(st[5], S_STRING);
    next = gohl_line("still` + f(1)", 13, st, next);
    assert_int_equal(next, GOHL_START);
    assert_int_equal(st[0], S_STRING);
    assert_int_equal(st[9], S_FUNC);
    assert_int_equal(st[11], S_NUMBER);
    next = gohl_line("/* a", 4, st, GOHL_START);
    assert_int_equal(next, GOHL_IN_COMMENT);
}

int main(void) {
    setlocale(LC_ALL, "C.UTF-8");
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(load_and_text_round_trip, setup_buf, teardown_buf),
        cmocka_unit_test_setup_teardown(crlf_line_ends_kept, setup_buf, teardown_buf),
        cmocka_unit_test_setup_teardown(insert_and_delete, setup_buf, teardown_buf),
        cmocka_unit_test_setup_teardown(newline_keeps_indent_and_joins, setup_buf, teardown_buf),
        cmocka_unit_test_setup_teardown(undo_takes_back_a_word, setup_buf, teardown_buf),
        cmocka_unit_test_setup_teardown(utf8_cursor_moves_by_character, setup_buf, teardown_buf),
        cmocka_unit_test_setup_teardown(tabs_count_to_next_stop, setup_buf, teardown_buf),
        cmocka_unit_test_setup_teardown(paste_is_verbatim_and_one_undo, setup_buf, teardown_buf),
        cmocka_unit_test(highlight_go),
    };
    return cmocka_run_group_tests_name("tui_buffer", tests, NULL, NULL);
}
