/* inlining.h - the code with and without inlining, explained (no curses). */
#ifndef ESC_TUI_INLINING_H
#define ESC_TUI_INLINING_H

#include <stddef.h>

#include "doc.h"

/* Append to d, at width cols, what inlining changes in src: the calls gc
 * inlines (and why it will not inline the others), and for each inlined
 * call the decisions at it against where the same values go with -l. */
void layout_inlining(Doc *d, const char *name, const char *src, size_t len, int cols);

#endif
