/* embed.h - data files compiled into the binary by tools/embed.c. */
#ifndef ESC_EMBED_H
#define ESC_EMBED_H

#include <stddef.h>

typedef struct EmbeddedFile {
    const char *name;   /* base name without extension: "fmt", "strings" */
    const char *data;   /* contents, NUL-terminated */
    size_t len;
} EmbeddedFile;

/* The standard-library stubs in engine/std/ (one .go file a package), terminated by name NULL. */
extern const EmbeddedFile std_files[];

#endif
