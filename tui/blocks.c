/* blocks.c - lesson blocks into Docs: text, lists, tables, callouts,
 * box diagrams and code examples. */
#include "blocks.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gohl.h"

/* ---------------------------------------------------------------- cache */

void excache_init(ExampleCache *c) { memset(c, 0, sizeof *c); }

void excache_free(ExampleCache *c) {
    for (int i = 0; i < c->n; i++)
        tui_analysis_free(c->items[i].a);
    free(c->items);
    excache_init(c);
}

Analysis *excache_get(ExampleCache *c, const CodeExample *ex, LessonMode mode) {
    for (int i = 0; i < c->n; i++)
        if (c->items[i].ex == ex && c->items[i].mode == mode)
            return c->items[i].a;
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 8;
        c->items = realloc(c->items, c->cap * sizeof *c->items);
    }
    char name[512];
    snprintf(name, sizeof name, "./%s", ex->file ? ex->file : "example.go");
    bool noinline = mode == MODE_ML || mode == MODE_M2L;
    int m = mode == MODE_M2 || mode == MODE_M2L ? 2 : 1;
    Analysis *a = tui_analyze(name, ex->source, ex->len, m, noinline);
    c->items[c->n].ex = ex;
    c->items[c->n].mode = mode;
    c->items[c->n].a = a;
    c->n++;
    return a;
}

int blocks_text_width(int cols) {
    int w = cols - 4;
    return w > 96 ? 96 : w < 10 ? 10 : w;
}

/* ----------------------------------------------------------------- text */

void rich_add_inline(Rich *r, const char *text, Sty base) {
    InlineSpan sp;
    for (const char *p = text; p && (p = inline_next(p, &sp));) {
        char *s = strndup(sp.text, sp.len);
        Sty st = base;
        if (sp.style == SPAN_BOLD)
            st = S_BOLD;
        else if (sp.style == SPAN_CODE)
            st = S_CODE;
        else if (sp.style == SPAN_ITALIC)
            st = base == S_NORMAL ? S_H3 : base;
        rich_add(r, s, st);
        free(s);
    }
}

static void wrap_inline(Doc *d, const char *text, Sty base, int cols,
                        const char *p1, const char *p2, Sty ps, int tag) {
    Rich r;
    rich_init(&r);
    rich_add_inline(&r, text, base);
    doc_wrap(d, &r, cols, p1, p2, ps, tag);
    rich_free(&r);
}

/* Paragraphs inside one text field are split by blank lines. */
static void wrap_paragraphs(Doc *d, const char *text, Sty base, int cols,
                            const char *p1, const char *p2, Sty ps, int tag) {
    const char *s = text;
    bool first = true;
    while (s && *s) {
        const char *e = strstr(s, "\n\n");
        char *para = strndup(s, e ? (size_t)(e - s) : strlen(s));
        if (!first) {
            DLine *l = doc_add(d, tag);
            if (p2)
                dl_puts(l, p2, ps);
        }
        wrap_inline(d, para, base, cols, p2 && !first ? p2 : p1, p2, ps, tag);
        free(para);
        first = false;
        s = e ? e + 2 : NULL;
    }
}

/* --------------------------------------------------------------- tables */

static int inline_width(const char *text) {
    Rich r;
    rich_init(&r);
    rich_add_inline(&r, text, S_NORMAL);
    int w = 0;
    for (int i = 0; i < r.n; i++)
        w += cwidth(r.ch[i]);
    rich_free(&r);
    return w;
}

/* Column widths: natural widths, shrunk (widest first) to fit cols. */
static void table_widths(const Table *t, int cols, int *w) {
    for (int c = 0; c < t->ncols; c++) {
        w[c] = inline_width(t->header[c]);
        for (int r = 0; r < t->nrows; r++) {
            int cw = inline_width(t->rows[r][c]);
            if (cw > w[c])
                w[c] = cw;
        }
        if (w[c] < 3)
            w[c] = 3;
    }
    int avail = cols - (3 * t->ncols + 1);
    for (;;) {
        int total = 0, widest = 0;
        for (int c = 0; c < t->ncols; c++) {
            total += w[c];
            if (w[c] > w[widest])
                widest = c;
        }
        if (total <= avail || w[widest] <= 6)
            break;
        w[widest]--;
    }
}

static void table_rule(Doc *d, const int *w, int ncols, wchar_t l, wchar_t m,
                       wchar_t r, int tag) {
    DLine *line = doc_add(d, tag);
    dl_puts(line, "  ", S_NORMAL);
    dl_putwc(line, l, S_BOX);
    for (int c = 0; c < ncols; c++) {
        for (int i = 0; i < w[c] + 2; i++)
            dl_putwc(line, L'─', S_BOX);
        dl_putwc(line, c + 1 < ncols ? m : r, S_BOX);
    }
}

static void table_row(Doc *d, const char *const *cells, const int *w, int ncols,
                      Sty base, int tag) {
    Doc cell[16];
    int h = 1, n = ncols < 16 ? ncols : 16;
    for (int c = 0; c < n; c++) {
        doc_init(&cell[c]);
        wrap_inline(&cell[c], cells[c] ? cells[c] : "", base, w[c], NULL, NULL,
                    S_NORMAL, tag);
        if (cell[c].n > h)
            h = cell[c].n;
    }
    for (int y = 0; y < h; y++) {
        DLine *line = doc_add(d, tag);
        dl_puts(line, "  ", S_NORMAL);
        dl_putwc(line, L'│', S_BOX);
        for (int c = 0; c < n; c++) {
            dl_putwc(line, L' ', S_NORMAL);
            int start = line->n;
            if (y < cell[c].n) {
                const DLine *cl = &cell[c].lines[y];
                for (int i = 0; i < cl->n; i++)
                    if (cl->ch[i])
                        dl_putwc(line, cl->ch[i], (Sty)cl->st[i]);
            }
            dl_pad(line, start + w[c] + 1, S_NORMAL);
            dl_putwc(line, L'│', S_BOX);
        }
    }
    for (int c = 0; c < n; c++)
        doc_free(&cell[c]);
}

void layout_table(Doc *d, const Table *t, int cols, int tag) {
    if (t->ncols <= 0)
        return;
    int w[16];
    int ncols = t->ncols < 16 ? t->ncols : 16;
    Table tt = *t;
    tt.ncols = ncols;
    table_widths(&tt, cols - 2, w);
    table_rule(d, w, ncols, L'┌', L'┬', L'┐', tag);
    table_row(d, t->header, w, ncols, S_TABLE_HEAD, tag);
    table_rule(d, w, ncols, L'├', L'┼', L'┤', tag);
    for (int r = 0; r < t->nrows; r++)
        table_row(d, t->rows[r], w, ncols, S_NORMAL, tag);
    table_rule(d, w, ncols, L'└', L'┴', L'┘', tag);
}

/* ------------------------------------------------------------- diagrams */

typedef struct BoxRect {
    const DiagramBox *box;
    int x, y, w, h;
} BoxRect;

typedef struct DiagCtx {
    const Diagram *g;
    Canvas *cv;        /* NULL while measuring */
    BoxRect rects[64];
    int nrects;
    bool drawn_arrow[64];
} DiagCtx;

static bool arrow_between(const DiagCtx *dc, const DiagramBox *a, const DiagramBox *b,
                          const char **label) {
    if (!a->id || !b->id)
        return false;
    for (int i = 0; i < dc->g->narrows; i++) {
        const DiagramArrow *ar = &dc->g->arrows[i];
        if ((strcmp(ar->from, a->id) == 0 && strcmp(ar->to, b->id) == 0) ||
            (strcmp(ar->from, b->id) == 0 && strcmp(ar->to, a->id) == 0)) {
            *label = ar->label;
            return true;
        }
    }
    return false;
}

static int arrow_index(const DiagCtx *dc, const DiagramBox *from, const DiagramBox *to) {
    for (int i = 0; i < dc->g->narrows; i++) {
        const DiagramArrow *ar = &dc->g->arrows[i];
        if (from->id && to->id && strcmp(ar->from, from->id) == 0 &&
            strcmp(ar->to, to->id) == 0)
            return i;
    }
    return -1;
}

static int draw_box(DiagCtx *dc, const DiagramBox *b, int x, int y, int w);

/* Text or bullet item: wrapped lines at (x, y); returns rows used. */
static int draw_text_item(DiagCtx *dc, const DiagramItem *it, int x, int y, int w) {
    Doc tmp;
    doc_init(&tmp);
    if (it->kind == DI_BULLET)
        wrap_inline(&tmp, it->text, S_NORMAL, w, "• ", "  ", S_BULLET, 0);
    else
        wrap_inline(&tmp, it->text, S_NORMAL, w, NULL, NULL, S_NORMAL, 0);
    if (dc->cv)
        for (int r = 0; r < tmp.n; r++) {
            const DLine *l = &tmp.lines[r];
            for (int i = 0; i < l->n; i++)
                canvas_put(dc->cv, x + i, y + r, l->ch[i], (Sty)l->st[i]);
        }
    int h = tmp.n;
    doc_free(&tmp);
    return h;
}

/* A row of sibling boxes side by side; gaps wide enough for arrow labels.
 * Returns rows used, or -1 when the boxes would be too narrow. */
static int draw_box_row(DiagCtx *dc, const DiagramItem *items, int n, int x, int y, int w) {
    int gaps[16] = {0}, gapsum = 0;
    const char *labels[16] = {0};
    if (n > 16)
        return -1;
    for (int i = 0; i + 1 < n; i++) {
        const char *label = NULL;
        gaps[i] = 2;
        if (arrow_between(dc, items[i].box, items[i + 1].box, &label))
            gaps[i] = (label ? utf8_width(label) : 0) + 4;
        labels[i] = label;
        gapsum += gaps[i];
    }
    int bw = (w - gapsum) / n;
    if (bw < 14)
        return -1;
    int h = 0, bx = x, heights[16];
    for (int i = 0; i < n; i++) {
        int bh = draw_box(dc, items[i].box, bx, y, bw);
        heights[i] = bh;
        if (bh > h)
            h = bh;
        bx += bw + gaps[i];
    }
    if (dc->cv) {
        bx = x;
        for (int i = 0; i + 1 < n; i++) {
            const char *label = NULL;
            if (arrow_between(dc, items[i].box, items[i + 1].box, &label)) {
                /* on the middle content row of the shorter box */
                int minh = heights[i] < heights[i + 1] ? heights[i] : heights[i + 1];
                int ax0 = bx + bw, ax1 = bx + bw + gaps[i] - 1;
                int ay = y + 1 + (minh - 3) / 2;
                int fwd = arrow_index(dc, items[i].box, items[i + 1].box) >= 0;
                canvas_hline(dc->cv, ax0 - 1, ax1 + 1, ay, S_BOX);
                canvas_put(dc->cv, fwd ? ax1 : ax0, ay, fwd ? L'▶' : L'◀', S_BOX);
                if (labels[i])
                    canvas_text(dc->cv, ax0 + 2, ay - 1, labels[i], S_DIM, gaps[i] - 3);
                int k = arrow_index(dc, items[i].box, items[i + 1].box);
                if (k < 0)
                    k = arrow_index(dc, items[i + 1].box, items[i].box);
                if (k >= 0 && k < 64)
                    dc->drawn_arrow[k] = true;
            }
            bx += bw + gaps[i];
        }
    }
    return h;
}

/* Between two boxes stacked one under the other (a row too narrow to put
 * them side by side), the arrow joining them, if any, drawn down (or up)
 * the gap with its label beside it:
 *
 *     └──┬───────┘
 *        │ p points here
 *        ▼
 *     ┌ heap ────┐
 *
 * y is the row under the upper box.  Returns the rows of the gap (1, a
 * blank row, when no arrow joins them). */
static int draw_vertical_arrow(DiagCtx *dc, const DiagramBox *upper,
                               const DiagramBox *lower, int x, int y, int w) {
    const char *label = NULL;
    if (!arrow_between(dc, upper, lower, &label))
        return 1;
    int ax = x + 3, lw = w - 5;
    Doc tmp;
    doc_init(&tmp);
    if (label && lw > 0)
        wrap_inline(&tmp, label, S_DIM, lw, NULL, NULL, S_DIM, 0);
    int nlabel = tmp.n;
    int gap = nlabel + 1 > 2 ? nlabel + 1 : 2;
    int k = arrow_index(dc, upper, lower);
    bool down = k >= 0;
    if (!down)
        k = arrow_index(dc, lower, upper);
    if (dc->cv) {
        Canvas *cv = dc->cv;
        if (down)     /* the upper box's bottom border is the row above y */
            canvas_put(cv, ax, y - 1, L'┬', S_BOX);
        for (int r = 0; r < gap; r++) {
            bool head = down ? r == gap - 1 : r == 0;
            canvas_put(cv, ax, y + r, head ? (down ? L'▼' : L'▲') : L'│', S_BOX);
        }
        int l0 = down ? 0 : 1;        /* label rows beside the line */
        for (int r = 0; r < nlabel; r++) {
            const DLine *l = &tmp.lines[r];
            for (int i = 0; i < l->n; i++)
                canvas_put(cv, ax + 2 + i, y + l0 + r, l->ch[i], (Sty)l->st[i]);
        }
        if (k >= 0 && k < 64)
            dc->drawn_arrow[k] = true;
    }
    doc_free(&tmp);
    return gap;
}

/* Items of a box in its inner area; returns rows used. */
static int draw_items(DiagCtx *dc, const DiagramBox *b, int x, int y, int w) {
    int yy = y;
    int prev = -1;     /* kind of the previous item */
    for (int i = 0; i < b->nitems;) {
        const DiagramItem *it = &b->items[i];
        if (it->kind == DI_BOX) {
            int j = i;
            while (j < b->nitems && b->items[j].kind == DI_BOX)
                j++;
            if (prev != -1)
                yy++;                      /* a blank row before a box group */
            int h = -1;
            if (b->layout == LAYOUT_ROW && j - i > 1)
                h = draw_box_row(dc, b->items + i, j - i, x, yy, w);
            if (h >= 0) {
                yy += h;
            } else {
                for (int k = i; k < j; k++) {
                    if (k > i)
                        yy += draw_vertical_arrow(dc, b->items[k - 1].box,
                                                  b->items[k].box, x, yy, w);
                    yy += draw_box(dc, b->items[k].box, x, yy, w);
                }
            }
            prev = DI_BOX;
            i = j;
            continue;
        }
        if (prev == DI_BOX)
            yy++;
        yy += draw_text_item(dc, it, x, yy, w);
        prev = it->kind;
        i++;
    }
    return yy - y;
}

static void record_rect(DiagCtx *dc, const DiagramBox *b, int x, int y, int w, int h) {
    if (dc->nrects < 64)
        dc->rects[dc->nrects++] = (BoxRect){b, x, y, w, h};
}

/* A box of width w at (x, y): border, title on the top edge, items inside
 * with one column of padding.  Returns its height. */
static int draw_box(DiagCtx *dc, const DiagramBox *b, int x, int y, int w) {
    Canvas *cv = dc->cv;
    dc->cv = NULL;
    int inner = draw_items(dc, b, x + 2, y + 1, w - 4);
    dc->cv = cv;
    int h = inner + 2;
    if (cv) {
        canvas_box(cv, x, y, w, h, S_BOX);
        /* a space each side of the title, as on a printed form; a title
         * too long for the box ends in "…" */
        if (b->title) {
            int tw = utf8_width(b->title);
            canvas_put(cv, x + 1, y, L' ', S_BOX);
            if (tw > w - 6 && w - 7 > 0) {
                canvas_text(cv, x + 2, y, b->title, S_BOXTITLE, w - 7);
                canvas_put(cv, x + w - 5, y, L'…', S_BOXTITLE);
                tw = w - 6;
            } else {
                canvas_text(cv, x + 2, y, b->title, S_BOXTITLE, w - 5);
            }
            if (x + 2 + tw < x + w - 1)
                canvas_put(cv, x + 2 + tw, y, L' ', S_BOX);
        }
        draw_items(dc, b, x + 2, y + 1, w - 4);
        record_rect(dc, b, x, y, w, h);
    }
    return h;
}

/* A box's title for the arrows listed in words (its id if untitled). */
static const char *box_name(const DiagCtx *dc, const char *id) {
    for (int i = 0; i < dc->nrects; i++)
        if (dc->rects[i].box->id && strcmp(dc->rects[i].box->id, id) == 0)
            return dc->rects[i].box->title ? dc->rects[i].box->title : id;
    return id;
}

void layout_diagram(Doc *d, const Diagram *g, int cols, int tag) {
    if (!g->root)
        return;
    int w = cols - 2;
    if (w > 78)
        w = 78;
    if (w < 12)
        w = 12;
    DiagCtx dc;
    memset(&dc, 0, sizeof dc);
    dc.g = g;
    int h = draw_box(&dc, g->root, 0, 0, w);
    Canvas cv;
    canvas_init(&cv, w, h);
    dc.cv = &cv;
    dc.nrects = 0;
    draw_box(&dc, g->root, 0, 0, w);
    canvas_emit(&cv, d, 2, tag);
    canvas_free(&cv);
    /* Arrows the drawing could not route are listed under it. */
    for (int i = 0; i < g->narrows && i < 64; i++) {
        if (dc.drawn_arrow[i])
            continue;
        const DiagramArrow *ar = &g->arrows[i];
        /* wrapped: on a narrow screen the label goes on the next lines */
        Rich r;
        rich_init(&r);
        rich_add(&r, box_name(&dc, ar->from), S_BOXTITLE);
        rich_add(&r, " ──▶ ", S_BOX);
        rich_add(&r, box_name(&dc, ar->to), S_BOXTITLE);
        if (ar->label) {
            rich_add(&r, ": ", S_DIM);
            rich_add(&r, ar->label, S_DIM);
        }
        doc_wrap(d, &r, cols, "  ", "    ", S_NORMAL, tag);
        rich_free(&r);
    }
}

/* ----------------------------------------------------------------- code */

void layout_code(Doc *d, const char *src, size_t len, const Analysis *a,
                 const int *highlight, int nhighlight, int cols, int tag) {
    int nl = 1;
    for (size_t i = 0; i < len; i++)
        if (src[i] == '\n' && i + 1 < len)
            nl++;
    LineMark *marks = calloc(nl, sizeof *marks);
    analysis_marks(a, marks, nl);
    unsigned char *sty = malloc(len + 1);
    int state = GOHL_START;
    size_t i = 0;
    for (int ln = 1; ln <= nl && i <= len; ln++) {
        size_t j = i;
        while (j < len && src[j] != '\n')
            j++;
        state = gohl_line(src + i, j - i, sty, state);
        bool hl = false;
        for (int k = 0; k < nhighlight; k++)
            hl |= highlight[k] == ln;
        DLine *l = doc_add(d, tag);
        dl_printf(l, hl ? S_BOLD : S_LINENO, "  %3d ", ln);
        dl_putwc(l, mark_glyph(marks[ln - 1]), mark_style(marks[ln - 1]));
        dl_putwc(l, hl ? L'▌' : L' ', hl ? S_WARN : S_NORMAL);
        int col = 0;
        for (size_t k = i; k < j;) {
            if (src[k] == '\t') {
                do
                    dl_putwc(l, L' ', S_NORMAL);
                while (++col % 4);
                k++;
                continue;
            }
            size_t e = k + 1;
            while (e < j && ((unsigned char)src[e] & 0xC0) == 0x80)
                e++;
            char one[8] = {0};
            memcpy(one, src + k, e - k < 7 ? e - k : 7);
            int before = l->n;
            dl_puts(l, one, (Sty)sty[k - i]);
            col += l->n - before;
            k = e;
        }
        if (l->n > cols) {       /* clip: code does not wrap */
            l->n = cols;
            l->ch[cols - 1] = L'…';
            l->st[cols - 1] = S_DIM;
        }
        i = j + 1;
    }
    free(sty);
    free(marks);
}

void layout_diags(Doc *d, const Analysis *a, const int *lines, int nlines,
                  int cols, int tag) {
    if (!a) {
        wrap_inline(d, "(the analyzer is not built into this escapade yet)",
                    S_DIM, cols, "  ", "  ", S_NORMAL, tag);
        return;
    }
    int shown = 0;
    for (int i = 0; i < a->diags.len; i++) {
        const Diag *dg = &a->diags.items[i];
        bool want = nlines == 0;
        for (int k = 0; k < nlines; k++)
            want |= lines[k] == dg->pos.line && diag_in_source(dg);
        if (!want)
            continue;
        char head[600];
        diag_where(dg, true, head, sizeof head);
        Rich r;
        rich_init(&r);
        rich_add(&r, head, S_LINENO);
        LineMark m = mark_of_diag(dg);
        rich_add(&r, dg->msg, m == MARK_HEAP ? S_MARK_HEAP
                              : m == MARK_ERROR ? S_ERROR
                              : dg->kind == DK_FLOW ? S_DIM : S_CODE);
        doc_wrap(d, &r, cols, "  ", "      ", S_NORMAL, tag);
        rich_free(&r);
        shown++;
    }
    if (shown == 0)
        wrap_inline(d, "(no -m output for these lines)", S_DIM, cols, "  ", "  ",
                    S_NORMAL, tag);
}

/* ------------------------------------------------------------- callouts */

static void callout_frame(Doc *d, const char *label, const char *title, Sty s,
                          int cols, int tag, Doc *body) {
    int w = cols - 2;
    DLine *top = doc_add(d, tag);
    dl_puts(top, "  ", S_NORMAL);
    dl_puts(top, "┌─ ", s);
    dl_puts(top, label, s);
    if (title) {
        dl_puts(top, ": ", s);
        Rich r;
        rich_init(&r);
        rich_add_inline(&r, title, S_BOLD);
        for (int i = 0; i < r.n && top->n < w; i++)
            dl_putwc(top, r.ch[i], (Sty)r.st[i]);
        rich_free(&r);
    }
    dl_putwc(top, L' ', s);
    while (top->n < w + 1)
        dl_putwc(top, L'─', s);
    for (int i = 0; i < body->n; i++) {
        DLine *l = doc_add(d, tag);
        dl_puts(l, "  ", S_NORMAL);
        dl_puts(l, "│ ", s);
        const DLine *b = &body->lines[i];
        for (int k = 0; k < b->n; k++)
            if (b->ch[k])
                dl_putwc(l, b->ch[k], (Sty)b->st[k]);
    }
    DLine *bot = doc_add(d, tag);
    dl_puts(bot, "  └", s);
    while (bot->n < w + 1)
        dl_putwc(bot, L'─', s);
}

static void layout_callout(Doc *d, const Callout *c, int cols, int tag,
                           ExampleCache *cache) {
    const char *label = "Note";
    Sty s = S_NOTE;
    switch (c->kind) {
    case CALLOUT_WARNING: label = "Careful"; s = S_WARN; break;
    case CALLOUT_TIP: label = "Tip"; s = S_TIP; break;
    case CALLOUT_COMPILER: label = "What gc 1.19 prints"; s = S_H2; break;
    default: break;
    }
    Doc body;
    doc_init(&body);
    int inner = cols - 6;
    if (c->text)
        wrap_paragraphs(&body, c->text, S_NORMAL, inner, NULL, NULL, S_NORMAL, tag);
    if (c->kind == CALLOUT_COMPILER && c->example) {
        LessonMode mode = c->mode ? c->mode : lesson_mode_first(c->example->modes);
        DLine *l = doc_add(&body, tag);
        dl_printf(l, S_DIM, "$ go build -gcflags='%s' %s", lesson_mode_flags(mode),
                  c->example->file ? c->example->file : "");
        layout_diags(&body, excache_get(cache, c->example, mode), c->lines,
                     c->nlines, inner, tag);
    }
    callout_frame(d, label, c->title, s, cols, tag, &body);
    doc_free(&body);
}

/* --------------------------------------------------------------- blocks */

static void layout_example(Doc *d, const CodeExample *ex, int cols, int tag,
                           ExampleCache *cache) {
    LessonMode mode = ex->default_mode;
    Analysis *a = excache_get(cache, ex, mode);
    const char *hint = cols >= 54 ? "(Enter opens it: edit, -l, -m=2, inlining, memory)"
                                  : "(Enter opens it)";
    const char *file = ex->file ? ex->file : "example.go";
    /* A title that starts with the file name says it once. */
    const char *title = ex->title;
    size_t fl = strlen(file);
    if (title && strncmp(title, file, fl) == 0) {
        title += fl;
        while (*title == ' ')
            title++;
        if (!*title)
            title = NULL;
    }
    DLine *l = doc_add(d, tag);
    dl_puts(l, "  ┌─ ", S_BOX);
    dl_puts(l, file, S_BOXTITLE);
    if (title) {
        dl_puts(l, " — ", S_BOX);
        dl_puts(l, title, S_BOLD);
    }
    /* The hint beside the title when it fits, else on the next line. */
    if (l->n + 3 + utf8_width(hint) > cols) {
        l = doc_add(d, tag);
        dl_puts(l, "  │ ", S_BOX);
    } else {
        dl_puts(l, "   ", S_DIM);
    }
    dl_puts(l, hint, S_DIM);
    layout_code(d, ex->source, ex->len, a, ex->highlight, ex->nhighlight, cols, tag);
    l = doc_add(d, tag);
    dl_printf(l, S_DIM, "  $ go build -gcflags='%s'", lesson_mode_flags(mode));
    layout_diags(d, a, NULL, 0, cols, tag);
    if (ex->note)
        wrap_inline(d, ex->note, S_DIM, cols, "  ", "  ", S_NORMAL, tag);
}

static void layout_question(Doc *d, const Question *q, int cols, int tag) {
    DLine *l = doc_add(d, tag);
    dl_puts(l, "  ┌─ ", S_GOOD);
    dl_puts(l, "Check yourself", S_GOOD);
    dl_puts(l, "  (Enter answers it)", S_DIM);
    wrap_inline(d, q->prompt, S_BOLD, cols - 2, "  │ ", "  │ ", S_GOOD, tag);
    l = doc_add(d, tag);
    dl_puts(l, "  └─", S_GOOD);
}

void layout_block(Doc *d, const Block *b, int tag, int cols, ExampleCache *cache) {
    int w = blocks_text_width(cols);
    switch (b->kind) {
    case B_HEADING: {
        DLine *l = doc_add(d, tag);
        (void)l;
        if (b->level <= 2) {
            Rich r;
            rich_init(&r);
            rich_add_inline(&r, b->text, S_H1);
            doc_wrap(d, &r, w, "  ", "  ", S_H1, tag);
            rich_free(&r);
            l = doc_add(d, tag);
            dl_puts(l, "  ", S_NORMAL);
            int uw = utf8_width(b->text);
            for (int i = 0; i < uw && i < w; i++)
                dl_putwc(l, L'━', S_H1);
        } else {
            wrap_inline(d, b->text, S_H2, w, "  ▸ ", "    ", S_H2, tag);
        }
        break;
    }
    case B_PARAGRAPH:
        wrap_paragraphs(d, b->text, S_NORMAL, w, "  ", "  ", S_NORMAL, tag);
        break;
    case B_BULLETS:
    case B_NUMBERED:
        for (int i = 0; i < b->nitems; i++) {
            char p1[16];
            if (b->kind == B_BULLETS)
                snprintf(p1, sizeof p1, "  • ");
            else
                snprintf(p1, sizeof p1, "  %d. ", i + 1);
            char p2[16];
            snprintf(p2, sizeof p2, "%*s", utf8_width(p1), "");
            wrap_inline(d, b->items[i], S_NORMAL, w, p1, p2, S_BULLET, tag);
        }
        break;
    case B_TABLE:
        if (b->table)
            layout_table(d, b->table, w, tag);
        break;
    case B_CALLOUT:
        if (b->callout)
            layout_callout(d, b->callout, w, tag, cache);
        break;
    case B_DIAGRAM:
        if (b->diagram)
            layout_diagram(d, b->diagram, cols - 2, tag);
        break;
    case B_CODE:
        if (b->example)
            layout_example(d, b->example, cols - 1, tag, cache);
        break;
    case B_QUESTION:
        if (b->question)
            layout_question(d, b->question, w, tag);
        break;
    case B_VERBATIM: {
        /* Shell commands and program output: shown as is, never reflowed. */
        DLine *l = doc_add(d, tag);
        dl_puts(l, "  ┌─ ", S_BOX);
        dl_puts(l, b->title ? b->title : "", S_BOXTITLE);
        for (const char *p = b->text ? b->text : ""; *p;) {
            const char *e = strchr(p, '\n');
            int n = e ? (int)(e - p) : (int)strlen(p);
            l = doc_add(d, tag);
            dl_puts(l, "  │ ", S_BOX);
            dl_printf(l, S_CODE, "%.*s", n, p);
            p = e ? e + 1 : p + n;
        }
        l = doc_add(d, tag);
        dl_puts(l, "  └─", S_BOX);
        break;
    }
    }
}
