/* analyze.c - the analyzer pipeline: read, lex+parse, (check, inline,
 * escape: added by their stages), collect diagnostics in gc's order.
 *
 * Keep this a short list of stage calls; each stage lives in its own file.
 */
#include "analyze.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "parse.h"

/* What later stages (and the app) need from the front end. */
typedef struct Front {
    File *file;
    Program *prog;     /* the checked program: main package + std imports */
} Front;

static double now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

/* gc prints "./" + the file's base name for a file named on the command
 * line of `go build FILE.go` run in its directory. */
static const char *display_name(Arena *a, const char *path, const AnalyzeOpts *opts) {
    if (opts && opts->display_name)
        return arena_strdup(a, opts->display_name);
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    return arena_printf(a, "./%s", base);
}

/* gc stops after parsing only for "syntax error"s (base.SyntaxErrors);
 * lexical errors, misplaced directives and label errors let type checking
 * go on and report its errors too. */
static bool checkable(const DiagList *dl) {
    for (int i = 0; i < dl->len; i++) {
        const char *m = dl->items[i].msg;
        if (strncmp(m, "syntax error", 12) == 0 || strcmp(m, "too many errors") == 0)
            return false;
    }
    return true;
}

static Analysis *analysis_new(void) {
    Analysis *an = calloc(1, sizeof *an);
    if (!an)
        return NULL;
    arena_init(&an->arena);
    diag_init(&an->diags, &an->arena);
    return an;
}

Analysis *analyze_source(const char *path, const char *src, size_t len,
                         const AnalyzeOpts *opts) {
    static const AnalyzeOpts defaults = {0};
    if (!opts)
        opts = &defaults;
    Analysis *an = analysis_new();
    if (!an)
        return NULL;
    double t0 = now_us();
    const char *name = display_name(&an->arena, path ? path : "x.go", opts);

    if (len > (size_t)0x7fffffff) {
        diag_add(&an->diags, name, (Pos){0, 0}, DIAG_ERROR, DK_ERROR, "file too large");
        an->failed = true;
        return an;
    }
    Front *fe = arena_alloc(&an->arena, sizeof *fe);
    an->priv = fe;
    fe->file = parse_file(&an->arena, name, src ? src : "", (int)len, &an->diags);
    if (an->diags.nerrors > 0 || !fe->file)
        an->failed = true;
    if (fe->file && an->diags.nerrors == 0)
        an->stages |= AS_PARSE;
    if (!fe->file || opts->syntax_only || !checkable(&an->diags))
        goto done;

    /* Later stages go here, each setting its AS_* bit in an->stages when
     * it has run (lint and the quiz rely on AS_ESCAPE): the type checker
     * (which still runs after the parser's soft errors, as gc's does, and
     * adds its own), then, only when there is no error at all, inlining
     * and escape analysis. */
    fe->prog = program_new(&an->arena, &an->diags);
    if (!check_file(fe->prog, fe->file, name) || an->diags.nerrors > 0) {
        an->failed = true;
        goto done;
    }
    an->stages |= AS_CHECK;

done:
    an->elapsed_us = now_us() - t0;
    return an;
}

Analysis *analyze_file(const char *path, const AnalyzeOpts *opts) {
    FILE *fp = fopen(path, "rb");
    char *buf = NULL;
    size_t len = 0, cap = 0;
    int err = 0;
    if (fp) {
        for (;;) {
            if (len == cap) {
                cap = cap ? cap * 2 : 65536;
                char *nb = realloc(buf, cap);
                if (!nb) {
                    err = ENOMEM;
                    break;
                }
                buf = nb;
            }
            size_t n = fread(buf + len, 1, cap - len, fp);
            len += n;
            if (n == 0) {
                if (ferror(fp))
                    err = errno ? errno : EIO;
                break;
            }
        }
        fclose(fp);
    } else {
        err = errno;
    }
    if (!fp || err) {
        free(buf);
        Analysis *an = analysis_new();
        if (!an)
            return NULL;
        /* gc: "open x.go: no such file or directory" */
        diag_addf(&an->diags, path, (Pos){0, 0}, DIAG_ERROR, DK_ERROR, "open %s: %s",
                  path, strerror(err));
        an->failed = true;
        return an;
    }
    Analysis *an = analyze_source(path, buf, len, opts);
    free(buf);
    return an;
}

void analysis_free(Analysis *a) {
    if (!a)
        return;
    diag_free(&a->diags);
    arena_free(&a->arena);
    free(a);
}
