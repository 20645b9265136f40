/* cmd_view.c - escapade view.  (Being built: see the issue tracker.) */
#include <stdio.h>

#include "cli.h"

int cmd_view(const CliEnv *env, int argc, char **argv) {
    (void)env;
    (void)argc;
    (void)argv;
    fputs("escapade: 'view' is not built yet\n", stderr);
    return 1;
}
