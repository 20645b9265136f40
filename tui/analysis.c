/* analysis.c - running the analyzer for the app; gutter marks. */
#include "analysis.h"

#include <stdio.h>
#include <stdlib.h>

/* The app analyses every example of a page and the fix-it editor's text on
 * each edit, all in one process: one StdCache (analyze.h) keeps the std
 * packages they import loaded between analyses.  It lives until exit, after
 * every Analysis that points into it. */
static StdCache *std_cache;

static void free_std_cache(void) {
    std_cache_free(std_cache);
    std_cache = NULL;
}

StdCache *tui_std_cache(void) {
    if (!std_cache && (std_cache = std_cache_new()) != NULL)
        atexit(free_std_cache);
    return std_cache;
}

Analysis *tui_analyze(const char *name, const char *src, size_t len, int m,
                      bool noinline) {
    AnalyzeOpts o = {0};
    o.m = m;
    o.noinline = noinline;
    o.display_name = name;
    o.cache = tui_std_cache();
    return analyze_source(name, src, len, &o);
}

void tui_analysis_free(Analysis *a) {
    if (a)
        analysis_free(a);
}

LineMark mark_of_diag(const Diag *d) {
    if (d->sev == DIAG_ERROR)
        return MARK_ERROR;
    switch (d->kind) {
    case DK_MOVED_TO_HEAP:
    case DK_ESCAPES:
        return MARK_HEAP;
    case DK_LEAK_PARAM:
    case DK_LEAK_CONTENT:
        return MARK_LEAK;
    case DK_INLINE_CALL:
    case DK_CAN_INLINE:
    case DK_DEVIRTUALIZE:
        return MARK_INLINE;
    case DK_NO_ESCAPE:
        return MARK_OK;
    default:
        return MARK_NONE;
    }
}

bool diag_in_source(const Diag *d) { return !pos_is_autogen(d->pos); }

void diag_where(const Diag *d, bool with_file, char *buf, size_t n) {
    if (!diag_in_source(d))
        snprintf(buf, n, "%s:%d: ", DIAG_AUTOGEN_FILE, d->pos.line);
    else if (with_file)
        snprintf(buf, n, "%s:%d:%d: ", d->file ? d->file : "", d->pos.line, d->pos.col);
    else
        snprintf(buf, n, "%d:%d: ", d->pos.line, d->pos.col);
}

void analysis_marks(const Analysis *a, LineMark *marks, int nlines) {
    for (int i = 0; i < nlines; i++)
        marks[i] = MARK_NONE;
    if (!a)
        return;
    for (int i = 0; i < a->diags.len; i++) {
        const Diag *d = &a->diags.items[i];
        int ln = d->pos.line;
        if (ln < 1 || ln > nlines || !diag_in_source(d))
            continue;
        LineMark m = mark_of_diag(d);
        if (m > marks[ln - 1])
            marks[ln - 1] = m;
    }
}

const Diag *analysis_line_diag(const Analysis *a, int line) {
    const Diag *best = NULL;
    if (!a)
        return NULL;
    for (int i = 0; i < a->diags.len; i++) {
        const Diag *d = &a->diags.items[i];
        if (d->pos.line != line || d->kind == DK_FLOW || d->kind == DK_CAPTURE ||
            !diag_in_source(d))
            continue;
        if (!best || mark_of_diag(d) > mark_of_diag(best))
            best = d;
    }
    return best;
}

int analysis_line_others(const Analysis *a, int line, const Diag **out, int max) {
    const Diag *best = analysis_line_diag(a, line);
    int n = 0;
    for (int i = 0; best && i < a->diags.len; i++) {
        const Diag *d = &a->diags.items[i];
        if (d == best || d->pos.line != line || d->kind == DK_FLOW ||
            d->kind == DK_CAPTURE || !diag_in_source(d))
            continue;
        if (n < max)
            out[n] = d;
        n++;
    }
    return n;
}

wchar_t mark_glyph(LineMark m) {
    switch (m) {
    case MARK_HEAP: return L'●';
    case MARK_LEAK: return L'◆';
    case MARK_INLINE: return L'→';
    case MARK_OK: return L'·';
    case MARK_ERROR: return L'✗';
    default: return L' ';
    }
}

Sty mark_style(LineMark m) {
    switch (m) {
    case MARK_HEAP: return S_MARK_HEAP;
    case MARK_LEAK: return S_WARN;
    case MARK_INLINE: return S_MARK_INLINE;
    case MARK_OK: return S_MARK_OK;
    case MARK_ERROR: return S_ERROR;
    default: return S_NORMAL;
    }
}
