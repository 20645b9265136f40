/* cmd_quiz.c - escapade quiz: pick the questions, then run the full-screen
 * quiz, or the line-mode one when asked (--plain) or when stdin or stdout
 * is not a terminal. */
#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "paths.h"
#include "lesson.h"
#include "progress.h"
#include "quiz.h"
#include "tui.h"

#define DEFAULT_COUNT 10

typedef struct QuizCli {
    const char *lesson;
    int count;                 /* 0 = every selected question */
    bool has_seed;
    uint64_t seed;
    bool plain;
    bool review;
    const char *report;
    const char *name;
} QuizCli;
/* The line-mode quiz and the screen quiz take the same options: keep
 * TuiOptions (tui.h) in step with this. */

static void quiz_usage(FILE *out) {
    fputs("Usage: escapade quiz [OPTION]...\n"
          "Quiz yourself on escape decisions.  Answers are checked by the\n"
          "embedded analyzer and saved to your progress; missed questions come\n"
          "back for review.\n"
          "\n"
          "      --lesson ID    only questions of lesson ID\n"
          "  -n, --count N      ask N questions (default 10; 0 = all)\n"
          "      --seed S       shuffle with seed S: the same S gives the same\n"
          "                     questions in the same order on every machine\n"
          "      --review       only questions due for review or missed last time\n"
          "      --plain        line-mode quiz on stdin/stdout (also used when\n"
          "                     stdin or stdout is not a terminal)\n"
          "      --report FILE  append one CSV row per answer to FILE\n"
          "      --name NAME    your name in the report (default: $USER)\n"
          "  -h, --help         show this help and exit\n"
          "\n"
          "Plain mode: answer with the number of a choice (or yes/no, or line\n"
          "numbers), 'skip' or 'quit'.  A fix-it question reads the edited program\n"
          "up to a line with a single '.'.  End of input ends the quiz with the score.\n",
          out);
}

/* ---------------------------------------------------------- selection */

/* Without a seed: questions due for review first (most overdue first),
 * then the ones missed last time (SM-2 brings them back ten minutes later;
 * the next quiz should not wait for that), then new ones in course order,
 * then the rest, least recently answered first. */
typedef struct Ranked {
    Question *q;
    int group;
    time_t key;
    int order;
} Ranked;

static bool missed_last_time(const ProgressCard *c) {
    return c->review.reps == 0 && c->review.lapses > 0;
}

/* What --review asks: due now, or missed last time. */
static bool wants_review(const Progress *p, const char *lesson, const char *question,
                         time_t now) {
    const ProgressCard *c = progress_card(p, lesson, question);
    return c && (c->review.due <= (int64_t)now || missed_last_time(c));
}

static int ranked_cmp(const void *a, const void *b) {
    const Ranked *x = a, *y = b;
    if (x->group != y->group)
        return x->group - y->group;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->order - y->order;
}

static void order_by_schedule(Question **qs, int n, const Progress *p) {
    Ranked *r = malloc(sizeof *r * (size_t)(n + 1));
    if (!r)
        return;
    time_t now = time(NULL);
    for (int i = 0; i < n; i++) {
        const char *lid = qs[i]->lesson ? qs[i]->lesson->id : "";
        const ProgressCard *c = progress_card(p, lid, qs[i]->id);
        r[i] = (Ranked){.q = qs[i], .order = i};
        if (c && c->review.due <= (int64_t)now)
            r[i].group = 0, r[i].key = (time_t)c->review.due;
        else if (c && missed_last_time(c))
            r[i].group = 1, r[i].key = c->last;
        else if (!c)
            r[i].group = 2;
        else
            r[i].group = 3, r[i].key = c->last;
    }
    qsort(r, (size_t)n, sizeof *r, ranked_cmp);
    for (int i = 0; i < n; i++)
        qs[i] = r[i].q;
    free(r);
}

/* The questions to ask, in order; returns how many (0 with a message when
 * there are none). */
static int select_questions(const LessonSet *set, const QuizCli *o,
                            const Progress *p, Question ***out) {
    int total = lessonset_count_questions(set);
    Question **qs = calloc((size_t)total + 1, sizeof *qs);
    if (!qs)
        return 0;
    int n = 0;
    time_t now = time(NULL);
    for (int i = 0; i < set->nlessons; i++) {
        const Lesson *l = set->lessons[i];
        if (o->lesson && strcmp(l->id, o->lesson) != 0)
            continue;
        for (int k = 0; k < l->nquestions; k++) {
            Question *q = l->questions[k];
            if (o->review && !wants_review(p, l->id, q->id, now))
                continue;
            qs[n++] = q;
        }
    }
    if (o->has_seed)
        quiz_shuffle(qs, n, o->seed);
    else
        order_by_schedule(qs, n, p);
    if (o->count > 0 && n > o->count)
        n = o->count;
    *out = qs;
    return n;
}

/* ---------------------------------------------------------- options */

static bool parse_count(const char *s, int *out) {
    char *end;
    long v = strtol(s, &end, 10);
    if (!*s || *end || v < 0 || v > 100000)
        return false;
    *out = (int)v;
    return true;
}

static bool parse_seed(const char *s, uint64_t *out) {
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (!*s || *end || *s == '-')
        return false;
    *out = v;
    return true;
}

static int run_quiz(const CliEnv *env, const QuizCli *o) {
    LessonSet *set = cli_load_lessons(env);
    if (o->lesson && !lessonset_find(set, o->lesson)) {
        fprintf(stderr, "escapade: quiz: no lesson '%s'", o->lesson);
        if (set->nlessons) {
            fputs(" (lessons:", stderr);
            for (int i = 0; i < set->nlessons; i++)
                fprintf(stderr, " %s", set->lessons[i]->id);
            fputc(')', stderr);
        }
        fputc('\n', stderr);
        lessonset_free(set);
        return 2;
    }
    Progress *p = progress_open(NULL);
    if (!p) {
        fputs("escapade: out of memory\n", stderr);
        lessonset_free(set);
        return 1;
    }
    if (p->message)
        fprintf(stderr, "escapade: %s\n", p->message);
    Question **qs = NULL;
    int n = select_questions(set, o, p, &qs);
    int rc = 0;
    if (n == 0) {
        if (o->review)
            printf("Nothing is due for review.\n");
        else {
            if (set->nlessons == 0) {
                char *dir = paths_lessons_dir(env ? env->lessons_dir : NULL,
                                              env ? env->argv0 : NULL);
                fprintf(stderr, "escapade: quiz: no lessons in %s (use --lessons DIR or set "
                        "ESCAPADE_LESSONS)\n", dir ? dir : "the lesson directory");
                free(dir);
            } else {
                fputs("escapade: quiz: no questions to ask\n", stderr);
            }
            rc = 1;
        }
    } else {
        const char *name = o->name ? o->name : getenv("USER");
        PlainQuiz pq = {.progress = p, .report = o->report, .name = name ? name : ""};
        rc = quiz_plain(&pq, qs, n);
    }
    /* Lessons that failed to load are lesson errors even if a quiz ran. */
    if (rc == 0 && set->nbad > 0)
        rc = 1;
    free(qs);
    progress_free(p);
    lessonset_free(set);
    return rc;
}

int cmd_quiz(const CliEnv *env, int argc, char **argv) {
    enum { O_LESSON = 256, O_SEED, O_PLAIN, O_REPORT, O_NAME, O_REVIEW };
    static const struct option opts[] = {
        {"lesson", required_argument, 0, O_LESSON},
        {"count", required_argument, 0, 'n'},
        {"seed", required_argument, 0, O_SEED},
        {"plain", no_argument, 0, O_PLAIN},
        {"review", no_argument, 0, O_REVIEW},
        {"report", required_argument, 0, O_REPORT},
        {"name", required_argument, 0, O_NAME},
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    QuizCli o = {.count = DEFAULT_COUNT};
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":n:h", opts, NULL)) != -1) {
        switch (c) {
        case O_LESSON: o.lesson = optarg; break;
        case 'n':
            if (!parse_count(optarg, &o.count))
                return cli_usage("quiz", "--count wants a number, not '%s'", optarg);
            break;
        case O_SEED:
            if (!parse_seed(optarg, &o.seed))
                return cli_usage("quiz", "--seed wants a non-negative number, not '%s'",
                                 optarg);
            o.has_seed = true;
            break;
        case O_PLAIN: o.plain = true; break;
        case O_REVIEW: o.review = true; break;
        case O_REPORT:
            if (!*optarg)
                return cli_usage("quiz", "--report wants a file name");
            o.report = optarg;
            break;
        case O_NAME: o.name = optarg; break;
        case 'h':
            quiz_usage(stdout);
            return 0;
        default:
            return cli_option_error("quiz", c, argv);
        }
    }
    if (optind < argc)
        return cli_usage("quiz", "unexpected argument '%s'", argv[optind]);
    /* A workshop's results must not be lost to a mistyped path: the report
     * file is opened (created empty if new) before the first question. */
    if (o.report) {
        FILE *f = fopen(o.report, "a");
        if (!f) {
            fprintf(stderr, "escapade: quiz: cannot write report %s: %s\n", o.report,
                    strerror(errno));
            return 1;
        }
        fclose(f);
    }
    /* Full screen needs two terminals and a terminal that can address the
     * cursor: a dumb one (TERM=dumb, Emacs shell buffers) gets line mode. */
    const char *term = getenv("TERM");
    if (!o.plain && (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO) || !term ||
                     !*term || strcmp(term, "dumb") == 0))
        o.plain = true;
    if (o.plain)
        return run_quiz(env, &o);
    const char *name = o.name ? o.name : getenv("USER");
    TuiOptions t = {.lessons_dir = env->lessons_dir, .argv0 = env->argv0, .lesson = o.lesson,
                    .count = o.count, .review = o.review, .report = o.report,
                    .name = name ? name : "", .has_seed = o.has_seed, .seed = o.seed};
    return tui_quiz(&t);
}
