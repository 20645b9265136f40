/* lesson_int.h - what the lesson loader's files share (not a public API).
 *
 * lesson_load.c walks a lesson's YAML tree (typed access to mappings, the
 * lesson and its block list, ids), lesson_blocks.c reads the content blocks
 * (code, table, callout, diagram), lesson_question.c the questions.  Every
 * problem goes through ld_errf as a "FILE:LINE:COL: message" Diag.
 */
#ifndef ESC_LESSON_INT_H
#define ESC_LESSON_INT_H

#include "lesson.h"
#include "yamltree.h"

typedef struct Loader {
    LessonSet *set;
    Arena *a;
    const char *file;
    int nerrors;
    Lesson *lesson;
    PtrVec examples;    /* CodeExample* of this file */
    PtrVec questions;   /* Question* of this file */
    PtrVec callouts;    /* Callout* waiting for their example */
    PtrVec callout_refs;/* YNode* of the example: key, parallel to callouts */
} Loader;

void ld_errf(Loader *L, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* One key: value of a mapping, checked against the allowed keys. */
typedef struct Field {
    const char *key;
    YNode *val;
    Pos keypos;
} Field;

#define MAX_FIELDS 24

int ld_fields(Loader *L, YNode *map, const char *what, const char *const *allowed, Field *out);
YNode *ld_field(Field *f, int n, const char *key);
void ld_missing(Loader *L, YNode *map, const char *what, const char *key);
const char *ld_str(Loader *L, YNode *map, Field *f, int n, const char *what, const char *key,
                   bool required);
bool ld_int(Loader *L, YNode *map, Field *f, int n, const char *what, const char *key,
            bool required, int *out);
bool ld_bool(Loader *L, YNode *map, Field *f, int n, const char *what, const char *key,
             bool required, bool *out);
bool ld_parse_int(const YNode *v, int *out);
bool ld_parse_bool(const YNode *v, bool *out);
const char **ld_str_list(Loader *L, YNode *v, const char *what, const char *key, int *count);
int *ld_int_list(Loader *L, YNode *v, const char *what, const char *key, int *count);

/* Source helpers (lines from 1). */
int ld_count_lines(const char *s, size_t len);
bool ld_line_span(const char *s, int line, const char **start, size_t *len);
bool ld_is_ident_char(char c);
bool ld_line_has_word(const char *line, size_t len, const char *word, size_t wlen);
const char *ld_expr_word(const char *expr, size_t *wlen);
bool ld_line_calls_func(const char *code, const char *line, size_t len);

/* Blocks (lesson_blocks.c) and questions (lesson_question.c). */
const char *ld_code_source(Loader *L, YNode *v, const char *what, size_t *len, int *nlines);
bool ld_go_file(Loader *L, YNode *v, const char *what, const char *name);
CodeExample *ld_code(Loader *L, YNode *map);
Table *ld_table(Loader *L, YNode *map);
Callout *ld_callout(Loader *L, YNode *map);
Diagram *ld_diagram(Loader *L, YNode *map);
Question *ld_question(Loader *L, YNode *map);

#endif
