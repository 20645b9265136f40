/* fuzz_lesson.c - libFuzzer target: the lesson loader on arbitrary YAML.
 * Broken lessons must give FILE:LINE:COL diagnostics, never a fault. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lesson.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    LessonSet *set = lessonset_new();
    lessonset_load_string(set, "fuzz.yaml", (const char *)data, size);
    lessonset_free(set);
    return 0;
}
