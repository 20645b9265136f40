/* test_quizcache.c - the quiz gives the same keys, grades and lint checks
 * with a StdCache as without one, cold and warm.
 *
 * The questions' code imports fmt, so the cached std packages (fmt and
 * what it imports) take part in every analysis: type-checking the calls,
 * inlining fmt.Println and the escape of its arguments.  Each answer is
 * computed without a cache, then twice with one (the first run fills it,
 * the second only reads it), and the three must agree field by field.
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

#define EX                                        \
    "        package main\n"                      \
    "\n"                                          \
    "        import \"fmt\"\n"                    \
    "\n"                                          \
    "        type point struct{ x, y int }\n"     \
    "\n"                                          \
    "        func newPoint() *point {\n"          \
    "            p := point{1, 2}\n"              \
    "            return &p\n"                     \
    "        }\n"                                 \
    "\n"                                          \
    "        func main() {\n"                     \
    "            s := \"hi\"\n"                   \
    "            fmt.Println(s, newPoint())\n"    \
    "        }\n"

static const char lesson[] =
    "id: quizcache-test\n"
    "title: Quiz cache test\n"
    "order: 1\n"
    "blocks:\n"
    "  - code:\n"
    "      id: ex\n"
    "      file: ex.go\n"
    "      modes: [m]\n"
    "      source: |\n" EX
    "  - question:\n"
    "      id: q-p\n"
    "      kind: escapes\n"
    "      example: ex\n"
    "      prompt: Does p escape?\n"
    "      target: {line: 8, name: p}\n"
    "      answer: yes\n"
    "      explanation: Returned.\n"
    "  - question:\n"
    "      id: q-lines\n"
    "      kind: heap-lines\n"
    "      example: ex\n"
    "      prompt: Which lines?\n"
    "      answer: [8, 14]\n"
    "      explanation: Both.\n"
    "  - question:\n"
    "      id: q-m\n"
    "      kind: m-output\n"
    "      example: ex\n"
    "      line: 8\n"
    "      prompt: What is printed on line 8?\n"
    "      choices:\n"
    "        - (nothing)\n"
    "        - \"`moved to heap: p`\"\n"
    "        - \"`p does not escape`\"\n"
    "      answer: 1\n"
    "      explanation: Returned.\n"
    "  - question:\n"
    "      id: q-fix\n"
    "      kind: fixit\n"
    "      mode: m\n"
    "      prompt: Keep p on the stack.\n"
    "      goal: \"`p` must not escape\"\n"
    "      code: |\n" EX
    "      checks:\n"
    "        - no_escape: p\n"
    "        - no_heap_in: newPoint\n"
    "      solutions:\n"
    "        - |\n"
    "          package main\n"
    "\n"
    "          import \"fmt\"\n"
    "\n"
    "          type point struct{ x, y int }\n"
    "\n"
    "          func newPoint() point {\n"
    "              p := point{1, 2}\n"
    "              return p\n"
    "          }\n"
    "\n"
    "          func main() {\n"
    "              fmt.Println(newPoint().x)\n"
    "          }\n"
    "      explanation: Values are copied.\n";

/* A fixed answer for the fix-it: does not compile (fmt.Printn). */
static const char broken_fix[] =
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() { fmt.Printn(1) }\n";

typedef struct Fixture {
    LessonSet *set;
    Arena arena;
    StdCache *cache;
} Fixture;

static int setup(void **state) {
    Fixture *f = calloc(1, sizeof *f);
    assert_non_null(f);
    f->set = lessonset_new();
    Lesson *les = lessonset_load_string(f->set, "quizcache.yaml", lesson, sizeof lesson - 1);
    if (!les)
        for (int i = 0; i < f->set->diags.len; i++)
            diag_print(&f->set->diags.items[i], stderr);
    assert_non_null(les);
    arena_init(&f->arena);
    f->cache = std_cache_new();
    assert_non_null(f->cache);
    *state = f;
    return 0;
}

static int teardown(void **state) {
    Fixture *f = *state;
    arena_free(&f->arena);
    std_cache_free(f->cache);
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

static void assert_same_str(const char *a, const char *b) {
    if (!a || !b)
        assert_ptr_equal(a, b);
    else
        assert_string_equal(a, b);
}

static void assert_same_key(const QuizKey *a, const QuizKey *b) {
    assert_int_equal(a->kind, b->kind);
    assert_int_equal(a->from_analyzer, b->from_analyzer);
    assert_same_str(a->error, b->error);
    assert_int_equal(a->escapes, b->escapes);
    assert_int_equal(a->nlines, b->nlines);
    for (int i = 0; i < a->nlines; i++)
        assert_int_equal(a->lines[i], b->lines[i]);
    assert_int_equal(a->choice, b->choice);
    assert_int_equal(a->reason, b->reason);
    assert_same_str(a->m_text, b->m_text);
    assert_same_str(a->evidence, b->evidence);
}

static void assert_same_result(const QuizResult *a, const QuizResult *b) {
    assert_int_equal(a->correct, b->correct);
    assert_int_equal(a->from_analyzer, b->from_analyzer);
    assert_same_str(a->feedback, b->feedback);
    assert_int_equal(a->compiled, b->compiled);
    assert_int_equal(a->noutcomes, b->noutcomes);
    for (int i = 0; i < a->noutcomes; i++) {
        assert_int_equal(a->outcomes[i].passed, b->outcomes[i].passed);
        assert_same_str(a->outcomes[i].detail, b->outcomes[i].detail);
    }
}

/* Keys: none, cold cache, warm cache.  The analyzer answers them all
 * (evidence from the analysis), so this compares real analyses. */
static void keys_same_with_cache(void **state) {
    Fixture *f = *state;
    static const char *const ids[] = {"q-p", "q-lines", "q-m"};
    for (size_t i = 0; i < sizeof ids / sizeof *ids; i++) {
        const Question *q = Q(state, ids[i]);
        QuizKey plain, cold, warm;
        quiz_key(q, &plain, &f->arena, NULL);
        quiz_key(q, &cold, &f->arena, f->cache);
        quiz_key(q, &warm, &f->arena, f->cache);
        assert_true(plain.from_analyzer);
        assert_non_null(plain.evidence);
        assert_same_key(&plain, &cold);
        assert_same_key(&plain, &warm);

        QuizAnswer ans = {.yes = true, .choice = 1, .lines = (const int[]){8, 14},
                          .nlines = 2};
        QuizResult r0, r1;
        quiz_grade(q, &plain, &ans, &r0, &f->arena, NULL);
        quiz_grade(q, &warm, &ans, &r1, &f->arena, f->cache);
        assert_true(r0.correct);
        assert_same_result(&r0, &r1);
    }
    /* The m-output key names the line's message. */
    QuizKey k;
    quiz_key(Q(state, "q-m"), &k, &f->arena, f->cache);
    assert_non_null(strstr(k.m_text, "moved to heap: p"));
}

/* Fix-it grading runs the analyzer on the learner's code: the starting
 * code fails, the solution passes, code that does not compile says why;
 * the same with and without the cache, whichever filled it first. */
static void fixit_same_with_cache(void **state) {
    Fixture *f = *state;
    const Question *q = Q(state, "q-fix");
    const char *srcs[] = {q->code, q->solutions[0], broken_fix};
    bool want[] = {false, true, false};
    for (int i = 0; i < 3; i++) {
        QuizAnswer ans = {.source = srcs[i], .source_len = strlen(srcs[i])};
        QuizResult r0, r1, r2;
        quiz_grade(q, NULL, &ans, &r1, &f->arena, f->cache);
        quiz_grade(q, NULL, &ans, &r0, &f->arena, NULL);
        quiz_grade(q, NULL, &ans, &r2, &f->arena, f->cache);
        assert_int_equal(r0.correct, want[i]);
        assert_int_equal(r0.compiled, i < 2);
        assert_same_result(&r0, &r1);
        assert_same_result(&r0, &r2);
    }
}

/* Lint's checks: every question agrees, cache or not. */
static void checks_same_with_cache(void **state) {
    Fixture *f = *state;
    static const char *const ids[] = {"q-p", "q-lines", "q-m", "q-fix"};
    for (size_t i = 0; i < sizeof ids / sizeof *ids; i++) {
        const Question *q = Q(state, ids[i]);
        QuizCheck c0, c1;
        quiz_check(q, &c0, &f->arena, NULL);
        quiz_check(q, &c1, &f->arena, f->cache);
        if (c0.status != QC_AGREE)
            fprintf(stderr, "%s: %s\n", ids[i], c0.detail ? c0.detail : "");
        assert_int_equal(c0.status, QC_AGREE);
        assert_int_equal(c1.status, c0.status);
        assert_same_str(c0.detail, c1.detail);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(keys_same_with_cache, setup, teardown),
        cmocka_unit_test_setup_teardown(fixit_same_with_cache, setup, teardown),
        cmocka_unit_test_setup_teardown(checks_same_with_cache, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
