/* progress_int.h - shared by progress.c (the records) and progress_file.c
 * (their YAML file). */
#ifndef ESC_PROGRESS_INT_H
#define ESC_PROGRESS_INT_H

#include <stdbool.h>
#include <stddef.h>

/* Room in a malloc'd array for one more item after len (doubling *cap);
 * false when out of memory. */
bool progress_grow(void **items, int *cap, int len, size_t size);

#endif
