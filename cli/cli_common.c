/* cli_common.c - what every command shares: usage-error messages. */
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "paths.h"

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

/* ---------------------------------------------------------- lessons */

void cli_print_diags(const DiagList *dl, FILE *out) {
    for (int i = 0; i < dl->len; i++) {
        const Diag *d = &dl->items[i];
        /* A problem with no position (an unreadable directory) names only
         * the path. */
        if (d->pos.line > 0)
            diag_print(d, out);
        else
            fprintf(out, "escapade: %s: %s\n", d->file, d->msg);
    }
}

LessonSet *cli_load_lessons(const CliEnv *env) {
    LessonSet *set = lessonset_new();
    if (!set) {
        fputs("escapade: out of memory\n", stderr);
        exit(1);
    }
    char *dir = paths_lessons_dir(env ? env->lessons_dir : NULL, env ? env->argv0 : NULL);
    if (!dir) {
        fputs("escapade: out of memory\n", stderr);
        exit(1);
    }
    lessonset_load_dir(set, dir);
    cli_print_diags(&set->diags, stderr);
    free(dir);
    return set;
}

char *cli_plain_text(const char *s) {
    size_t n = s ? strlen(s) : 0;
    char *out = malloc(n + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    InlineSpan sp;
    for (const char *p = s ? s : ""; (p = inline_next(p, &sp));) {
        if (sp.style == SPAN_CODE)
            out[o++] = '`';
        memcpy(out + o, sp.text, (size_t)sp.len);
        o += (size_t)sp.len;
        if (sp.style == SPAN_CODE)
            out[o++] = '`';
    }
    out[o] = '\0';
    return out;
}
