/* buffer.c - the editor's text, cursor and undo. */
#include "buffer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"

static void *xrealloc(void *p, size_t n) {
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fputs("escapade: out of memory\n", stderr);
        abort();
    }
    return q;
}

static void line_reserve(BLine *l, int need) {
    if (need + 1 <= l->cap)
        return;
    int cap = l->cap ? l->cap : 16;
    while (cap < need + 1)
        cap *= 2;
    l->s = xrealloc(l->s, cap);
    l->cap = cap;
}

static BLine *insert_line(Buf *b, int at) {
    if (b->n == b->cap) {
        b->cap = b->cap ? b->cap * 2 : 64;
        b->lines = xrealloc(b->lines, b->cap * sizeof *b->lines);
    }
    memmove(b->lines + at + 1, b->lines + at, (b->n - at) * sizeof *b->lines);
    b->n++;
    BLine *l = &b->lines[at];
    memset(l, 0, sizeof *l);
    line_reserve(l, 0);
    l->s[0] = 0;
    return l;
}

static void clear_lines(Buf *b) {
    for (int i = 0; i < b->n; i++)
        free(b->lines[i].s);
    b->n = 0;
}

void buf_init(Buf *b) {
    memset(b, 0, sizeof *b);
    insert_line(b, 0);
}

void buf_free(Buf *b) {
    clear_lines(b);
    free(b->lines);
    for (int i = 0; i < b->nundo; i++)
        free(b->undo[i].text);
    memset(b, 0, sizeof *b);
}

/* Returns whether most lines ended in CRLF. */
static bool set_text(Buf *b, const char *text, size_t len) {
    clear_lines(b);
    size_t i = 0;
    int ncrlf = 0, nlf = 0;
    do {
        size_t j = i;
        while (j < len && text[j] != '\n')
            j++;
        BLine *l = insert_line(b, b->n);
        size_t k = j;
        if (j < len && k > i && text[k - 1] == '\r')
            ncrlf++;
        else if (j < len)
            nlf++;
        if (k > i && text[k - 1] == '\r')
            k--;                       /* show CRLF files without ^M */
        line_reserve(l, (int)(k - i));
        memcpy(l->s, text + i, k - i);
        l->len = (int)(k - i);
        l->s[l->len] = 0;
        i = j + 1;
    } while (i < len);
    /* A final newline ends the last line rather than starting another. */
    if (b->n > 1 && len > 0 && text[len - 1] == '\n' && b->lines[b->n - 1].len == 0) {
        free(b->lines[b->n - 1].s);
        b->n--;
    }
    return ncrlf > nlf;
}

void buf_load(Buf *b, const char *text, size_t len) {
    /* Undo restores LF snapshots through set_text: only a load decides. */
    b->crlf = set_text(b, text, len);
    b->cy = b->cx = 0;
    b->want_col = 0;
    b->modified = false;
    b->last_edit = ED_NONE;
    b->version++;
}

static char *text_with(const Buf *b, size_t *len, bool crlf) {
    size_t total = 1;
    for (int i = 0; i < b->n; i++)
        total += b->lines[i].len + 2;
    char *s = xrealloc(NULL, total), *p = s;
    for (int i = 0; i < b->n; i++) {
        memcpy(p, b->lines[i].s, b->lines[i].len);
        p += b->lines[i].len;
        if (crlf)
            *p++ = '\r';
        *p++ = '\n';
    }
    *p = 0;
    if (len)
        *len = (size_t)(p - s);
    return s;
}

/* The analyzer gets LF lines: gc ignores a '\r' before '\n', and positions
 * are the same either way. */
char *buf_text(const Buf *b, size_t *len) {
    return text_with(b, len, false);
}

char *buf_file_text(const Buf *b, size_t *len) {
    return text_with(b, len, b->crlf);
}

/* Take a snapshot before an edit unless it continues the same kind of
 * edit (typing a word, deleting a run). */
static void before_edit(Buf *b, EditKind k) {
    b->modified = true;
    b->version++;
    if (k == b->last_edit && k != ED_NEWLINE && k != ED_PASTE)
        return;
    b->last_edit = k;
    if (b->nundo == (int)(sizeof b->undo / sizeof b->undo[0])) {
        free(b->undo[0].text);
        memmove(b->undo, b->undo + 1, (b->nundo - 1) * sizeof b->undo[0]);
        b->nundo--;
    }
    Snapshot *s = &b->undo[b->nundo++];
    s->text = buf_text(b, &s->len);
    s->cy = b->cy;
    s->cx = b->cx;
}

bool buf_undo(Buf *b) {
    if (b->nundo == 0)
        return false;
    Snapshot *s = &b->undo[--b->nundo];
    set_text(b, s->text, s->len);
    b->cy = s->cy < b->n ? s->cy : b->n - 1;
    b->cx = s->cx <= b->lines[b->cy].len ? s->cx : b->lines[b->cy].len;
    free(s->text);
    b->last_edit = ED_NONE;
    b->modified = true;
    b->version++;
    return true;
}

void buf_insert(Buf *b, const char *t) {
    size_t n = strlen(t);
    if (n == 0)
        return;
    before_edit(b, ED_INSERT);
    BLine *l = &b->lines[b->cy];
    line_reserve(l, l->len + (int)n);
    memmove(l->s + b->cx + n, l->s + b->cx, l->len - b->cx + 1);
    memcpy(l->s + b->cx, t, n);
    l->len += (int)n;
    b->cx += (int)n;
    /* A space ends a word: the next word is its own undo step. */
    if (t[n - 1] == ' ')
        b->last_edit = ED_NONE;
}

void buf_newline(Buf *b) {
    before_edit(b, ED_NEWLINE);
    BLine *l = &b->lines[b->cy];
    int indent = 0;
    while (indent < b->cx && (l->s[indent] == '\t' || l->s[indent] == ' '))
        indent++;
    int rest = l->len - b->cx;
    BLine *nl = insert_line(b, b->cy + 1);
    l = &b->lines[b->cy];   /* insert_line may have moved the array */
    line_reserve(nl, indent + rest);
    memcpy(nl->s, l->s, indent);
    memcpy(nl->s + indent, l->s + b->cx, rest);
    nl->len = indent + rest;
    nl->s[nl->len] = 0;
    l->len = b->cx;
    l->s[l->len] = 0;
    b->cy++;
    b->cx = indent;
}

void buf_paste(Buf *b, const char *text, size_t len) {
    if (len == 0)
        return;
    before_edit(b, ED_PASTE);
    /* what follows the cursor moves to the end of the pasted text */
    BLine *l = &b->lines[b->cy];
    int restlen = l->len - b->cx;
    char *rest = xrealloc(NULL, restlen + 1);
    memcpy(rest, l->s + b->cx, restlen);
    l->len = b->cx;
    for (size_t i = 0; i < len;) {
        size_t j = i;
        while (j < len && text[j] != '\n')
            j++;
        l = &b->lines[b->cy];
        line_reserve(l, l->len + (int)(j - i));
        memcpy(l->s + l->len, text + i, j - i);
        l->len += (int)(j - i);
        l->s[l->len] = 0;
        b->cx = l->len;
        if (j < len) {
            insert_line(b, b->cy + 1);
            b->cy++;
            b->cx = 0;
        }
        i = j + 1;
    }
    l = &b->lines[b->cy];
    line_reserve(l, l->len + restlen);
    memcpy(l->s + l->len, rest, restlen);
    l->len += restlen;
    l->s[l->len] = 0;
    free(rest);
    b->want_col = buf_col(b, b->cy, b->cx, 4);
    b->last_edit = ED_NONE;     /* typing after a paste is its own step */
}

static int prev_char(const char *s, int x) {
    do
        x--;
    while (x > 0 && ((unsigned char)s[x] & 0xC0) == 0x80);
    return x;
}

static int next_char(const char *s, int len, int x) {
    do
        x++;
    while (x < len && ((unsigned char)s[x] & 0xC0) == 0x80);
    return x;
}

static void join_next(Buf *b) {
    BLine *l = &b->lines[b->cy], *n = &b->lines[b->cy + 1];
    line_reserve(l, l->len + n->len);
    memcpy(l->s + l->len, n->s, n->len + 1);
    l->len += n->len;
    free(n->s);
    memmove(b->lines + b->cy + 1, b->lines + b->cy + 2,
            (b->n - b->cy - 2) * sizeof *b->lines);
    b->n--;
}

void buf_backspace(Buf *b) {
    if (b->cx == 0 && b->cy == 0)
        return;
    before_edit(b, ED_DELETE);
    if (b->cx == 0) {
        b->cy--;
        b->cx = b->lines[b->cy].len;
        join_next(b);
        return;
    }
    BLine *l = &b->lines[b->cy];
    int p = prev_char(l->s, b->cx);
    memmove(l->s + p, l->s + b->cx, l->len - b->cx + 1);
    l->len -= b->cx - p;
    b->cx = p;
}

void buf_delete(Buf *b) {
    BLine *l = &b->lines[b->cy];
    if (b->cx == l->len && b->cy == b->n - 1)
        return;
    before_edit(b, ED_DELETE);
    if (b->cx == l->len) {
        join_next(b);
        return;
    }
    int q = next_char(l->s, l->len, b->cx);
    memmove(l->s + b->cx, l->s + q, l->len - q + 1);
    l->len -= q - b->cx;
}

int buf_col(const Buf *b, int y, int x, int tabw) {
    const BLine *l = &b->lines[y];
    int col = 0;
    for (int i = 0; i < x && i < l->len;) {
        if (l->s[i] == '\t') {
            col += tabw - col % tabw;
            i++;
            continue;
        }
        mbstate_t ms;
        memset(&ms, 0, sizeof ms);
        wchar_t wc;
        size_t k = mbrtowc(&wc, l->s + i, l->len - i, &ms);
        if (k == 0 || k > 4) {
            col++;
            i = next_char(l->s, l->len, i);
            continue;
        }
        col += cwidth(wc);
        i += (int)k;
    }
    return col;
}

/* The byte offset on line y closest to display column col. */
static int byte_at_col(const Buf *b, int y, int col) {
    const BLine *l = &b->lines[y];
    int x = 0;
    while (x < l->len) {
        int nx = next_char(l->s, l->len, x);
        if (buf_col(b, y, nx, 4) > col)
            break;
        x = nx;
    }
    return x;
}

void buf_left(Buf *b) {
    if (b->cx > 0)
        b->cx = prev_char(b->lines[b->cy].s, b->cx);
    else if (b->cy > 0) {
        b->cy--;
        b->cx = b->lines[b->cy].len;
    }
    b->want_col = buf_col(b, b->cy, b->cx, 4);
    b->last_edit = ED_NONE;
}

void buf_right(Buf *b) {
    BLine *l = &b->lines[b->cy];
    if (b->cx < l->len)
        b->cx = next_char(l->s, l->len, b->cx);
    else if (b->cy < b->n - 1) {
        b->cy++;
        b->cx = 0;
    }
    b->want_col = buf_col(b, b->cy, b->cx, 4);
    b->last_edit = ED_NONE;
}

void buf_up(Buf *b, int n) {
    b->cy = b->cy - n < 0 ? 0 : b->cy - n;
    b->cx = byte_at_col(b, b->cy, b->want_col);
    b->last_edit = ED_NONE;
}

void buf_down(Buf *b, int n) {
    b->cy = b->cy + n >= b->n ? b->n - 1 : b->cy + n;
    b->cx = byte_at_col(b, b->cy, b->want_col);
    b->last_edit = ED_NONE;
}

void buf_home(Buf *b) {
    /* First Home goes to the indentation, a second to column 0. */
    BLine *l = &b->lines[b->cy];
    int ind = 0;
    while (ind < l->len && (l->s[ind] == '\t' || l->s[ind] == ' '))
        ind++;
    b->cx = b->cx == ind ? 0 : ind;
    b->want_col = buf_col(b, b->cy, b->cx, 4);
    b->last_edit = ED_NONE;
}

void buf_end(Buf *b) {
    b->cx = b->lines[b->cy].len;
    b->want_col = buf_col(b, b->cy, b->cx, 4);
    b->last_edit = ED_NONE;
}
