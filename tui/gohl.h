/* gohl.h - Go syntax highlighting, one line at a time.
 *
 * A small scanner of its own rather than the engine's lexer: it must cope
 * with half-typed code in the editor and needs only token classes.  The
 * state carries block comments and raw strings across lines.
 */
#ifndef ESC_TUI_GOHL_H
#define ESC_TUI_GOHL_H

#include <stddef.h>

#include "doc.h"

enum { GOHL_START = 0, GOHL_IN_COMMENT = 1, GOHL_IN_RAW = 2 };

/* Fill sty[0..len) with a style per byte of s; returns the state for the
 * next line. */
int gohl_line(const char *s, size_t len, unsigned char *sty, int state);

#endif
