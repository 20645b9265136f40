/* cli_common.c - what every command shares: usage-error messages. */
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>

#include "cli.h"

static void hint(const char *cmd) {
    if (cmd)
        fprintf(stderr, "Try 'escapade %s --help'.\n", cmd);
    else
        fputs("Try 'escapade --help'.\n", stderr);
}

int cli_option_error(const char *cmd, int c, char **argv) {
    const char *who = cmd ? cmd : "";
    const char *sep = cmd ? ": " : "";
    const char *arg = optind > 0 ? argv[optind - 1] : "?";
    /* A long option's text says more than the short code it maps to. */
    if (arg[0] == '-' && arg[1] == '-')
        optopt = 0;
    if (c == ':') {
        if (optopt)
            fprintf(stderr, "escapade: %s%soption '-%c' needs an argument\n", who, sep, optopt);
        else
            fprintf(stderr, "escapade: %s%soption '%s' needs an argument\n", who, sep, arg);
    } else if (optopt) {
        fprintf(stderr, "escapade: %s%sunknown option '-%c'\n", who, sep, optopt);
    } else {
        fprintf(stderr, "escapade: %s%sunknown option '%s'\n", who, sep, arg);
    }
    hint(cmd);
    return 2;
}

int cli_usage(const char *cmd, const char *fmt, ...) {
    va_list ap;
    fprintf(stderr, "escapade: %s%s", cmd ? cmd : "", cmd ? ": " : "");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    hint(cmd);
    return 2;
}
