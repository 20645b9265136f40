/* test_fuzz_regress.c - every input in tests/fuzz/regress/ (inputs that once
 * crashed, hung, leaked or hit UB) through the analyzer in every mode and the
 * lesson loader.  t_regress.sh replays them through the plain binary, where
 * UB passes silently; this program is also built under ASan/UBSan by
 * `make check`, so there a regression aborts the test. */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "analyze.h"
#include "lesson.h"

#define REGRESS_DIR "tests/fuzz/regress"

static char *read_all(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char *buf = NULL;
    size_t cap = 0, n = 0;
    for (;;) {
        if (n == cap) {
            cap = cap ? 2 * cap : 4096;
            buf = realloc(buf, cap);
            assert_non_null(buf);
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        if (got == 0)
            break;
        n += got;
    }
    fclose(f);
    *len = n;
    return buf;
}

static bool has_suffix(const char *s, const char *suf) {
    size_t a = strlen(s), b = strlen(suf);
    return a >= b && strcmp(s + a - b, suf) == 0;
}

static void analyze_every_mode(const char *path, const char *src, size_t len) {
    AnalyzeOpts modes[5] = { { .syntax_only = true },
                             { .m = 1, .noinline = true },
                             { .m = 1 },
                             { .m = 2 },
                             { .m = 2, .noinline = true } };
    for (int i = 0; i < 5; i++) {
        Analysis *a = analyze_source(path, src, len, &modes[i]);
        assert_non_null(a);
        /* every error is placed: a message with no position is a bug too */
        for (int j = 0; j < a->diags.len; j++)
            assert_non_null(a->diags.items[j].msg);
        analysis_free(a);
    }
}

static void load_lesson(const char *path, const char *src, size_t len) {
    LessonSet *set = lessonset_new();
    assert_non_null(set);
    lessonset_load_string(set, path, src, len);
    lessonset_free(set);
}

/* Replays every file; counts them so an empty or missing dir fails. */
static void test_regress_inputs(void **state) {
    (void)state;
    DIR *d = opendir(REGRESS_DIR);
    assert_non_null(d);     /* tests run from the repo root */
    int seen = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        bool go = has_suffix(e->d_name, ".go"), yaml = has_suffix(e->d_name, ".yaml");
        if (!go && !yaml)
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", REGRESS_DIR, e->d_name);
        size_t len;
        char *src = read_all(path, &len);
        print_message("regress: %s\n", path);
        if (go)
            analyze_every_mode(path, src, len);
        else
            load_lesson(path, src, len);
        free(src);
        seen++;
    }
    closedir(d);
    assert_true(seen > 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_regress_inputs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
