/* analysis.h - the app's use of the analyzer (engine/analyze.h).
 *
 * Views ask for an analysis of the text on screen here and read the
 * per-line marks and reasons from it; the -m lines are always computed
 * live, never pasted.
 */
#ifndef ESC_TUI_ANALYSIS_H
#define ESC_TUI_ANALYSIS_H

#include <stdbool.h>
#include <stddef.h>

#include "analyze.h"
#include "doc.h"

/* analyze_source with the app's flags (-m level, -l); NULL only when out of
 * memory. */
Analysis *tui_analyze(const char *name, const char *src, size_t len, int m,
                      bool noinline);
void tui_analysis_free(Analysis *a);
/* The app's StdCache, for other engine calls that analyse (the quiz's);
 * NULL when out of memory.  Freed at exit. */
StdCache *tui_std_cache(void);

/* What a line's gutter shows, strongest first. */
typedef enum LineMark {
    MARK_NONE, MARK_OK, MARK_INLINE, MARK_LEAK, MARK_HEAP, MARK_ERROR
} LineMark;

LineMark mark_of_diag(const Diag *d);
/* The marks of lines 1..nlines (marks[0] is line 1). */
void analysis_marks(const Analysis *a, LineMark *marks, int nlines);
/* The most telling diag on a line (NULL if none). */
const Diag *analysis_line_diag(const Analysis *a, int line);
/* The other decisions on that line (no flow lines), in gc's order, into
 * out[0..max); returns how many there are in all. */
int analysis_line_others(const Analysis *a, int line, const Diag **out, int max);
wchar_t mark_glyph(LineMark m);
Sty mark_style(LineMark m);

#endif
