/* parse_files.c - parse many Go files with the engine's parser, for
 * tests/parse/goroot.sh: file names on stdin, one per line; prints the
 * first syntax error of each failing file, then
 * "parsed N/M files (P%) in T s". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "parse.h"
#include "astdump.h"

static char *slurp(const char *path, long *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
        fclose(f);
        free(buf);
        return NULL;
    }
    fclose(f);
    *len = n;
    return buf;
}

int main(int argc, char **argv) {
    /* -q: only the summary; -a: every error of each file */
    int quiet = argc > 1 && strcmp(argv[1], "-q") == 0;
    int all = argc > 1 && strcmp(argv[1], "-a") == 0;
    /* -d FILE: print the tree as tests/parse/gcdump's "pos" mode does */
    if (argc > 2 && strcmp(argv[1], "-d") == 0) {
        long len;
        char *src = slurp(argv[2], &len);
        if (!src)
            return 2;
        Arena a;
        arena_init(&a);
        DiagList dl;
        diag_init(&dl, &a);
        File *f = parse_file_flags(&a, argv[2], src, (int)len, &dl, PARSE_STD);
        for (int i = 0; i < dl.len; i++) {
            printf("ERR ");
            diag_print(&dl.items[i], stdout);
        }
        if (f)
            astdump_node(stdout, f->root);
        diag_free(&dl);
        arena_free(&a);
        free(src);
        return 0;
    }
    char line[4096];
    int ok = 0, total = 0;
    double secs = 0;
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        if (!line[0])
            continue;
        long len;
        char *src = slurp(line, &len);
        if (!src)
            continue;
        total++;
        Arena a;
        arena_init(&a);
        DiagList dl;
        diag_init(&dl, &a);
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        /* GOROOT is compiled as the standard library (gc -std -+) */
        File *f = parse_file_flags(&a, line, src, (int)len, &dl, PARSE_STD);
        clock_gettime(CLOCK_MONOTONIC, &t1);
        secs += (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
        if (f && dl.nerrors == 0)
            ok++;
        else if (!quiet && dl.len > 0)
            for (int i = 0; i < (all ? dl.len : 1); i++)
                diag_print(&dl.items[i], stdout);
        else if (!quiet)
            printf("%s: no file\n", line);
        diag_free(&dl);
        arena_free(&a);
        free(src);
    }
    printf("parsed %d/%d files (%.2f%%) in %.2f s\n", ok, total,
           total ? 100.0 * ok / total : 100.0, secs);
    return ok == total ? 0 : 1;
}
