/* cmd_view.c - escapade view FILE.go: the editor with live analysis. */
#include <getopt.h>
#include <stdio.h>

#include "cli.h"
#include "tui.h"

static void usage(FILE *out) {
    fputs("Usage: escapade view FILE.go\n"
          "Open a Go file in the editor: syntax highlighting, a gutter of escape\n"
          "decisions and the analyzer's -m output, updated as you type.\n"
          "\n"
          "Keys: i edit, Esc stop editing, F2 or s save, u undo, L toggle -l,\n"
          "M toggle -m=2, c with and without inlining, d memory diagram,\n"
          "? help, q quit.\n"
          "\n"
          "  -h, --help   show this help and exit\n"
          "\n"
          "Exit status: 0 after q, 1 a file that cannot be opened or no terminal,\n"
          "2 usage errors, 128+N ended by signal N (unsaved changes go to FILE.save).\n",
          out);
}

int cmd_view(const CliEnv *env, int argc, char **argv) {
    static const struct option opts[] = {
        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    int c;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        if (c == 'h') {
            usage(stdout);
            return 0;
        }
        return cli_option_error("view", c, argv);
    }
    if (argc - optind != 1)
        return cli_usage("view", argc == optind ? "no Go file given" : "one Go file at a time");
    TuiOptions o = {0};
    o.lessons_dir = env->lessons_dir;
    o.argv0 = env->argv0;
    o.file = argv[optind];
    return tui_view(&o);
}
