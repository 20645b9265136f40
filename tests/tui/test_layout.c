/* test_layout.c - lesson blocks and memory diagrams laid out without a
 * terminal: diagrams drawn from their structure and sized to the width,
 * tables fitted, memory pictures with frames, heap and arrows. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "blocks.h"
#include "memdiag.h"

static const char lesson_yaml[] =
    "id: t\n"
    "title: T\n"
    "order: 1\n"
    "blocks:\n"
    "  - diagram:\n"
    "      title: LAYOUT\n"
    "      layout: row\n"
    "      items:\n"
    "        - box:\n"
    "            id: a\n"
    "            title: STACK\n"
    "            items:\n"
    "              - bullet: Fast allocation (just move a pointer)\n"
    "        - box:\n"
    "            id: b\n"
    "            title: HEAP\n"
    "            items:\n"
    "              - bullet: Garbage collected\n"
    "        - \"GOAL: keep it on the stack\"\n"
    "      arrows:\n"
    "        - from: a\n"
    "          to: b\n"
    "          label: escapes\n"
    "  - table:\n"
    "      header: [Message, Meaning]\n"
    "      rows:\n"
    "        - [\"`moved to heap: x`\", \"the variable x itself is allocated on the heap because it outlives its frame\"]\n";

typedef struct Fixture {
    LessonSet *set;
    Lesson *lesson;
    Doc doc;
} Fixture;

static int setup(void **state) {
    Fixture *f = calloc(1, sizeof *f);
    f->set = lessonset_new();
    f->lesson = lessonset_load_string(f->set, "t.yaml", lesson_yaml, strlen(lesson_yaml));
    if (!f->lesson) {
        for (int i = 0; i < f->set->diags.len; i++)
            diag_print(&f->set->diags.items[i], stderr);
        return -1;
    }
    doc_init(&f->doc);
    *state = f;
    return 0;
}

static int teardown(void **state) {
    Fixture *f = *state;
    if (getenv("TEST_LAYOUT_SHOW"))   /* see what a test drew */
        for (int i = 0; i < f->doc.n; i++) {
            char *t = dl_text(&f->doc.lines[i]);
            fprintf(stderr, "|%s\n", t);
            free(t);
        }
    doc_free(&f->doc);
    lessonset_free(f->set);
    free(f);
    return 0;
}

static bool doc_has(const Doc *d, const char *s) {
    for (int i = 0; i < d->n; i++) {
        char *t = dl_text(&d->lines[i]);
        bool hit = strstr(t, s) != NULL;
        free(t);
        if (hit)
            return true;
    }
    return false;
}

static int doc_width(const Doc *d) {
    int w = 0;
    for (int i = 0; i < d->n; i++)
        if (d->lines[i].n > w)
            w = d->lines[i].n;
    return w;
}

static void diagram_row_with_arrow(void **state) {
    Fixture *f = *state;
    const Block *b = &f->lesson->blocks[0];
    assert_int_equal(b->kind, B_DIAGRAM);
    layout_diagram(&f->doc, b->diagram, 90, 0);
    assert_true(doc_has(&f->doc, "┌ LAYOUT ─"));
    assert_true(doc_has(&f->doc, "│ ┌ STACK ─"));         /* side by side ... */
    assert_true(doc_has(&f->doc, "┌ HEAP ─"));
    assert_true(doc_has(&f->doc, "├──────────▶┤"));      /* ... joined by the arrow */
    assert_true(doc_has(&f->doc, "escapes"));
    assert_true(doc_has(&f->doc, "│ GOAL: keep it on the stack"));
    assert_true(doc_width(&f->doc) <= 2 + 78);            /* capped for reading */
}

/* Too narrow for a row: the boxes stack, everything within the width. */
static void diagram_narrow_stacks(void **state) {
    Fixture *f = *state;
    layout_diagram(&f->doc, f->lesson->blocks[0].diagram, 34, 0);
    assert_true(doc_width(&f->doc) <= 34);
    int stack = -1, heap = -1;
    for (int i = 0; i < f->doc.n; i++) {
        char *t = dl_text(&f->doc.lines[i]);
        if (stack < 0 && strstr(t, "┌ STACK"))
            stack = i;
        if (heap < 0 && strstr(t, "┌ HEAP"))
            heap = i;
        free(t);
    }
    assert_true(stack >= 0 && heap > stack);              /* one under another */
    /* the arrow drawn down from STACK's bottom edge to HEAP, labelled */
    char *above = dl_text(&f->doc.lines[heap - 1]);
    char *label = dl_text(&f->doc.lines[heap - 2]);
    char *edge = dl_text(&f->doc.lines[heap - 3]);
    assert_non_null(strstr(above, "│    ▼"));
    assert_non_null(strstr(label, "│    │ escapes"));
    assert_non_null(strstr(edge, "│ └──┬"));
    free(above);
    free(label);
    free(edge);
    assert_false(doc_has(&f->doc, "STACK ──▶ HEAP"));     /* not in words */
    assert_true(doc_has(&f->doc, "• Fast allocation"));   /* wrapped inside */
}

/* Narrower still: the arrow's label still fits beside it, and a box title
 * too long for its box ends in "…". */
static void diagram_narrowest_wraps_words(void **state) {
    Fixture *f = *state;
    layout_diagram(&f->doc, f->lesson->blocks[0].diagram, 20, 0);
    assert_true(doc_width(&f->doc) <= 20);
    assert_true(doc_has(&f->doc, "│ escapes"));
    assert_true(doc_has(&f->doc, "▼"));
    assert_false(doc_has(&f->doc, "STACK ──▶ HEAP"));
    doc_clear(&f->doc);
    static const char yaml[] =
        "id: u\ntitle: U\norder: 2\nblocks:\n"
        "  - diagram:\n"
        "      title: A TITLE FAR TOO LONG FOR A NARROW BOX\n"
        "      items:\n"
        "        - box:\n"
        "            title: INNER\n"
        "            items:\n"
        "              - bullet: x\n";
    Lesson *l = lessonset_load_string(f->set, "u.yaml", yaml, strlen(yaml));
    assert_non_null(l);
    layout_diagram(&f->doc, l->blocks[0].diagram, 24, 0);
    assert_true(doc_width(&f->doc) <= 24);
    assert_true(doc_has(&f->doc, "┌ A TITLE FAR TOO…"));
}

static void diagram_resizes_with_width(void **state) {
    Fixture *f = *state;
    layout_diagram(&f->doc, f->lesson->blocks[0].diagram, 60, 0);
    int w60 = doc_width(&f->doc);
    doc_clear(&f->doc);
    layout_diagram(&f->doc, f->lesson->blocks[0].diagram, 80, 0);
    int w80 = doc_width(&f->doc);
    assert_true(w60 <= 60);
    assert_true(w80 > w60);
}

static void table_fits_width(void **state) {
    Fixture *f = *state;
    const Block *b = &f->lesson->blocks[1];
    assert_int_equal(b->kind, B_TABLE);
    layout_table(&f->doc, b->table, 50, 1);
    assert_true(doc_width(&f->doc) <= 50);
    assert_true(doc_has(&f->doc, "│ Message"));
    assert_true(doc_has(&f->doc, "│ moved to heap: x │"));   /* backticks gone */
    assert_true(f->doc.n > 5);                                /* the long cell wrapped */
    assert_int_equal(f->doc.lines[0].tag, 1);
}

static void memory_frames_heap_arrows(void **state) {
    Fixture *f = *state;
    int to_c[] = {1};
    EscVar main_vars[] = {
        {EV_LOCAL, "p", {9, 2}, false, false, NULL, to_c, 1},
        {EV_LOCAL, "c", {4, 2}, true, false, "returned to the caller", NULL, 0},
        {EV_LOCAL, "n", {10, 2}, false, false, NULL, NULL, 0},
    };
    EscFuncInfo funcs[] = {{"main", {8, 6}, main_vars, 3}};
    EscResult r = {funcs, 1};
    layout_memory(&f->doc, &r, 100);
    assert_true(doc_has(&f->doc, "main's frame (stack)"));
    assert_true(doc_has(&f->doc, "heap (garbage collected)"));
    assert_true(doc_has(&f->doc, "c  (from main)  returned to the caller"));
    assert_true(doc_has(&f->doc, "c  (local, on the heap)"));
    assert_true(doc_has(&f->doc, "▶"));
    assert_true(doc_has(&f->doc, "main: p ──▶ c"));
    assert_true(doc_width(&f->doc) <= 100);
}

static void memory_from_diags(void **state) {
    Fixture *f = *state;
    static const char src[] =
        "package main\n\nfunc newCounter() *int {\n\tc := 0\n\treturn &c\n}\n\n"
        "func main() {\n\tp := newCounter()\n\tn := 3\n\t*p += n\n}\n";
    Analysis an;
    memset(&an, 0, sizeof an);
    arena_init(&an.arena);
    diag_init(&an.diags, &an.arena);
    Diag *d = diag_add(&an.diags, "./c.go", (Pos){4, 2}, DIAG_NOTE, DK_MOVED_TO_HEAP,
                       "moved to heap: c");
    d->reason = "returned to the caller";
    Arena a;
    arena_init(&a);
    EscResult *r = memdiag_from_diags(&a, &an, src, strlen(src));
    assert_int_equal(r->nfuncs, 2);
    assert_string_equal(r->funcs[0].name, "newCounter");
    assert_string_equal(r->funcs[1].name, "main");
    assert_int_equal(r->funcs[0].nvars, 1);
    assert_true(r->funcs[0].vars[0].heap);
    assert_int_equal(r->funcs[1].nvars, 2);               /* p and n */
    layout_memory(&f->doc, r, 80);
    assert_true(doc_has(&f->doc, "newCounter's frame (stack)"));
    /* At 80 columns the heap box is beside the frames, so the reason
     * wraps inside it. */
    assert_true(doc_has(&f->doc, "│ c  (from newCounter)  returned to the"));
    assert_true(doc_has(&f->doc, "│   caller"));
    arena_free(&a);
    diag_free(&an.diags);
    arena_free(&an.arena);
}

/* A gc-shaped analysis built by hand: the gutter, the panel lines and the
 * reason for a line come from it. */
static void code_gutter_and_panel(void **state) {
    Fixture *f = *state;
    static const char src[] =
        "package main\n\nfunc newCounter() *int {\n\tc := 0\n\treturn &c\n}\n\n"
        "func main() {\n\tp := newCounter()\n\t_ = *p\n}\n";
    Analysis an;
    memset(&an, 0, sizeof an);
    arena_init(&an.arena);
    diag_init(&an.diags, &an.arena);
    diag_add(&an.diags, "./c.go", (Pos){3, 6}, DIAG_NOTE, DK_CAN_INLINE, "can inline newCounter");
    diag_add(&an.diags, "./c.go", (Pos){9, 17}, DIAG_NOTE, DK_INLINE_CALL,
             "inlining call to newCounter");
    Diag *d = diag_add(&an.diags, "./c.go", (Pos){4, 2}, DIAG_NOTE, DK_MOVED_TO_HEAP,
                       "moved to heap: c");
    d->reason = "returned to the caller";
    diag_add(&an.diags, "./c.go", (Pos){9, 17}, DIAG_NOTE, DK_NO_ESCAPE, "p does not escape");
    LineMark marks[11];
    analysis_marks(&an, marks, 11);
    assert_int_equal(marks[3], MARK_HEAP);       /* line 4 */
    assert_int_equal(marks[2], MARK_INLINE);     /* line 3 */
    assert_int_equal(marks[8], MARK_INLINE);     /* line 9: inline beats "does not escape" */
    assert_int_equal(marks[0], MARK_NONE);
    const Diag *why = analysis_line_diag(&an, 4);
    assert_non_null(why);
    assert_string_equal(why->reason, "returned to the caller");
    assert_null(analysis_line_diag(&an, 1));
    /* line 9 also decides p: the reason line names it after the inlining */
    const Diag *more[2];
    assert_string_equal(analysis_line_diag(&an, 9)->msg, "inlining call to newCounter");
    assert_int_equal(analysis_line_others(&an, 9, more, 2), 1);
    assert_string_equal(more[0]->msg, "p does not escape");
    assert_int_equal(analysis_line_others(&an, 4, more, 2), 0);
    layout_code(&f->doc, src, strlen(src), &an, NULL, 0, 80, 0);
    assert_int_equal(f->doc.n, 11);
    assert_true(doc_has(&f->doc, "    4 ●     c := 0"));
    assert_true(doc_has(&f->doc, "    9 →     p := newCounter()"));
    assert_true(doc_has(&f->doc, "    1   package main"));
    doc_clear(&f->doc);
    layout_diags(&f->doc, &an, NULL, 0, 80, 0);
    assert_true(doc_has(&f->doc, "./c.go:4:2: moved to heap: c"));
    assert_true(doc_has(&f->doc, "./c.go:3:6: can inline newCounter"));
    doc_clear(&f->doc);
    int only[] = {9};
    layout_diags(&f->doc, &an, only, 1, 80, 0);
    assert_int_equal(f->doc.n, 2);                /* the two line-9 lines */
    diag_free(&an.diags);
    arena_free(&an.arena);
}

/* An example's header: the file name once (a title that repeats it keeps
 * only the rest) and the "Enter opens it" hint whole, on its own line
 * when the header does not fit the width. */
static const char example_yaml[] =
    "id: e\n"
    "title: E\n"
    "order: 1\n"
    "blocks:\n"
    "  - code:\n"
    "      id: e-ex\n"
    "      title: escape_analysis.go (from the chapter)\n"
    "      file: escape_analysis.go\n"
    "      modes: [ml]\n"
    "      source: |\n"
    "        package main\n"
    "\n"
    "        func main() {}\n";

static void example_header_fits(void **state) {
    Fixture *f = *state;
    LessonSet *set = lessonset_new();
    Lesson *l = lessonset_load_string(set, "e.yaml", example_yaml, strlen(example_yaml));
    assert_non_null(l);
    ExampleCache cache;
    excache_init(&cache);
    layout_block(&f->doc, &l->blocks[0], 0, 80, &cache);
    assert_true(doc_has(&f->doc, "(Enter opens it: edit, -l, -m=2, inlining, memory)"));
    assert_false(doc_has(&f->doc, "escape_analysis.go — escape_analysis.go"));
    assert_true(doc_has(&f->doc, "escape_analysis.go — (from the chapter)"));
    assert_true(doc_width(&f->doc) <= 80);
    excache_free(&cache);
    lessonset_free(set);
}

int main(void) {
    setlocale(LC_ALL, "C.UTF-8");
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(diagram_row_with_arrow, setup, teardown),
        cmocka_unit_test_setup_teardown(diagram_narrow_stacks, setup, teardown),
        cmocka_unit_test_setup_teardown(diagram_narrowest_wraps_words, setup, teardown),
        cmocka_unit_test_setup_teardown(diagram_resizes_with_width, setup, teardown),
        cmocka_unit_test_setup_teardown(table_fits_width, setup, teardown),
        cmocka_unit_test_setup_teardown(memory_frames_heap_arrows, setup, teardown),
        cmocka_unit_test_setup_teardown(memory_from_diags, setup, teardown),
        cmocka_unit_test_setup_teardown(code_gutter_and_panel, setup, teardown),
        cmocka_unit_test_setup_teardown(example_header_fits, setup, teardown),
    };
    return cmocka_run_group_tests_name("tui_layout", tests, NULL, NULL);
}
