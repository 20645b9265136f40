/* lesson.c - the lesson loader: YAML tree to the model in lesson.h.
 *
 * The schema (lessons/README.md) is checked as the tree is walked: every
 * mapping names its allowed keys, every field its type, and each problem
 * becomes one "FILE:LINE:COL: message" Diag.  The walk goes on after a
 * problem so that one run of lint shows them all; a file with any problem
 * is left out of the set.
 */
#include "lesson.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yamltree.h"

/* ------------------------------------------------------------ modes */

const char *lesson_mode_name(LessonMode m) {
    switch (m) {
    case MODE_M: return "m";
    case MODE_ML: return "ml";
    case MODE_M2: return "m2";
    case MODE_M2L: return "m2l";
    }
    return "?";
}

const char *lesson_mode_flags(LessonMode m) {
    switch (m) {
    case MODE_M: return "-m";
    case MODE_ML: return "-m -l";
    case MODE_M2: return "-m=2";
    case MODE_M2L: return "-m=2 -l";
    }
    return "?";
}

LessonMode lesson_mode_parse(const char *s) {
    static const LessonMode all[] = {MODE_M, MODE_ML, MODE_M2, MODE_M2L};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        if (strcmp(s, lesson_mode_name(all[i])) == 0)
            return all[i];
    return 0;
}

LessonMode lesson_mode_first(int modes) {
    for (int b = MODE_M; b <= MODE_M2L; b <<= 1)
        if (modes & b)
            return (LessonMode)b;
    return MODE_M;
}

void lesson_mode_opts(LessonMode m, bool test_file, AnalyzeOpts *o) {
    memset(o, 0, sizeof *o);
    o->m = (m == MODE_M2 || m == MODE_M2L) ? 2 : 1;
    o->noinline = (m == MODE_ML || m == MODE_M2L);
    o->test_file = test_file;
}

const char *question_kind_name(QuestionKind k) {
    switch (k) {
    case Q_ESCAPES: return "escapes";
    case Q_HEAP_LINES: return "heap-lines";
    case Q_WHY: return "why";
    case Q_M_OUTPUT: return "m-output";
    case Q_FIXIT: return "fixit";
    }
    return "?";
}

static const char *const reason_names[QR_NKINDS] = {
    [QR_NONE] = "none",
    [QR_RETURNED] = "returned",
    [QR_TOO_LARGE] = "too-large",
    [QR_NONCONST_SIZE] = "non-constant-size",
    [QR_CLOSURE] = "closure",
    [QR_SEND] = "channel-send",
    [QR_ASSIGN] = "assigned",
    [QR_CALL_ARG] = "call-argument",
    [QR_INTERFACE] = "interface",
    [QR_OTHER] = "other",
};

const char *quiz_reason_name(QuizReason r) {
    return (unsigned)r < QR_NKINDS ? reason_names[r] : "?";
}

QuizReason quiz_reason_parse(const char *s) {
    for (int r = QR_RETURNED; r < QR_NKINDS; r++)
        if (strcmp(s, reason_names[r]) == 0)
            return (QuizReason)r;
    return QR_NONE;
}

/* ---------------------------------------------------------- inline text */

static const char *find_close(const char *p, const char *marker, size_t mlen) {
    for (const char *q = p; *q; q++)
        if (strncmp(q, marker, mlen) == 0)
            return q;
    return NULL;
}

const char *inline_next(const char *p, InlineSpan *out) {
    if (!p || !*p)
        return NULL;
    struct { const char *m; size_t n; SpanStyle st; } marks[] = {
        {"`", 1, SPAN_CODE}, {"**", 2, SPAN_BOLD}, {"*", 1, SPAN_ITALIC},
    };
    for (size_t i = 0; i < 3; i++) {
        size_t n = marks[i].n;
        if (strncmp(p, marks[i].m, n) != 0 || !p[n])
            continue;
        const char *end = find_close(p + n, marks[i].m, n);
        /* "* " or "** " is not markup (a star in prose, a multiplication). */
        if (!end || end == p + n || (marks[i].st != SPAN_CODE && p[n] == ' '))
            continue;
        out->style = marks[i].st;
        out->text = p + n;
        out->len = (int)(end - (p + n));
        return end + n;
    }
    /* Plain text up to the next marker that really opens a span. */
    const char *q = p + 1;
    for (; *q; q++) {
        if (*q != '`' && *q != '*')
            continue;
        InlineSpan tmp;
        if (inline_next(q, &tmp) && tmp.style != SPAN_TEXT)
            break;
    }
    out->style = SPAN_TEXT;
    out->text = p;
    out->len = (int)(q - p);
    return q;
}

/* ------------------------------------------------------------- loader */

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
    PtrVec qrefs;       /* YNode* of question example refs, parallel to questions (or NULL) */
} Loader;

static void errf(Loader *L, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void errf(Loader *L, Pos pos, const char *fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    diag_add(&L->set->diags, L->file, pos, DIAG_ERROR, DK_ERROR,
             arena_strdup(&L->set->arena, buf));
    L->nerrors++;
}

/* -- typed access to mappings -- */

typedef struct Field {
    const char *key;
    YNode *val;
    Pos keypos;
} Field;

#define MAX_FIELDS 24

/* Collect a mapping's fields, checking every key is allowed and unique.
 * allowed is a NULL-terminated list; what names the mapping in messages. */
static int get_fields(Loader *L, YNode *map, const char *what,
                      const char *const *allowed, Field *out) {
    int n = 0;
    if (!map || map->kind != Y_MAP) {
        errf(L, map ? map->pos : (Pos){0, 0}, "%s must be a mapping, not %s", what,
             map ? ykind_name(map->kind) : "nothing");
        return 0;
    }
    for (int i = 0; i + 1 < map->nkids; i += 2) {
        YNode *k = map->kids[i], *v = map->kids[i + 1];
        if (k->kind != Y_SCALAR) {
            errf(L, k->pos, "%s: keys must be plain words", what);
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
            errf(L, k->pos, "unknown key '%.60s' in %s (expected one of: %s)", k->str,
                 what, list);
            continue;
        }
        bool dup = false;
        for (int j = 0; j < n; j++)
            if (strcmp(out[j].key, k->str) == 0)
                dup = true;
        if (dup) {
            errf(L, k->pos, "duplicate key '%s' in %s", k->str, what);
            continue;
        }
        if (n < MAX_FIELDS)
            out[n++] = (Field){k->str, v, k->pos};
    }
    return n;
}

static YNode *field(Field *f, int n, const char *key) {
    for (int i = 0; i < n; i++)
        if (strcmp(f[i].key, key) == 0)
            return f[i].val;
    return NULL;
}

static void missing(Loader *L, YNode *map, const char *what, const char *key) {
    errf(L, map->pos, "%s: missing required key '%s'", what, key);
}

/* A string (any scalar).  Empty strings count as missing when required. */
static const char *want_str(Loader *L, YNode *map, Field *f, int n, const char *what,
                            const char *key, bool required) {
    YNode *v = field(f, n, key);
    if (!v) {
        if (required)
            missing(L, map, what, key);
        return NULL;
    }
    if (v->kind != Y_SCALAR) {
        errf(L, v->pos, "%s: '%s' must be a string, not %s", what, key, ykind_name(v->kind));
        return NULL;
    }
    if (required && v->len == 0) {
        errf(L, v->pos, "%s: '%s' must not be empty", what, key);
        return NULL;
    }
    return v->str;
}

static bool parse_int(const YNode *v, int *out) {
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

static bool want_int(Loader *L, YNode *map, Field *f, int n, const char *what,
                     const char *key, bool required, int *out) {
    YNode *v = field(f, n, key);
    if (!v) {
        if (required)
            missing(L, map, what, key);
        return false;
    }
    if (!parse_int(v, out)) {
        errf(L, v->pos, "%s: '%s' must be an integer", what, key);
        return false;
    }
    return true;
}

static bool parse_bool(const YNode *v, bool *out) {
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

static bool want_bool(Loader *L, YNode *map, Field *f, int n, const char *what,
                      const char *key, bool required, bool *out) {
    YNode *v = field(f, n, key);
    if (!v) {
        if (required)
            missing(L, map, what, key);
        return false;
    }
    if (!parse_bool(v, out)) {
        errf(L, v->pos, "%s: '%s' must be true or false (yes/no)", what, key);
        return false;
    }
    return true;
}

/* A list of strings; a single string is accepted as a list of one only
 * when one_ok. */
static const char **str_list(Loader *L, YNode *v, const char *what, const char *key,
                             int *count) {
    *count = 0;
    if (v->kind != Y_SEQ) {
        errf(L, v->pos, "%s: '%s' must be a list of strings, not %s", what, key,
             ykind_name(v->kind));
        return NULL;
    }
    const char **items = arena_alloc(L->a, sizeof(char *) * (size_t)(v->nkids + 1));
    for (int i = 0; i < v->nkids; i++) {
        YNode *k = v->kids[i];
        if (k->kind != Y_SCALAR) {
            errf(L, k->pos, "%s: each item of '%s' must be a string, not %s", what, key,
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
static int *int_list(Loader *L, YNode *v, const char *what, const char *key, int *count) {
    *count = 0;
    if (v->kind != Y_SEQ) {
        errf(L, v->pos, "%s: '%s' must be a list of integers, not %s", what, key,
             ykind_name(v->kind));
        return NULL;
    }
    int *items = arena_alloc(L->a, sizeof(int) * (size_t)(v->nkids + 1));
    int n = 0;
    for (int i = 0; i < v->nkids; i++) {
        int x;
        if (!parse_int(v->kids[i], &x)) {
            errf(L, v->kids[i]->pos, "%s: each item of '%s' must be an integer", what, key);
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

static int count_lines(const char *s, size_t len) {
    int n = 0;
    for (size_t i = 0; i < len; i++)
        if (s[i] == '\n')
            n++;
    if (len && s[len - 1] != '\n')
        n++;
    return n;
}

/* Line `line` (from 1) of s: start and length, or false. */
static bool line_span(const char *s, int line, const char **start, size_t *len) {
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

static bool is_ident_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || (unsigned char)c >= 0x80;
}

/* Does word occur on the line as a whole identifier? */
static bool line_has_word(const char *line, size_t len, const char *word, size_t wlen) {
    if (wlen == 0)
        return true;
    for (size_t i = 0; i + wlen <= len; i++) {
        if (memcmp(line + i, word, wlen) != 0)
            continue;
        bool before = i > 0 && is_ident_char(line[i - 1]);
        bool after = i + wlen < len && is_ident_char(line[i + wlen]);
        if (!before && !after)
            return true;
    }
    return false;
}

/* The first identifier of gc's printed expression ("&User{...}" -> "User",
 * "make([]int, n)" -> "make", "func literal" -> "func"). */
static const char *expr_word(const char *expr, size_t *wlen) {
    const char *p = expr;
    while (*p && !is_ident_char(*p))
        p++;
    const char *q = p;
    while (*q && is_ident_char(*q))
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
static bool line_calls_local_func(const char *code, const char *line, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if (!is_ident_char(line[i]) || (i > 0 && is_ident_char(line[i - 1])))
            continue;
        size_t j = i;
        while (j < len && is_ident_char(line[j]))
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

/* ---------------------------------------------------------- blocks */

static const char *parse_code_source(Loader *L, YNode *v, const char *what, size_t *len,
                                     int *nlines) {
    if (v->kind != Y_SCALAR) {
        errf(L, v->pos, "%s: code must be a string (use a '|' block), not %s", what,
             ykind_name(v->kind));
        return NULL;
    }
    if (v->len == 0) {
        errf(L, v->pos, "%s: code is empty", what);
        return NULL;
    }
    const char *s = v->str;
    size_t n = v->len;
    if (s[n - 1] != '\n') {
        char *t = arena_alloc(L->a, n + 2);
        memcpy(t, s, n);
        t[n++] = '\n';
        s = t;
    }
    if (strncmp(s, "package ", 8) != 0 && !strstr(s, "\npackage "))
        errf(L, v->pos, "%s: Go code must have a package clause", what);
    *len = n;
    *nlines = count_lines(s, n);
    return s;
}

static bool check_go_file(Loader *L, YNode *v, const char *what, const char *name) {
    size_t n = strlen(name);
    if (n < 4 || strcmp(name + n - 3, ".go") != 0 || strchr(name, '/')) {
        errf(L, v->pos, "%s: file must be a plain NAME.go, not '%.60s'", what, name);
        return false;
    }
    return true;
}

static int parse_modes(Loader *L, YNode *v, const char *what) {
    int count;
    const char **items = str_list(L, v, what, "modes", &count);
    int modes = 0;
    for (int i = 0; i < count; i++) {
        LessonMode m = lesson_mode_parse(items[i]);
        if (!m)
            errf(L, v->kids[i]->pos, "%s: unknown mode '%.40s' (m, ml, m2 or m2l)", what,
                 items[i]);
        modes |= m;
    }
    if (count == 0 && items)
        errf(L, v->pos, "%s: 'modes' must name at least one mode", what);
    return modes;
}

static const char *const code_keys[] = {"id", "file", "source", "modes", "test_file",
                                        "highlight", "note", "title", NULL};

static CodeExample *parse_code(Loader *L, YNode *map) {
    const char *what = "code";
    Field f[MAX_FIELDS];
    int n = get_fields(L, map, what, code_keys, f);
    CodeExample *ex = arena_alloc(L->a, sizeof *ex);
    ex->pos = map->pos;
    if (map->kind != Y_MAP)
        return NULL;
    ex->id = want_str(L, map, f, n, what, "id", true);
    ex->file = want_str(L, map, f, n, what, "file", true);
    if (ex->file)
        check_go_file(L, field(f, n, "file"), what, ex->file);
    YNode *src = field(f, n, "source");
    if (!src)
        missing(L, map, what, "source");
    else
        ex->source = parse_code_source(L, src, what, &ex->len, &ex->nlines);
    YNode *m = field(f, n, "modes");
    ex->modes = m ? parse_modes(L, m, what) : MODE_M;
    if (!ex->modes)
        ex->modes = MODE_M;
    want_bool(L, map, f, n, what, "test_file", false, &ex->test_file);
    if (ex->test_file && ex->file && !strstr(ex->file, "_test.go"))
        errf(L, field(f, n, "file")->pos, "%s: a test_file must be named *_test.go", what);
    YNode *h = field(f, n, "highlight");
    if (h) {
        ex->highlight = int_list(L, h, what, "highlight", &ex->nhighlight);
        for (int i = 0; i < ex->nhighlight; i++)
            if (ex->source && (ex->highlight[i] < 1 || ex->highlight[i] > ex->nlines))
                errf(L, h->pos, "%s: highlight line %d is outside the code (1-%d)", what,
                     ex->highlight[i], ex->nlines);
    }
    ex->note = want_str(L, map, f, n, what, "note", false);
    ex->title = want_str(L, map, f, n, what, "title", false);
    if (!ex->id || !ex->file || !ex->source)
        return NULL;
    ptrvec_push(L->a, &L->examples, ex);
    return ex;
}

static const char *const table_keys[] = {"header", "rows", NULL};

static Table *parse_table(Loader *L, YNode *map) {
    const char *what = "table";
    Field f[MAX_FIELDS];
    int n = get_fields(L, map, what, table_keys, f);
    if (map->kind != Y_MAP)
        return NULL;
    Table *t = arena_alloc(L->a, sizeof *t);
    YNode *h = field(f, n, "header");
    if (!h) {
        missing(L, map, what, "header");
        return NULL;
    }
    t->header = str_list(L, h, what, "header", &t->ncols);
    if (t->ncols == 0) {
        errf(L, h->pos, "table: 'header' needs at least one column");
        return NULL;
    }
    YNode *r = field(f, n, "rows");
    if (!r) {
        missing(L, map, what, "rows");
        return NULL;
    }
    if (r->kind != Y_SEQ) {
        errf(L, r->pos, "table: 'rows' must be a list of rows, not %s", ykind_name(r->kind));
        return NULL;
    }
    t->rows = arena_alloc(L->a, sizeof(char **) * (size_t)(r->nkids + 1));
    for (int i = 0; i < r->nkids; i++) {
        int nc;
        const char **cells = str_list(L, r->kids[i], what, "rows", &nc);
        if (!cells)
            continue;
        if (nc != t->ncols) {
            errf(L, r->kids[i]->pos, "table: row has %d cells, the header has %d", nc,
                 t->ncols);
            continue;
        }
        t->rows[t->nrows++] = cells;
    }
    return t;
}

static const char *const callout_keys[] = {"kind", "title", "text", "example", "mode",
                                           "lines", NULL};

static Callout *parse_callout(Loader *L, YNode *map) {
    const char *what = "callout";
    Field f[MAX_FIELDS];
    int n = get_fields(L, map, what, callout_keys, f);
    if (map->kind != Y_MAP)
        return NULL;
    Callout *c = arena_alloc(L->a, sizeof *c);
    const char *kind = want_str(L, map, f, n, what, "kind", true);
    if (kind) {
        static const char *const names[] = {"note", "warning", "tip", "compiler"};
        int k = -1;
        for (int i = 0; i < 4; i++)
            if (strcmp(kind, names[i]) == 0)
                k = i;
        if (k < 0)
            errf(L, field(f, n, "kind")->pos,
                 "callout: unknown kind '%.40s' (note, warning, tip or compiler)", kind);
        else
            c->kind = (CalloutKind)k;
    }
    c->title = want_str(L, map, f, n, what, "title", false);
    c->text = want_str(L, map, f, n, what, "text", c->kind != CALLOUT_COMPILER);
    YNode *ex = field(f, n, "example");
    if (c->kind == CALLOUT_COMPILER) {
        if (!ex)
            missing(L, map, "compiler callout", "example");
        else if (ex->kind != Y_SCALAR)
            errf(L, ex->pos, "callout: 'example' must be an example id");
        else {
            ptrvec_push(L->a, &L->callouts, c);
            ptrvec_push(L->a, &L->callout_refs, ex);
        }
        const char *mode = want_str(L, map, f, n, what, "mode", false);
        if (mode && !(c->mode = lesson_mode_parse(mode)))
            errf(L, field(f, n, "mode")->pos, "callout: unknown mode '%.40s'", mode);
        YNode *lines = field(f, n, "lines");
        if (lines)
            c->lines = int_list(L, lines, what, "lines", &c->nlines);
    } else if (ex || field(f, n, "mode") || field(f, n, "lines")) {
        errf(L, map->pos, "callout: 'example', 'mode' and 'lines' are for kind: compiler");
    }
    return c;
}

/* -- diagrams -- */

static const char *const box_keys[] = {"id", "title", "layout", "items", NULL};
static const char *const item_keys[] = {"text", "bullet", "box", NULL};

static DiagramBox *parse_box(Loader *L, YNode *map, PtrVec *ids);

static void parse_box_items(Loader *L, DiagramBox *b, YNode *items, PtrVec *ids) {
    if (items->kind != Y_SEQ) {
        errf(L, items->pos, "box: 'items' must be a list, not %s", ykind_name(items->kind));
        return;
    }
    b->items = arena_alloc(L->a, sizeof(DiagramItem) * (size_t)(items->nkids + 1));
    for (int i = 0; i < items->nkids; i++) {
        YNode *it = items->kids[i];
        DiagramItem *d = &b->items[b->nitems];
        if (it->kind == Y_SCALAR) {     /* a bare string is a text line */
            d->kind = DI_TEXT;
            d->text = it->str;
            b->nitems++;
            continue;
        }
        Field f[MAX_FIELDS];
        int n = get_fields(L, it, "diagram item", item_keys, f);
        if (n != 1) {
            if (it->kind == Y_MAP)
                errf(L, it->pos, "diagram item: exactly one of text, bullet, box");
            continue;
        }
        if (strcmp(f[0].key, "box") == 0) {
            d->kind = DI_BOX;
            d->box = parse_box(L, f[0].val, ids);
            if (!d->box)
                continue;
        } else {
            if (f[0].val->kind != Y_SCALAR) {
                errf(L, f[0].val->pos, "diagram item: '%s' must be a string", f[0].key);
                continue;
            }
            d->kind = strcmp(f[0].key, "text") == 0 ? DI_TEXT : DI_BULLET;
            d->text = f[0].val->str;
        }
        b->nitems++;
    }
}

static DiagramBox *parse_box(Loader *L, YNode *map, PtrVec *ids) {
    const char *what = "box";
    Field f[MAX_FIELDS];
    int n = get_fields(L, map, what, box_keys, f);
    if (map->kind != Y_MAP)
        return NULL;
    DiagramBox *b = arena_alloc(L->a, sizeof *b);
    b->pos = map->pos;
    b->id = want_str(L, map, f, n, what, "id", false);
    if (b->id) {
        for (int i = 0; i < ids->len; i++)
            if (strcmp(((DiagramBox *)ids->items[i])->id, b->id) == 0)
                errf(L, field(f, n, "id")->pos, "box: duplicate box id '%.60s'", b->id);
        ptrvec_push(L->a, ids, b);
    }
    b->title = want_str(L, map, f, n, what, "title", false);
    const char *layout = want_str(L, map, f, n, what, "layout", false);
    if (layout) {
        if (strcmp(layout, "row") == 0)
            b->layout = LAYOUT_ROW;
        else if (strcmp(layout, "column") != 0)
            errf(L, field(f, n, "layout")->pos, "box: layout must be row or column");
    }
    YNode *items = field(f, n, "items");
    if (items)
        parse_box_items(L, b, items, ids);
    if (!b->title && b->nitems == 0)
        errf(L, map->pos, "box: needs a title or items");
    return b;
}

static const char *const diagram_keys[] = {"title", "layout", "items", "arrows", NULL};
static const char *const arrow_keys[] = {"from", "to", "label", NULL};

static Diagram *parse_diagram(Loader *L, YNode *map) {
    const char *what = "diagram";
    Field f[MAX_FIELDS];
    int n = get_fields(L, map, what, diagram_keys, f);
    if (map->kind != Y_MAP)
        return NULL;
    Diagram *d = arena_alloc(L->a, sizeof *d);
    DiagramBox *root = arena_alloc(L->a, sizeof *root);
    root->pos = map->pos;
    d->root = root;
    PtrVec ids = {0};
    root->title = want_str(L, map, f, n, what, "title", false);
    const char *layout = want_str(L, map, f, n, what, "layout", false);
    if (layout) {
        if (strcmp(layout, "row") == 0)
            root->layout = LAYOUT_ROW;
        else if (strcmp(layout, "column") != 0)
            errf(L, field(f, n, "layout")->pos, "diagram: layout must be row or column");
    }
    YNode *items = field(f, n, "items");
    if (!items)
        missing(L, map, what, "items");
    else
        parse_box_items(L, root, items, &ids);
    YNode *arrows = field(f, n, "arrows");
    if (arrows && arrows->kind != Y_SEQ)
        errf(L, arrows->pos, "diagram: 'arrows' must be a list");
    else if (arrows) {
        d->arrows = arena_alloc(L->a, sizeof(DiagramArrow) * (size_t)(arrows->nkids + 1));
        for (int i = 0; i < arrows->nkids; i++) {
            YNode *am = arrows->kids[i];
            Field af[MAX_FIELDS];
            int an = get_fields(L, am, "arrow", arrow_keys, af);
            if (am->kind != Y_MAP)
                continue;
            DiagramArrow *ar = &d->arrows[d->narrows];
            ar->from = want_str(L, am, af, an, "arrow", "from", true);
            ar->to = want_str(L, am, af, an, "arrow", "to", true);
            ar->label = want_str(L, am, af, an, "arrow", "label", false);
            if (!ar->from || !ar->to)
                continue;
            const char *ends[2] = {ar->from, ar->to};
            const char *keys[2] = {"from", "to"};
            bool ok = true;
            for (int e = 0; e < 2; e++) {
                bool found = false;
                for (int j = 0; j < ids.len; j++)
                    if (strcmp(((DiagramBox *)ids.items[j])->id, ends[e]) == 0)
                        found = true;
                if (!found) {
                    errf(L, field(af, an, keys[e])->pos,
                         "arrow: no box with id '%.60s' in this diagram", ends[e]);
                    ok = false;
                }
            }
            if (ok)
                d->narrows++;
        }
    }
    return d;
}

/* -- questions -- */

static const char *const question_keys[] = {
    "id", "kind", "prompt", "explanation", "topic", "example", "file", "code", "mode",
    "test_file", "target", "line", "choices", "answer", "reason", "goal", "checks",
    "hints", "solutions", NULL};

static const char *const target_keys[] = {"line", "name", "expr", NULL};

static void parse_target(Loader *L, Question *q, YNode *map) {
    Field f[MAX_FIELDS];
    int n = get_fields(L, map, "target", target_keys, f);
    if (map->kind != Y_MAP)
        return;
    want_int(L, map, f, n, "target", "line", true, &q->target.line);
    q->target.name = want_str(L, map, f, n, "target", "name", false);
    q->target.expr = want_str(L, map, f, n, "target", "expr", false);
    if (!q->target.name == !q->target.expr)
        errf(L, map->pos, "target: give exactly one of 'name' (a variable) or 'expr' "
                          "(an expression as gc prints it)");
}

static const char *const check_names[] = {
    [FC_NO_ESCAPE] = "no_escape", [FC_ESCAPES] = "escapes",
    [FC_NO_HEAP_IN] = "no_heap_in", [FC_NO_HEAP] = "no_heap",
    [FC_INLINABLE] = "inlinable", [FC_NOT_INLINABLE] = "not_inlinable",
    [FC_KEEP] = "keep", NULL};

static void parse_checks(Loader *L, Question *q, YNode *v) {
    if (v->kind != Y_SEQ) {
        errf(L, v->pos, "question: 'checks' must be a list, not %s", ykind_name(v->kind));
        return;
    }
    q->checks = arena_alloc(L->a, sizeof(FixCheck) * (size_t)(v->nkids + 1));
    for (int i = 0; i < v->nkids; i++) {
        YNode *c = v->kids[i];
        Field f[MAX_FIELDS];
        int n = get_fields(L, c, "check", check_names, f);
        if (c->kind != Y_MAP)
            continue;
        if (n != 1) {
            if (n > 1)
                errf(L, c->pos, "check: one condition per list item");
            else if (c->nkids == 0)
                errf(L, c->pos, "check: empty");
            continue;
        }
        FixCheck *fc = &q->checks[q->nchecks];
        fc->pos = c->pos;
        for (int k = 0; check_names[k]; k++)
            if (strcmp(check_names[k], f[0].key) == 0)
                fc->kind = (FixCheckKind)k;
        YNode *val = f[0].val;
        if (fc->kind == FC_NO_HEAP) {
            bool b = false;
            if (!parse_bool(val, &b) || !b) {
                errf(L, val->pos, "check: no_heap takes true");
                continue;
            }
        } else if (val->kind != Y_SCALAR || val->len == 0) {
            errf(L, val->pos, "check: '%s' takes a name", f[0].key);
            continue;
        } else {
            fc->arg = val->str;
        }
        q->nchecks++;
    }
}

static bool parse_answer(Loader *L, Question *q, YNode *v) {
    switch (q->kind) {
    case Q_ESCAPES:
        if (!parse_bool(v, &q->answer_yes)) {
            errf(L, v->pos, "question: an 'escapes' answer is yes or no");
            return false;
        }
        return true;
    case Q_HEAP_LINES:
        q->answer_lines = int_list(L, v, "question", "answer", &q->nanswer_lines);
        return q->answer_lines != NULL;
    case Q_WHY:
    case Q_M_OUTPUT:
        if (!parse_int(v, &q->answer_choice)) {
            errf(L, v->pos, "question: answer must be the index (from 0) of a choice");
            return false;
        }
        return true;
    case Q_FIXIT:
        errf(L, v->pos, "question: a fixit has 'solutions', not an 'answer'");
        return false;
    }
    return false;
}

static void check_target_in_code(Loader *L, Question *q, YNode *tnode) {
    if (!q->code || q->target.line == 0)
        return;
    const char *ln;
    size_t len;
    if (q->target.line < 1 || !line_span(q->code, q->target.line, &ln, &len) ||
        q->target.line > q->code_nlines) {
        errf(L, tnode->pos, "target: line %d is outside the code (1-%d)", q->target.line,
             q->code_nlines);
        return;
    }
    const char *w = q->target.name;
    size_t wlen = w ? strlen(w) : 0;
    if (q->target.expr)
        w = expr_word(q->target.expr, &wlen);
    /* An inlined callee's variables and allocations are reported at the
     * call, so a line that calls a function of this code also qualifies. */
    if (w && !line_has_word(ln, len, w, wlen) && !line_calls_local_func(q->code, ln, len))
        errf(L, tnode->pos, "target: '%.60s' is not on line %d of the code: %.*s",
             q->target.name ? q->target.name : q->target.expr, q->target.line,
             (int)(len > 80 ? 80 : len), ln);
}

static Question *parse_question(Loader *L, YNode *map) {
    const char *what = "question";
    Field f[MAX_FIELDS];
    int n = get_fields(L, map, what, question_keys, f);
    if (map->kind != Y_MAP)
        return NULL;
    Question *q = arena_alloc(L->a, sizeof *q);
    q->pos = map->pos;
    q->lesson = L->lesson;
    q->answer_choice = -1;
    int before = L->nerrors;

    q->id = want_str(L, map, f, n, what, "id", true);
    const char *kind = want_str(L, map, f, n, what, "kind", true);
    int k = -1;
    if (kind) {
        for (int i = Q_ESCAPES; i <= Q_FIXIT; i++)
            if (strcmp(kind, question_kind_name((QuestionKind)i)) == 0)
                k = i;
        if (k < 0)
            errf(L, field(f, n, "kind")->pos,
                 "question: unknown kind '%.40s' (escapes, heap-lines, why, m-output, fixit)",
                 kind);
    }
    if (k < 0)
        return NULL;
    q->kind = (QuestionKind)k;
    q->prompt = want_str(L, map, f, n, what, "prompt", true);
    q->explanation = want_str(L, map, f, n, what, "explanation", true);
    q->topic = want_str(L, map, f, n, what, "topic", false);

    /* The code: an example of this lesson, or the question's own. */
    YNode *exref = field(f, n, "example");
    YNode *code = field(f, n, "code");
    if (exref && code)
        errf(L, exref->pos, "question: give 'example' or 'code', not both");
    else if (exref && q->kind == Q_FIXIT)
        errf(L, exref->pos, "question: a fixit has its own starting 'code'");
    else if (exref) {
        if (exref->kind != Y_SCALAR)
            errf(L, exref->pos, "question: 'example' must be an example id");
        else {
            for (int i = 0; i < L->examples.len; i++) {
                CodeExample *ex = L->examples.items[i];
                if (strcmp(ex->id, exref->str) == 0)
                    q->example = ex;
            }
            if (!q->example)
                errf(L, exref->pos,
                     "question: no example '%.60s' earlier in this lesson", exref->str);
            else {
                q->file = q->example->file;
                q->code = q->example->source;
                q->code_len = q->example->len;
                q->code_nlines = q->example->nlines;
                q->test_file = q->example->test_file;
                q->mode = lesson_mode_first(q->example->modes);
            }
        }
    } else if (code) {
        q->code = parse_code_source(L, code, what, &q->code_len, &q->code_nlines);
        q->file = want_str(L, map, f, n, what, "file", false);
        if (!q->file)
            q->file = q->kind == Q_FIXIT ? "fix.go" : "quiz.go";
        else
            check_go_file(L, field(f, n, "file"), what, q->file);
        q->mode = MODE_M;
        want_bool(L, map, f, n, what, "test_file", false, &q->test_file);
    } else {
        errf(L, map->pos, "question: missing 'example' or 'code'");
    }
    if (exref && field(f, n, "file"))
        errf(L, field(f, n, "file")->pos, "question: 'file' comes from the example");
    const char *mode = want_str(L, map, f, n, what, "mode", false);
    if (mode && !(q->mode = lesson_mode_parse(mode)))
        errf(L, field(f, n, "mode")->pos, "question: unknown mode '%.40s' (m, ml, m2, m2l)",
             mode);

    /* Kind-specific fields; anything given that the kind does not use is
     * a mistake worth reporting. */
    bool wants_target = q->kind == Q_ESCAPES || q->kind == Q_WHY;
    bool wants_choices = q->kind == Q_WHY || q->kind == Q_M_OUTPUT;
    bool is_fixit = q->kind == Q_FIXIT;
    struct { const char *key; bool used; } uses[] = {
        {"target", wants_target}, {"line", q->kind == Q_M_OUTPUT},
        {"choices", wants_choices}, {"reason", q->kind == Q_WHY},
        {"answer", !is_fixit}, {"goal", is_fixit}, {"checks", is_fixit},
        {"hints", is_fixit}, {"solutions", is_fixit},
    };
    for (size_t i = 0; i < sizeof uses / sizeof uses[0]; i++) {
        YNode *v = field(f, n, uses[i].key);
        if (v && !uses[i].used)
            errf(L, v->pos, "question: '%s' is not used by kind %s", uses[i].key,
                 question_kind_name(q->kind));
    }

    YNode *t = field(f, n, "target");
    if (wants_target) {
        if (!t)
            missing(L, map, what, "target");
        else {
            parse_target(L, q, t);
            check_target_in_code(L, q, t);
        }
    }
    if (q->kind == Q_M_OUTPUT && want_int(L, map, f, n, what, "line", true, &q->line) &&
        q->code && (q->line < 1 || q->line > q->code_nlines))
        errf(L, field(f, n, "line")->pos, "question: line %d is outside the code (1-%d)",
             q->line, q->code_nlines);
    if (wants_choices) {
        YNode *c = field(f, n, "choices");
        if (!c)
            missing(L, map, what, "choices");
        else {
            q->choices = str_list(L, c, what, "choices", &q->nchoices);
            if (q->choices && q->nchoices < 2)
                errf(L, c->pos, "question: needs at least two choices");
        }
    }
    if (q->kind == Q_WHY) {
        const char *r = want_str(L, map, f, n, what, "reason", true);
        if (r && !(q->reason = quiz_reason_parse(r)))
            errf(L, field(f, n, "reason")->pos,
                 "question: unknown reason '%.40s' (returned, too-large, non-constant-size, "
                 "closure, channel-send, assigned, call-argument, interface, other)",
                 r);
    }
    YNode *ans = field(f, n, "answer");
    if (ans && !is_fixit) {
        q->has_answer = parse_answer(L, q, ans);
        if (q->has_answer && wants_choices && q->choices &&
            (q->answer_choice < 0 || q->answer_choice >= q->nchoices)) {
            errf(L, ans->pos, "question: answer %d is not a choice (0-%d)", q->answer_choice,
                 q->nchoices - 1);
            q->has_answer = false;
        }
        if (q->has_answer && q->kind == Q_HEAP_LINES && q->code)
            for (int i = 0; i < q->nanswer_lines; i++)
                if (q->answer_lines[i] < 1 || q->answer_lines[i] > q->code_nlines)
                    errf(L, ans->pos, "question: answer line %d is outside the code (1-%d)",
                         q->answer_lines[i], q->code_nlines);
    } else if (!ans && wants_choices) {
        missing(L, map, what, "answer");
    }

    if (is_fixit) {
        q->goal = want_str(L, map, f, n, what, "goal", true);
        YNode *c = field(f, n, "checks");
        if (!c)
            missing(L, map, what, "checks");
        else {
            parse_checks(L, q, c);
            if (q->nchecks == 0 && c->kind == Y_SEQ)
                errf(L, c->pos, "question: a fixit needs at least one check");
        }
        for (int i = 0; i < q->nchecks && q->code; i++) {
            FixCheck *fc = &q->checks[i];
            bool is_func = fc->kind == FC_NO_HEAP_IN || fc->kind == FC_INLINABLE ||
                           fc->kind == FC_NOT_INLINABLE || fc->kind == FC_KEEP;
            if (is_func && !lesson_code_declares(q->code, fc->arg))
                errf(L, fc->pos, "check: function '%.60s' is not in the starting code",
                     fc->arg);
        }
        YNode *h = field(f, n, "hints");
        if (h)
            q->hints = str_list(L, h, what, "hints", &q->nhints);
        YNode *s = field(f, n, "solutions");
        if (!s)
            missing(L, map, what, "solutions");
        else if (s->kind != Y_SEQ)
            errf(L, s->pos, "question: 'solutions' must be a list of code blocks");
        else {
            q->solutions = arena_alloc(L->a, sizeof(char *) * (size_t)(s->nkids + 1));
            for (int i = 0; i < s->nkids; i++) {
                size_t len;
                int nl;
                const char *src = parse_code_source(L, s->kids[i], "solution", &len, &nl);
                if (src)
                    q->solutions[q->nsolutions++] = src;
            }
            if (q->nsolutions == 0)
                errf(L, s->pos, "question: a fixit needs at least one written solution");
        }
    }
    if (!q->id || L->nerrors > before)
        return NULL;
    ptrvec_push(L->a, &L->questions, q);
    return q;
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
    int n = get_fields(L, map, "verbatim", verbatim_keys, f);
    if (map->kind != Y_MAP)
        return;
    b->title = want_str(L, map, f, n, "verbatim", "title", false);
    b->text = want_str(L, map, f, n, "verbatim", "text", true);
    if (b->text && looks_like_gc_output(b->text))
        errf(L, field(f, n, "text")->pos,
             "verbatim: looks like pasted compiler output; use a compiler callout, "
             "which computes it from an example");
}

static void parse_block(Loader *L, YNode *node, Block *b) {
    Field f[MAX_FIELDS];
    int n = get_fields(L, node, "block", block_names, f);
    if (node->kind != Y_MAP)
        return;
    if (n != 1) {
        if (n > 1)
            errf(L, node->pos, "block: one kind per list item (found '%s' and '%s')",
                 f[0].key, f[1].key);
        else if (node->nkids == 0)
            errf(L, node->pos, "block: empty");
        return;
    }
    const char *k = f[0].key;
    YNode *v = f[0].val;
    b->pos = node->pos;
    if (!strcmp(k, "heading") || !strcmp(k, "subheading") || !strcmp(k, "paragraph")) {
        if (v->kind != Y_SCALAR || v->len == 0) {
            errf(L, v->pos, "%s: must be a non-empty string", k);
            return;
        }
        b->kind = k[0] == 'p' ? B_PARAGRAPH : B_HEADING;
        b->level = k[0] == 's' ? 3 : 2;
        b->text = v->str;
    } else if (!strcmp(k, "bullets") || !strcmp(k, "numbered")) {
        b->kind = k[0] == 'b' ? B_BULLETS : B_NUMBERED;
        b->items = str_list(L, v, k, "items", &b->nitems);
        if (b->items && b->nitems == 0)
            errf(L, v->pos, "%s: empty list", k);
    } else if (!strcmp(k, "table")) {
        b->kind = B_TABLE;
        b->table = parse_table(L, v);
    } else if (!strcmp(k, "callout")) {
        b->kind = B_CALLOUT;
        b->callout = parse_callout(L, v);
    } else if (!strcmp(k, "diagram")) {
        b->kind = B_DIAGRAM;
        b->diagram = parse_diagram(L, v);
    } else if (!strcmp(k, "verbatim")) {
        b->kind = B_VERBATIM;
        parse_verbatim(L, v, b);
    } else if (!strcmp(k, "code")) {
        b->kind = B_CODE;
        b->example = parse_code(L, v);
    } else {
        b->kind = B_QUESTION;
        b->question = parse_question(L, v);
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
            errf(L, ref->pos, "callout: no example '%.60s' in this lesson", ref->str);
            continue;
        }
        if (!c->mode)
            c->mode = lesson_mode_first(c->example->modes);
        for (int j = 0; j < c->nlines; j++)
            if (c->lines[j] < 1 || c->lines[j] > c->example->nlines)
                errf(L, ref->pos, "callout: line %d is outside example '%s' (1-%d)",
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
            errf(L, (Pos){1, 1}, "lesson id '%s' is also used by %s", les->id, other->path);
    }
    for (int i = 0; i < L->examples.len; i++) {
        CodeExample *ex = L->examples.items[i];
        for (int j = 0; j < i; j++)
            if (!strcmp(((CodeExample *)L->examples.items[j])->id, ex->id))
                errf(L, ex->pos, "duplicate example id '%s'", ex->id);
        CodeExample *o = lessonset_find_example(set, ex->id);
        if (o)
            errf(L, ex->pos, "example id '%s' is also used in another lesson", ex->id);
    }
    for (int i = 0; i < L->questions.len; i++) {
        Question *q = L->questions.items[i];
        for (int j = 0; j < i; j++)
            if (!strcmp(((Question *)L->questions.items[j])->id, q->id))
                errf(L, q->pos, "duplicate question id '%s'", q->id);
        Question *o = lessonset_find_question(set, q->id);
        if (o)
            errf(L, q->pos, "question id '%s' is also used in %s", q->id,
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
            errf(L, n->pos, "unmatched ` in inline text");
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

static const char *const lesson_keys[] = {"id", "title", "summary", "order", "blocks", NULL};

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
        errf(&L, (Pos){1, 1}, "file too large (%zu bytes; at most %d)", len,
             LESSON_MAX_FILE_SIZE);
        set->nbad++;
        return NULL;
    }
    if (has_nul(text, len)) {
        errf(&L, (Pos){1, 1}, "file contains a NUL byte: not a text file");
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
            errf(&L, (Pos){1, 1}, "empty lesson file");
        set->nbad++;
        return NULL;
    }
    check_backticks(&L, root, false);
    Lesson *les = arena_alloc(L.a, sizeof *les);
    les->path = L.file;
    L.lesson = les;
    Field f[MAX_FIELDS];
    int n = get_fields(&L, root, "lesson", lesson_keys, f);
    if (root->kind == Y_MAP) {
        les->id = want_str(&L, root, f, n, "lesson", "id", true);
        les->title = want_str(&L, root, f, n, "lesson", "title", true);
        les->summary = want_str(&L, root, f, n, "lesson", "summary", false);
        want_int(&L, root, f, n, "lesson", "order", true, &les->order);
        YNode *blocks = field(f, n, "blocks");
        if (!blocks)
            missing(&L, root, "lesson", "blocks");
        else if (blocks->kind != Y_SEQ)
            errf(&L, blocks->pos, "lesson: 'blocks' must be a list, not %s",
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
                errf(&L, blocks->pos, "lesson: no blocks");
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

Lesson *lessonset_load_file(LessonSet *set, const char *path) {
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        diag_addf(&set->diags, arena_strdup(&set->arena, path), (Pos){0, 0}, DIAG_ERROR,
                  DK_ERROR, "cannot open: %s", strerror(errno));
        set->nfiles++;
        set->nbad++;
        return NULL;
    }
    /* Read at most one byte more than the limit: enough to know it is over. */
    size_t cap = LESSON_MAX_FILE_SIZE + 1;
    char *buf = malloc(cap);
    if (!buf) {
        fclose(fp);
        return NULL;
    }
    size_t len = fread(buf, 1, cap, fp);
    bool err = ferror(fp);
    fclose(fp);
    Lesson *les = NULL;
    if (err) {
        diag_addf(&set->diags, arena_strdup(&set->arena, path), (Pos){0, 0}, DIAG_ERROR,
                  DK_ERROR, "read error");
        set->nfiles++;
        set->nbad++;
    } else {
        les = lessonset_load_string(set, path, buf, len);
    }
    free(buf);
    return les;
}

static int cmp_str(const void *x, const void *y) {
    return strcmp(*(char *const *)x, *(char *const *)y);
}

int lessonset_load_dir(LessonSet *set, const char *dir) {
    DIR *d = opendir(dir);
    if (!d) {
        diag_addf(&set->diags, arena_strdup(&set->arena, dir), (Pos){0, 0}, DIAG_ERROR,
                  DK_ERROR, "cannot open lesson directory: %s", strerror(errno));
        return 0;
    }
    PtrVec names = {0};
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (e->d_name[0] == '.' || n < 6 || strcmp(e->d_name + n - 5, ".yaml") != 0)
            continue;
        ptrvec_push(&set->arena, &names,
                    arena_printf(&set->arena, "%s/%s", dir, e->d_name));
    }
    closedir(d);
    qsort(names.items, (size_t)names.len, sizeof(char *), cmp_str);
    int loaded = 0;
    for (int i = 0; i < names.len; i++)
        if (lessonset_load_file(set, names.items[i]))
            loaded++;
    return loaded;
}

LessonSet *lessonset_new(void) {
    LessonSet *set = calloc(1, sizeof *set);
    if (!set)
        return NULL;
    arena_init(&set->arena);
    diag_init(&set->diags, &set->arena);
    return set;
}

void lessonset_free(LessonSet *set) {
    if (!set)
        return;
    diag_free(&set->diags);
    arena_free(&set->arena);
    free(set);
}

Lesson *lessonset_find(const LessonSet *set, const char *id) {
    for (int i = 0; i < set->nlessons; i++)
        if (set->lessons[i]->id && strcmp(set->lessons[i]->id, id) == 0)
            return set->lessons[i];
    return NULL;
}

Question *lessonset_find_question(const LessonSet *set, const char *id) {
    for (int i = 0; i < set->nlessons; i++)
        for (int j = 0; j < set->lessons[i]->nquestions; j++)
            if (strcmp(set->lessons[i]->questions[j]->id, id) == 0)
                return set->lessons[i]->questions[j];
    return NULL;
}

CodeExample *lessonset_find_example(const LessonSet *set, const char *id) {
    for (int i = 0; i < set->nlessons; i++)
        for (int j = 0; j < set->lessons[i]->nexamples; j++)
            if (strcmp(set->lessons[i]->examples[j]->id, id) == 0)
                return set->lessons[i]->examples[j];
    return NULL;
}

int lessonset_count_questions(const LessonSet *set) {
    int n = 0;
    for (int i = 0; i < set->nlessons; i++)
        n += set->lessons[i]->nquestions;
    return n;
}
