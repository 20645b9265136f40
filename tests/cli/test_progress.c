/* test_progress.c - learner state: round trip, atomic saves, damaged files
 * set aside, unwritable homes, the spaced-repetition schedule. */
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "paths.h"
#include "progress.h"

typedef struct Fix {
    char dir[64];
    char path[128];
} Fix;

static int setup(void **state) {
    Fix *f = calloc(1, sizeof *f);
    strcpy(f->dir, "/tmp/esc-progress-XXXXXX");
    if (!mkdtemp(f->dir))
        return -1;
    snprintf(f->path, sizeof f->path, "%s/progress.yaml", f->dir);
    *state = f;
    return 0;
}

static int teardown(void **state) {
    Fix *f = *state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
    int rc = system(cmd);
    free(f);
    return rc;
}

static void write_file(const char *path, const char *text) {
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs(text, fp);
    fclose(fp);
}

/* Names in dir other than . and .., joined with spaces. */
static void list_dir(const char *dir, char *out, size_t n) {
    out[0] = '\0';
    DIR *d = opendir(dir);
    assert_non_null(d);
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        strncat(out, e->d_name, n - strlen(out) - 2);
        strcat(out, " ");
    }
    closedir(d);
}

static void answer(Progress *p, const char *lesson, const char *q, bool ok,
                   time_t when) {
    progress_record_answer(p, &(ProgressAnswer){
        .lesson = (char *)lesson, .question = (char *)q,
        .answer = ok ? "2" : "1", .correct = ok, .when = when, .seconds = 2.5});
}

static void test_missing_file_is_empty(void **state) {
    Fix *f = *state;
    Progress *p = progress_open(f->dir);
    assert_non_null(p);
    assert_null(p->message);
    assert_false(p->damaged);
    assert_int_equal(p->nlessons, 0);
    assert_null(p->current);
    progress_free(p);
}

static void test_round_trip(void **state) {
    Fix *f = *state;
    Progress *p = progress_open(f->dir);
    progress_set_position(p, "escape-basics", 4, 12, 10);
    progress_set_position(p, "1", 9, 0, 10);         /* id that looks numeric */
    answer(p, "escape-basics", "q1", true, 1000000);
    answer(p, "escape-basics", "q2", false, 1000100);
    progress_record_answer(p, &(ProgressAnswer){
        .lesson = "escape-basics", .question = "fix", .correct = true,
        .answer = "line one\n\"quoted\": true\n\tü\xff", .seconds = 30});
    char err[256];
    assert_int_equal(progress_save(p, err, sizeof err), 0);
    progress_free(p);

    p = progress_open(f->dir);
    assert_null(p->message);
    assert_string_equal(p->current, "1");
    const ProgressLesson *l = progress_find_lesson(p, "escape-basics");
    assert_non_null(l);
    assert_int_equal(l->block, 4);
    assert_int_equal(l->scroll, 12);
    assert_int_equal(l->seen, 5);
    assert_int_equal(l->blocks, 10);
    assert_false(l->completed);
    assert_int_equal(l->answered, 3);
    assert_int_equal(l->correct, 2);
    assert_true(l->visited > 0);
    l = progress_find_lesson(p, "1");
    assert_non_null(l);
    assert_true(l->completed);
    assert_int_equal(p->nhistory, 3);
    assert_string_equal(p->history[0].question, "q1");
    assert_int_equal(p->history[0].when, 1000000);
    assert_true(p->history[0].correct);
    assert_false(p->history[1].correct);
    assert_string_equal(p->history[1].answer, "1");
    /* The invalid byte is replaced, everything else survives verbatim. */
    assert_string_equal(p->history[2].answer, "line one\n\"quoted\": true\n\tü?");
    assert_true(p->history[2].seconds == 30.0);
    const ProgressCard *c = progress_card(p, "escape-basics", "q2");
    assert_non_null(c);
    assert_int_equal(c->review.reps, 0);
    assert_int_equal(c->review.lapses, 1);
    assert_int_equal(c->wrong, 1);
    assert_int_equal(c->review.due, 1000100 + 600);
    progress_free(p);
}

static void test_save_leaves_no_temp_files(void **state) {
    Fix *f = *state;
    Progress *p = progress_open(f->dir);
    char err[256], names[512];
    for (int i = 0; i < 5; i++) {
        answer(p, "l", "q", i % 2, 0);
        assert_int_equal(progress_save(p, err, sizeof err), 0);
    }
    progress_free(p);
    list_dir(f->dir, names, sizeof names);
    assert_string_equal(names, "progress.yaml ");
    struct stat st;
    assert_int_equal(stat(f->path, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);   /* private to the learner */
}

/* The point of the atomic write: a kill at any moment leaves a whole file,
 * the old one or the new one.  A child saves in a loop and dies mid-way. */
static void test_kill_during_saves(void **state) {
    Fix *f = *state;
    for (int round = 0; round < 3; round++) {
        pid_t pid = fork();
        assert_true(pid >= 0);
        if (pid == 0) {
            Progress *p = progress_open(f->dir);
            char err[256];
            for (int i = 0; i < 100000; i++) {
                answer(p, "lesson", "q", i % 3 != 0, 0);
                progress_save(p, err, sizeof err);
            }
            _exit(0);
        }
        /* Wait for a first save, then let it run over a few more. */
        struct stat st;
        for (int i = 0; i < 500 && stat(f->path, &st) != 0; i++)
            usleep(10000);
        usleep(20000 + 15000 * (unsigned)round);
        kill(pid, SIGKILL);
        waitpid(pid, NULL, 0);
        Progress *p = progress_open(f->dir);
        assert_null(p->message);
        assert_false(p->damaged);
        assert_true(p->nhistory > 0);
        /* Counts and history agree: the file is one consistent save. */
        const ProgressLesson *l = progress_find_lesson(p, "lesson");
        assert_non_null(l);
        assert_true(l->answered >= p->nhistory);
        progress_free(p);
    }
}

static void test_damaged_file_set_aside(void **state) {
    Fix *f = *state;
    write_file(f->path, "version: 1\nlessons: [\n  {id: x\n");
    Progress *p = progress_open(f->dir);
    assert_non_null(p);
    assert_true(p->damaged);
    assert_non_null(p->message);
    assert_non_null(strstr(p->message, "damaged"));
    assert_non_null(strstr(p->message, "progress.yaml.damaged-"));
    assert_int_equal(p->nlessons, 0);
    char names[512];
    list_dir(f->dir, names, sizeof names);
    assert_non_null(strstr(names, "progress.yaml.damaged-"));
    assert_null(strstr(names, "progress.yaml "));
    /* And the app carries on: the next save works and reads back. */
    progress_set_position(p, "a", 1, 0, 0);
    char err[256];
    assert_int_equal(progress_save(p, err, sizeof err), 0);
    progress_free(p);
    p = progress_open(f->dir);
    assert_null(p->message);
    assert_int_equal(p->nlessons, 1);
    progress_free(p);
}

/* Files damaged again and again, within one second: each copy gets its own
 * name (none overwrites another), and only the newest PROGRESS_DAMAGED_KEEP
 * stay. */
static void test_damaged_copies_unique_and_bounded(void **state) {
    Fix *f = *state;
    enum { N = PROGRESS_DAMAGED_KEEP + 3 };
    char seen[N][200];
    for (int i = 0; i < N; i++) {
        char text[64];
        snprintf(text, sizeof text, "version: [damaged %d\n", i);
        write_file(f->path, text);
        Progress *p = progress_open(f->dir);
        assert_true(p->damaged);
        const char *to = strstr(p->message, "moved it to ");
        assert_non_null(to);
        snprintf(seen[i], sizeof seen[i], "%.*s", (int)strcspn(to + 12, " "), to + 12);
        for (int j = 0; j < i; j++)
            assert_string_not_equal(seen[i], seen[j]);
        progress_free(p);
    }
    /* The newest copies are there with their own contents; the oldest went. */
    for (int i = 0; i < N; i++) {
        FILE *fp = fopen(seen[i], "r");
        if (i < N - PROGRESS_DAMAGED_KEEP) {
            assert_null(fp);
            continue;
        }
        assert_non_null(fp);
        char line[64], want[64];
        assert_non_null(fgets(line, sizeof line, fp));
        fclose(fp);
        snprintf(want, sizeof want, "version: [damaged %d\n", i);
        assert_string_equal(line, want);
    }
    char names[2048];
    list_dir(f->dir, names, sizeof names);
    int count = 0;
    for (const char *q = names; (q = strstr(q, ".damaged-")); q++)
        count++;
    assert_int_equal(count, PROGRESS_DAMAGED_KEEP);
}

static void test_wrong_shape_is_damaged(void **state) {
    Fix *f = *state;
    write_file(f->path, "version: 1\nlessons: 5\n");
    Progress *p = progress_open(f->dir);
    assert_true(p->damaged);
    assert_non_null(strstr(p->message, "2:10: 'lessons' must be a list"));
    progress_free(p);

    write_file(f->path, "version: 1\nlessons:\n- id: a\n  block: -3\n");
    p = progress_open(f->dir);
    assert_true(p->damaged);
    assert_non_null(strstr(p->message, "4:10: 'block' must be a non-negative integer"));
    assert_int_equal(p->nlessons, 0);
    progress_free(p);

    write_file(f->path, "version: 7\n");
    p = progress_open(f->dir);
    assert_true(p->damaged);
    assert_non_null(strstr(p->message, "unknown version"));
    progress_free(p);

    write_file(f->path, "");
    p = progress_open(f->dir);
    assert_true(p->damaged);
    progress_free(p);
}

static void test_huge_file_is_damaged(void **state) {
    Fix *f = *state;
    FILE *fp = fopen(f->path, "w");
    assert_non_null(fp);
    fputs("version: 1\nhistory:\n", fp);
    for (int i = 0; i < 200000; i++)
        fputs("- {lesson: a, question: b, correct: true, time: 2026-01-01T00:00:00Z}\n", fp);
    fclose(fp);
    Progress *p = progress_open(f->dir);
    assert_true(p->damaged);
    assert_non_null(strstr(p->message, "too large"));
    progress_free(p);
}

/* Temporary files of killed saves: old ones go, a fresh one (another
 * escapade saving right now) stays. */
static void test_stale_temp_files_removed(void **state) {
    Fix *f = *state;
    char old[200], young[200], names[512];
    snprintf(old, sizeof old, "%s.tmp-AAAAAA", f->path);
    snprintf(young, sizeof young, "%s.tmp-BBBBBB", f->path);
    write_file(old, "half a save");
    write_file(young, "half a save");
    write_file(f->path, "version: 1\n");
    struct timespec times[2] = {{.tv_sec = time(NULL) - 7200}, {.tv_sec = time(NULL) - 7200}};
    assert_int_equal(utimensat(AT_FDCWD, old, times, 0), 0);
    Progress *p = progress_open(f->dir);
    assert_null(p->message);
    progress_free(p);
    list_dir(f->dir, names, sizeof names);
    assert_null(strstr(names, "AAAAAA"));
    assert_non_null(strstr(names, "BBBBBB"));
}

static void test_unknown_keys_ignored(void **state) {
    Fix *f = *state;
    write_file(f->path, "version: 1\nfuture: {a: 1}\nlessons:\n- id: a\n"
                        "  block: 2\n  colour: blue\n");
    Progress *p = progress_open(f->dir);
    assert_null(p->message);
    assert_int_equal(p->nlessons, 1);
    assert_int_equal(p->lessons[0].block, 2);
    progress_free(p);
}

/* Unreadable: a directory where the file should be (chmod is no use when the
 * tests run as root). */
static void test_unreadable_file_set_aside(void **state) {
    Fix *f = *state;
    assert_int_equal(mkdir(f->path, 0700), 0);
    Progress *p = progress_open(f->dir);
    assert_true(p->damaged);
    assert_non_null(p->message);
    char err[256];
    assert_int_equal(progress_save(p, err, sizeof err), 0);
    progress_free(p);
}

/* A state directory that cannot be created (read-only home): the save fails
 * with a message naming the file, and nothing crashes. */
static void test_unwritable_home(void **state) {
    Fix *f = *state;
    char blocker[160], dir[200];
    snprintf(blocker, sizeof blocker, "%s/home", f->dir);
    write_file(blocker, "not a directory\n");
    snprintf(dir, sizeof dir, "%s/.local/state/escapade", blocker);
    Progress *p = progress_open(dir);
    assert_null(p->message);
    progress_set_position(p, "a", 1, 0, 0);
    char err[256];
    assert_int_equal(progress_save(p, err, sizeof err), -1);
    assert_non_null(strstr(err, "cannot save progress to"));
    assert_non_null(strstr(err, "Not a directory"));
    progress_free(p);
}

/* The schedule is quiz.c's SM-2; progress keeps and applies it. */
static void test_spaced_repetition(void **state) {
    Fix *f = *state;
    Progress *p = progress_open(f->dir);
    time_t t0 = 1700000000, day = 86400;
    answer(p, "l", "a", true, t0);
    const ProgressCard *c = progress_card(p, "l", "a");
    assert_int_equal(c->review.reps, 1);
    assert_int_equal(c->review.interval, 1);
    assert_int_equal(c->review.due, t0 + day);
    assert_false(progress_is_due(p, "l", "a", t0 + 10));
    assert_true(progress_is_due(p, "l", "a", t0 + day));
    answer(p, "l", "a", true, t0 + day);
    c = progress_card(p, "l", "a");
    assert_int_equal(c->review.interval, 6);
    assert_int_equal(c->review.due, t0 + 7 * day);
    answer(p, "l", "a", false, t0 + 8 * day);
    c = progress_card(p, "l", "a");
    assert_int_equal(c->review.reps, 0);
    assert_int_equal(c->review.lapses, 1);
    assert_int_equal(c->right, 2);
    assert_int_equal(c->wrong, 1);
    assert_false(progress_is_due(p, "l", "a", t0 + 8 * day));      /* ten minutes */
    assert_true(progress_is_due(p, "l", "a", t0 + 8 * day + 600));
    assert_false(progress_is_due(p, "l", "never", t0 + 9 * day));

    answer(p, "l", "b", false, t0 + 50);
    answer(p, "m", "c", false, t0 + 60);
    const ProgressCard *due[8];
    int n = progress_due_cards(p, NULL, t0 + 9 * day, due, 8);
    assert_int_equal(n, 3);
    assert_string_equal(due[0]->question, "b");   /* most overdue first */
    assert_string_equal(due[1]->question, "c");
    assert_string_equal(due[2]->question, "a");
    n = progress_due_cards(p, "m", t0 + 9 * day, due, 8);
    assert_int_equal(n, 1);
    /* A hint lowers the grade, so the ease drops. */
    progress_record_answer(p, &(ProgressAnswer){.lesson = "l", .question = "h",
        .correct = true, .when = t0, .quality = 4});
    answer(p, "l", "five", true, t0);
    assert_true(progress_card(p, "l", "h")->review.ease <
                progress_card(p, "l", "five")->review.ease);

    /* And the schedule survives a save. */
    char err[256];
    assert_int_equal(progress_save(p, err, sizeof err), 0);
    ReviewState before = progress_card(p, "l", "a")->review;
    progress_free(p);
    p = progress_open(f->dir);
    c = progress_card(p, "l", "a");
    assert_non_null(c);
    assert_int_equal(c->review.reps, before.reps);
    assert_int_equal(c->review.interval, before.interval);
    assert_int_equal(c->review.lapses, before.lapses);
    assert_int_equal(c->review.due, before.due);
    assert_true(c->review.ease > before.ease - 0.01 && c->review.ease < before.ease + 0.01);
    progress_free(p);
}

static void test_history_is_bounded(void **state) {
    Fix *f = *state;
    Progress *p = progress_open(f->dir);
    for (int i = 0; i < PROGRESS_HISTORY_MAX + 25; i++)
        answer(p, "l", "q", true, 1000 + i);
    assert_int_equal(p->nhistory, PROGRESS_HISTORY_MAX);
    assert_int_equal(p->history[0].when, 1025);
    assert_int_equal(progress_find_lesson(p, "l")->answered, PROGRESS_HISTORY_MAX + 25);
    progress_free(p);
}

static void test_state_dir_from_environment(void **state) {
    (void)state;
    setenv("XDG_STATE_HOME", "/x/state", 1);
    setenv("HOME", "/home/u", 1);
    char *d = paths_state_dir();
    assert_string_equal(d, "/x/state/escapade");
    free(d);
    setenv("XDG_STATE_HOME", "relative/is/ignored", 1);
    d = paths_state_dir();
    assert_string_equal(d, "/home/u/.local/state/escapade");
    free(d);
    unsetenv("XDG_STATE_HOME");
    d = paths_state_dir();
    assert_string_equal(d, "/home/u/.local/state/escapade");
    free(d);
    unsetenv("HOME");
    assert_null(paths_state_dir());
    Progress *p = progress_open(NULL);
    assert_non_null(p->message);
    char err[256];
    assert_int_equal(progress_save(p, err, sizeof err), -1);
    progress_free(p);
    d = paths_lessons_dir("/my/pack", "/nowhere/escapade");
    assert_string_equal(d, "/my/pack");
    free(d);
}

static void touch_exe(const char *path) {
    write_file(path, "#!/bin/sh\n");
    assert_int_equal(chmod(path, 0755), 0);
}

static void mkdir_in(const char *dir, const char *name) {
    char path[2 * PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    assert_int_equal(mkdir(path, 0700), 0);
}

/* Where the lessons are found from argv[0], without /proc: a build tree's
 * binary (given as a path, relative, through a symlink, or as a bare name
 * found in $PATH), a relocated install, and the compiled-in default. */
static void test_lessons_dir_from_argv0(void **state) {
    Fix *f = *state;
    char root[PATH_MAX], want[2 * PATH_MAX], path[2 * PATH_MAX], cwd[PATH_MAX];
    assert_non_null(realpath(f->dir, root));
    mkdir_in(root, "tree");
    mkdir_in(root, "tree/lessons");
    mkdir_in(root, "tree/build");
    mkdir_in(root, "bin");
    mkdir_in(root, "prefix");
    mkdir_in(root, "prefix/bin");
    mkdir_in(root, "prefix/share");
    mkdir_in(root, "prefix/share/escapade");
    mkdir_in(root, "prefix/share/escapade/lessons");
    snprintf(path, sizeof path, "%s/tree/Makefile", root);
    write_file(path, "all:\n");
    snprintf(path, sizeof path, "%s/tree/escapade", root);
    touch_exe(path);
    snprintf(path, sizeof path, "%s/tree/build/escapade", root);
    touch_exe(path);
    snprintf(path, sizeof path, "%s/prefix/bin/escapade", root);
    touch_exe(path);
    char link[2 * PATH_MAX];
    snprintf(link, sizeof link, "%s/bin/esc-link", root);
    assert_int_equal(symlink(path, link), 0);   /* -> prefix/bin/escapade */
    snprintf(path, sizeof path, "%s/tree/build/escapade", root);
    snprintf(link, sizeof link, "%s/bin/esc-tree", root);
    assert_int_equal(symlink(path, link), 0);

    snprintf(want, sizeof want, "%s/tree/lessons", root);
    char *d;
    snprintf(path, sizeof path, "%s/tree/escapade", root);
    d = paths_lessons_dir(NULL, path);
    assert_string_equal(d, want);
    free(d);
    snprintf(path, sizeof path, "%s/tree/build/escapade", root);
    d = paths_lessons_dir(NULL, path);
    assert_string_equal(d, want);
    free(d);
    /* A symlink elsewhere to the build tree's binary finds the tree. */
    d = paths_lessons_dir(NULL, link);
    assert_string_equal(d, want);
    free(d);
    /* Relative to the working directory, as `./escapade` gives it. */
    assert_non_null(getcwd(cwd, sizeof cwd));
    snprintf(path, sizeof path, "%s/tree", root);
    assert_int_equal(chdir(path), 0);
    d = paths_lessons_dir(NULL, "./escapade");
    assert_string_equal(d, want);
    free(d);
    d = paths_lessons_dir(NULL, "build/escapade");
    assert_string_equal(d, want);
    free(d);
    assert_int_equal(chdir(cwd), 0);
    /* A bare name is searched in $PATH, as the shell found it. */
    char *old_path = getenv("PATH") ? strdup(getenv("PATH")) : NULL;
    snprintf(path, sizeof path, "/nonexistent:%s/bin", root);
    setenv("PATH", path, 1);
    d = paths_lessons_dir(NULL, "esc-tree");
    assert_string_equal(d, want);
    free(d);
    /* An install under another prefix: BINDIR/../share/escapade/lessons. */
    snprintf(want, sizeof want, "%s/prefix/share/escapade/lessons", root);
    d = paths_lessons_dir(NULL, "esc-link");
    assert_string_equal(d, want);
    free(d);
    /* Not found: the compiled-in install directory. */
    d = paths_lessons_dir(NULL, "no-such-escapade");
    assert_string_equal(d, ESCAPADE_DATADIR "/lessons");
    free(d);
    if (old_path)
        setenv("PATH", old_path, 1);
    free(old_path);
    d = paths_lessons_dir(NULL, "/nonexistent/escapade");
    assert_string_equal(d, ESCAPADE_DATADIR "/lessons");
    free(d);
    d = paths_lessons_dir(NULL, NULL);
    assert_string_equal(d, ESCAPADE_DATADIR "/lessons");
    free(d);
    /* --lessons wins over everything. */
    snprintf(path, sizeof path, "%s/tree/escapade", root);
    d = paths_lessons_dir("/my/pack", path);
    assert_string_equal(d, "/my/pack");
    free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_missing_file_is_empty, setup, teardown),
        cmocka_unit_test_setup_teardown(test_round_trip, setup, teardown),
        cmocka_unit_test_setup_teardown(test_save_leaves_no_temp_files, setup, teardown),
        cmocka_unit_test_setup_teardown(test_kill_during_saves, setup, teardown),
        cmocka_unit_test_setup_teardown(test_damaged_file_set_aside, setup, teardown),
        cmocka_unit_test_setup_teardown(test_damaged_copies_unique_and_bounded, setup, teardown),
        cmocka_unit_test_setup_teardown(test_wrong_shape_is_damaged, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unknown_keys_ignored, setup, teardown),
        cmocka_unit_test_setup_teardown(test_huge_file_is_damaged, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stale_temp_files_removed, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unreadable_file_set_aside, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unwritable_home, setup, teardown),
        cmocka_unit_test_setup_teardown(test_spaced_repetition, setup, teardown),
        cmocka_unit_test_setup_teardown(test_history_is_bounded, setup, teardown),
        cmocka_unit_test(test_state_dir_from_environment),
        cmocka_unit_test_setup_teardown(test_lessons_dir_from_argv0, setup, teardown),
    };
    return cmocka_run_group_tests_name("progress", tests, NULL, NULL);
}
