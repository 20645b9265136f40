/* blocks.h - lay lesson blocks out into the screen model (no curses).
 *
 * Each function appends to a Doc the lines that show one block at a width,
 * tagging every line with the block's index so the reader knows which block
 * is on screen.  Diagrams are drawn from their structure on a Canvas, sized
 * to the width; code examples show their -m lines computed by the analyzer
 * through an ExampleCache, never pasted text.
 */
#ifndef ESC_TUI_BLOCKS_H
#define ESC_TUI_BLOCKS_H

#include "analysis.h"
#include "doc.h"
#include "lesson.h"

/* Analyses of examples, computed once per (example, mode). */
typedef struct ExampleCache {
    struct {
        const CodeExample *ex;
        LessonMode mode;
        Analysis *a;
    } *items;
    int n, cap;
} ExampleCache;

void excache_init(ExampleCache *c);
void excache_free(ExampleCache *c);
Analysis *excache_get(ExampleCache *c, const CodeExample *ex, LessonMode mode);

/* Width of the text column for a screen of cols (long lines tire eyes). */
int blocks_text_width(int cols);

void layout_block(Doc *d, const Block *b, int tag, int cols, ExampleCache *cache);
void layout_diagram(Doc *d, const Diagram *g, int cols, int tag);
void layout_table(Doc *d, const Table *t, int cols, int tag);
/* Source lines with numbers, highlighting and gutter marks. */
void layout_code(Doc *d, const char *src, size_t len, const Analysis *a,
                 const int *highlight, int nhighlight, int cols, int tag);
/* The analysis lines ("./f.go:3:5: msg"), only those on lines[] if n > 0. */
void layout_diags(Doc *d, const Analysis *a, const int *lines, int nlines,
                  int cols, int tag);
/* Inline markup (lesson.h's inline_next) into a Rich. */
void rich_add_inline(Rich *r, const char *text, Sty base);

#endif
