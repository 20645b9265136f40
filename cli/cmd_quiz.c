/* cmd_quiz.c - escapade quiz.  (Being built: see the issue tracker.) */
#include <stdio.h>

#include "cli.h"

int cmd_quiz(const CliEnv *env, int argc, char **argv) {
    (void)env;
    (void)argc;
    (void)argv;
    fputs("escapade: 'quiz' is not built yet\n", stderr);
    return 1;
}
