/* cmd_progress.c - escapade progress.  (Being built: see the issue tracker.) */
#include <stdio.h>

#include "cli.h"

int cmd_progress(const CliEnv *env, int argc, char **argv) {
    (void)env;
    (void)argc;
    (void)argv;
    fputs("escapade: 'progress' is not built yet\n", stderr);
    return 1;
}
