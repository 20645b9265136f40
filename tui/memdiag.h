/* memdiag.h - memory diagrams from an analysis (no curses).
 *
 * The picture is escape.h's EscResult: per function, its variables, which
 * live on the heap and what points to what.  layout_memory draws it: a box
 * per stack frame with its locals, one heap box with what escaped, and
 * arrows from each pointer to what it holds: the heap beside the frames
 * from about 70 columns (so at the standard 80), below them when narrower,
 * and the pointers only listed in words when even that has no room.  When the analysis does not
 * carry an EscResult, memdiag_from_diags builds a plainer one from the -m
 * lines and the function headers of the source (no arrows then).
 */
#ifndef ESC_TUI_MEMDIAG_H
#define ESC_TUI_MEMDIAG_H

#include "analyze.h"
#include "doc.h"
#include "escape.h"

/* The analysis's own picture, or NULL when the engine does not give one. */
const EscResult *memdiag_of_analysis(const Analysis *a);
/* A picture read off the -m lines (arena memory). */
EscResult *memdiag_from_diags(Arena *arena, const Analysis *a, const char *src,
                              size_t len);
void layout_memory(Doc *d, const EscResult *r, int cols);
/* With the analysis and its source: also a pointer assigned straight from
 * a call (not inlined) of a function of the file that returns a heap value
 * ("p := newCounter()"), which the per-function picture cannot link. */
void layout_memory_src(Doc *d, const EscResult *r, const Analysis *an, const char *src,
                       size_t len, int cols);

#endif
