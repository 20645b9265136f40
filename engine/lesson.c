/* lesson.c - lessons: modes, inline markup, and the set of loaded lessons
 * (files and directories in, lookups out).  The loader proper, which
 * checks the schema, is lesson_load.c with lesson_blocks.c and
 * lesson_question.c.
 */
#include "lesson.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

