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

#endif
