/* views.h - constructors of the app's views (one file each). */
#ifndef ESC_TUI_VIEWS_H
#define ESC_TUI_VIEWS_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"

/* code.c: a Go file with highlighting, the analyzer's panel and an editor.
 * Returns NULL with a message in err when the file cannot be read. */
View *code_view_open_file(const char *path, char *err, size_t errsz);
/* A lesson example: src is copied; edits are never saved to the lesson. */
View *code_view_new(const char *name, const char *src, size_t len);

/* memory.c: stack frames and heap drawn from an analysis of src. */
View *memory_view_new(const char *name, const char *src, size_t len, bool noinline);

#endif
