/* cmd_lint.c - escapade lint.  (Being built: see the issue tracker.) */
#include <stdio.h>

#include "cli.h"

int cmd_lint(const CliEnv *env, int argc, char **argv) {
    (void)env;
    (void)argc;
    (void)argv;
    fputs("escapade: 'lint' is not built yet\n", stderr);
    return 1;
}
