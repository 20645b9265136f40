/* render.c - copy the screen model into curses windows and pads. */
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "term.h"

/* Case-insensitive match of pat at line position i. */
static bool match_at(const DLine *l, int i, const wchar_t *pat) {
    for (int k = 0; pat[k]; k++, i++) {
        if (i >= l->n || towlower(l->ch[i]) != towlower(pat[k]))
            return false;
    }
    return true;
}

void render_line(WINDOW *w, int y, int x, int cols, const DLine *l, Sty fill) {
    cchar_t cc;
    int col = 0;
    if (l) {
        for (int i = 0; i < l->n && col < cols; i++) {
            if (l->ch[i] == 0)
                continue;                  /* second half of a wide char */
            int cw = cwidth(l->ch[i]);
            if (col + cw > cols)
                break;
            term_cchar(l->ch[i], (Sty)l->st[i], &cc);
            mvwadd_wch(w, y, x + col, &cc);
            col += cw;
        }
    }
    term_cchar(L' ', fill, &cc);
    for (; col < cols; col++)
        mvwadd_wch(w, y, x + col, &cc);
}

void render_text(WINDOW *w, int y, int x, int cols, const char *s, Sty st) {
    DLine l;
    memset(&l, 0, sizeof l);
    dl_puts(&l, s, st);
    render_line(w, y, x, cols, &l, st);
    free(l.ch);
    free(l.st);
}

void render_doc(WINDOW *w, const Doc *d, int top, int y, int x, int h, int cols,
                int left, const wchar_t *match) {
    size_t mlen = match ? wcslen(match) : 0;
    for (int r = 0; r < h; r++) {
        int li = top + r;
        if (li < 0 || li >= d->n) {
            render_line(w, y + r, x, cols, NULL, S_NORMAL);
            continue;
        }
        const DLine *src = &d->lines[li];
        DLine view = *src;
        DLine hl;
        memset(&hl, 0, sizeof hl);
        if (left > 0) {   /* horizontal scroll */
            int skip = left < src->n ? left : src->n;
            view.ch = src->ch + skip;
            view.st = src->st + skip;
            view.n = src->n - skip;
        }
        if (mlen) {       /* overlay the search matches */
            hl.n = hl.cap = view.n;
            hl.ch = view.ch;
            hl.st = malloc(view.n ? view.n : 1);
            if (view.n)    /* an empty line may have no storage at all */
                memcpy(hl.st, view.st, view.n);
            for (int i = 0; i + (int)mlen <= view.n; i++)
                if (match_at(&view, i, match))
                    memset(hl.st + i, S_MATCH, mlen);
            view.st = hl.st;
        }
        render_line(w, y + r, x, cols, &view, S_NORMAL);
        free(hl.st);
    }
}
