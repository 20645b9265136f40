/* cli.h - the subcommands of the escapade command.
 *
 * Each command lives in its own file (cmd_NAME.c, as tmux keeps one file per
 * command) and takes the arguments after its name: argv[0] is the command
 * name.  Global options already parsed by main.c arrive in CliEnv.  Return
 * value is the exit status: 0 success, 1 analysis or lesson errors,
 * 2 usage errors.
 */
#ifndef ESC_CLI_H
#define ESC_CLI_H

#include <stdio.h>

#include "diag.h"
#include "lesson.h"
#include "progress.h"

typedef struct CliEnv {
    const char *lessons_dir;   /* --lessons DIR, or $ESCAPADE_LESSONS, or NULL */
    const char *argv0;         /* main's argv[0]: finds a build tree's lessons */
} CliEnv;

int cmd_tutor(const CliEnv *env, int argc, char **argv);     /* no command */
int cmd_quiz(const CliEnv *env, int argc, char **argv);
int cmd_analyze(const CliEnv *env, int argc, char **argv);
int cmd_view(const CliEnv *env, int argc, char **argv);
int cmd_lint(const CliEnv *env, int argc, char **argv);
int cmd_progress(const CliEnv *env, int argc, char **argv);

/* quiz_plain.c: the line-mode quiz (see cmd_quiz.c for when it runs). */
typedef struct PlainQuiz {
    FILE *in, *out;            /* NULL: stdin, stdout */
    Progress *progress;        /* answers recorded and saved here, or NULL */
    const char *report;        /* CSV file to append rows to, or NULL */
    const char *name;          /* the learner's name for the report */
} PlainQuiz;

/* Ask qs[0..n) in order; returns 0 (EOF and quit end it early, with the
 * score). */
int quiz_plain(const PlainQuiz *pq, Question **qs, int n);

/* cli_common.c: shared pieces of the commands. */

/* Report a getopt_long failure (c is '?' or ':'; opterr = 0 and the option
 * string starts with ':') as "escapade: CMD: ..." plus a --help hint on
 * stderr.  Returns 2, the usage-error exit status. */
int cli_option_error(const char *cmd, int c, char **argv);

/* Report a usage problem the same way.  Returns 2. */
int cli_usage(const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Load the lessons: env->lessons_dir, else ./lessons of a build tree, else
 * the installed ones (paths_lessons_dir).  Every problem goes to stderr as
 * "FILE:LINE:COL: message"; broken files are left out, the rest load.
 * Never NULL (exits on out-of-memory). */
LessonSet *cli_load_lessons(const CliEnv *env);

/* Print diags as "escapade: " + gc-style lines on out (lesson errors). */
void cli_print_diags(const DiagList *dl, FILE *out);

/* Text with the lessons' inline markup removed for plain output: **bold**
 * and *italic* lose their markers, `code` keeps its backquotes.  Malloc'd. */
char *cli_plain_text(const char *s);

#endif
