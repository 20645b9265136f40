/* test_lesson.c - the lesson loader: every block type, and FILE:LINE:COL
 * messages on broken input (inline cases and tests/lessons/broken/). */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "lesson.h"

/* A lesson with one of every block and every question kind. */
static const char every_block[] =
    "id: every-block\n"
    "title: Every block\n"
    "summary: One of each.\n"
    "order: 7\n"
    "blocks:\n"
    "  - heading: Big **title**\n"
    "  - subheading: Small title\n"
    "  - paragraph: Text with **bold**, *italic* and `code`.\n"
    "  - bullets: [one, two]\n"
    "  - numbered: [first, second, third]\n"
    "  - table:\n"
    "      header: [A, B]\n"
    "      rows:\n"
    "        - [a1, b1]\n"
    "        - [a2, b2]\n"
    "  - callout:\n"
    "      kind: tip\n"
    "      title: Tip\n"
    "      text: Measure first.\n"
    "  - verbatim:\n"
    "      title: Shell\n"
    "      text: |\n"
    "        go build -gcflags=-m main.go\n"
    "  - diagram:\n"
    "      title: LAYOUT\n"
    "      layout: row\n"
    "      items:\n"
    "        - box:\n"
    "            id: s\n"
    "            title: STACK\n"
    "            items:\n"
    "              - bullet: fast\n"
    "              - text: p *int\n"
    "              - box:\n"
    "                  title: frame\n"
    "                  items: [x]\n"
    "        - box:\n"
    "            id: h\n"
    "            title: HEAP\n"
    "        - GOAL\n"
    "      arrows:\n"
    "        - {from: s, to: h, label: points}\n"
    "  - code:\n"
    "      id: ex1\n"
    "      file: ex.go\n"
    "      modes: [m2, ml]\n"
    "      highlight: [4, 4, 3]\n"
    "      note: A note.\n"
    "      source: |\n"
    "        package main\n"
    "\n"
    "        func f() *int {\n"
    "            x := 1\n"
    "            return &x\n"
    "        }\n"
    "\n"
    "        func main() { _ = f() }\n"
    "  - callout:\n"
    "      kind: compiler\n"
    "      example: ex1\n"
    "      lines: [4]\n"
    "  - question:\n"
    "      id: q-esc\n"
    "      kind: escapes\n"
    "      example: ex1\n"
    "      prompt: Does x escape?\n"
    "      target: {line: 4, name: x}\n"
    "      answer: yes\n"
    "      explanation: Returned.\n"
    "      topic: basics\n"
    "  - question:\n"
    "      id: q-lines\n"
    "      kind: heap-lines\n"
    "      example: ex1\n"
    "      mode: m\n"
    "      prompt: Which lines?\n"
    "      answer: [4]\n"
    "      explanation: Only x.\n"
    "  - question:\n"
    "      id: q-why\n"
    "      kind: why\n"
    "      example: ex1\n"
    "      prompt: Why?\n"
    "      target: {line: 4, name: x}\n"
    "      choices: [big, returned]\n"
    "      answer: 1\n"
    "      reason: returned\n"
    "      explanation: Returned.\n"
    "  - question:\n"
    "      id: q-m\n"
    "      kind: m-output\n"
    "      prompt: What is printed?\n"
    "      file: own.go\n"
    "      code: |\n"
    "        package main\n"
    "\n"
    "        func main() {}\n"
    "      line: 3\n"
    "      choices: [\"(nothing)\", \"`can inline main`\"]\n"
    "      answer: 0\n"
    "      explanation: Nothing to say.\n"
    "  - question:\n"
    "      id: q-fix\n"
    "      kind: fixit\n"
    "      mode: ml\n"
    "      prompt: Fix it.\n"
    "      goal: \"`x` must not escape\"\n"
    "      code: |\n"
    "        package main\n"
    "\n"
    "        func f() *int {\n"
    "            x := 1\n"
    "            return &x\n"
    "        }\n"
    "\n"
    "        func main() { _ = f() }\n"
    "      checks:\n"
    "        - no_escape: x\n"
    "        - no_heap_in: f\n"
    "        - no_heap: true\n"
    "        - keep: main\n"
    "      hints: [Return a value.]\n"
    "      solutions:\n"
    "        - |\n"
    "          package main\n"
    "\n"
    "          func f() int { return 1 }\n"
    "\n"
    "          func main() { _ = f() }\n"
    "      explanation: Values are copied.\n";

static void dump_diags(const LessonSet *set) {
    for (int i = 0; i < set->diags.len; i++)
        diag_print(&set->diags.items[i], stderr);
}

static void every_block_loads(void **state) {
    (void)state;
    LessonSet *set = lessonset_new();
    Lesson *les = lessonset_load_string(set, "every.yaml", every_block, strlen(every_block));
    if (!les)
        dump_diags(set);
    assert_non_null(les);
    assert_int_equal(set->diags.len, 0);
    assert_string_equal(les->id, "every-block");
    assert_string_equal(les->summary, "One of each.");
    assert_int_equal(les->order, 7);
    assert_int_equal(les->nblocks, 16);
    static const BlockKind kinds[] = {B_HEADING, B_HEADING, B_PARAGRAPH, B_BULLETS, B_NUMBERED,
                                      B_TABLE, B_CALLOUT, B_VERBATIM, B_DIAGRAM, B_CODE,
                                      B_CALLOUT, B_QUESTION, B_QUESTION, B_QUESTION,
                                      B_QUESTION, B_QUESTION};
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        assert_int_equal(les->blocks[i].kind, kinds[i]);
    const Block *b = les->blocks;
    assert_int_equal(b[0].level, 2);
    assert_int_equal(b[1].level, 3);
    assert_int_equal(b[0].pos.line, 6);
    assert_int_equal(b[0].pos.col, 5);
    assert_int_equal(b[3].nitems, 2);
    assert_int_equal(b[4].nitems, 3);
    assert_string_equal(b[4].items[2], "third");
    assert_int_equal(b[5].table->ncols, 2);
    assert_int_equal(b[5].table->nrows, 2);
    assert_string_equal(b[5].table->rows[1][1], "b2");
    assert_int_equal(b[6].callout->kind, CALLOUT_TIP);
    assert_string_equal(b[7].title, "Shell");
    assert_string_equal(b[7].text, "go build -gcflags=-m main.go\n");

    const Diagram *d = b[8].diagram;
    assert_string_equal(d->root->title, "LAYOUT");
    assert_int_equal(d->root->layout, LAYOUT_ROW);
    assert_int_equal(d->root->nitems, 3);
    assert_int_equal(d->root->items[0].kind, DI_BOX);
    const DiagramBox *stack = d->root->items[0].box;
    assert_string_equal(stack->id, "s");
    assert_int_equal(stack->nitems, 3);
    assert_int_equal(stack->items[0].kind, DI_BULLET);
    assert_int_equal(stack->items[1].kind, DI_TEXT);
    assert_int_equal(stack->items[2].kind, DI_BOX);
    assert_string_equal(stack->items[2].box->items[0].text, "x");
    assert_int_equal(d->root->items[2].kind, DI_TEXT);
    assert_int_equal(d->narrows, 1);
    assert_string_equal(d->arrows[0].label, "points");

    const CodeExample *ex = b[9].example;
    assert_string_equal(ex->file, "ex.go");
    assert_int_equal(ex->modes, MODE_ML | MODE_M2);
    assert_int_equal(ex->default_mode, MODE_M2);   /* the first listed */
    assert_int_equal(lesson_mode_first(ex->modes), MODE_ML);
    assert_int_equal(ex->nlines, 8);
    assert_int_equal(ex->nhighlight, 2);   /* sorted, unique */
    assert_int_equal(ex->highlight[0], 3);
    assert_int_equal(ex->highlight[1], 4);
    assert_int_equal(les->nexamples, 1);

    const Callout *c = b[10].callout;
    assert_int_equal(c->kind, CALLOUT_COMPILER);
    assert_ptr_equal(c->example, ex);
    assert_int_equal(c->mode, MODE_M2);
    assert_int_equal(c->nlines, 1);

    assert_int_equal(les->nquestions, 5);
    const Question *q = les->questions[0];
    assert_int_equal(q->kind, Q_ESCAPES);
    assert_ptr_equal(q->example, ex);
    assert_ptr_equal(q->code, ex->source);
    assert_int_equal(q->mode, MODE_M2);
    assert_int_equal(q->target.line, 4);
    assert_string_equal(q->target.name, "x");
    assert_true(q->has_answer && q->answer_yes);
    assert_ptr_equal(q->lesson, les);
    q = les->questions[1];
    assert_int_equal(q->mode, MODE_M);
    assert_int_equal(q->nanswer_lines, 1);
    q = les->questions[2];
    assert_int_equal(q->reason, QR_RETURNED);
    assert_int_equal(q->answer_choice, 1);
    q = les->questions[3];
    assert_string_equal(q->file, "own.go");
    assert_int_equal(q->line, 3);
    q = les->questions[4];
    assert_int_equal(q->kind, Q_FIXIT);
    assert_string_equal(q->file, "fix.go");
    assert_int_equal(q->nchecks, 4);
    assert_int_equal(q->checks[2].kind, FC_NO_HEAP);
    assert_null(q->checks[2].arg);
    assert_int_equal(q->nsolutions, 1);
    assert_int_equal(q->nhints, 1);

    assert_ptr_equal(lessonset_find(set, "every-block"), les);
    assert_ptr_equal(lessonset_find_question(set, "q-fix"), q);
    assert_ptr_equal(lessonset_find_example(set, "ex1"), ex);
    assert_int_equal(lessonset_count_questions(set), 5);
    lessonset_free(set);
}

/* Load text and expect exactly one lesson-level failure whose first diag
 * is "name:LINE:COL: prefix...". */
static void expect_error(const char *text, size_t len, int line, int col, const char *prefix) {
    LessonSet *set = lessonset_new();
    Lesson *les = lessonset_load_string(set, "t.yaml", text, len);
    assert_null(les);
    assert_int_equal(set->nlessons, 0);
    assert_int_equal(set->nbad, 1);
    bool found = false;
    for (int i = 0; i < set->diags.len; i++) {
        const Diag *d = &set->diags.items[i];
        assert_string_equal(d->file, "t.yaml");
        assert_int_equal(d->sev, DIAG_ERROR);
        if (d->pos.line == line && d->pos.col == col &&
            strncmp(d->msg, prefix, strlen(prefix)) == 0)
            found = true;
    }
    if (!found) {
        fprintf(stderr, "want t.yaml:%d:%d: %s\n", line, col, prefix);
        dump_diags(set);
    }
    assert_true(found);
    lessonset_free(set);
}

#define EXPECT(text, line, col, prefix) expect_error(text, sizeof(text) - 1, line, col, prefix)

static void broken_inline_cases(void **state) {
    (void)state;
    EXPECT("id: a\ntitle: b\norder: 1\nblocks:\n  - paragraph: x\nfoo: 1\n", 6, 1,
           "unknown key 'foo' in lesson");
    EXPECT("id: a\ntitle: b\norder: one\nblocks:\n  - paragraph: x\n", 3, 8,
           "lesson: 'order' must be an integer");
    EXPECT("id: a\ntitle: b\norder: \"1\"\nblocks:\n  - paragraph: x\n", 3, 8,
           "lesson: 'order' must be an integer");
    EXPECT("id: a\norder: 1\nblocks:\n  - paragraph: x\n", 1, 1,
           "lesson: missing required key 'title'");
    EXPECT("id: a\ntitle: b\norder: 1\nblocks: {}\n", 4, 9, "lesson: 'blocks' must be a list");
    EXPECT("id: a\ntitle: b\norder: 1\nblocks: []\n", 4, 9, "lesson: no blocks");
    EXPECT("id: a\ntitle: b\norder: 1\n\tblocks: []\n", 4, 1, "tab character");
    EXPECT("- just\n- a list\n", 1, 1, "lesson must be a mapping, not a list");
    EXPECT("id: a\nid: b\ntitle: b\norder: 1\nblocks:\n  - paragraph: x\n", 2, 1,
           "duplicate key 'id' in lesson");
    EXPECT("id: a\ntitle: b\norder: 1\nblocks:\n  - paragraph: [x]\n", 5, 16,
           "paragraph: must be a non-empty string");
    EXPECT("id: a\ntitle: b\norder: 1\nblocks:\n  - code: {id: c, file: a.txt, source: "
           "\"package main\\n\"}\n",
           5, 25, "code: file must be a plain NAME.go");
    EXPECT("id: a\ntitle: b\norder: 1\nblocks:\n  - code: {id: c, file: a.go, source: x}\n", 5,
           39, "code: Go code must have a package clause");
    EXPECT("id: a\ntitle: b\norder: 1\nblocks:\n  - code: {id: c, file: a.go, modes: [m3], "
           "source: \"package main\\n\"}\n",
           5, 39, "code: unknown mode 'm3'");
    EXPECT("id: a\ntitle: b\norder: 1\nblocks:\n  - question: {id: q, kind: guess, prompt: p, "
           "explanation: e}\n",
           5, 29, "question: unknown kind 'guess'");
    EXPECT("id: a\ntitle: b\norder: 1\nblocks:\n  - question: {id: q, kind: escapes, prompt: "
           "p, explanation: e, example: nope, target: {line: 1, name: x}}\n",
           5, 74, "question: no example 'nope' earlier in this lesson");
    EXPECT("id: a\ntitle: b\norder: 1\nblocks:\n  - question: {id: q, kind: escapes, prompt: "
           "p, explanation: e, code: \"package main\\n\", target: {line: 9, name: x}}\n",
           5, 97, "target: line 9 is outside the code (1-1)");
    EXPECT("id: a\ntitle: b\norder: 1\nblocks:\n  - question: {id: q, kind: escapes, prompt: "
           "p, explanation: e, code: \"package main\\n\", target: {line: 1, name: x, expr: "
           "y}}\n",
           5, 97, "target: give exactly one of 'name'");
    EXPECT("id: a\ntitle: b\norder: 1\nblocks:\n  - question: {id: q, kind: escapes, prompt: "
           "p, explanation: e, code: \"package main\\n\", target: {line: 1, name: package}, "
           "answer: maybe}\n",
           5, 131, "question: an 'escapes' answer is yes or no");
    EXPECT("id: a\ntitle: b\norder: 1\nblocks:\n  - question: {id: q, kind: why, prompt: p, "
           "explanation: e, code: \"package main\\n\", target: {line: 1, name: package}, "
           "choices: [a, b], answer: 0, reason: vibes}\n",
           5, 155, "question: unknown reason 'vibes'");
    EXPECT("id: a\ntitle: b\norder: 1\nblocks:\n  - question: {id: q, kind: fixit, prompt: p, "
           "explanation: e, goal: g, code: \"package main\\n\", checks: [], solutions: []}\n",
           5, 104, "question: a fixit needs at least one check");
    /* Never crash on bytes that are not text, or on sizes past the limit. */
    EXPECT("id: a\0title", 1, 1, "file contains a NUL byte");
    EXPECT("", 1, 1, "empty lesson file");
    EXPECT("\xff\xfe\xfd", 1, 1, "YAML: ");
}

static void oversized_and_deep_inputs(void **state) {
    (void)state;
    size_t n = LESSON_MAX_FILE_SIZE + 10;
    char *big = malloc(n);
    assert_non_null(big);
    memset(big, '#', n);
    expect_error(big, n, 1, 1, "file too large");
    /* 10,000 nested flow sequences: the depth limit stops the tree early. */
    size_t depth = 10000;
    char *deep = malloc(2 * depth + 20);
    assert_non_null(deep);
    strcpy(deep, "blocks: ");
    memset(deep + 8, '[', depth);
    memset(deep + 8 + depth, ']', depth);
    deep[8 + 2 * depth] = '\0';
    expect_error(deep, strlen(deep), 1, 40, "nesting deeper than 32 levels");
    free(big);
    free(deep);
}

/* Random mutations of a good lesson: the loader must not crash or leak
 * (ASan/UBSan run this too). */
static void mutated_lessons_never_crash(void **state) {
    (void)state;
    size_t len = strlen(every_block);
    char *buf = malloc(len + 1);
    assert_non_null(buf);
    uint32_t seed = 12345;
    for (int round = 0; round < 400; round++) {
        memcpy(buf, every_block, len + 1);
        int edits = 1 + round % 5;
        for (int e = 0; e < edits; e++) {
            seed = seed * 1103515245u + 12345u;
            size_t at = (seed >> 8) % len;
            static const char junk[] = " \t:-[]{}#&*!|>'\"\n0aZ";
            buf[at] = junk[(seed >> 3) % (sizeof junk - 1)];
        }
        LessonSet *set = lessonset_new();
        Lesson *les = lessonset_load_string(set, "m.yaml", buf, len);
        assert_true(les != NULL || set->diags.len > 0);
        for (int i = 0; i < set->diags.len; i++)
            assert_true(set->diags.items[i].pos.line >= 1);
        lessonset_free(set);
    }
    free(buf);
}

/* The fixtures of tests/lessons/broken/: every "# expect: L:C: text". */
static void broken_fixture_files(void **state) {
    (void)state;
    const char *dir = "tests/lessons/broken";
    DIR *d = opendir(dir);
    assert_non_null(d);
    int files = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strstr(e->d_name, ".yaml"))
            continue;
        char path[512];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        LessonSet *set = lessonset_new();
        assert_null(lessonset_load_file(set, path));
        FILE *fp = fopen(path, "r");
        assert_non_null(fp);
        char line[512];
        int expects = 0;
        while (fgets(line, sizeof line, fp)) {
            int l, c, off = 0;
            if (sscanf(line, "# expect: %d:%d: %n", &l, &c, &off) != 2 || !off)
                continue;
            line[strcspn(line, "\n")] = '\0';
            const char *want = line + off;
            bool found = false;
            for (int i = 0; i < set->diags.len; i++) {
                const Diag *dg = &set->diags.items[i];
                if (dg->pos.line == l && dg->pos.col == c && !strcmp(dg->file, path) &&
                    !strncmp(dg->msg, want, strlen(want)))
                    found = true;
            }
            if (!found) {
                fprintf(stderr, "%s: want %d:%d: %s\n", path, l, c, want);
                dump_diags(set);
            }
            assert_true(found);
            expects++;
        }
        fclose(fp);
        assert_true(expects > 0);
        lessonset_free(set);
        files++;
    }
    closedir(d);
    assert_true(files >= 10);
}

/* A bad file in a directory does not stop the others; ids are unique
 * across files. */
static void directory_keeps_good_lessons(void **state) {
    (void)state;
    char dir[] = "/tmp/escapade-lessons-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char p1[256], p2[256], p3[256];
    snprintf(p1, sizeof p1, "%s/01-good.yaml", dir);
    snprintf(p2, sizeof p2, "%s/02-bad.yaml", dir);
    snprintf(p3, sizeof p3, "%s/03-dup.yaml", dir);
    FILE *f = fopen(p1, "w");
    fputs("id: good\ntitle: Good\norder: 2\nblocks:\n  - paragraph: ok\n", f);
    fclose(f);
    f = fopen(p2, "w");
    fputs("id: bad\ntitle: [\n", f);
    fclose(f);
    f = fopen(p3, "w");
    fputs("id: good\ntitle: Again\norder: 1\nblocks:\n  - paragraph: ok\n", f);
    fclose(f);
    LessonSet *set = lessonset_new();
    assert_int_equal(lessonset_load_dir(set, dir), 1);
    assert_int_equal(set->nlessons, 1);
    assert_int_equal(set->nfiles, 3);
    assert_int_equal(set->nbad, 2);
    assert_string_equal(set->lessons[0]->title, "Good");
    bool dup = false;
    for (int i = 0; i < set->diags.len; i++)
        if (strstr(set->diags.items[i].msg, "lesson id 'good' is also used by"))
            dup = true;
    assert_true(dup);
    lessonset_free(set);
    unlink(p1);
    unlink(p2);
    unlink(p3);
    rmdir(dir);

    set = lessonset_new();
    assert_int_equal(lessonset_load_dir(set, "/nonexistent/lessons"), 0);
    assert_int_equal(set->diags.len, 1);
    assert_int_equal(set->diags.items[0].pos.line, 0);
    lessonset_free(set);
}

/* The shipped course loads cleanly. */
static void shipped_lessons_load(void **state) {
    (void)state;
    LessonSet *set = lessonset_new();
    int n = lessonset_load_dir(set, "lessons");
    if (set->diags.len)
        dump_diags(set);
    assert_int_equal(set->diags.len, 0);
    assert_true(n >= 9);
    assert_true(lessonset_count_questions(set) >= 60);
    for (int i = 1; i < set->nlessons; i++)
        assert_true(set->lessons[i - 1]->order <= set->lessons[i]->order);
    lessonset_free(set);
}

static void inline_spans(void **state) {
    (void)state;
    const char *s = "a **b** *c* `d*e` 2 * 3 **open";
    struct { SpanStyle st; const char *text; } want[] = {
        {SPAN_TEXT, "a "}, {SPAN_BOLD, "b"}, {SPAN_TEXT, " "}, {SPAN_ITALIC, "c"},
        {SPAN_TEXT, " "}, {SPAN_CODE, "d*e"}, {SPAN_TEXT, " 2 * 3 **open"},
    };
    InlineSpan sp;
    int i = 0;
    for (const char *p = s; (p = inline_next(p, &sp)); i++) {
        assert_true(i < (int)(sizeof want / sizeof want[0]));
        assert_int_equal(sp.style, want[i].st);
        assert_int_equal(sp.len, (int)strlen(want[i].text));
        assert_memory_equal(sp.text, want[i].text, (size_t)sp.len);
    }
    assert_int_equal(i, (int)(sizeof want / sizeof want[0]));
    assert_null(inline_next("", &sp));
}

static void source_helpers(void **state) {
    (void)state;
    const char *code = "package main\n\ntype T struct{}\n\nfunc (t *T) M() {\n    _ = t\n}\n\n"
                       "func one() int { return 1 }\n\nfunc f(x int) int {\n    return x\n}\n";
    int a, b;
    assert_true(lesson_code_declares(code, "M"));
    assert_true(lesson_code_declares(code, "f"));
    assert_false(lesson_code_declares(code, "T"));
    assert_false(lesson_code_declares(code, "g"));
    assert_true(lesson_func_lines(code, "M", &a, &b));
    assert_int_equal(a, 5);
    assert_int_equal(b, 7);
    assert_true(lesson_func_lines(code, "one", &a, &b));
    assert_int_equal(a, 9);
    assert_int_equal(b, 9);
    assert_true(lesson_func_lines(code, "f", &a, &b));
    assert_int_equal(a, 11);
    assert_int_equal(b, 13);
    AnalyzeOpts o;
    lesson_mode_opts(MODE_M2L, true, &o);
    assert_int_equal(o.m, 2);
    assert_true(o.noinline && o.test_file);
    assert_int_equal(lesson_mode_parse("ml"), MODE_ML);
    assert_int_equal(lesson_mode_parse("x"), 0);
    assert_string_equal(lesson_mode_flags(MODE_ML), "-m -l");
    assert_int_equal(quiz_reason_parse("too-large"), QR_TOO_LARGE);
    assert_string_equal(quiz_reason_name(QR_SEND), "channel-send");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_block_loads),
        cmocka_unit_test(broken_inline_cases),
        cmocka_unit_test(oversized_and_deep_inputs),
        cmocka_unit_test(mutated_lessons_never_crash),
        cmocka_unit_test(broken_fixture_files),
        cmocka_unit_test(directory_keeps_good_lessons),
        cmocka_unit_test(shipped_lessons_load),
        cmocka_unit_test(inline_spans),
        cmocka_unit_test(source_helpers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
