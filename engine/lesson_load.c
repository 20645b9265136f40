/* lesson_load.c - the lesson loader: a lesson's YAML tree to the model.
 *
 * The schema (lessons/README.md) is checked as the tree is walked: every
 * mapping names its allowed keys, every field its type, and each problem
 * becomes one "FILE:LINE:COL: message" Diag.  The walk goes on after a
 * problem so that one run of lint shows them all; a file with any problem
 * is left out of the set.  Content blocks are read in lesson_blocks.c,
 * questions in lesson_question.c.
 */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lesson_int.h"

void ld_errf(Loader *L, Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *msg = arena_vprintf(&L->set->arena, fmt, ap);
    va_end(ap);
    diag_add(&L->set->diags, L->file, pos, DIAG_ERROR, DK_ERROR, msg);
    L->nerrors++;
}

/* -- typed access to mappings -- */

/* Collect a mapping's fields, checking every key is allowed and unique.
 * allowed is a NULL-terminated list; what names the mapping in messages. */
int ld_fields(Loader *L, YNode *map, const char *what,
              const char *const *allowed, Field *out) {
    int n = 0;
    if (!map || map->kind != Y_MAP) {
        ld_errf(L, map ? map->pos : (Pos){0, 0}, "%s must be a mapping, not %s", what,
             map ? ykind_name(map->kind) : "nothing");
        return 0;
    }
    for (int i = 0; i + 1 < map->nkids; i += 2) {
        YNode *k = map->kids[i], *v = map->kids[i + 1];
        if (k->kind != Y_SCALAR) {
            ld_errf(L, k->pos, "%s: keys must be plain words", what);
            continue;
        }
        bool ok = false;
        for (int j = 0; allowed[j]; j++)
            if (strcmp(k->str, allowed[j]) == 0)
                ok = true;
        if (!ok) {
            char list[256] = "";
            for (int j = 0; allowed[j]; j++) {
                if (j)
                    strncat(list, ", ", sizeof list - strlen(list) - 1);
                strncat(list, allowed[j], sizeof list - strlen(list) - 1);
            }
            ld_errf(L, k->pos, "unknown key '%.60s' in %s (expected one of: %s)", k->str,
                 what, list);
            continue;
        }
        bool dup = false;
        for (int j = 0; j < n; j++)
            if (strcmp(out[j].key, k->str) == 0)
                dup = true;
        if (dup) {
            ld_errf(L, k->pos, "duplicate key '%s' in %s", k->str, what);
            continue;
        }
        if (n < MAX_FIELDS)
            out[n++] = (Field){k->str, v, k->pos};
    }
    return n;
}

YNode *ld_field(Field *f, int n, const char *key) {
    for (int i = 0; i < n; i++)
        if (strcmp(f[i].key, key) == 0)
            return f[i].val;
    return NULL;
}

void ld_missing(Loader *L, YNode *map, const char *what, const char *key) {
    ld_errf(L, map->pos, "%s: missing required key '%s'", what, key);
}

/* A string (any scalar).  Empty strings count as missing when required. */
const char *ld_str(Loader *L, YNode *map, Field *f, int n, const char *what,
                   const char *key, bool required) {
    YNode *v = ld_field(f, n, key);
    if (!v) {
        if (required)
            ld_missing(L, map, what, key);
        return NULL;
    }
    if (v->kind != Y_SCALAR) {
        ld_errf(L, v->pos, "%s: '%s' must be a string, not %s", what, key, ykind_name(v->kind));
        return NULL;
    }
    if (required && v->len == 0) {
        ld_errf(L, v->pos, "%s: '%s' must not be empty", what, key);
        return NULL;
    }
    return v->str;
}

bool ld_parse_int(const YNode *v, int *out) {
    if (v->kind != Y_SCALAR || !v->plain || v->len == 0)
        return false;
    char *end;
    errno = 0;
    long x = strtol(v->str, &end, 10);
    if (*end || errno || x < INT_MIN || x > INT_MAX)
        return false;
    *out = (int)x;
    return true;
}

bool ld_int(Loader *L, YNode *map, Field *f, int n, const char *what,
            const char *key, bool required, int *out) {
    YNode *v = ld_field(f, n, key);
    if (!v) {
        if (required)
            ld_missing(L, map, what, key);
        return false;
    }
    if (!ld_parse_int(v, out)) {
        ld_errf(L, v->pos, "%s: '%s' must be an integer", what, key);
        return false;
    }
    return true;
}

bool ld_parse_bool(const YNode *v, bool *out) {
    static const char *const yes[] = {"true", "yes", "True", "Yes", "TRUE", "YES", NULL};
    static const char *const no[] = {"false", "no", "False", "No", "FALSE", "NO", NULL};
    if (v->kind != Y_SCALAR || !v->plain)
        return false;
    for (int i = 0; yes[i]; i++)
        if (strcmp(v->str, yes[i]) == 0)
            return *out = true, true;
    for (int i = 0; no[i]; i++)
        if (strcmp(v->str, no[i]) == 0)
            return *out = false, true;
    return false;
}

bool ld_bool(Loader *L, YNode *map, Field *f, int n, const char *what,
             const char *key, bool required, bool *out) {
    YNode *v = ld_field(f, n, key);
    if (!v) {
        if (required)
            ld_missing(L, map, what, key);
        return false;
    }
    if (!ld_parse_bool(v, out)) {
        ld_errf(L, v->pos, "%s: '%s' must be true or false (yes/no)", what, key);
        return false;
    }
    return true;
}

/* A list of strings; a single string is accepted as a list of one only
 * when one_ok. */
const char **ld_str_list(Loader *L, YNode *v, const char *what, const char *key,
                         int *count) {
    *count = 0;
    if (v->kind != Y_SEQ) {
        ld_errf(L, v->pos, "%s: '%s' must be a list of strings, not %s", what, key,
             ykind_name(v->kind));
        return NULL;
    }
    const char **items = arena_alloc(L->a, sizeof(char *) * (size_t)(v->nkids + 1));
    for (int i = 0; i < v->nkids; i++) {
        YNode *k = v->kids[i];
        if (k->kind != Y_SCALAR) {
            ld_errf(L, k->pos, "%s: each item of '%s' must be a string, not %s", what, key,
                 ykind_name(k->kind));
            continue;
        }
        items[(*count)++] = k->str;
    }
    return items;
}

static int cmp_int(const void *x, const void *y) {
    int a = *(const int *)x, b = *(const int *)y;
    return (a > b) - (a < b);
}

/* A list of integers, sorted and made unique. */
int *ld_int_list(Loader *L, YNode *v, const char *what, const char *key, int *count) {
    *count = 0;
    if (v->kind != Y_SEQ) {
        ld_errf(L, v->pos, "%s: '%s' must be a list of integers, not %s", what, key,
             ykind_name(v->kind));
        return NULL;
    }
    int *items = arena_alloc(L->a, sizeof(int) * (size_t)(v->nkids + 1));
    int n = 0;
    for (int i = 0; i < v->nkids; i++) {
        int x;
        if (!ld_parse_int(v->kids[i], &x)) {
            ld_errf(L, v->kids[i]->pos, "%s: each item of '%s' must be an integer", what, key);
            continue;
        }
        items[n++] = x;
    }
    qsort(items, (size_t)n, sizeof(int), cmp_int);
    int m = 0;
    for (int i = 0; i < n; i++)
        if (m == 0 || items[m - 1] != items[i])
            items[m++] = items[i];
    *count = m;
    return items;
}

/* -- source code helpers -- */

int ld_count_lines(const char *s, size_t len) {
    int n = 0;
    for (size_t i = 0; i < len; i++)
        if (s[i] == '\n')
            n++;
    if (len && s[len - 1] != '\n')
        n++;
    return n;
}

/* Line `line` (from 1) of s: start and length, or false. */
bool ld_line_span(const char *s, int line, const char **start, size_t *len) {
    const char *p = s;
    for (int i = 1; i < line; i++) {
        p = strchr(p, '\n');
        if (!p)
            return false;
        p++;
    }
    if (!*p && line > 1)
        return false;
    const char *e = strchr(p, '\n');
    *start = p;
    *len = e ? (size_t)(e - p) : strlen(p);
    return true;
}

bool ld_is_ident_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || (unsigned char)c >= 0x80;
}

/* Does word occur on the line as a whole identifier? */
bool ld_line_has_word(const char *line, size_t len, const char *word, size_t wlen) {
    if (wlen == 0)
        return true;
    for (size_t i = 0; i + wlen <= len; i++) {
        if (memcmp(line + i, word, wlen) != 0)
            continue;
        bool before = i > 0 && ld_is_ident_char(line[i - 1]);
        bool after = i + wlen < len && ld_is_ident_char(line[i + wlen]);
        if (!before && !after)
            return true;
    }
    return false;
}

/* The first identifier of gc's printed expression ("&User{...}" -> "User",
 * "make([]int, n)" -> "make", "func literal" -> "func"). */
const char *ld_expr_word(const char *expr, size_t *wlen) {
    const char *p = expr;
    while (*p && !ld_is_ident_char(*p))
        p++;
    const char *q = p;
    while (*q && ld_is_ident_char(*q))
        q++;
    *wlen = (size_t)(q - p);
    return p;
}

/* The line that declares fname as a function or method, or 0. */
static int func_decl_line(const char *code, const char *fname) {
    size_t n = strlen(fname);
    int line = 0;
    for (const char *p = code; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL) {
        line++;
        if (strncmp(p, "func ", 5) != 0)
            continue;
        const char *q = p + 5;
        if (*q == '(') {
            int depth = 0;
            for (; *q && *q != '\n'; q++) {
                if (*q == '(')
                    depth++;
                else if (*q == ')' && --depth == 0) {
                    q++;
                    break;
                }
            }
            while (*q == ' ')
                q++;
        }
        if (strncmp(q, fname, n) == 0 && (q[n] == '(' || q[n] == '['))
            return line;
    }
    return 0;
}

bool lesson_code_declares(const char *code, const char *fname) {
    return func_decl_line(code, fname) > 0;
}

bool lesson_func_lines(const char *code, const char *fname, int *first, int *last) {
    int start = func_decl_line(code, fname);
    if (!start)
        return false;
    *first = *last = start;
    const char *p = code;
    for (int i = 1; i < start && p; i++) {
        p = strchr(p, '\n');
        p = p ? p + 1 : NULL;
    }
    /* A one-line function ends on its own line. */
    const char *eol = p ? strchr(p, '\n') : NULL;
    size_t len = eol ? (size_t)(eol - p) : (p ? strlen(p) : 0);
    if (p && len && p[len - 1] == '}')
        return true;
    for (int line = start; p && *p; line++) {
        if (line > start && *p == '}') {
            *last = line;
            return true;
        }
        p = strchr(p, '\n');
        p = p ? p + 1 : NULL;
        *last = line;
    }
    return true;
}

/* Does the line call (NAME( or .NAME() a function declared in code? */
bool ld_line_calls_func(const char *code, const char *line, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if (!ld_is_ident_char(line[i]) || (i > 0 && ld_is_ident_char(line[i - 1])))
            continue;
        size_t j = i;
        while (j < len && ld_is_ident_char(line[j]))
            j++;
        if (j < len && line[j] == '(' && j - i < 64) {
            char name[64];
            memcpy(name, line + i, j - i);
            name[j - i] = '\0';
            if (func_decl_line(code, name) > 0)
                return true;
        }
        i = j;
    }
    return false;
}

/* -- blocks and the lesson -- */

static const char *const block_names[] = {"heading", "subheading", "paragraph", "bullets",
                                          "numbered", "table", "callout", "diagram",
                                          "code", "question", "verbatim", NULL};

static const char *const verbatim_keys[] = {"title", "text", NULL};

/* gc's "./x.go:12:5: " prefix: compiler output must be computed, not pasted. */
static bool looks_like_gc_output(const char *s) {
    for (const char *p = strstr(s, ".go:"); p; p = strstr(p + 1, ".go:")) {
        const char *q = p + 4;
        int parts = 0;
        while (parts < 2 && *q >= '0' && *q <= '9') {
            while (*q >= '0' && *q <= '9')
                q++;
            if (*q != ':')
                break;
            q++;
            parts++;
        }
        if (parts == 2 && *q == ' ')
            return true;
    }
    return false;
}

static void parse_verbatim(Loader *L, YNode *map, Block *b) {
    Field f[MAX_FIELDS];
    int n = ld_fields(L, map, "verbatim", verbatim_keys, f);
    if (map->kind != Y_MAP)
        return;
    b->title = ld_str(L, map, f, n, "verbatim", "title", false);
    b->text = ld_str(L, map, f, n, "verbatim", "text", true);
    if (b->text && looks_like_gc_output(b->text))
        ld_errf(L, ld_field(f, n, "text")->pos,
             "verbatim: looks like pasted compiler output; use a compiler callout, "
             "which computes it from an example");
}

static void parse_block(Loader *L, YNode *node, Block *b) {
    Field f[MAX_FIELDS];
    int n = ld_fields(L, node, "block", block_names, f);
    if (node->kind != Y_MAP)
        return;
    if (n != 1) {
        if (n > 1)
            ld_errf(L, node->pos, "block: one kind per list item (found '%s' and '%s')",
                 f[0].key, f[1].key);
        else if (node->nkids == 0)
            ld_errf(L, node->pos, "block: empty");
        return;
    }
    const char *k = f[0].key;
    YNode *v = f[0].val;
    b->pos = node->pos;
    if (!strcmp(k, "heading") || !strcmp(k, "subheading") || !strcmp(k, "paragraph")) {
        if (v->kind != Y_SCALAR || v->len == 0) {
            ld_errf(L, v->pos, "%s: must be a non-empty string", k);
            return;
        }
        b->kind = k[0] == 'p' ? B_PARAGRAPH : B_HEADING;
        b->level = k[0] == 's' ? 3 : 2;
        b->text = v->str;
    } else if (!strcmp(k, "bullets") || !strcmp(k, "numbered")) {
        b->kind = k[0] == 'b' ? B_BULLETS : B_NUMBERED;
        b->items = ld_str_list(L, v, k, "items", &b->nitems);
        if (b->items && b->nitems == 0)
            ld_errf(L, v->pos, "%s: empty list", k);
    } else if (!strcmp(k, "table")) {
        b->kind = B_TABLE;
        b->table = ld_table(L, v);
    } else if (!strcmp(k, "callout")) {
        b->kind = B_CALLOUT;
        b->callout = ld_callout(L, v);
    } else if (!strcmp(k, "diagram")) {
        b->kind = B_DIAGRAM;
        b->diagram = ld_diagram(L, v);
    } else if (!strcmp(k, "verbatim")) {
        b->kind = B_VERBATIM;
        parse_verbatim(L, v, b);
    } else if (!strcmp(k, "code")) {
        b->kind = B_CODE;
        b->example = ld_code(L, v);
    } else {
        b->kind = B_QUESTION;
        b->question = ld_question(L, v);
    }
}

static void resolve_callouts(Loader *L) {
    for (int i = 0; i < L->callouts.len; i++) {
        Callout *c = L->callouts.items[i];
        YNode *ref = L->callout_refs.items[i];
        for (int j = 0; j < L->examples.len; j++) {
            CodeExample *ex = L->examples.items[j];
            if (strcmp(ex->id, ref->str) == 0)
                c->example = ex;
        }
        if (!c->example) {
            ld_errf(L, ref->pos, "callout: no example '%.60s' in this lesson", ref->str);
            continue;
        }
        if (!c->mode)
            c->mode = c->example->default_mode;
        for (int j = 0; j < c->nlines; j++)
            if (c->lines[j] < 1 || c->lines[j] > c->example->nlines)
                ld_errf(L, ref->pos, "callout: line %d is outside example '%s' (1-%d)",
                     c->lines[j], c->example->id, c->example->nlines);
    }
}

/* Ids must be unique in the file and against the lessons already loaded. */
static void check_ids(Loader *L) {
    LessonSet *set = L->set;
    Lesson *les = L->lesson;
    if (les->id) {
        Lesson *other = lessonset_find(set, les->id);
        if (other)
            ld_errf(L, (Pos){1, 1}, "lesson id '%s' is also used by %s", les->id, other->path);
    }
    for (int i = 0; i < L->examples.len; i++) {
        CodeExample *ex = L->examples.items[i];
        for (int j = 0; j < i; j++)
            if (!strcmp(((CodeExample *)L->examples.items[j])->id, ex->id))
                ld_errf(L, ex->pos, "duplicate example id '%s'", ex->id);
        CodeExample *o = lessonset_find_example(set, ex->id);
        if (o)
            ld_errf(L, ex->pos, "example id '%s' is also used in another lesson", ex->id);
    }
    for (int i = 0; i < L->questions.len; i++) {
        Question *q = L->questions.items[i];
        for (int j = 0; j < i; j++)
            if (!strcmp(((Question *)L->questions.items[j])->id, q->id))
                ld_errf(L, q->pos, "duplicate question id '%s'", q->id);
        Question *o = lessonset_find_question(set, q->id);
        if (o)
            ld_errf(L, q->pos, "question id '%s' is also used in %s", q->id,
                 o->lesson ? o->lesson->path : "another lesson");
    }
}

/* Inline text with an odd number of backticks would show a stray "`" or
 * swallow the rest of the line as code.  Go code (source, code, solutions)
 * and verbatim text are exempt: raw strings use backticks. */
static void check_backticks(Loader *L, const YNode *n, bool in_verbatim) {
    if (!n)
        return;
    if (n->kind == Y_SCALAR) {
        int ticks = 0;
        for (size_t i = 0; i < n->len; i++)
            ticks += n->str[i] == '`';
        if (ticks % 2)
            ld_errf(L, n->pos, "unmatched ` in inline text");
        return;
    }
    if (n->kind == Y_SEQ) {
        for (int i = 0; i < n->nkids; i++)
            check_backticks(L, n->kids[i], false);
        return;
    }
    for (int i = 0; i + 1 < n->nkids; i += 2) {
        const YNode *k = n->kids[i];
        if (k->kind != Y_SCALAR)
            continue;
        if (!strcmp(k->str, "source") || !strcmp(k->str, "code") ||
            !strcmp(k->str, "solutions") || (in_verbatim && !strcmp(k->str, "text")))
            continue;
        check_backticks(L, n->kids[i + 1], !strcmp(k->str, "verbatim"));
    }
}

static const char *const lesson_keys[] = {"id", "title", "summary", "order", "part", "blocks", NULL};

static int cmp_lessons(const void *x, const void *y) {
    const Lesson *a = *(Lesson *const *)x, *b = *(Lesson *const *)y;
    if (a->order != b->order)
        return (a->order > b->order) - (a->order < b->order);
    return strcmp(a->id, b->id);
}

static void add_lesson(LessonSet *set, Lesson *les) {
    Lesson **v = arena_alloc(&set->arena, sizeof(Lesson *) * (size_t)(set->nlessons + 1));
    if (set->nlessons)
        memcpy(v, set->lessons, sizeof(Lesson *) * (size_t)set->nlessons);
    v[set->nlessons++] = les;
    set->lessons = v;
    qsort(set->lessons, (size_t)set->nlessons, sizeof(Lesson *), cmp_lessons);
}

static bool has_nul(const char *s, size_t len) {
    return memchr(s, '\0', len) != NULL;
}

Lesson *lessonset_load_string(LessonSet *set, const char *name, const char *text,
                              size_t len) {
    Loader L = {0};
    L.set = set;
    L.a = &set->arena;
    L.file = arena_strdup(&set->arena, name);
    set->nfiles++;
    if (len > LESSON_MAX_FILE_SIZE) {
        ld_errf(&L, (Pos){1, 1}, "file too large (%zu bytes; at most %d)", len,
             LESSON_MAX_FILE_SIZE);
        set->nbad++;
        return NULL;
    }
    if (has_nul(text, len)) {
        ld_errf(&L, (Pos){1, 1}, "file contains a NUL byte: not a text file");
        set->nbad++;
        return NULL;
    }
    YNode *root = ytree_parse(L.a, &set->diags, L.file, text, len, LESSON_MAX_DEPTH);
    if (!root) {
        /* ytree reported its own error, or the file is empty. */
        bool reported = false;
        for (int i = 0; i < set->diags.len; i++)
            if (set->diags.items[i].file == L.file)
                reported = true;
        if (!reported)
            ld_errf(&L, (Pos){1, 1}, "empty lesson file");
        set->nbad++;
        return NULL;
    }
    check_backticks(&L, root, false);
    Lesson *les = arena_alloc(L.a, sizeof *les);
    les->path = L.file;
    L.lesson = les;
    Field f[MAX_FIELDS];
    int n = ld_fields(&L, root, "lesson", lesson_keys, f);
    if (root->kind == Y_MAP) {
        les->id = ld_str(&L, root, f, n, "lesson", "id", true);
        les->title = ld_str(&L, root, f, n, "lesson", "title", true);
        les->summary = ld_str(&L, root, f, n, "lesson", "summary", false);
        les->part = ld_str(&L, root, f, n, "lesson", "part", false);
        ld_int(&L, root, f, n, "lesson", "order", true, &les->order);
        YNode *blocks = ld_field(f, n, "blocks");
        if (!blocks)
            ld_missing(&L, root, "lesson", "blocks");
        else if (blocks->kind != Y_SEQ)
            ld_errf(&L, blocks->pos, "lesson: 'blocks' must be a list, not %s",
                 ykind_name(blocks->kind));
        else {
            les->blocks = arena_alloc(L.a, sizeof(Block) * (size_t)(blocks->nkids + 1));
            for (int i = 0; i < blocks->nkids; i++) {
                Block *b = &les->blocks[les->nblocks];
                memset(b, 0, sizeof *b);
                int before = L.nerrors;
                parse_block(&L, blocks->kids[i], b);
                if (L.nerrors == before)
                    les->nblocks++;
            }
            if (blocks->nkids == 0)
                ld_errf(&L, blocks->pos, "lesson: no blocks");
        }
    }
    resolve_callouts(&L);
    check_ids(&L);
    les->examples = (CodeExample **)L.examples.items;
    les->nexamples = L.examples.len;
    les->questions = (Question **)L.questions.items;
    les->nquestions = L.questions.len;
    if (L.nerrors) {
        set->nbad++;
        return NULL;
    }
    add_lesson(set, les);
    return les;
}

