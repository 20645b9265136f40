/* memory.c - the memory diagram of an example (placeholder). */
#include "views.h"

View *memory_view_new(const char *name, const char *src, size_t len, bool noinline) {
    (void)name; (void)src; (void)len; (void)noinline;
    return NULL;
}
