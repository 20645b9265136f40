/* doc.c - the screen model: styled lines, word wrapping, diagram canvas. */
#include "doc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static void *xrealloc(void *p, size_t n) {
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fputs("escapade: out of memory\n", stderr);
        abort();
    }
    return q;
}

/* Decode one UTF-8 sequence; invalid bytes decode as U+FFFD so that a
 * damaged file still shows (lessons are UTF-8 whatever the locale). */
static int utf8_decode(const char *s, wchar_t *out) {
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) {
        *out = u[0];
        return 1;
    }
    int n = u[0] >= 0xF0 ? 4 : u[0] >= 0xE0 ? 3 : u[0] >= 0xC0 ? 2 : 0;
    if (n == 0) {
        *out = 0xFFFD;
        return 1;
    }
    wchar_t c = u[0] & (0x3F >> (n - 1));
    for (int i = 1; i < n; i++) {
        if ((u[i] & 0xC0) != 0x80) {
            *out = 0xFFFD;
            return i;
        }
        c = (c << 6) | (u[i] & 0x3F);
    }
    *out = c;
    return n;
}

int cwidth(wchar_t c) {
    if (c == 0)
        return 0;
    if (c < 0x20 || c == 0x7F)
        return 1;
    int w = wcwidth(c);
    if (w < 0)
        return 1;   /* unknown to this locale: shown as one replacement cell */
    return w;
}

int utf8_width(const char *s) {
    int w = 0;
    while (*s) {
        wchar_t c;
        s += utf8_decode(s, &c);
        w += cwidth(c);
    }
    return w;
}

/* s cut to at most width columns by an ellipsis in the middle: a third
 * for the start of the path, the rest (at least the file's name, when it
 * fits) for its end, so
 * "/home/me/go/src/project/cmd/server/main.go" keeps "/home…/server/main.go".
 * Widths are wcswidth's: a wide character is never split. */
void utf8_shorten_middle(const char *s, int width, char *out, size_t n) {
    wchar_t ws[256];
    size_t len = mbstowcs(ws, s, sizeof ws / sizeof ws[0] - 1);
    if (len == (size_t)-1 || width < 2 || wcswidth(ws, len) <= width) {
        snprintf(out, n, "%s", s);
        return;
    }
    ws[len] = 0;
    int headw = (width - 1) / 3, tailw = width - 1 - headw;
    const wchar_t *slash = wcsrchr(ws, L'/');
    int basew = slash ? wcswidth(slash, wcslen(slash)) : -1;
    if (basew > tailw && basew <= width - 1) {   /* keep the file's name whole */
        tailw = basew;
        headw = width - 1 - tailw;
    }
    size_t h = 0, t = len;
    for (int w = 0; h < len; h++) {
        int cw = wcwidth(ws[h]) > 0 ? wcwidth(ws[h]) : 1;
        if (w + cw > headw)
            break;
        w += cw;
    }
    for (int w = 0; t > h; t--) {
        int cw = wcwidth(ws[t - 1]) > 0 ? wcwidth(ws[t - 1]) : 1;
        if (w + cw > tailw)
            break;
        w += cw;
    }
    wchar_t cut[260];
    swprintf(cut, sizeof cut / sizeof cut[0], L"%.*ls\u2026%ls", (int)h, ws, ws + t);
    if (wcstombs(out, cut, n) == (size_t)-1)
        snprintf(out, n, "%s", s);
}

/* -------------------------------------------------------------------- doc */

void doc_init(Doc *d) { memset(d, 0, sizeof *d); }

void doc_clear(Doc *d) {
    for (int i = 0; i < d->n; i++) {
        free(d->lines[i].ch);
        free(d->lines[i].st);
    }
    d->n = 0;
}

void doc_free(Doc *d) {
    doc_clear(d);
    free(d->lines);
    doc_init(d);
}

DLine *doc_add(Doc *d, int tag) {
    if (d->n == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 64;
        d->lines = xrealloc(d->lines, d->cap * sizeof *d->lines);
    }
    DLine *l = &d->lines[d->n++];
    memset(l, 0, sizeof *l);
    l->tag = tag;
    return l;
}

static void dl_grow(DLine *l, int need) {
    if (need <= l->cap)
        return;
    int cap = l->cap ? l->cap : 32;
    while (cap < need)
        cap *= 2;
    l->ch = xrealloc(l->ch, cap * sizeof *l->ch);
    l->st = xrealloc(l->st, cap);
    l->cap = cap;
}

void dl_putwc(DLine *l, wchar_t c, Sty s) {
    if (c == L'\t') {   /* tabs expand to the next multiple of 4 */
        do
            dl_putwc(l, L' ', s);
        while (l->n % 4);
        return;
    }
    if (c < 0x20 || c == 0x7F)
        c = 0xFFFD;
    int w = cwidth(c);
    if (w == 0) {
        /* A combining mark has no cell of its own; dropping it keeps the
         * cell arithmetic simple and costs only an accent. */
        return;
    }
    dl_grow(l, l->n + w);
    l->ch[l->n] = c;
    l->st[l->n] = (unsigned char)s;
    if (w == 2) {
        l->ch[l->n + 1] = 0;
        l->st[l->n + 1] = (unsigned char)s;
    }
    l->n += w;
}

void dl_puts(DLine *l, const char *s, Sty st) {
    while (*s) {
        wchar_t c;
        s += utf8_decode(s, &c);
        dl_putwc(l, c, st);
    }
}

void dl_printf(DLine *l, Sty s, const char *fmt, ...) {
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    dl_puts(l, buf, s);
}

void dl_pad(DLine *l, int cols, Sty s) {
    while (l->n < cols)
        dl_putwc(l, L' ', s);
}

void dl_set(DLine *l, int col, wchar_t c, Sty s) {
    if (col < 0)
        return;
    dl_pad(l, col + 1, S_NORMAL);
    l->ch[col] = c;
    l->st[col] = (unsigned char)s;
}

static int utf8_encode(wchar_t c, char *out) {
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

char *dl_text(const DLine *l) {
    char *s = xrealloc(NULL, (size_t)l->n * 4 + 1);
    int k = 0;
    for (int i = 0; i < l->n; i++)
        if (l->ch[i])
            k += utf8_encode(l->ch[i], s + k);
    s[k] = 0;
    return s;
}

/* ------------------------------------------------------------------- rich */

void rich_init(Rich *r) { memset(r, 0, sizeof *r); }

void rich_free(Rich *r) {
    free(r->ch);
    free(r->st);
    rich_init(r);
}

static void rich_putwc(Rich *r, wchar_t c, Sty s) {
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 64;
        r->ch = xrealloc(r->ch, r->cap * sizeof *r->ch);
        r->st = xrealloc(r->st, r->cap);
    }
    r->ch[r->n] = c;
    r->st[r->n++] = (unsigned char)s;
}

void rich_add(Rich *r, const char *s, Sty st) {
    while (*s) {
        wchar_t c;
        s += utf8_decode(s, &c);
        if (c == L'\n' || c == L'\t')
            c = L' ';
        rich_putwc(r, c, st);
    }
}

/* Inline markup as the lessons write it.  A marker only opens when its
 * closing partner exists on the same run, so a lone '*' (as in "*T") stays
 * literal. */
void rich_add_markup(Rich *r, const char *s, Sty base) {
    while (*s) {
        const char *close = NULL;
        int mlen = 0;
        Sty sty = base;
        if (s[0] == '`') {
            close = strchr(s + 1, '`');
            mlen = 1;
            sty = S_CODE;
        } else if (s[0] == '*' && s[1] == '*') {
            close = strstr(s + 2, "**");
            mlen = 2;
            sty = S_BOLD;
        }
        if (close && close > s + mlen) {
            char *inner = strndup(s + mlen, close - s - mlen);
            rich_add(r, inner, sty);
            free(inner);
            s = close + mlen;
            continue;
        }
        wchar_t c;
        s += utf8_decode(s, &c);
        if (c == L'\n' || c == L'\t')
            c = L' ';
        rich_putwc(r, c, base);
    }
}

/* ------------------------------------------------------------------- wrap */

int doc_wrap(Doc *d, const Rich *r, int cols, const char *prefix1,
             const char *prefix2, Sty ps, int tag) {
    int added = 0;
    int pw1 = utf8_width(prefix1 ? prefix1 : "");
    int pw2 = utf8_width(prefix2 ? prefix2 : "");
    int i = 0;
    /* Skip leading spaces: the prefix decides the indent. */
    while (i < r->n && r->ch[i] == L' ')
        i++;
    do {
        const char *pfx = added == 0 ? prefix1 : prefix2;
        int avail = cols - (added == 0 ? pw1 : pw2);
        if (avail < 1)
            avail = 1;
        /* Find the longest run of whole words that fits. */
        int w = 0, end = i, brk = -1;
        while (end < r->n) {
            int cw = cwidth(r->ch[end]);
            if (r->ch[end] == L' ')
                brk = end;
            if (w + cw > avail)
                break;
            w += cw;
            end++;
        }
        int stop = end;
        if (end < r->n && brk > i)
            stop = brk;                 /* break at the last space */
        else if (end < r->n && r->ch[end] == L' ')
            stop = end;
        if (stop == i)                  /* not even one char fits */
            stop = i + 1;
        DLine *l = doc_add(d, tag);
        if (pfx)
            dl_puts(l, pfx, ps);
        int last = stop;
        while (last > i && r->ch[last - 1] == L' ')
            last--;                     /* no trailing spaces */
        for (int k = i; k < last; k++)
            dl_putwc(l, r->ch[k], (Sty)r->st[k]);
        added++;
        i = stop;
        while (i < r->n && r->ch[i] == L' ')
            i++;
    } while (i < r->n);
    return added;
}

/* ----------------------------------------------------------------- canvas */

void canvas_init(Canvas *c, int w, int h) {
    c->w = w < 1 ? 1 : w;
    c->h = h < 1 ? 1 : h;
    size_t n = (size_t)c->w * c->h;
    c->ch = xrealloc(NULL, n * sizeof *c->ch);
    c->st = xrealloc(NULL, n);
    c->edges = xrealloc(NULL, n);
    for (size_t i = 0; i < n; i++) {
        c->ch[i] = L' ';
        c->st[i] = S_NORMAL;
        c->edges[i] = 0;
    }
}

void canvas_free(Canvas *c) {
    free(c->ch);
    free(c->st);
    free(c->edges);
    memset(c, 0, sizeof *c);
}

static bool in_canvas(const Canvas *c, int x, int y) {
    return x >= 0 && y >= 0 && x < c->w && y < c->h;
}

void canvas_put(Canvas *c, int x, int y, wchar_t ch, Sty s) {
    if (!in_canvas(c, x, y))
        return;
    size_t i = (size_t)y * c->w + x;
    c->ch[i] = ch;
    c->st[i] = (unsigned char)s;
    c->edges[i] = 0;
}

void canvas_text(Canvas *c, int x, int y, const char *s, Sty st, int maxw) {
    int used = 0;
    while (*s) {
        wchar_t ch;
        s += utf8_decode(s, &ch);
        int w = cwidth(ch);
        if (used + w > maxw || x + w > c->w)
            break;
        canvas_put(c, x, y, ch, st);
        if (w == 2)
            canvas_put(c, x + 1, y, 0, st);
        x += w;
        used += w;
    }
}

static void add_edge(Canvas *c, int x, int y, unsigned char e, Sty s) {
    if (!in_canvas(c, x, y))
        return;
    size_t i = (size_t)y * c->w + x;
    c->edges[i] |= e;
    c->st[i] = (unsigned char)s;
}

void canvas_hline(Canvas *c, int x0, int x1, int y, Sty s) {
    if (x0 > x1) {
        int t = x0;
        x0 = x1;
        x1 = t;
    }
    for (int x = x0; x <= x1; x++)
        add_edge(c, x, y, (x > x0 ? EDGE_LEFT : 0) | (x < x1 ? EDGE_RIGHT : 0), s);
}

void canvas_vline(Canvas *c, int x, int y0, int y1, Sty s) {
    if (y0 > y1) {
        int t = y0;
        y0 = y1;
        y1 = t;
    }
    for (int y = y0; y <= y1; y++)
        add_edge(c, x, y, (y > y0 ? EDGE_UP : 0) | (y < y1 ? EDGE_DOWN : 0), s);
}

void canvas_box(Canvas *c, int x, int y, int w, int h, Sty s) {
    if (w < 2 || h < 2)
        return;
    canvas_hline(c, x, x + w - 1, y, s);
    canvas_hline(c, x, x + w - 1, y + h - 1, s);
    canvas_vline(c, x, y, y + h - 1, s);
    canvas_vline(c, x + w - 1, y, y + h - 1, s);
}

void canvas_arrow_h(Canvas *c, int x0, int x1, int y, Sty s) {
    canvas_hline(c, x0, x1, y, s);
    canvas_put(c, x1, y, x1 >= x0 ? L'▶' : L'◀', s);
}

wchar_t edge_glyph(unsigned char e) {
    switch (e & 15) {
    case EDGE_LEFT | EDGE_RIGHT: case EDGE_LEFT: case EDGE_RIGHT: return L'─';
    case EDGE_UP | EDGE_DOWN: case EDGE_UP: case EDGE_DOWN: return L'│';
    case EDGE_DOWN | EDGE_RIGHT: return L'┌';
    case EDGE_DOWN | EDGE_LEFT: return L'┐';
    case EDGE_UP | EDGE_RIGHT: return L'└';
    case EDGE_UP | EDGE_LEFT: return L'┘';
    case EDGE_UP | EDGE_DOWN | EDGE_RIGHT: return L'├';
    case EDGE_UP | EDGE_DOWN | EDGE_LEFT: return L'┤';
    case EDGE_LEFT | EDGE_RIGHT | EDGE_DOWN: return L'┬';
    case EDGE_LEFT | EDGE_RIGHT | EDGE_UP: return L'┴';
    case 15: return L'┼';
    default: return L' ';
    }
}

void canvas_emit(const Canvas *c, Doc *d, int indent, int tag) {
    for (int y = 0; y < c->h; y++) {
        DLine *l = doc_add(d, tag);
        dl_pad(l, indent, S_NORMAL);
        int last = c->w;   /* trim trailing blanks */
        while (last > 0 && c->ch[(size_t)y * c->w + last - 1] == L' ' &&
               !c->edges[(size_t)y * c->w + last - 1])
            last--;
        for (int x = 0; x < last; x++) {
            size_t i = (size_t)y * c->w + x;
            if (c->edges[i])
                dl_putwc(l, edge_glyph(c->edges[i]), (Sty)c->st[i]);
            else if (c->ch[i] == 0)
                continue;   /* second cell of a wide char */
            else
                dl_putwc(l, c->ch[i], (Sty)c->st[i]);
        }
    }
}
