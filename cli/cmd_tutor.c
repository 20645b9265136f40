/* cmd_tutor.c - escapade with no command: the tutor's home screen. */
#include "cli.h"
#include "tui.h"

int cmd_tutor(const CliEnv *env, int argc, char **argv) {
    (void)argc;
    (void)argv;
    TuiOptions o = {0};
    o.lessons_dir = env->lessons_dir;
    o.argv0 = env->argv0;
    return tui_tutor(&o);
}
