/* test_stdcache.c - a StdCache (analyze.h) changes nothing but speed.
 *
 * Every program of tests/corpus is analysed in the four modes without a
 * cache, then with one cache shared by all of them, forwards and then
 * backwards (so a package is first loaded by different programs, and each
 * program meets packages another one loaded and used).  The diagnostics
 * must be identical.  Under the ASan build (make check) this also catches an
 * analysis leaving in the cache a pointer into its own, freed, arena.
 * Runs from the repository root, as tests/run.sh does.
 */
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

#define CORPUS "tests/corpus"

static const struct { int m; bool l; } modes[] = { {1, false}, {1, true}, {2, false}, {2, true} };
enum { NMODES = sizeof modes / sizeof modes[0] };

/* The whole result as text: flags, then gc's lines. */
static char *render(const Analysis *a) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    fprintf(f, "failed=%d stages=%d\n", a->failed, a->stages);
    for (int i = 0; i < a->diags.len; i++)
        diag_print(&a->diags.items[i], f);
    fclose(f);
    return buf;
}

static char *analyze_text(const char *path, int mode, StdCache *cache) {
    AnalyzeOpts o = { .m = modes[mode].m, .noinline = modes[mode].l, .cache = cache };
    Analysis *a = analyze_file(path, &o);
    assert_non_null(a);
    char *s = render(a);
    analysis_free(a);
    return s;
}

static int cmp_str(const void *x, const void *y) {
    return strcmp(*(char *const *)x, *(char *const *)y);
}

static int corpus_files(char ***out) {
    DIR *d = opendir(CORPUS);
    assert_non_null(d);
    char **v = NULL;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len < 4 || strcmp(e->d_name + len - 3, ".go") != 0)
            continue;
        v = realloc(v, sizeof *v * (size_t)(n + 1));
        assert_non_null(v);
        size_t sz = sizeof CORPUS + len + 1;
        v[n] = malloc(sz);
        snprintf(v[n], sz, "%s/%s", CORPUS, e->d_name);
        n++;
    }
    closedir(d);
    qsort(v, (size_t)n, sizeof *v, cmp_str);
    *out = v;
    return n;
}

static void shared_cache_gives_same_diagnostics(void **state) {
    (void)state;
    char **files;
    int n = corpus_files(&files);
    assert_true(n > 50);
    char **want = calloc((size_t)n * NMODES, sizeof *want);
    for (int i = 0; i < n; i++)
        for (int k = 0; k < NMODES; k++)
            want[i * NMODES + k] = analyze_text(files[i], k, NULL);
    StdCache *cache = std_cache_new();
    assert_non_null(cache);
    int differ = 0;
    for (int pass = 0; pass < 2; pass++)
        for (int j = 0; j < n; j++) {
            int i = pass ? n - 1 - j : j;
            for (int k = 0; k < NMODES; k++) {
                char *got = analyze_text(files[i], k, cache);
                if (strcmp(got, want[i * NMODES + k]) != 0) {
                    if (differ++ < 5)
                        fprintf(stderr, "%s mode %d, pass %d: with the cache\n%s\nwithout\n%s\n",
                                files[i], k, pass, got, want[i * NMODES + k]);
                }
                free(got);
            }
        }
    std_cache_free(cache);
    for (int i = 0; i < n * NMODES; i++)
        free(want[i]);
    free(want);
    for (int i = 0; i < n; i++)
        free(files[i]);
    free(files);
    assert_int_equal(differ, 0);
}

/* An import the stubs do not model is the program's error, reported to it
 * every time; it does not spoil the cache for the next program. */
static void unmodeled_import_does_not_break_cache(void **state) {
    (void)state;
    static const char bad[] = "package main\n\nimport \"database/sql\"\n\nfunc main() { _ = sql.Drivers }\n";
    static const char good[] = "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(1) }\n";
    StdCache *cache = std_cache_new();
    AnalyzeOpts o = { .m = 1, .cache = cache };
    for (int r = 0; r < 2; r++) {
        Analysis *a = analyze_source("x.go", bad, sizeof bad - 1, &o);
        assert_true(a->failed);
        assert_true(a->diags.len >= 1);
        assert_non_null(strstr(a->diags.items[0].msg, "could not import database/sql"));
        analysis_free(a);
        a = analyze_source("x.go", good, sizeof good - 1, &o);
        assert_false(a->failed);
        assert_true(a->stages & AS_ESCAPE);
        analysis_free(a);
    }
    std_cache_free(cache);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(unmodeled_import_does_not_break_cache),
        cmocka_unit_test(shared_cache_gives_same_diagnostics),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
