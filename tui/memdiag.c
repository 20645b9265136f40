/* memdiag.c - stack frames, the heap and pointers, drawn on a Canvas. */
#include "memdiag.h"

#include "escape.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The engine's escape picture; NULL when the analysis failed (the view
 * then falls back to what the -m lines say). */
const EscResult *memdiag_of_analysis(const Analysis *a) {
    if (!a || a->failed)
        return NULL;
    return analysis_escape(a);
}

/* ------------------------------------------------- picture from -m lines */

typedef struct FuncSpan {
    char name[128];
    int first, last;       /* lines, from 1 */
    char params[512];      /* the header's parameter text */
} FuncSpan;

/* Functions by their gofmt'd headers: "func NAME(" or "func (r T) NAME(",
 * to the next line that starts with '}'. */
static int find_funcs(const char *src, size_t len, FuncSpan *out, int max) {
    int n = 0, ln = 1;
    size_t i = 0;
    while (i < len && n < max) {
        size_t j = i;
        while (j < len && src[j] != '\n')
            j++;
        if (j - i > 5 && strncmp(src + i, "func ", 5) == 0) {
            const char *p = src + i + 5, *end = src + j;
            if (*p == '(') {                   /* method: skip the receiver */
                while (p < end && *p != ')')
                    p++;
                if (p < end)
                    p++;
                while (p < end && *p == ' ')
                    p++;
            }
            const char *nm = p;
            while (p < end && (isalnum((unsigned char)*p) || *p == '_'))
                p++;
            FuncSpan *f = &out[n];
            snprintf(f->name, sizeof f->name, "%.*s", (int)(p - nm), nm);
            const char *close = p;
            while (close < end && *close != ')')
                close++;
            snprintf(f->params, sizeof f->params, "%.*s", (int)(close - p), p);
            f->first = f->last = ln;
            if (end > src + i && end[-1] != '}') {   /* not a one-liner */
                size_t k = j + 1;
                int l2 = ln + 1;
                while (k < len) {
                    size_t e = k;
                    while (e < len && src[e] != '\n')
                        e++;
                    if (src[k] == '}') {
                        f->last = l2;
                        break;
                    }
                    k = e + 1;
                    l2++;
                }
            }
            if (f->name[0])
                n++;
        }
        i = j + 1;
        ln++;
    }
    return n;
}

static bool word_in(const char *hay, const char *w) {
    size_t n = strlen(w);
    for (const char *p = hay; (p = strstr(p, w)); p++) {
        bool start = p == hay || !(isalnum((unsigned char)p[-1]) || p[-1] == '_');
        bool end = !(isalnum((unsigned char)p[n]) || p[n] == '_');
        if (start && end)
            return true;
    }
    return false;
}

typedef struct VarVec {
    EscVar items[64];
    int n;
} VarVec;

static EscVar *add_var(VarVec *v, Arena *a, EscVarKind k, const char *name,
                       size_t nlen, Pos pos) {
    for (int i = 0; i < v->n; i++)
        if (strlen(v->items[i].name) == nlen && strncmp(v->items[i].name, name, nlen) == 0)
            return &v->items[i];
    if (v->n == 64)
        return NULL;
    EscVar *e = &v->items[v->n++];
    memset(e, 0, sizeof *e);
    e->kind = k;
    e->name = arena_strndup(a, name, nlen);
    e->pos = pos;
    return e;
}

/* Locals declared in a line: "a, b := ..." and "var a T". */
static void scan_locals(VarVec *v, Arena *a, const char *line, size_t len, int ln) {
    const char *p = line, *end = line + len;
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    if (end - p > 4 && strncmp(p, "var ", 4) == 0) {
        const char *n = p + 4, *e = n;
        while (e < end && (isalnum((unsigned char)*e) || *e == '_'))
            e++;
        if (e > n)
            add_var(v, a, EV_LOCAL, n, e - n, (Pos){ln, (int)(n - line) + 1});
        return;
    }
    const char *def = NULL;
    for (const char *q = p; q + 1 < end; q++)
        if (q[0] == ':' && q[1] == '=') {
            def = q;
            break;
        }
    if (!def)
        return;
    const char *q = p;
    if (end - q > 4 && (strncmp(q, "for ", 4) == 0 || strncmp(q, "if ", 3) == 0))
        q += strncmp(q, "for ", 4) == 0 ? 4 : 3;
    while (q < def) {
        while (q < def && (*q == ' ' || *q == ','))
            q++;
        const char *s = q;
        while (q < def && (isalnum((unsigned char)*q) || *q == '_'))
            q++;
        if (q > s && !(q - s == 1 && *s == '_'))
            add_var(v, a, EV_LOCAL, s, q - s, (Pos){ln, (int)(s - line) + 1});
        if (q == s)
            q++;
    }
}

EscResult *memdiag_from_diags(Arena *arena, const Analysis *an, const char *src,
                              size_t len) {
    FuncSpan spans[64];
    int nf = find_funcs(src, len, spans, 64);
    EscResult *r = arena_alloc(arena, sizeof *r);
    memset(r, 0, sizeof *r);
    r->funcs = arena_alloc(arena, (nf ? nf : 1) * sizeof *r->funcs);
    for (int f = 0; f < nf; f++) {
        VarVec vv;
        vv.n = 0;
        /* locals from the body */
        size_t i = 0;
        int ln = 1;
        while (i < len) {
            size_t j = i;
            while (j < len && src[j] != '\n')
                j++;
            if (ln > spans[f].first && ln < spans[f].last)
                scan_locals(&vv, arena, src + i, j - i, ln);
            i = j + 1;
            ln++;
        }
        /* decisions from the -m lines in its span */
        for (int k = 0; an && k < an->diags.len; k++) {
            const Diag *d = &an->diags.items[k];
            if (d->pos.line < spans[f].first || d->pos.line > spans[f].last ||
                d->sev != DIAG_NOTE)
                continue;
            const char *m = d->msg;
            EscVar *e = NULL;
            if (d->kind == DK_MOVED_TO_HEAP && strncmp(m, "moved to heap: ", 15) == 0) {
                e = add_var(&vv, arena, EV_LOCAL, m + 15, strlen(m + 15), d->pos);
                if (e)
                    e->heap = true;
            } else if (d->kind == DK_ESCAPES || d->kind == DK_NO_ESCAPE) {
                const char *suf = d->kind == DK_ESCAPES ? " escapes to heap" : " does not escape";
                const char *at = strstr(m, suf);
                if (!at)
                    continue;
                char name[256];
                snprintf(name, sizeof name, "%.*s", (int)(at - m), m);
                bool param = word_in(spans[f].params, name) && !strchr(name, '(') &&
                             !strchr(name, '{') && !strchr(name, ' ');
                if (param && d->kind == DK_NO_ESCAPE)
                    e = add_var(&vv, arena, EV_PARAM, name, strlen(name), d->pos);
                else if (!param)
                    e = add_var(&vv, arena, EV_ALLOC, name, strlen(name), d->pos);
                if (e && d->kind == DK_ESCAPES)
                    e->heap = true;
            } else if (d->kind == DK_LEAK_PARAM || d->kind == DK_LEAK_CONTENT) {
                const char *p = strchr(m, ':');
                if (!p)
                    continue;
                p += 2;
                const char *q = p;
                while (*q && *q != ' ')
                    q++;
                e = add_var(&vv, arena, EV_PARAM, p, q - p, d->pos);
                if (e)
                    e->leaks = true;
            }
            if (e && d->reason && !e->reason)
                e->reason = arena_strdup(arena, d->reason);
        }
        EscFuncInfo *fi = &r->funcs[r->nfuncs++];
        fi->name = arena_strdup(arena, spans[f].name);
        fi->pos = (Pos){spans[f].first, 1};
        fi->nvars = vv.n;
        fi->vars = arena_alloc(arena, (vv.n ? vv.n : 1) * sizeof *fi->vars);
        memcpy(fi->vars, vv.items, vv.n * sizeof *fi->vars);
    }
    return r;
}

/* ------------------------------------------------------------- drawing */

typedef struct Row {
    int func, var;         /* what the row shows */
    int y;                 /* canvas row */
} Row;

static const char *kind_word(const EscVar *v) {
    if (v->name[0] == '~' && v->name[1] == 'R')   /* gc's inlined-call result */
        return "inlined call's result";
    switch (v->kind) {
    case EV_PARAM: return "param";
    case EV_RESULT: return "result";
    case EV_ALLOC: return "value";
    default: return "local";
    }
}

static void var_text(char *buf, size_t n, const EscVar *v, bool in_heap) {
    if (in_heap)
        snprintf(buf, n, "%s", v->name);
    else if (v->heap)
        snprintf(buf, n, "%s  (%s, on the heap)", v->name, kind_word(v));
    else if (v->leaks)
        snprintf(buf, n, "%s  (%s, leaks)", v->name, kind_word(v));
    else
        snprintf(buf, n, "%s  (%s)", v->name, kind_word(v));
}

/* Split text into lines of at most w cells, at spaces where it can (a
 * word longer than a line is cut); continuation lines are indented by
 * two.  Returns the number of lines (at most max), each a byte span. */
typedef struct Span {
    const char *s;
    int n;
} Span;

static int wrap_spans(const char *text, int w, Span *out, int max) {
    int nl = 0;
    const char *p = text;
    while (*p && nl < max) {
        int room = nl ? w - 2 : w;
        if (room < 4)
            room = 4;
        /* the longest prefix of p that fits in room cells */
        const char *q = p, *brk = NULL;
        int used = 0;
        while (*q) {
            int len = 1;
            while ((q[len] & 0xC0) == 0x80)
                len++;
            char one[8];
            snprintf(one, sizeof one, "%.*s", len, q);
            int cw = utf8_width(one);
            if (used + cw > room)
                break;
            if (*q == ' ')
                brk = q;
            used += cw;
            q += len;
        }
        const char *end = !*q ? q : brk && brk > p ? brk : q;
        out[nl].s = p;
        out[nl].n = (int)(end - p);
        nl++;
        p = end;
        while (*p == ' ')
            p++;
    }
    return nl ? nl : 1;
}

#define MAXWRAP 6

/* Draw wrapped text at (x, y); returns the rows used. */
static int text_wrapped(Canvas *cv, int x, int y, const char *text, Sty s, int w) {
    Span sp[MAXWRAP];
    int n = wrap_spans(text, w, sp, MAXWRAP);
    char buf[512];
    for (int i = 0; i < n && *text; i++) {
        snprintf(buf, sizeof buf, "%.*s", sp[i].n, sp[i].s);
        canvas_text(cv, x + (i ? 2 : 0), y + i, buf, s, i ? w - 2 : w);
    }
    return n;
}

static int rows_wrapped(const char *text, int w) {
    Span sp[MAXWRAP];
    return wrap_spans(text, w, sp, MAXWRAP);
}

/* A heap entry: its name, whose frame it came from (two allocations can
 * read the same, e.g. a function's and its inlined copy in main, and
 * with the frames stacked there are no arrows to tell), then why it is
 * there. */
static void heap_text(char *buf, size_t n, const EscVar *e, const char *fn) {
    if (e->reason)
        snprintf(buf, n, "%s  (from %s)  %s", e->name, fn, e->reason);
    else
        snprintf(buf, n, "%s  (from %s)", e->name, fn);
}

/* gc compiles a closure's body once per copy: its own and one per
 * inlined call of the function around it.  Copies that keep the
 * literal's position (the engine's inline-body clone) are the same code
 * to the learner: draw the first frame for a position only, with the
 * variables of whichever copy has them. */
static bool same_frame_earlier(const EscResult *r, int f) {
    for (int g = 0; g < f; g++)
        if (r->funcs[g].pos.line == r->funcs[f].pos.line &&
            r->funcs[g].pos.col == r->funcs[f].pos.col)
            return true;
    return false;
}

static const EscFuncInfo *frame_vars(const EscResult *r, int f) {
    const EscFuncInfo *best = &r->funcs[f];
    for (int g = f + 1; g < r->nfuncs; g++)
        if (r->funcs[g].pos.line == best->pos.line && r->funcs[g].pos.col == best->pos.col &&
            r->funcs[g].nvars > best->nvars)
            best = &r->funcs[g];
    return best;
}

/* Can the arrow from var v of frame f be drawn: a pointer to a heap value
 * of the same function, in a frame that is drawn with its own variables. */
static bool arrow_drawn(const EscResult *r, int f, int v, int t) {
    return !same_frame_earlier(r, f) && frame_vars(r, f) == &r->funcs[f] && v < 64 &&
           t >= 0 && t < r->funcs[f].nvars && t < 64 && r->funcs[f].vars[t].heap;
}

static int count_arrows(const EscResult *r) {
    int n = 0;
    for (int f = 0; f < r->nfuncs; f++)
        for (int v = 0; v < r->funcs[f].nvars; v++)
            for (int k = 0; k < r->funcs[f].vars[v].npoints_to; k++)
                n += arrow_drawn(r, f, v, r->funcs[f].vars[v].points_to[k]);
    return n;
}

/* A pointer in one frame to a heap value another function made: the
 * escape graph is per function, so "p := newCounter()" in main does not
 * link p to newCounter's c.  The source does: a local assigned straight
 * from a call of a function of the file whose result points to (or is) a
 * value it moved to the heap holds that value. */
typedef struct CrossArrow {
    int f, v;      /* the pointer: frame f, variable v */
    int g, t;      /* what it holds: function g's heap variable t */
} CrossArrow;

enum { MAX_CROSS = 32 };

/* The heap value function g returns, or -1. */
static int returned_heap_var(const EscFuncInfo *g) {
    for (int v = 0; v < g->nvars; v++) {
        const EscVar *e = &g->vars[v];
        if (e->kind != EV_RESULT)
            continue;
        for (int k = 0; k < e->npoints_to; k++) {
            int t = e->points_to[k];
            if (t >= 0 && t < g->nvars && g->vars[t].heap)
                return t;
        }
    }
    return -1;
}

/* Does line s (n bytes) assign "NAME := CALLEE(", "NAME = CALLEE(" or
 * "var NAME = CALLEE(" (NAME alone on the left)? */
static bool assigns_call(const char *s, size_t n, const char *name, const char *callee) {
    const char *end = s + n;
    while (s < end && (*s == ' ' || *s == '\t'))
        s++;
    if ((size_t)(end - s) > 4 && strncmp(s, "var ", 4) == 0)
        s += 4;
    size_t nl = strlen(name), cl = strlen(callee);
    if ((size_t)(end - s) <= nl || strncmp(s, name, nl) != 0)
        return false;
    s += nl;
    while (s < end && *s == ' ')
        s++;
    if (s < end && *s == ':')
        s++;
    if (s >= end || *s != '=')
        return false;
    s++;
    while (s < end && *s == ' ')
        s++;
    return (size_t)(end - s) > cl && strncmp(s, callee, cl) == 0 && s[cl] == '(';
}

/* Is the call of callee on line ln inlined?  Then the pointer holds the
 * caller's own copy of the value, which the caller's frame shows. */
static bool inlined_at(const Analysis *an, int ln, const char *callee) {
    for (int i = 0; an && i < an->diags.len; i++) {
        const Diag *d = &an->diags.items[i];
        if (d->kind == DK_INLINE_CALL && d->pos.line == ln &&
            strcmp(d->msg + strlen("inlining call to "), callee) == 0)
            return true;
    }
    return false;
}

static int find_cross(const EscResult *r, const Analysis *an, const char *src, size_t len,
                      CrossArrow *out) {
    if (!src || !an)
        return 0;
    FuncSpan spans[64];
    int nspans = find_funcs(src, len, spans, 64);
    int n = 0;
    for (int f = 0; f < r->nfuncs && f < 64; f++) {
        const EscFuncInfo *fi = &r->funcs[f];
        int span = -1;
        for (int i = 0; i < nspans && span < 0; i++)
            if (spans[i].first == fi->pos.line)
                span = i;
        if (span < 0)
            continue;
        for (int v = 0; v < fi->nvars && v < 64; v++) {
            const EscVar *e = &fi->vars[v];
            if (e->kind != EV_LOCAL || e->heap || e->npoints_to > 0)
                continue;
            for (int g = 0; g < r->nfuncs && g < 64; g++) {
                const char *gn = r->funcs[g].name;
                int t = g == f || strchr(gn, '.') ? -1 : returned_heap_var(&r->funcs[g]);
                if (t < 0 || t >= 64)
                    continue;
                /* the lines of f's body */
                size_t i = 0;
                int ln = 1;
                bool hit = false;
                while (i < len && !hit) {
                    size_t j = i;
                    while (j < len && src[j] != '\n')
                        j++;
                    if (ln > spans[span].first && ln <= spans[span].last)
                        hit = assigns_call(src + i, j - i, e->name, gn) &&
                              !inlined_at(an, ln, gn);
                    i = j + 1;
                    ln++;
                }
                if (hit && n < MAX_CROSS)
                    out[n++] = (CrossArrow){f, v, g, t};
                if (hit)
                    break;
            }
        }
    }
    return n;
}

/* Where the heap goes.  Wide (100+ columns): beside the frames with roomy
 * arrow lanes.  Down to ~60 columns (80 is the standard terminal): still
 * beside, with lanes one column apart and narrower boxes.  Narrower: below
 * the frames, the arrows running down a strip of lanes to their right.
 * Only when even that leaves no room for the variables are pointers left
 * to the list in words. */
typedef enum { MEM_SIDE, MEM_BELOW, MEM_WORDS } MemLayout;

#define MAXLANES 8

/* A pointer's arrow from the frame box's right edge (row y0) down lane gx to
 * the heap box's row y1: on into its left edge at hx when the heap stands
 * beside the frames (hx >= 0), else back left into its right edge at hw. */
static void draw_arrow(Canvas *cv, int y0, int y1, int gx, int fw, int hx, int hw) {
    canvas_hline(cv, fw - 1, gx, y0, S_BOX);
    canvas_vline(cv, gx, y0, y1, S_BOX);
    if (hx >= 0) {
        canvas_hline(cv, gx, hx, y1, S_BOX);
        canvas_put(cv, hx - 1, y1, L'▶', S_BOX);
    } else {
        canvas_hline(cv, hw - 1, gx, y1, S_BOX);
        canvas_put(cv, hw, y1, L'◀', S_BOX);
    }
}

/* The narrowest box text that still reads ("name  (param, leaks)" on a
 * line; a heap entry with a few words of its reason). */
#define MIN_FRAME_TEXT 20
#define MIN_HEAP_TEXT 24

void layout_memory(Doc *d, const EscResult *r, int cols) {
    layout_memory_src(d, r, NULL, NULL, 0, cols);
}

void layout_memory_src(Doc *d, const EscResult *r, const Analysis *an, const char *src,
                       size_t len, int cols) {
    if (!r || r->nfuncs == 0) {
        DLine *l = doc_add(d, 0);
        dl_puts(l, "  No functions to draw.", S_DIM);
        return;
    }
    int width = cols - 2 > 160 ? 160 : cols - 2;
    CrossArrow cross[MAX_CROSS];
    int ncross = find_cross(r, an, src, len, cross);
    /* drawable: from a frame drawn with its own variables to a heap entry */
    for (int i = 0; i < ncross;) {
        const CrossArrow *c = &cross[i];
        if (same_frame_earlier(r, c->f) || frame_vars(r, c->f) != &r->funcs[c->f] ||
            same_frame_earlier(r, c->g))
            cross[i] = cross[--ncross];
        else
            i++;
    }
    int narrows = count_arrows(r) + ncross;
    int nl = narrows > MAXLANES ? MAXLANES : narrows;
    int sp = cols >= 100 ? 2 : 1;           /* columns between lanes */
    /* frame edge, a stub, the lanes, a stub, the arrowhead */
    int gap = cols >= 100 ? 6 + 2 * nl : nl + 3;
    MemLayout mode = MEM_SIDE;
    int fw = (width - gap) * 2 / 5, hw = width - gap - fw;
    if (fw - 4 < MIN_FRAME_TEXT || hw - 4 < MIN_HEAP_TEXT) {
        mode = narrows ? MEM_BELOW : MEM_WORDS;
        gap = narrows ? nl + 2 : 0;
        fw = hw = width - gap;
        if (fw - 4 < MIN_FRAME_TEXT) {
            mode = MEM_WORDS;
            fw = hw = width;
        }
    }
    bool side = mode == MEM_SIDE;
    if (side) {
        /* Frames wide enough for "NAME's frame (stack)" when the heap keeps
         * room for its reasons (else the title drops "(stack)"). */
        char t[300];
        int need = 0;
        for (int f = 0; f < r->nfuncs; f++) {
            snprintf(t, sizeof t, " %s's frame (stack) ", r->funcs[f].name);
            if (utf8_width(t) + 4 > need)
                need = utf8_width(t) + 4;
        }
        int most = width - gap - (MIN_HEAP_TEXT + 8 + 4);
        if (need > most)
            need = most;
        if (need > fw) {
            fw = need;
            hw = width - gap - fw;
        }
    }
    char buf[512];
    /* Rows: frames stacked on the left; heap values on the right. */
    int y = 0, heap_rows = 0;
    for (int f = 0; f < r->nfuncs; f++) {
        if (same_frame_earlier(r, f))
            continue;
        const EscFuncInfo *fv = frame_vars(r, f);
        int rows = 0;
        for (int v = 0; v < fv->nvars; v++) {
            var_text(buf, sizeof buf, &fv->vars[v], false);
            rows += rows_wrapped(buf, fw - 4);
        }
        y += 2 + (rows ? rows : 1) + 1;
        for (int v = 0; v < r->funcs[f].nvars; v++)
            if (r->funcs[f].vars[v].heap) {
                heap_text(buf, sizeof buf, &r->funcs[f].vars[v], r->funcs[f].name);
                heap_rows += rows_wrapped(buf, hw - 4);
            }
    }
    int frames_h = y - 1;
    int heap_h = 2 + (heap_rows ? heap_rows : 1);
    int h = side ? (frames_h > heap_h ? frames_h : heap_h) : frames_h + 1 + heap_h;
    Canvas cv;
    canvas_init(&cv, width, h);
    int *heap_y = calloc(r->nfuncs * 64 + 1, sizeof *heap_y);
    int *frame_y = calloc(r->nfuncs * 64 + 1, sizeof *frame_y);
    /* the heap box */
    int hx = side ? fw + gap : 0, hy = side ? 0 : frames_h + 1;
    canvas_box(&cv, hx, hy, hw, heap_h, S_HEAP);
    canvas_text(&cv, hx + 2, hy, hw - 4 >= 26 ? " heap (garbage collected) " : " heap ",
                S_HEAP, hw - 4);
    int hrow = hy + 1;
    for (int f = 0; f < r->nfuncs; f++) {
        if (same_frame_earlier(r, f))
            continue;
        for (int v = 0; v < r->funcs[f].nvars && v < 64; v++) {
            const EscVar *e = &r->funcs[f].vars[v];
            if (!e->heap)
                continue;
            heap_text(buf, sizeof buf, e, r->funcs[f].name);
            heap_y[f * 64 + v] = hrow;
            int nr = text_wrapped(&cv, hx + 2, hrow, buf, S_DIM, hw - 4);
            /* the name in bold over the dim reason */
            Span sp[1];
            wrap_spans(e->name, hw - 4, sp, 1);
            snprintf(buf, sizeof buf, "%.*s", sp[0].n, sp[0].s);
            canvas_text(&cv, hx + 2, hrow, buf, S_BOLD, hw - 4);
            hrow += nr;
        }
    }
    if (heap_rows == 0)
        canvas_text(&cv, hx + 2, hy + 1, "(nothing escapes)", S_DIM, hw - 4);
    /* the frames */
    y = 0;
    for (int f = 0; f < r->nfuncs; f++) {
        if (same_frame_earlier(r, f))
            continue;
        const EscFuncInfo *fi = &r->funcs[f], *fv = frame_vars(r, f);
        int fy = y + 1;
        for (int v = 0; v < fv->nvars && v < 64; v++) {
            const EscVar *e = &fv->vars[v];
            var_text(buf, sizeof buf, e, false);
            if (fv == fi)
                frame_y[f * 64 + v] = fy;
            fy += text_wrapped(&cv, 2, fy, buf,
                               e->heap ? S_DIM : e->leaks ? S_WARN : S_NORMAL, fw - 4);
        }
        int fh = fy - y + 1;
        if (fv->nvars == 0) {
            canvas_text(&cv, 2, y + 1, "(no variables to show)", S_DIM, fw - 4);
            fh = 3;
        }
        canvas_box(&cv, 0, y, fw, fh, S_STACK);
        snprintf(buf, sizeof buf, " %s's frame (stack) ", fi->name);
        if (utf8_width(buf) > fw - 4)      /* narrow: the box says "stack" */
            snprintf(buf, sizeof buf, " %s's frame ", fi->name);
        canvas_text(&cv, 2, y, buf, S_STACK, fw - 4);
        y += fh + 1;
    }
    /* arrows: pointer in a frame → what it points to on the heap */
    int lane = 0;
    for (int f = 0; f < r->nfuncs && mode != MEM_WORDS; f++) {
        for (int v = 0; v < r->funcs[f].nvars && v < 64; v++) {
            const EscVar *e = &r->funcs[f].vars[v];
            for (int k = 0; k < e->npoints_to; k++) {
                int t = e->points_to[k];
                if (!arrow_drawn(r, f, v, t))
                    continue;
                int gx = fw + (side ? 2 : 1) + sp * (lane++ % MAXLANES);
                draw_arrow(&cv, frame_y[f * 64 + v], heap_y[f * 64 + t], gx, fw, side ? hx : -1,
                           hw);
            }
        }
    }
    /* pointers to what another function made and returned */
    for (int i = 0; i < ncross && mode != MEM_WORDS; i++) {
        int gx = fw + (side ? 2 : 1) + sp * (lane++ % MAXLANES);
        draw_arrow(&cv, frame_y[cross[i].f * 64 + cross[i].v],
                   heap_y[cross[i].g * 64 + cross[i].t], gx, fw, side ? hx : -1, hw);
    }
    canvas_emit(&cv, d, 2, 0);
    canvas_free(&cv);
    /* Pointers listed in words too (for screen readers, for pointers that
     * are not drawn, and the only way when too narrow for arrows). */
    bool header = false;
    for (int f = 0; f < r->nfuncs; f++)
        for (int v = 0; v < r->funcs[f].nvars; v++) {
            const EscVar *e = &r->funcs[f].vars[v];
            for (int k = 0; k < e->npoints_to; k++) {
                int t = e->points_to[k];
                if (t < 0 || t >= r->funcs[f].nvars)
                    continue;
                if (!header) {
                    doc_add(d, 0);
                    DLine *l = doc_add(d, 0);
                    dl_puts(l, "  Pointers", S_H3);
                    header = true;
                }
                DLine *l = doc_add(d, 0);
                dl_printf(l, S_NORMAL, "  %s: %s ──▶ %s", r->funcs[f].name, e->name,
                          r->funcs[f].vars[t].name);
            }
        }
    for (int i = 0; i < ncross; i++) {
        const CrossArrow *c = &cross[i];
        if (!header) {
            doc_add(d, 0);
            DLine *l = doc_add(d, 0);
            dl_puts(l, "  Pointers", S_H3);
            header = true;
        }
        DLine *l = doc_add(d, 0);
        dl_printf(l, S_NORMAL, "  %s: %s ──▶ %s (from %s, which returns it)",
                  r->funcs[c->f].name, r->funcs[c->f].vars[c->v].name,
                  r->funcs[c->g].vars[c->t].name, r->funcs[c->g].name);
    }
    free(heap_y);
    free(frame_y);
}
