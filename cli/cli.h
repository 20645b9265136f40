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

typedef struct CliEnv {
    const char *lessons_dir;   /* --lessons DIR, or $ESCAPADE_LESSONS, or NULL */
} CliEnv;

int cmd_tutor(const CliEnv *env, int argc, char **argv);     /* no command */
int cmd_quiz(const CliEnv *env, int argc, char **argv);
int cmd_analyze(const CliEnv *env, int argc, char **argv);
int cmd_view(const CliEnv *env, int argc, char **argv);
int cmd_lint(const CliEnv *env, int argc, char **argv);
int cmd_progress(const CliEnv *env, int argc, char **argv);

/* cli_common.c: shared pieces of the commands. */

/* Report a getopt_long failure (c is '?' or ':'; opterr = 0 and the option
 * string starts with ':') as "escapade: CMD: ..." plus a --help hint on
 * stderr.  Returns 2, the usage-error exit status. */
int cli_option_error(const char *cmd, int c, char **argv);

/* Report a usage problem the same way.  Returns 2. */
int cli_usage(const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
