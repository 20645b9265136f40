/* escape.h - escape analysis of a checked Go file, as gc 1.19 does it.
 *
 * escape_run() builds gc's data-flow graph for every function of the main
 * package, bottom-up over the call graph one strongly connected component
 * at a time (closures with their enclosing function), solves it, and
 * appends gc's -m / -m=2 lines to a DiagList in gc's emission order:
 *
 *   per component: [walk: "ignoring self-assignment", immediate flows]
 *                  [closure captures (-m=2)] [too-large flows (-m=2)]
 *                  [solver flows (-m=2)] [param tags: leaking param...]
 *                  [locations in creation order: moved to heap / escapes /
 *                   does not escape]
 *
 * (gc flushes each -m line as it is produced, so this is also the order gc
 * prints; it is not sorted by position.)  Each decision Diag carries a
 * plain-language reason (Diag.reason) derived from the same flow -m=2
 * explains.
 *
 * Standard-library functions are not analysed: their parameters' tags come
 * from the `//esc:` lines of the std stubs (Obj.esc), whose format is:
 *
 *     //esc: NAME TAG [NAME TAG...]      one line per function, after its
 *                                        //go: directives
 *   NAME  a parameter name as declared in the stub (the receiver too), or
 *         #I for the I-th parameter from 0, the receiver not counted
 *   TAG   none        does not escape            ("p does not escape")
 *         heap        leaks with 0 derefs        ("leaking param: p")
 *         content     leaks with 1 deref         ("leaking param content: p")
 *         LIST        comma list of heap=D and rI=D: leaks to the heap after
 *                     D derefs and/or to result I after D derefs
 *                     ("leaking param: p to result ~r0 level=0" is r0=0)
 *   A parameter without pointers needs no tag; a pointerful parameter with
 *   no tag is taken to be "heap" (gc's rule for functions without a body).
 */
#ifndef ESC_ESCAPE_H
#define ESC_ESCAPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"

struct Program;

#define ESC_NUM_RESULTS 7   /* gc's numEscResults: results tracked per param */

/* A parameter's leaks: v[0] the heap, v[1+i] result i; each derefs+1, 0 = none. */
typedef struct EscLeaks {
    uint8_t v[1 + ESC_NUM_RESULTS];
} EscLeaks;

/* One parsed //esc: entry. */
typedef struct EscTag {
    char name[32];
    EscLeaks leaks;
} EscTag;

/* Parse one "//esc: NAME TAG..." line (the "//esc:" prefix is optional) into
 * out[0..max).  Returns the number of entries or -1 on a malformed line. */
int esc_parse_tags(const char *line, EscTag *out, int max);
/* Format a tag as the TAG part of an //esc: entry; returns its length. */
int esc_format_tag(const EscLeaks *l, char *buf, size_t size);

typedef struct EscOpts {
    int m;                 /* -m level (0: decide but print nothing) */
    const char *file;      /* display name, "./x.go" */
} EscOpts;

/* ---------------------------------------------- the app's memory diagram */

/* What the app draws for one function: its frame's variables, where each
 * lives, and which pointers point to what. */
typedef enum EscVarKind { EV_PARAM, EV_RESULT, EV_LOCAL, EV_ALLOC } EscVarKind;

/* How the app gets it: analysis_escape(an) (below) after analyze_source();
 * NULL when escape analysis did not run (errors, syntax_only).  A frame is
 * an EscFuncInfo; draw EV_PARAM/EV_RESULT/EV_LOCAL entries with heap false
 * in the frame, heap ones (and EV_ALLOC entries with heap true) in the
 * heap box, and an arrow from each entry to each of its points_to. */
typedef struct EscVar {
    EscVarKind kind;
    const char *name;      /* "x", or for EV_ALLOC the expression "&T{...}" */
    Pos pos;
    bool heap;             /* moved to heap / escapes to heap */
    bool leaks;            /* EV_PARAM: leaking param (content) */
    const char *reason;    /* plain-language reason when heap, else NULL */
    int *points_to;        /* indices into EscFuncInfo.vars this may point to */
    int npoints_to;
} EscVar;

typedef struct EscFuncInfo {
    const char *name;      /* gc's name: "main", "(*T).M", "main.func1" */
    Pos pos;
    EscVar *vars;
    int nvars;
} EscFuncInfo;

typedef struct EscResult {
    EscFuncInfo *funcs;    /* in source order */
    int nfuncs;
} EscResult;

/* Analyse prog->main (checked without errors).  Appends diags; returns the
 * picture for the app (arena memory), never NULL.  Constructs it cannot
 * handle yield a DK_UNSUPPORTED error and stop the analysis. */
EscResult *escape_run(Arena *a, struct Program *prog, const EscOpts *opts,
                      DiagList *diags);

/* Escape-analyse one compiler-generated method wrapper (an N_FUNCDECL
 * whose obj's type has the receiver .this), as gc's methodWrapper does
 * with escape.Batch right after generating it: its -m lines are appended
 * now, without parameter tags (gc's wrappers are Dupok).  name is gc's
 * name for it ("(*T).M").  escape_wrap.c. */
void escape_wrapper(EscResult *res, Node *decl, const char *name);

/* The walkfacts.h facts (WF_*) of a function's tree, its literals
 * included, as collect met them, or -1 if escape analysis did not walk it:
 * the last stage's passes skip the functions where they find nothing
 * without walking every tree again. */
int escape_decl_facts(const EscResult *res, const Node *decl);

struct Analysis;
/* The picture of an analysis (analyze.h), or NULL if escape analysis did
 * not run.  Defined in analyze.c. */
const EscResult *analysis_escape(const struct Analysis *an);

#endif
