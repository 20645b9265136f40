/* cmd_progress.c - escapade progress: what the learner has read and scored,
 * and --reset to start over. */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "lesson.h"
#include "progress.h"

static void progress_usage(FILE *out) {
    fputs("Usage: escapade progress [--reset [--yes]]\n"
          "Show, for each lesson, how much you have read and your quiz scores,\n"
          "where you stopped, and how many questions are due for review.\n"
          "\n"
          "      --reset        delete all progress (asks first)\n"
          "  -y, --yes          do not ask (with --reset)\n"
          "  -h, --help         show this help and exit\n"
          "\n"
          "The progress file is $XDG_STATE_HOME/escapade/progress.yaml\n"
          "(default ~/.local/state/escapade/progress.yaml).\n",
          out);
}

static void print_lesson_line(const char *id, const char *title,
                              const ProgressLesson *pl, int nblocks,
                              int nquestions) {
    if (title)
        printf("%s: %s\n", id, title);
    else
        printf("%s\n", id);
    int total = nblocks ? nblocks : pl ? pl->blocks : 0;
    printf("    read: ");
    if (!pl || pl->seen == 0)
        printf("not started");
    else if (pl->completed || (total && pl->seen >= total))
        printf("finished");
    else if (total)
        printf("%d of %d parts", pl->seen > total ? total : pl->seen, total);
    else
        printf("%d parts", pl->seen);
    printf("; quiz: ");
    if (!pl || pl->answered == 0)
        printf("%s", nquestions ? "not taken" : "no questions");
    else
        printf("%d of %d answer%s correct (%d%%)", pl->correct, pl->answered,
               pl->answered == 1 ? "" : "s",
               (int)(100.0 * pl->correct / pl->answered + 0.5));
    if (pl && pl->visited) {
        char day[16];
        struct tm tm;
        localtime_r(&pl->visited, &tm);
        strftime(day, sizeof day, "%Y-%m-%d", &tm);
        printf("; last opened %s", day);
    }
    putchar('\n');
}

static int show(const CliEnv *env, Progress *p) {
    LessonSet *set = cli_load_lessons(env);
    if (p->path)
        printf("Progress in %s\n\n", p->path);
    /* Lessons of the pack in course order, then any others the file knows
     * (from another pack, or since removed). */
    for (int i = 0; i < set->nlessons; i++) {
        const Lesson *l = set->lessons[i];
        print_lesson_line(l->id, l->title, progress_find_lesson(p, l->id),
                          l->nblocks, l->nquestions);
    }
    for (int i = 0; i < p->nlessons; i++) {
        const ProgressLesson *pl = &p->lessons[i];
        if (!lessonset_find(set, pl->id))
            print_lesson_line(pl->id, NULL, pl, 0, 0);
    }
    if (set->nlessons == 0 && p->nlessons == 0)
        printf("No lessons found and no progress yet.\n");
    putchar('\n');
    const ProgressLesson *cur = p->current ? progress_find_lesson(p, p->current) : NULL;
    if (cur) {
        const Lesson *l = lessonset_find(set, cur->id);
        printf("Resume: %s, part %d", l && l->title ? l->title : cur->id, cur->block + 1);
        int total = l ? l->nblocks : cur->blocks;
        if (total)
            printf(" of %d", total);
        printf("\n");
    }
    int due = progress_due_cards(p, NULL, time(NULL), NULL, 0);
    int answered = 0, correct = 0;
    for (int i = 0; i < p->nlessons; i++) {
        answered += p->lessons[i].answered;
        correct += p->lessons[i].correct;
    }
    if (answered)
        printf("Quiz: %d of %d answer%s correct (%d%%)\n", correct, answered,
               answered == 1 ? "" : "s",
               (int)(100.0 * correct / answered + 0.5));
    printf("Due for review: %d question%s\n", due, due == 1 ? "" : "s");
    lessonset_free(set);
    return 0;
}

/* Ask on the terminal (or read the answer from stdin when scripted). */
static bool confirm(const char *path) {
    fprintf(stderr, "Delete all progress in %s? [y/N] ", path);
    fflush(stderr);
    char line[64];
    if (!fgets(line, sizeof line, stdin)) {
        fputc('\n', stderr);
        return false;
    }
    return line[0] == 'y' || line[0] == 'Y';
}

static int reset(Progress *p, bool yes) {
    if (!p->path) {
        fputs("escapade: progress: no progress file (neither $XDG_STATE_HOME "
              "nor $HOME is set)\n", stderr);
        return 1;
    }
    if (access(p->path, F_OK) != 0) {
        printf("No progress to delete (%s does not exist).\n", p->path);
        return 0;
    }
    if (!yes && !confirm(p->path)) {
        printf("Progress kept.\n");
        return 0;
    }
    if (unlink(p->path) != 0) {
        perror("escapade: progress: cannot delete progress file");
        return 1;
    }
    printf("Progress deleted.\n");
    return 0;
}

int cmd_progress(const CliEnv *env, int argc, char **argv) {
    static const struct option opts[] = {
        {"reset", no_argument, 0, 'r'},
        {"yes", no_argument, 0, 'y'},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    bool do_reset = false, yes = false;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":yh", opts, NULL)) != -1) {
        switch (c) {
        case 'r': do_reset = true; break;
        case 'y': yes = true; break;
        case 'h':
            progress_usage(stdout);
            return 0;
        default:
            return cli_option_error("progress", c, argv);
        }
    }
    if (optind < argc)
        return cli_usage("progress", "unexpected argument '%s'", argv[optind]);
    if (yes && !do_reset)
        return cli_usage("progress", "--yes only goes with --reset");
    Progress *p = progress_open(NULL);
    if (!p) {
        fputs("escapade: out of memory\n", stderr);
        return 1;
    }
    if (p->message)
        fprintf(stderr, "escapade: %s\n", p->message);
    int rc = do_reset ? reset(p, yes) : show(env, p);
    progress_free(p);
    return rc;
}
