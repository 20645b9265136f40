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

typedef struct AnalyzeOpts {
    int m;              /* -m level: 1 = -m, 2 = -m=2 (0 = only errors) */
    bool noinline;      /* -l */
    bool syntax_only;   /* stop after parsing (gofmt -e) */
    bool test_file;     /* compiled as a _test.go file (go test -gcflags) */
    const char *display_name;  /* name in messages; default "./" + basename */
} AnalyzeOpts;

/* One file's analysis result.  Owns all its memory. */
typedef struct Analysis {
    Arena arena;
    DiagList diags;        /* gc-ordered: errors, or inline then escape lines */
    bool failed;           /* syntax/type error or unsupported construct */
    double elapsed_us;     /* wall time of the analysis itself */
    int stages;            /* AS_* bits of the stages that ran to completion */
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
