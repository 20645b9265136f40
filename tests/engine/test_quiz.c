/* test_quiz.c - answer keys from (fake) analyses, grading, fix-it judging,
 * lint agreement and SM-2 scheduling.
 *
 * The fake analyses carry lines the real gc 1.19 prints for the same code
 * (go build -gcflags='-m -l' / '-m=2 -l'), so the quiz is tested against
 * gc's output even while the embedded analyzer is being built.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "quiz.h"

#define ALL_STAGES (AS_PARSE | AS_CHECK | AS_INLINE | AS_ESCAPE)

/* An Analysis built from "LINE:COL: message" strings (NULL-terminated). */
static Analysis *fake(int stages, const char *const *lines) {
    Analysis *a = calloc(1, sizeof *a);
    assert_non_null(a);
    arena_init(&a->arena);
    diag_init(&a->diags, &a->arena);
    a->stages = stages;
    for (int i = 0; lines && lines[i]; i++) {
        int l, c, off = 0;
        assert_int_equal(sscanf(lines[i], "%d:%d:%n", &l, &c, &off), 2);
        const char *msg = lines[i] + off + 1;   /* keep a flow line's indent */
        DiagKind k = msg[0] == ' ' ? DK_FLOW : DK_OTHER;
        diag_add(&a->diags, "./ex.go", (Pos){l, c}, DIAG_NOTE, k,
                 arena_strdup(&a->arena, msg));
    }
    return a;
}

static const char lesson[] =
    "id: quiz-test\n"
    "title: Quiz test\n"
    "order: 1\n"
    "blocks:\n"
    "  - code:\n"
    "      id: ex\n"
    "      file: ex.go\n"
    "      modes: [ml]\n"
    "      source: |\n"
    "        package main\n"                          /* 1 */
    "\n"                                              /* 2 */
    "        var keep *int\n"                         /* 3 */
    "\n"                                              /* 4 */
    "        func f() *int {\n"                       /* 5 */
    "            x := 1\n"                            /* 6 */
    "            y := 2\n"                            /* 7 */
    "            keep = &y\n"                         /* 8 */
    "            return &x\n"                         /* 9 */
    "        }\n"                                     /* 10 */
    "\n"                                              /* 11 */
    "        func main() { _ = f() }\n"               /* 12 */
    "  - question:\n"
    "      id: q-x\n"
    "      kind: escapes\n"
    "      example: ex\n"
    "      prompt: Does x escape?\n"
    "      target: {line: 6, name: x}\n"
    "      answer: yes\n"
    "      explanation: EXPLAIN-X\n"
    "  - question:\n"
    "      id: q-lines\n"
    "      kind: heap-lines\n"
    "      example: ex\n"
    "      prompt: Which lines?\n"
    "      answer: [6, 7]\n"
    "      explanation: Both.\n"
    "  - question:\n"
    "      id: q-why\n"
    "      kind: why\n"
    "      example: ex\n"
    "      prompt: Why does y escape?\n"
    "      target: {line: 7, name: y}\n"
    "      choices: [returned, stored in a global]\n"
    "      answer: 1\n"
    "      reason: assigned\n"
    "      explanation: Global.\n"
    "  - question:\n"
    "      id: q-m\n"
    "      kind: m-output\n"
    "      example: ex\n"
    "      line: 6\n"
    "      prompt: What is printed on line 6?\n"
    "      choices:\n"
    "        - (nothing)\n"
    "        - \"`moved to heap: x`\"\n"
    "        - \"`x does not escape`\"\n"
    "      answer: 1\n"
    "      explanation: Returned.\n"
    "  - question:\n"
    "      id: q-fix\n"
    "      kind: fixit\n"
    "      mode: ml\n"
    "      prompt: Keep x on the stack.\n"
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
    "        - keep: f\n"
    "      solutions:\n"
    "        - |\n"
    "          package main\n"
    "\n"
    "          func f() int {\n"
    "              x := 1\n"
    "              return x\n"
    "          }\n"
    "\n"
    "          func main() { _ = f() }\n"
    "      explanation: Values are copied.\n";

/* What gc 1.19 prints for the example with -m -l. */
static const char *const gc_ml[] = {
    "6:5: moved to heap: x",
    "7:5: moved to heap: y",
    NULL,
};

/* ... and with -m=2 -l (the flows explain each decision). */
static const char *const gc_m2l[] = {
    "6:5: x escapes to heap:",
    "6:5:   flow: ~r0 = &x:",
    "6:5:     from &x (address-of) at ./ex.go:9:12",
    "6:5:     from return &x (return) at ./ex.go:9:5",
    "7:5: y escapes to heap:",
    "7:5:   flow: {heap} = &y:",
    "7:5:     from &y (address-of) at ./ex.go:8:12",
    "7:5:     from keep = &y (assign) at ./ex.go:8:10",
    "6:5: moved to heap: x",
    "7:5: moved to heap: y",
    NULL,
};

typedef struct Fixture {
    LessonSet *set;
    Arena arena;
} Fixture;

static int setup(void **state) {
    Fixture *f = calloc(1, sizeof *f);
    f->set = lessonset_new();
    Lesson *les = lessonset_load_string(f->set, "quiz.yaml", lesson, sizeof lesson - 1);
    if (!les)
        for (int i = 0; i < f->set->diags.len; i++)
            diag_print(&f->set->diags.items[i], stderr);
    assert_non_null(les);
    arena_init(&f->arena);
    *state = f;
    return 0;
}

static int teardown(void **state) {
    Fixture *f = *state;
    arena_free(&f->arena);
    lessonset_free(f->set);
    free(f);
    return 0;
}

static const Question *Q(void **state, const char *id) {
    Fixture *f = *state;
    const Question *q = lessonset_find_question(f->set, id);
    assert_non_null(q);
    return q;
}

static void escapes_key_and_grading(void **state) {
    Fixture *f = *state;
    const Question *q = Q(state, "q-x");
    Analysis *a = fake(ALL_STAGES, gc_ml);
    QuizKey key;
    assert_true(quiz_key_from_analysis(q, a, &key, &f->arena));
    assert_true(key.from_analyzer);
    assert_true(key.escapes);
    assert_string_equal(key.evidence, "./ex.go:6:5: moved to heap: x");

    QuizResult r;
    QuizAnswer yes = {.yes = true}, no = {.yes = false};
    quiz_grade(q, &key, &yes, &r, &f->arena, NULL);
    assert_true(r.correct);
    assert_non_null(strstr(r.feedback, "Correct."));
    assert_non_null(strstr(r.feedback, "moved to heap: x"));
    assert_non_null(strstr(r.feedback, "EXPLAIN-X"));
    quiz_grade(q, &key, &no, &r, &f->arena, NULL);
    assert_false(r.correct);
    assert_non_null(strstr(r.feedback, "Not quite."));
    assert_null(strstr(r.feedback, "lesson states another"));
    analysis_free(a);

    /* Silence about x means it stays: the analyzer's "no" wins over the
     * lesson's stated "yes" when grading. */
    static const char *const silent[] = {"7:5: moved to heap: y", NULL};
    a = fake(ALL_STAGES, silent);
    assert_true(quiz_key_from_analysis(q, a, &key, &f->arena));
    assert_false(key.escapes);
    quiz_grade(q, &key, &no, &r, &f->arena, NULL);
    assert_true(r.correct);
    assert_non_null(strstr(r.feedback, "the lesson states another answer, yes"));
    analysis_free(a);
}

static void unfinished_analyzer_cannot_answer(void **state) {
    Fixture *f = *state;
    const Question *q = Q(state, "q-x");
    Analysis *a = fake(AS_PARSE | AS_CHECK, NULL);
    QuizKey key;
    assert_false(quiz_key_from_analysis(q, a, &key, &f->arena));
    assert_false(key.from_analyzer);
    assert_non_null(strstr(key.error, "escape analysis"));
    analysis_free(a);
    /* The stated answer is the fallback. */
    assert_true(quiz_key_stated(q, &key, &f->arena));
    assert_true(key.escapes);
    /* A failed analysis gives its first error. */
    a = fake(ALL_STAGES, NULL);
    a->failed = true;
    diag_add(&a->diags, "./ex.go", (Pos){3, 5}, DIAG_ERROR, DK_ERROR, "undefined: y");
    assert_false(quiz_key_from_analysis(q, a, &key, &f->arena));
    assert_string_equal(key.error, "undefined: y");
    analysis_free(a);
}

static void heap_lines_key(void **state) {
    Fixture *f = *state;
    const Question *q = Q(state, "q-lines");
    Analysis *a = fake(ALL_STAGES, gc_m2l);   /* headers with ':' are not extra lines */
    QuizKey key;
    assert_true(quiz_key_from_analysis(q, a, &key, &f->arena));
    assert_int_equal(key.nlines, 2);
    assert_int_equal(key.lines[0], 6);
    assert_int_equal(key.lines[1], 7);
    QuizResult r;
    int good[] = {7, 6, 7}, bad[] = {6};
    QuizAnswer ag = {.lines = good, .nlines = 3}, ab = {.lines = bad, .nlines = 1};
    quiz_grade(q, &key, &ag, &r, &f->arena, NULL);
    assert_true(r.correct);
    quiz_grade(q, &key, &ab, &r, &f->arena, NULL);
    assert_false(r.correct);
    assert_non_null(strstr(r.feedback, "lines 6, 7"));
    analysis_free(a);
}

static void why_reads_flows(void **state) {
    Fixture *f = *state;
    const Question *q = Q(state, "q-why");
    Analysis *a = fake(ALL_STAGES, gc_m2l);
    assert_int_equal(quiz_reason_of(a, &q->target), QR_ASSIGN);
    QTarget tx = {.line = 6, .name = "x"};
    assert_int_equal(quiz_reason_of(a, &tx), QR_RETURNED);
    QTarget none = {.line = 6, .name = "zz"};
    assert_int_equal(quiz_reason_of(a, &none), QR_NONE);
    QuizKey key;
    assert_true(quiz_key_from_analysis(q, a, &key, &f->arena));
    assert_int_equal(key.reason, QR_ASSIGN);
    assert_int_equal(key.choice, 1);
    analysis_free(a);

    /* gc 1.19, -m=2 -l: make([]byte, 1<<20) returned: size decides first. */
    static const char *const big[] = {
        "4:13: make([]byte, 1 << 20) escapes to heap:",
        "4:13:   flow: {heap} = &{storage for make([]byte, 1 << 20)}:",
        "4:13:     from make([]byte, 1 << 20) (too large for stack) at ./ex.go:4:13",
        "4:13: make([]byte, 1 << 20) escapes to heap",
        NULL,
    };
    a = fake(ALL_STAGES, big);
    QTarget tb = {.line = 4, .expr = "make([]byte, 1 << 20)"};
    assert_int_equal(quiz_reason_of(a, &tb), QR_TOO_LARGE);
    analysis_free(a);

    /* Without flows, Diag.reason (the analyzer's plain words) decides. */
    static const char *const plain[] = {"9:2: moved to heap: w", NULL};
    a = fake(ALL_STAGES, plain);
    a->diags.items[0].reason = "its address is sent on a channel";
    QTarget tw = {.line = 9, .name = "w"};
    assert_int_equal(quiz_reason_of(a, &tw), QR_SEND);
    analysis_free(a);
}

static void m_output_matches_choice(void **state) {
    Fixture *f = *state;
    const Question *q = Q(state, "q-m");
    Analysis *a = fake(ALL_STAGES, gc_ml);
    QuizKey key;
    assert_true(quiz_key_from_analysis(q, a, &key, &f->arena));
    assert_string_equal(key.m_text, "moved to heap: x");
    assert_int_equal(key.choice, 1);
    QuizAnswer ans = {.choice = 1};
    QuizResult r;
    quiz_grade(q, &key, &ans, &r, &f->arena, NULL);
    assert_true(r.correct);
    analysis_free(a);

    static const char *const nothing[] = {"7:5: moved to heap: y", NULL};
    a = fake(ALL_STAGES, nothing);
    assert_true(quiz_key_from_analysis(q, a, &key, &f->arena));
    assert_int_equal(key.choice, 0);   /* "(nothing)" */
    analysis_free(a);
}

static void fixit_judging(void **state) {
    Fixture *f = *state;
    const Question *q = Q(state, "q-fix");
    QuizResult r;
    /* The starting code: gc -m -l says moved to heap: x (line 4). */
    static const char *const start[] = {"4:5: moved to heap: x", NULL};
    Analysis *a = fake(ALL_STAGES, start);
    assert_false(quiz_judge_fixit(q, q->code, q->code_len, a, &r, &f->arena));
    assert_true(r.compiled);
    assert_int_equal(r.noutcomes, 3);
    assert_false(r.outcomes[0].passed);
    assert_string_equal(r.outcomes[0].detail, "./ex.go:4:5: moved to heap: x");
    assert_false(r.outcomes[1].passed);
    assert_true(r.outcomes[2].passed);
    assert_non_null(strstr(r.feedback, "[not yet]"));
    analysis_free(a);

    /* The solution: gc prints nothing. */
    a = fake(ALL_STAGES, NULL);
    const char *sol = q->solutions[0];
    assert_true(quiz_judge_fixit(q, sol, strlen(sol), a, &r, &f->arena));
    assert_true(r.correct);
    analysis_free(a);

    /* Deleting f is not a solution. */
    const char *cheat = "package main\n\nfunc main() {}\n";
    a = fake(ALL_STAGES, NULL);
    assert_false(quiz_judge_fixit(q, cheat, strlen(cheat), a, &r, &f->arena));
    assert_false(r.outcomes[1].passed);
    assert_false(r.outcomes[2].passed);
    analysis_free(a);

    /* Code that does not compile is reported, not judged. */
    a = fake(ALL_STAGES, NULL);
    a->failed = true;
    diag_add(&a->diags, "./fix.go", (Pos){4, 5}, DIAG_ERROR, DK_ERROR, "undefined: z");
    assert_false(quiz_judge_fixit(q, cheat, strlen(cheat), a, &r, &f->arena));
    assert_false(r.compiled);
    assert_non_null(strstr(r.feedback, "./fix.go:4:5: undefined: z"));
    analysis_free(a);
}

/* The real analyzer: whatever stage it has reached, the key for "return &x"
 * is "escapes" (computed, or the stated fallback), and lint never calls an
 * answer confirmed without escape analysis. */
static void real_analyzer_key_and_check(void **state) {
    Fixture *f = *state;
    const Question *q = Q(state, "q-x");
    QuizKey key;
    quiz_key(q, &key, &f->arena, NULL);
    assert_true(key.escapes);
    Analysis *a = quiz_analyze(q, NULL, 0, NULL);
    assert_non_null(a);
    bool has_escape = (a->stages & AS_ESCAPE) != 0;
    analysis_free(a);
    QuizCheck c;
    quiz_check(q, &c, &f->arena, NULL);
    if (!has_escape)
        assert_int_equal(c.status, QC_CANNOT_CHECK);
    else
        assert_int_not_equal(c.status, QC_NO_ANSWER);
}

static void spaced_repetition(void **state) {
    (void)state;
    ReviewState r;
    quiz_review_init(&r);
    assert_true(quiz_review_due(&r, 0));
    int64_t now = 1000000;
    quiz_review_update(&r, 5, now);
    assert_int_equal(r.interval, 1);
    assert_int_equal(r.due, now + 86400);
    assert_false(quiz_review_due(&r, now + 3600));
    quiz_review_update(&r, 5, now);
    assert_int_equal(r.interval, 6);
    double ease = r.ease;
    assert_true(ease > 2.5);
    quiz_review_update(&r, 4, now);
    assert_int_equal(r.interval, (int)(6 * ease + 0.5));
    assert_int_equal(r.reps, 3);
    /* Forgotten: back to the start, asked again within the session. */
    quiz_review_update(&r, 1, now);
    assert_int_equal(r.reps, 0);
    assert_int_equal(r.lapses, 1);
    assert_int_equal(r.due, now + 600);
    for (int i = 0; i < 20; i++)
        quiz_review_update(&r, 0, now);
    assert_true(r.ease >= 1.3 && r.ease < 1.31);
    assert_int_equal(quiz_quality(false, 0, 1), 1);
    assert_int_equal(quiz_quality(true, 0, 1), 5);
    assert_int_equal(quiz_quality(true, 1, 1), 4);
    assert_int_equal(quiz_quality(true, 0, 2), 3);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(escapes_key_and_grading, setup, teardown),
        cmocka_unit_test_setup_teardown(unfinished_analyzer_cannot_answer, setup, teardown),
        cmocka_unit_test_setup_teardown(heap_lines_key, setup, teardown),
        cmocka_unit_test_setup_teardown(why_reads_flows, setup, teardown),
        cmocka_unit_test_setup_teardown(m_output_matches_choice, setup, teardown),
        cmocka_unit_test_setup_teardown(fixit_judging, setup, teardown),
        cmocka_unit_test_setup_teardown(real_analyzer_key_and_check, setup, teardown),
        cmocka_unit_test(spaced_repetition),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
