/* analyze.h - the analyzer's public API: Go source in, gc's -m lines out.
 *
 * This is the one entry point the app, the CLI and the lesson checker use.
 * It runs the whole pipeline (lex, parse, check, inline, escape) on one
 * single-package program and returns the diagnostics gc 1.19 would print
 * for `go build -gcflags=...`, in gc's order, plus what the app needs to
 * draw (per-line marks, reasons, the frames/heap picture).
 */
#ifndef ESC_ANALYZE_H
#define ESC_ANALYZE_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

/* The standard-library stubs (engine/std/), parsed and type-checked once
 * and shared by every analysis given the cache in AnalyzeOpts.cache: most
 * of the time of analysing a small program that imports fmt is spent on
 * fmt, os, time, syscall...  The caller creates and owns the cache (the
 * engine has no global state); a package joins it on first import and is
 * only read after that (memos derived from it, like *T for a cached T, are
 * stored in the cache too).  Not thread-safe: one analysis at a time.  Free
 * the cache after the last Analysis made with it: they point into it. */
typedef struct StdCache StdCache;
StdCache *std_cache_new(void);   /* NULL on out-of-memory */
void std_cache_free(StdCache *c);

typedef struct AnalyzeOpts {
    int m;              /* -m level: 1 = -m, 2 = -m=2 (0 = only errors) */
    bool noinline;      /* -l */
    bool syntax_only;   /* stop after parsing (gofmt -e) */
    bool test_file;     /* compiled as a _test.go file (go test -gcflags) */
    const char *display_name;  /* name in messages; default "./" + basename */
    StdCache *cache;    /* shared std packages, or NULL to load them anew */
    bool one_shot;      /* the caller analyses this and is done (the CLI): a big
                           file's arena is mapped populated, see analyze_source */
} AnalyzeOpts;

/* The stages an analysis times (Analysis.stage_us): reading and parsing,
 * type checking (with the std packages it loads), inlining and
 * devirtualization, escape analysis, then walk's bounds-check lines and the
 * method wrappers. */
enum { AN_PARSE, AN_CHECK, AN_INLINE, AN_ESCAPE, AN_REPORT, AN_NSTAGES };

/* One file's analysis result.  Owns all its memory. */
typedef struct Analysis {
    Arena arena;
    DiagList diags;        /* gc-ordered: errors, or inline then escape lines */
    bool failed;           /* syntax/type error or unsupported construct */
    double elapsed_us;     /* wall time of the analysis itself */
    int stages;            /* AS_* bits of the stages that ran to completion */
    double stage_us[AN_NSTAGES];    /* wall time of each stage, for `make bench` */
    size_t stage_bytes[AN_NSTAGES]; /* arena bytes each stage added */
    void *priv;            /* front end + graph, for the app's memory diagram */
} Analysis;

/* Analysis.stages: which stages ran.  A stage sets its bit when it has run
 * on the whole file; lint and the quiz trust -m output (including silence:
 * "nothing escapes") only when AS_ESCAPE is set, and AS_INLINE too for
 * modes that inline, so an unfinished pipeline is "could not check", never
 * a silent pass. */
enum { AS_PARSE = 1, AS_CHECK = 2, AS_INLINE = 4, AS_ESCAPE = 8 };

/* Analyze src (need not be NUL-terminated).  Always returns an Analysis
 * (NULL only on out-of-memory); errors are in a->diags with a->failed set. */
Analysis *analyze_source(const char *path, const char *src, size_t len,
                         const AnalyzeOpts *opts);
/* Read and analyze a file; a read error becomes a DK_ERROR diag. */
Analysis *analyze_file(const char *path, const AnalyzeOpts *opts);
void analysis_free(Analysis *a);

#endif
