/* cmd_tutor.c - escapade tutor.  (Being built: see the issue tracker.) */
#include <stdio.h>

#include "cli.h"

int cmd_tutor(const CliEnv *env, int argc, char **argv) {
    (void)env;
    (void)argc;
    (void)argv;
    fputs("escapade: 'tutor' is not built yet\n", stderr);
    return 1;
}
