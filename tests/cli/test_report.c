/* test_report.c - workshop CSV: header once, rows only appended, quoting. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "report.h"

static int setup(void **state) {
    char *dir = malloc(64);
    strcpy(dir, "/tmp/esc-report-XXXXXX");
    if (!mkdtemp(dir))
        return -1;
    *state = dir;
    return 0;
}

static int teardown(void **state) {
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", (char *)*state);
    int rc = system(cmd);
    free(*state);
    return rc;
}

static char *slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    static char buf[65536];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static ReportRow row(const char *q, const char *answer, bool ok) {
    return (ReportRow){.name = "Ada", .when = 1764406800, .lesson = "basics",
                       .question = q, .answer = answer, .correct = ok,
                       .seconds = 3.25};
}

static void test_format(void **state) {
    (void)state;
    ReportRow r = row("q1", "2", true);
    char *s = report_format_row(&r);
    assert_string_equal(s, "Ada,2025-11-29T09:00:00Z,basics,q1,2,true,3.2");
    free(s);
    r = row("q2", "say \"hi\", then\nleave", false);
    r.name = " Lovelace, A.";
    r.seconds = -1;
    s = report_format_row(&r);
    assert_string_equal(s, "\" Lovelace, A.\",2025-11-29T09:00:00Z,basics,q2,"
                           "\"say \"\"hi\"\", then\nleave\",false,0.0");
    free(s);
    r = row("q3", NULL, true);
    r.name = NULL;
    s = report_format_row(&r);
    assert_string_equal(s, ",2025-11-29T09:00:00Z,basics,q3,,true,3.2");
    free(s);
}

static void test_header_once_then_append(void **state) {
    char path[128], err[256];
    snprintf(path, sizeof path, "%s/results.csv", (char *)*state);
    ReportRow a = row("q1", "1", true), b = row("q2", "3", false);
    assert_int_equal(report_append(path, &a, err, sizeof err), 0);
    assert_int_equal(report_append(path, &b, err, sizeof err), 0);
    assert_string_equal(slurp(path),
        REPORT_HEADER "\n"
        "Ada,2025-11-29T09:00:00Z,basics,q1,1,true,3.2\n"
        "Ada,2025-11-29T09:00:00Z,basics,q2,3,false,3.2\n");
    /* A later run appends and does not repeat the header. */
    assert_int_equal(report_append(path, &a, err, sizeof err), 0);
    char *text = slurp(path);
    assert_int_equal(strstr(text, "name,") - text, 0);
    assert_null(strstr(text + 1, "name,"));
    int lines = 0;
    for (char *p = text; *p; p++)
        lines += *p == '\n';
    assert_int_equal(lines, 4);
}

/* An existing file with someone else's content is never truncated. */
static void test_existing_file_kept(void **state) {
    char path[128], err[256];
    snprintf(path, sizeof path, "%s/old.csv", (char *)*state);
    FILE *f = fopen(path, "w");
    fputs(REPORT_HEADER "\nBob,2025-01-01T00:00:00Z,x,y,z,true,1.0\n", f);
    fclose(f);
    ReportRow a = row("q1", "1", true);
    assert_int_equal(report_append(path, &a, err, sizeof err), 0);
    assert_string_equal(slurp(path),
        REPORT_HEADER "\nBob,2025-01-01T00:00:00Z,x,y,z,true,1.0\n"
        "Ada,2025-11-29T09:00:00Z,basics,q1,1,true,3.2\n");
}

/* Several quizzes writing one shared file: one header, every row whole. */
static void test_concurrent_writers(void **state) {
    char path[128];
    snprintf(path, sizeof path, "%s/shared.csv", (char *)*state);
    for (int k = 0; k < 4; k++) {
        if (fork() == 0) {
            char err[256];
            ReportRow a = row("q", "a long answer, with a comma", k % 2);
            for (int i = 0; i < 50; i++)
                if (report_append(path, &a, err, sizeof err) != 0)
                    _exit(1);
            _exit(0);
        }
    }
    for (int k = 0; k < 4; k++) {
        int st;
        wait(&st);
        assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    }
    char *text = slurp(path);
    int headers = 0, rows = 0;
    const char *prefix = "Ada,2025-11-29T09:00:00Z,basics,q,\"a long answer, with a comma\",";
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        if (strcmp(line, REPORT_HEADER) == 0)
            headers++;
        else if (strncmp(line, prefix, strlen(prefix)) == 0)
            rows++;
    }
    assert_int_equal(headers, 1);
    assert_int_equal(rows, 200);
}

static void test_unwritable(void **state) {
    char path[160], err[256];
    snprintf(path, sizeof path, "%s/no/such/dir/r.csv", (char *)*state);
    ReportRow a = row("q1", "1", true);
    assert_int_equal(report_append(path, &a, err, sizeof err), -1);
    assert_non_null(strstr(err, "cannot write report"));
    assert_non_null(strstr(err, "No such file or directory"));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_format),
        cmocka_unit_test_setup_teardown(test_header_once_then_append, setup, teardown),
        cmocka_unit_test_setup_teardown(test_existing_file_kept, setup, teardown),
        cmocka_unit_test_setup_teardown(test_concurrent_writers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unwritable, setup, teardown),
    };
    return cmocka_run_group_tests_name("report", tests, NULL, NULL);
}
