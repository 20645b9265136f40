/* main.c - the escapade command: option parsing and subcommand dispatch. */
#include <getopt.h>
#include <malloc.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *out) {
    fputs("Usage: escapade [OPTION]... [COMMAND [ARG]...]\n"
          "A terminal tutor for Go memory and escape analysis.\n"
          "\n"
          "Commands:\n"
          "  (none)                 start the tutor\n"
          "  quiz [--plain] [--report FILE] ...\n"
          "                         quiz yourself (line mode with --plain or\n"
          "                         when not on a terminal)\n"
          "  analyze [-m[=2]] [-l] [--json] [--explain] FILE.go...\n"
          "                         print gc 1.19's escape analysis lines\n"
          "                         (FILE '-': the program on standard input)\n"
          "  view FILE.go           open a Go file in the editor with live analysis\n"
          "  lint [LESSON|DIR]...   check lesson files\n"
          "  progress [--reset]     show (or reset) your progress\n"
          "\n"
          "Options:\n"
          "      --lessons DIR      use the lessons in DIR (also $ESCAPADE_LESSONS)\n"
          "  -h, --help             show this help and exit\n"
          "  -V, --version          show the version and exit\n"
          "\n"
          "Run 'escapade COMMAND --help' for a command's options.\n"
          "Exit status: 0 success, 1 analysis or lesson errors, 2 usage errors.\n"
          "See escapade(1).\n",
          out);
}

static const struct {
    const char *name;
    int (*run)(const CliEnv *env, int argc, char **argv);
} commands[] = {
    {"quiz", cmd_quiz},
    {"analyze", cmd_analyze},
    {"view", cmd_view},
    {"lint", cmd_lint},
    {"progress", cmd_progress},
};

int main(int argc, char **argv) {
    static const struct option opts[] = {
        {"help", no_argument, 0, 'h'},
        {"version", no_argument, 0, 'V'},
        {"lessons", required_argument, 0, 'L'},
        {0, 0, 0, 0},
    };
    /* The app analyses again after each edit and each lesson.  Keep the heap
     * an analysis freed (a fmt program's arena is about 3 MiB) instead of
     * letting glibc trim it past 128 KiB and fault it in again: page faults
     * were two thirds of a repeated analysis (perf, make bench). */
#ifdef M_TRIM_THRESHOLD
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
    CliEnv env = {.argv0 = argv[0]};
    env.lessons_dir = getenv("ESCAPADE_LESSONS");
    if (env.lessons_dir && !*env.lessons_dir)
        env.lessons_dir = NULL;
    int c;
    bool version = false;
    /* '+' stops at the first non-option: the subcommand parses the rest. */
    opterr = 0;
    while ((c = getopt_long(argc, argv, "+:hV", opts, NULL)) != -1) {
        switch (c) {
        case 'L':
            env.lessons_dir = optarg;
            break;
        case 'h':
            usage(stdout);
            return 0;
        case 'V':
            version = true;
            break;
        default:
            return cli_option_error(NULL, c, argv);
        }
    }
    if (version) {
        /* A stray word is a mistake to point out, not to drop silently. */
        if (optind < argc)
            return cli_usage(NULL, "--version takes no arguments (got '%s')", argv[optind]);
        printf("escapade %s\n", ESCAPADE_VERSION);
        return 0;
    }
    if (optind >= argc)
        return cmd_tutor(&env, 1, (char *[]){"escapade", NULL});
    const char *name = argv[optind];
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        if (strcmp(name, commands[i].name) == 0) {
            /* Subcommands parse with getopt_long from a fresh start. */
            int sub_argc = argc - optind;
            char **sub_argv = argv + optind;
            optind = 0;
            return commands[i].run(&env, sub_argc, sub_argv);
        }
    }
    return cli_usage(NULL, "unknown command '%s'", name);
}
