/* cmd_lint.c - escapade lint: check lessons against the schema and the analyzer.
 *
 *   escapade lint [-q] [--strict] [FILE.yaml|DIR...]
 *
 * Without arguments it checks the lessons escapade would load (--lessons,
 * $ESCAPADE_LESSONS, ./lessons in a build tree, else the installed ones).
 * Three kinds of finding, each printed as "FILE:LINE:COL: message":
 *   - schema problems (the loader's diags: unknown keys, wrong types, ...);
 *   - examples that do not parse (the analyzer's syntax errors);
 *   - answers the analyzer disagrees with: a stated answer it computes
 *     differently, a fix-it whose starting code already passes or whose
 *     written solution fails.
 * When the analyzer cannot handle a piece of code (not supported, or an
 * error that is not a syntax error) the answer is "not checked": counted
 * and listed, so nothing passes silently, but a problem only with --strict.
 * Exit status: 0 clean, 1 problems (an empty directory is one), 2 usage.
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "analyze.h"
#include "cli.h"
#include "lesson.h"
#include "paths.h"
#include "quiz.h"

typedef struct LintCounts {
    int lessons, examples, questions, fixits;
    int schema;        /* loader problems */
    int syntax;        /* examples that do not parse */
    int confirmed;     /* answers the analyzer confirms */
    int disagree;      /* answers (and example checks) the analyzer disagrees with */
    int unchecked;     /* answers the analyzer could not check */
    int unchecked_ex;  /* example builds the analyzer could not check */
    int unstated;      /* questions stating no answer */
} LintCounts;

typedef struct Lint {
    LintCounts n;
    bool quiet;
    FILE *out;
    StdCache *cache;   /* std packages shared by all the examples' analyses */
} Lint;

static void report(Lint *L, const char *file, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void report(Lint *L, const char *file, Pos pos, const char *fmt, ...) {
    va_list ap;
    fprintf(L->out, "%s:%d:%d: ", file, pos.line, pos.col);
    va_start(ap, fmt);
    vfprintf(L->out, fmt, ap);
    va_end(ap);
    fputc('\n', L->out);
}

static const Diag *first_error(const Analysis *a) {
    for (int i = 0; a && i < a->diags.len; i++)
        if (a->diags.items[i].sev == DIAG_ERROR)
            return &a->diags.items[i];
    return NULL;
}

/* Each example must parse and type-check in every mode it is shown in. */
static void lint_example(Lint *L, const Lesson *les, const CodeExample *ex) {
    L->n.examples++;
    for (int b = MODE_M; b <= MODE_M2L; b <<= 1) {
        if (!(ex->modes & b))
            continue;
        AnalyzeOpts opts;
        lesson_mode_opts((LessonMode)b, ex->test_file, &opts);
        opts.cache = L->cache;
        Analysis *a = analyze_source(ex->file, ex->source, ex->len, &opts);
        const Diag *e = first_error(a);
        if (!a) {
            L->n.unchecked_ex++;
            if (!L->quiet)
                report(L, les->path, ex->pos, "example %s: analyzer could not check: out of memory",
                       ex->id);
        } else if (a->failed && e && e->kind == DK_SYNTAX) {
            L->n.syntax++;
            report(L, les->path, ex->pos, "example %s (%s) does not parse: %s:%d:%d: %s", ex->id,
                   lesson_mode_flags((LessonMode)b), ex->file, e->pos.line, e->pos.col, e->msg);
        } else if (a->failed || !(a->stages & AS_CHECK)) {
            L->n.unchecked_ex++;
            if (!L->quiet)
                report(L, les->path, ex->pos, "example %s (%s): analyzer could not check: %s",
                       ex->id, lesson_mode_flags((LessonMode)b),
                       e ? e->msg : a->failed ? "failed" : "type checker not available");
        }
        if (a)
            analysis_free(a);
    }
}

static void lint_question(Lint *L, const Lesson *les, const Question *q) {
    L->n.questions++;
    if (q->kind == Q_FIXIT)
        L->n.fixits++;
    Arena arena;
    arena_init(&arena);
    QuizCheck c;
    quiz_check(q, &c, &arena, L->cache);
    switch (c.status) {
    case QC_AGREE:
        L->n.confirmed++;
        break;
    case QC_DISAGREE:
        L->n.disagree++;
        report(L, les->path, q->pos, "question %s (%s): analyzer disagrees: %s", q->id,
               question_kind_name(q->kind), c.detail ? c.detail : "");
        break;
    case QC_CANNOT_CHECK:
        L->n.unchecked++;
        if (!L->quiet)
            report(L, les->path, q->pos, "question %s (%s): analyzer could not check: %s", q->id,
                   question_kind_name(q->kind), c.detail ? c.detail : "");
        break;
    case QC_NO_ANSWER:
        L->n.unstated++;
        break;
    }
    arena_free(&arena);
}

static void lint_set(Lint *L, LessonSet *set) {
    for (int i = 0; i < set->diags.len; i++) {
        const Diag *d = &set->diags.items[i];
        if (d->pos.line > 0)
            diag_print(d, L->out);
        else
            fprintf(L->out, "%s: %s\n", d->file, d->msg);
    }
    L->n.schema += set->diags.len;
    L->n.lessons += set->nlessons;
    for (int i = 0; i < set->nlessons; i++) {
        const Lesson *les = set->lessons[i];
        for (int j = 0; j < les->nexamples; j++)
            lint_example(L, les, les->examples[j]);
        for (int j = 0; j < les->nquestions; j++)
            lint_question(L, les, les->questions[j]);
    }
}

/* "1 problem", "2 problems" */
static const char *plural_s(int n) { return n == 1 ? "" : "s"; }

static bool is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static void lint_usage(FILE *out) {
    fputs("Usage: escapade lint [-q] [--strict] [FILE.yaml|DIR]...\n"
          "Check lessons (by default the lesson directory escapade uses): the schema,\n"
          "that every example parses, and every stated answer against the analyzer.\n"
          "Problems are printed as FILE:LINE:COL: message.\n"
          "\n"
          "  -q, --quiet   do not list the answers the analyzer could not check\n"
          "      --strict  count answers the analyzer could not check as problems\n"
          "  -h, --help    show this help and exit\n"
          "\n"
          "Exit status: 0 no problems, 1 problems (or no lesson files), 2 usage errors.\n",
          out);
}

int cmd_lint(const CliEnv *env, int argc, char **argv) {
    static const struct option longopts[] = {
        {"quiet", no_argument, NULL, 'q'},
        {"strict", no_argument, NULL, 's'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    Lint L = {.out = stdout};
    bool strict = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "+:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'q': L.quiet = true; break;
        case 's': strict = true; break;
        case 'h': lint_usage(stdout); return 0;
        default: return cli_option_error("lint", c, argv);
        }
    }
    char *where = NULL;          /* the default lesson directory */
    L.cache = std_cache_new();   /* NULL (out of memory): analyses load std anew */
    /* Each argument is its own set, so ids need only be unique within one
     * pack, as when escapade loads it. */
    if (optind == argc) {
        char *dir = paths_lessons_dir(env ? env->lessons_dir : NULL, env ? env->argv0 : NULL);
        if (!dir) {
            std_cache_free(L.cache);
            fputs("escapade: out of memory\n", stderr);
            return 1;
        }
        LessonSet *set = lessonset_new();
        lessonset_load_dir(set, dir);
        lint_set(&L, set);
        lessonset_free(set);
        where = dir;
    } else {
        LessonSet *set = lessonset_new();
        for (int i = optind; i < argc; i++) {
            if (is_dir(argv[i]))
                lessonset_load_dir(set, argv[i]);
            else
                lessonset_load_file(set, argv[i]);
        }
        lint_set(&L, set);
        lessonset_free(set);
    }
    std_cache_free(L.cache);
    LintCounts *n = &L.n;
    if (n->lessons == 0 && n->schema == 0) {
        /* an empty directory (a mistyped pack, say) is not a clean pack */
        fprintf(L.out, "%s: no lesson files (*.yaml)\n", where ? where : argv[optind]);
        n->schema++;
    }
    free(where);
    int problems = n->schema + n->syntax + n->disagree +
                   (strict ? n->unchecked + n->unchecked_ex : 0);
    printf("answers: %d confirmed by the analyzer, %d disagreement%s, %d could not be checked "
           "(analyzer failed or not supported), %d without a stated answer\n",
           n->confirmed, n->disagree, plural_s(n->disagree), n->unchecked, n->unstated);
    printf("schema problems: %d, examples that do not parse: %d, example builds the analyzer "
           "could not check: %d\n",
           n->schema, n->syntax, n->unchecked_ex);
    printf("%d lesson%s, %d example%s, %d question%s (%d fix-it), %d problem%s\n", n->lessons,
           plural_s(n->lessons), n->examples, plural_s(n->examples), n->questions,
           plural_s(n->questions), n->fixits, problems, plural_s(problems));
    return problems ? 1 : 0;
}
