/* bench.c - time the analyzer on Go files (run by `make bench`).
 *
 * usage: bench [-n RUNS] [-m LEVEL] [-l] [-c] [-s] FILE.go...
 * For each file prints: name, lines, best and median wall time per analysis,
 * lines per second, arena bytes, the process's peak RSS, and the best CPU
 * time (user + system) of one analysis.  Best-of-N is reported because the
 * machine is shared; the median shows the spread, and the CPU time leaves
 * out the waits for a core of a loaded machine (not its cache misses).
 * -c shares one StdCache (analyze.h) between all runs, as the app does: the
 * std packages are loaded by the first analysis only (one run more is made
 * first, untimed, to load them).
 */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "analyze.h"

static double now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) {
                free(buf);
                buf = NULL;
            }
            buf = nb;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

static double cpu_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static int count_lines(const char *s, size_t n) {
    int lines = 0;
    for (size_t i = 0; i < n; i++)
        lines += s[i] == '\n';
    return lines;
}

/* -s: where an analysis spends its time and memory, stage by stage. */
static void print_stages(const double *us, const size_t *bytes) {
    static const char *names[AN_NSTAGES] = {
        [AN_PARSE] = "parse", [AN_CHECK] = "check", [AN_INLINE] = "inline",
        [AN_ESCAPE] = "escape", [AN_REPORT] = "bounds+wrappers",
    };
    for (int s = 0; s < AN_NSTAGES; s++)
        printf("    %-16s best %9.1f us  arena %6zu KiB\n", names[s], us[s], bytes[s] / 1024);
}

int main(int argc, char **argv) {
    int runs = 20, opt;
    bool stages = false;
    AnalyzeOpts opts = {.m = 1};
    /* as the app does (cli/main.c): measure an analysis in a process that
     * keeps the heap the previous one freed */
#ifdef M_TRIM_THRESHOLD
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
    while ((opt = getopt(argc, argv, "n:m:lcs")) != -1) {
        switch (opt) {
        case 'n': runs = atoi(optarg); break;
        case 'm': opts.m = atoi(optarg); break;
        case 'l': opts.noinline = true; break;
        case 'c': opts.cache = std_cache_new(); break;
        case 's': stages = true; break;
        default:
            fputs("usage: bench [-n RUNS] [-m LEVEL] [-l] [-c] [-s] FILE.go...\n", stderr);
            return 2;
        }
    }
    if (runs < 1)
        runs = 1;
    double *t = calloc((size_t)runs, sizeof *t);
    for (int i = optind; i < argc; i++) {
        size_t len;
        char *src = slurp(argv[i], &len);
        if (!src) {
            perror(argv[i]);
            return 1;
        }
        size_t arena_bytes = 0;
        int ndiags = 0, failed = 0;
        if (opts.cache)
            analysis_free(analyze_source(argv[i], src, len, &opts));
        double cpu = 0, stage_us[AN_NSTAGES];
        size_t stage_bytes[AN_NSTAGES] = {0};
        for (int r = 0; r < runs; r++) {
            double t0 = now_us(), c0 = cpu_us();
            Analysis *a = analyze_source(argv[i], src, len, &opts);
            t[r] = now_us() - t0;
            double c = cpu_us() - c0;
            if (r == 0 || c < cpu)
                cpu = c;
            arena_bytes = a->arena.total;
            for (int s = 0; s < AN_NSTAGES; s++) {   /* each stage's best */
                if (r == 0 || a->stage_us[s] < stage_us[s])
                    stage_us[s] = a->stage_us[s];
                stage_bytes[s] = a->stage_bytes[s];
            }
            ndiags = a->diags.len;
            failed = a->failed;
            analysis_free(a);
        }
        qsort(t, (size_t)runs, sizeof *t, cmp_double);
        int lines = count_lines(src, len);
        struct rusage ru;
        getrusage(RUSAGE_SELF, &ru);
        printf("%-28s %7d lines  best %9.1f us  median %9.1f us  %10.0f lines/s  "
               "%6d diags%s  arena %6zu KiB  peak RSS %6ld KiB  cpu %9.1f us%s\n",
               argv[i], lines, t[0], t[runs / 2], lines / (t[0] / 1e6), ndiags,
               failed ? " (FAILED)" : "", arena_bytes / 1024, ru.ru_maxrss, cpu,
               opts.cache ? "  (std cache)" : "");
        if (stages)
            print_stages(stage_us, stage_bytes);
        free(src);
    }
    free(t);
    std_cache_free(opts.cache);
    return 0;
}
