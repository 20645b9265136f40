/* cmd_analyze.c - escapade analyze.  (Being built: see the issue tracker.) */
#include <stdio.h>

#include "cli.h"

int cmd_analyze(const CliEnv *env, int argc, char **argv) {
    (void)env;
    (void)argc;
    (void)argv;
    fputs("escapade: 'analyze' is not built yet\n", stderr);
    return 1;
}
