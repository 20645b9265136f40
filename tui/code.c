/* code.c - a Go example or file: highlighting, line numbers, a gutter of
 * escape decisions, the analyzer's -m panel, the reason for the cursor
 * line, and a small editor whose every change is analysed again. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wchar.h>
#include <wctype.h>

#include "analysis.h"
#include "buffer.h"
#include "gohl.h"
#include "views.h"

enum { TABW = 4, REASON_ROWS = 3 };

typedef struct CodeView {
    View v;
    char *path;           /* file to save to; NULL for a lesson example */
    char *name;           /* name in the -m lines ("./x.go") */
    char title[256];
    Buf buf;
    bool editing;
    bool quit_warned;     /* "Unsaved changes" shown: Q now quits anyway */
    bool noinline;
    int mlevel;
    Analysis *an;
    int an_version;       /* buf.version the analysis is of */
    LineMark *marks;
    int nmarks;
    Pager code, panel;
    Doc reason;
    bool wide;            /* panel beside the code, else below */
    int code_rows, code_cols, panel_rows, panel_cols;
    int left;             /* horizontal scroll of the code, in columns */
    int gutter;           /* width of line numbers + mark */
    CodeDone on_close;    /* gets the text when the view closes */
    void *on_close_ctx;
} CodeView;

static const char code_help[] =
    "↑ ↓  j k\tmove the cursor line\n"
    "i  e\tedit (Esc stops editing)\n"
    "F2  s\tsave the file (view FILE only)\n"
    "u  F3\tundo\n"
    "] [\tnext / previous line with a decision\n"
    "L\ttoggle -l (no inlining)\n"
    "M  2\ttoggle -m=2 (flow explanations)\n"
    "d\tmemory diagram of this code\n"
    "c\tcompare with and without inlining, explained\n"
    /* no-break spaces (U+00A0) keep a glyph with its meaning when the
     * help wraps */
    "Gutter\t●\u00a0moved\u00a0to\u00a0/\u00a0escapes\u00a0to\u00a0heap  ◆\u00a0leaking\u00a0param  →\u00a0inlined  ·\u00a0does\u00a0not\u00a0escape  ✗\u00a0error\n";

/* ------------------------------------------------------------- analysis */

static void analyse(CodeView *c) {
    size_t len;
    char *src = buf_text(&c->buf, &len);
    tui_analysis_free(c->an);
    c->an = tui_analyze(c->name, src, len, c->mlevel, c->noinline);
    free(src);
    c->an_version = c->buf.version;
    free(c->marks);
    c->nmarks = c->buf.n;
    c->marks = calloc(c->nmarks ? c->nmarks : 1, sizeof *c->marks);
    analysis_marks(c->an, c->marks, c->nmarks);
}

/* ---------------------------------------------------------------- layout */

static void build_code(CodeView *c) {
    Doc *d = &c->code.doc;
    doc_clear(d);
    int digits = 1;
    for (int n = c->buf.n; n >= 10; n /= 10)
        digits++;
    if (digits < 3)
        digits = 3;
    c->gutter = digits + 3;
    int state = GOHL_START;
    unsigned char *sty = NULL;
    int stycap = 0;
    for (int i = 0; i < c->buf.n; i++) {
        const BLine *bl = &c->buf.lines[i];
        if (bl->len + 1 > stycap) {
            stycap = bl->len + 64;
            sty = realloc(sty, stycap);
        }
        state = gohl_line(bl->s, bl->len, sty, state);
        DLine *l = doc_add(d, i);
        dl_printf(l, i == c->buf.cy ? S_BOLD : S_LINENO, "%*d ", digits, i + 1);
        LineMark m = i < c->nmarks ? c->marks[i] : MARK_NONE;
        dl_putwc(l, mark_glyph(m), mark_style(m));
        dl_putwc(l, L' ', S_NORMAL);
        /* The code itself, tabs expanded, from the horizontal scroll on. */
        int col = 0;
        DLine code;
        memset(&code, 0, sizeof code);
        for (int k = 0; k < bl->len;) {
            if (bl->s[k] == '\t') {
                do
                    dl_putwc(&code, L' ', S_NORMAL);
                while (++col % TABW);
                k++;
                continue;
            }
            int j = k + 1;
            while (j < bl->len && ((unsigned char)bl->s[j] & 0xC0) == 0x80)
                j++;
            char one[8] = {0};
            memcpy(one, bl->s + k, j - k < 7 ? j - k : 7);
            int before = code.n;
            dl_puts(&code, one, (Sty)sty[k]);
            col += code.n - before;
            k = j;
        }
        for (int k = c->left; k < code.n; k++)
            if (code.ch[k] || k == c->left)
                dl_putwc(l, code.ch[k] ? code.ch[k] : L' ', (Sty)code.st[k]);
        free(code.ch);
        free(code.st);
    }
    free(sty);
    pager_changed(&c->code);
}

static const char *kind_label(const Diag *dg) {
    switch (mark_of_diag(dg)) {
    case MARK_HEAP: return "heap";
    case MARK_LEAK: return "leak";
    case MARK_INLINE: return "inline";
    case MARK_OK: return "stack";
    case MARK_ERROR: return "error";
    default: return NULL;
    }
}

static void build_panel(CodeView *c) {
    Doc *d = &c->panel.doc;
    doc_clear(d);
    DLine *l;
    if (c->wide) {     /* below the code the separator line says it */
        l = doc_add(d, 0);
        dl_printf(l, S_H3, "go build -gcflags='-m%s%s'", c->mlevel == 2 ? "=2" : "",
                  c->noinline ? " -l" : "");
    }
    if (!c->an) {
        Rich r;
        rich_init(&r);
        rich_add(&r, "The analyzer is not built into this escapade yet, so "
                     "there is no -m output to show.", S_DIM);
        doc_wrap(d, &r, c->panel_cols, NULL, NULL, S_NORMAL, 0);
        rich_free(&r);
        pager_changed(&c->panel);
        return;
    }
    if (c->an->diags.len == 0) {
        l = doc_add(d, 0);
        dl_puts(l, "(no output: nothing to inline, nothing escapes)", S_DIM);
    }
    int cur = c->buf.cy + 1;
    for (int i = 0; i < c->an->diags.len; i++) {
        const Diag *dg = &c->an->diags.items[i];
        char head[64];
        diag_where(dg, false, head, sizeof head);
        Rich r;
        rich_init(&r);
        Sty s = dg->sev == DIAG_ERROR ? S_ERROR : S_NORMAL;
        LineMark m = mark_of_diag(dg);
        if (m == MARK_HEAP)
            s = S_MARK_HEAP;
        else if (dg->kind == DK_FLOW || dg->kind == DK_CAPTURE)
            s = S_DIM;
        bool here = dg->pos.line == cur && diag_in_source(dg);
        rich_add(&r, head, here ? S_BOLD : S_LINENO);
        rich_add(&r, dg->msg, s);
        char p1[8];
        snprintf(p1, sizeof p1, "%s", here ? "▶ " : "  ");
        doc_wrap(d, &r, c->panel_cols, p1, "      ", S_BULLET,
                 diag_in_source(dg) ? dg->pos.line : 0);
        rich_free(&r);
    }
    pager_changed(&c->panel);
    /* Keep the cursor line's lines in view. */
    for (int i = 0; i < d->n; i++)
        if (d->lines[i].tag == cur) {
            int end = i;
            while (end + 1 < d->n && d->lines[end + 1].tag == cur)
                end++;
            if (i < c->panel.top || end >= c->panel.top + c->panel_rows)
                c->panel.top = i - 1;
            pager_clamp(&c->panel);
            break;
        }
}

static void build_reason(CodeView *c, int cols) {
    doc_clear(&c->reason);
    int line = c->buf.cy + 1;
    const Diag *dg = analysis_line_diag(c->an, line);
    Rich r;
    rich_init(&r);
    if (!c->an) {
        rich_add(&r, "No analysis available.", S_DIM);
    } else if (!dg) {
        char buf[64];
        snprintf(buf, sizeof buf, "Line %d: no decision reported here.", line);
        rich_add(&r, buf, S_DIM);
    } else {
        char buf[64];
        snprintf(buf, sizeof buf, "Line %d ", line);
        rich_add(&r, buf, S_BOLD);
        const char *k = kind_label(dg);
        if (k) {
            rich_add(&r, "[", S_DIM);
            rich_add(&r, k, mark_style(mark_of_diag(dg)));
            rich_add(&r, "] ", S_DIM);
        }
        rich_add(&r, dg->msg, S_NORMAL);
        if (dg->reason) {
            rich_add(&r, " — why: ", S_DIM);
            rich_add(&r, dg->reason, S_TIP);
        }
        /* A line can carry more than one decision: an inlined call also
         * decides its copies ("&User{...} does not escape"); name them. */
        const Diag *more[2];
        int nmore = analysis_line_others(c->an, line, more, 2);
        for (int i = 0; i < nmore && i < 2; i++) {
            rich_add(&r, "; also: ", S_DIM);
            rich_add(&r, more[i]->msg, S_NORMAL);
        }
        if (nmore > 2) {
            snprintf(buf, sizeof buf, " (+%d more in the panel)", nmore - 2);
            rich_add(&r, buf, S_DIM);
        }
    }
    DLine *sep = doc_add(&c->reason, 0);
    for (int i = 0; i < cols; i++)
        dl_putwc(sep, L'─', S_BOX);
    doc_wrap(&c->reason, &r, cols, " ", " ", S_NORMAL, 0);
    rich_free(&r);
}

static void code_layout(View *v, int cols, int rows) {
    CodeView *c = (CodeView *)v;
    if (c->an_version != c->buf.version || !c->marks)
        analyse(c);
    int body = rows - REASON_ROWS;
    if (body < 2)
        body = 2;
    c->wide = cols >= 110;
    if (c->wide) {
        c->code_cols = cols * 3 / 5;
        c->panel_cols = cols - c->code_cols - 1;
        c->code_rows = c->panel_rows = body;
    } else {
        c->code_cols = cols;
        c->panel_cols = cols;
        c->code_rows = body * 3 / 5;
        c->panel_rows = body - c->code_rows - 1;
        if (c->panel_rows < 1) {
            c->panel_rows = 1;
            c->code_rows = body - 2;
        }
    }
    c->code.rows = c->code_rows;
    c->panel.rows = c->panel_rows;
    /* Keep the edit cursor in view horizontally. */
    int avail = c->code_cols - c->gutter - 1;
    int ccol = buf_col(&c->buf, c->buf.cy, c->buf.cx, TABW);
    if (ccol < c->left)
        c->left = ccol;
    else if (avail > 4 && ccol >= c->left + avail)
        c->left = ccol - avail + 1;
    c->code.cursor = c->buf.cy;
    build_code(c);
    build_panel(c);
    build_reason(c, cols);
}

static void code_draw(View *v, int y, int x, int cols, int rows) {
    CodeView *c = (CodeView *)v;
    /* In edit mode the terminal cursor marks the spot; no line bar. */
    c->code.cursor = c->editing ? -1 : c->buf.cy;
    if (c->editing) {
        if (c->buf.cy < c->code.top)
            c->code.top = c->buf.cy;
        if (c->buf.cy >= c->code.top + c->code_rows)
            c->code.top = c->buf.cy - c->code_rows + 1;
    }
    pager_draw(&c->code, y, x, c->code_rows, c->code_cols);
    if (c->wide) {
        for (int r = 0; r < c->panel_rows; r++) {
            cchar_t cc;
            term_cchar(L'│', S_BOX, &cc);
            mvadd_wch(y + r, x + c->code_cols, &cc);
        }
        pager_draw(&c->panel, y, x + c->code_cols + 1, c->panel_rows, c->panel_cols);
    } else {
        DLine sep;
        memset(&sep, 0, sizeof sep);
        /* the panel's command in its separator: a short panel keeps its
         * rows for the analyzer's lines */
        dl_puts(&sep, "── analyzer: ", S_BOX);
        char cmd[64];
        snprintf(cmd, sizeof cmd, "go build -gcflags='-m%s%s' ", c->mlevel == 2 ? "=2" : "",
                 c->noinline ? " -l" : "");
        dl_puts(&sep, cmd, S_H3);
        while (sep.n < cols)
            dl_putwc(&sep, L'─', S_BOX);
        render_line(stdscr, y + c->code_rows, x, cols, &sep, S_NORMAL);
        free(sep.ch);
        free(sep.st);
        pager_draw(&c->panel, y + c->code_rows + 1, x, c->panel_rows, cols);
    }
    int ry = y + rows - REASON_ROWS;
    render_doc(stdscr, &c->reason, 0, ry, x, REASON_ROWS, cols, 0, NULL);
    if (c->editing) {
        int cy = y + c->buf.cy - c->code.top;
        int cx = x + c->gutter + buf_col(&c->buf, c->buf.cy, c->buf.cx, TABW) - c->left;
        if (cx >= x + c->code_cols)
            cx = x + c->code_cols - 1;
        app_set_cursor(cy, cx);
    }
}

/* Ended by a signal with unsaved edits: write them beside the file as
 * FILE.save (FILE.save.1 ... when that exists), as nano does, and leave
 * FILE as it was: the learner did not ask to overwrite it. */
static void code_rescue(View *v, char *note, size_t n) {
    CodeView *c = (CodeView *)v;
    if (!c->path || !c->buf.modified)
        return;
    size_t len;
    char *text = buf_file_text(&c->buf, &len);
    char name[4200];
    int fd = -1;
    for (int i = 0; i < 10 && fd < 0; i++) {
        if (i == 0)
            snprintf(name, sizeof name, "%s.save", c->path);
        else
            snprintf(name, sizeof name, "%s.save.%d", c->path, i);
        fd = open(name, O_WRONLY | O_CREAT | O_EXCL, 0600);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    bool ok = fd >= 0 && write(fd, text, len) == (ssize_t)len && fsync(fd) == 0;
    if (fd >= 0)
        close(fd);
    free(text);
    if (ok)
        snprintf(note, n, "unsaved changes to %s were written to %s", c->path, name);
    else
        snprintf(note, n, "unsaved changes to %s were lost: cannot write %s", c->path, name);
}

/* ------------------------------------------------------------------ keys */

static int save_file(CodeView *c, char *msg, size_t n) {
    if (!c->path) {
        snprintf(msg, n, "A lesson example is not saved; your edits stay until you leave");
        return -1;
    }
    size_t len;
    char *text = buf_file_text(&c->buf, &len);
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.escapade-tmp", c->path);
    /* The saved file keeps the old one's permissions (rename would give
     * it the temporary file's). */
    struct stat st;
    mode_t mode = stat(c->path, &st) == 0 ? st.st_mode & 07777 : 0644;
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int ok = fd >= 0 && fchmod(fd, mode) == 0 && write(fd, text, len) == (ssize_t)len &&
             fsync(fd) == 0;
    int err = errno;
    if (fd >= 0)
        close(fd);
    free(text);
    if (!ok || rename(tmp, c->path) != 0) {
        err = ok ? errno : err;
        unlink(tmp);
        snprintf(msg, n, "Cannot save %s: %s", c->path, strerror(err));
        return -1;
    }
    c->buf.modified = false;
    snprintf(msg, n, "Saved %s", c->path);
    return 0;
}

static KeyResult edit_key(CodeView *c, int ch, bool fkey) {
    Buf *b = &c->buf;
    if (fkey) {
        switch (ch) {
        case KEY_LEFT: buf_left(b); break;
        case KEY_RIGHT: buf_right(b); break;
        case KEY_UP: buf_up(b, 1); break;
        case KEY_DOWN: buf_down(b, 1); break;
        case KEY_PPAGE: buf_up(b, c->code_rows - 1); break;
        case KEY_NPAGE: buf_down(b, c->code_rows - 1); break;
        case KEY_HOME: buf_home(b); break;
        case KEY_END: buf_end(b); break;
        case KEY_BACKSPACE: buf_backspace(b); break;
        case KEY_DC: buf_delete(b); break;
        case KEY_ENTER: buf_newline(b); break;
        default: return K_UNHANDLED;
        }
        return K_RELAYOUT;
    }
    switch (ch) {
    case 27:
        c->editing = false;
        c->v.text_input = false;
        return K_RELAYOUT;
    case '\r': case '\n': buf_newline(b); return K_RELAYOUT;
    case 127: case 8: buf_backspace(b); return K_RELAYOUT;
    case 31: /* ^_ */ buf_undo(b); return K_RELAYOUT;
    case '\t': buf_insert(b, "\t"); return K_RELAYOUT;
    default: break;
    }
    if (ch >= 32 && iswprint((wint_t)ch)) {
        char mb[8];
        mbstate_t ms;
        memset(&ms, 0, sizeof ms);
        size_t k = wcrtomb(mb, (wchar_t)ch, &ms);
        if (k == (size_t)-1)
            return K_DONE;
        mb[k] = 0;
        buf_insert(b, mb);
        return K_RELAYOUT;
    }
    return K_DONE;
}

/* Pasted code goes in as it is: Enter in a paste must not auto-indent, or
 * every pasted line would gain the indent of the one before. */
static void code_paste(View *v, const char *text, size_t len) {
    CodeView *c = (CodeView *)v;
    if (!c->editing) {
        app_message(v->app, true, "Press i to edit, then paste");
        return;
    }
    buf_paste(&c->buf, text, len);
}

static KeyResult code_key(View *v, int ch, bool fkey) {
    CodeView *c = (CodeView *)v;
    char msg[512];
    if (fkey && ch == KEY_F(2)) {
        app_message(v->app, save_file(c, msg, sizeof msg) != 0, "%s", msg);
        return K_DONE;
    }
    if (fkey && ch == KEY_F(3)) {
        if (!buf_undo(&c->buf))
            app_message(v->app, true, "Nothing to undo");
        return K_RELAYOUT;
    }
    if (c->editing)
        return edit_key(c, ch, fkey);
    if (!fkey) {
        switch (ch) {
        case 'i': case 'e':
            c->editing = true;
            c->v.text_input = true;
            return K_RELAYOUT;
        case 's':
            app_message(v->app, save_file(c, msg, sizeof msg) != 0, "%s", msg);
            return K_DONE;
        case 'u':
            if (!buf_undo(&c->buf))
                app_message(v->app, true, "Nothing to undo");
            return K_RELAYOUT;
        case 'L':
            c->noinline = !c->noinline;
            analyse(c);
            return K_RELAYOUT;
        case 'M': case '2':
            c->mlevel = c->mlevel == 2 ? 1 : 2;
            analyse(c);
            return K_RELAYOUT;
        case 'd': {
            size_t len;
            char *src = buf_text(&c->buf, &len);
            View *mv = memory_view_new(c->name, src, len, c->noinline);
            free(src);
            if (mv)
                app_push(v->app, mv);
            return K_DONE;
        }
        case 'c': {
            size_t len;
            char *src = buf_text(&c->buf, &len);
            View *iv = inlining_view_new(c->name, src, len);
            free(src);
            if (iv)
                app_push(v->app, iv);
            return K_DONE;
        }
        case ']':
        case '[': {
            /* the next / previous line with a decision in the gutter */
            int dir = ch == ']' ? 1 : -1;
            for (int i = c->buf.cy + dir; i >= 0 && i < c->nmarks; i += dir)
                if (c->marks[i] != MARK_NONE) {
                    c->buf.cy = i;
                    c->buf.cx = 0;
                    return K_RELAYOUT;
                }
            app_message(v->app, false, "No more decisions %s", dir > 0 ? "below" : "above");
            return K_DONE;
        }
        case 'h':
            if (c->left > 0)
                c->left -= 4 < c->left ? 4 : c->left;
            return K_RELAYOUT;
        case 'l':
            c->left += 4;
            return K_RELAYOUT;
        case 'q': case 27: case 'Q':
            /* Q quits from anywhere, but not past unsaved changes to a
             * file unless the learner has been told (then it is "quit
             * without saving"). */
            if (c->buf.modified && c->path && !(ch == 'Q' && c->quit_warned)) {
                app_message(v->app, true, "Unsaved changes: s saves, Q quits without saving");
                c->quit_warned = true;
                return K_DONE;
            }
            /* A lesson's example is a place to experiment: say that the
             * edit is dropped rather than let it vanish silently. */
            if (c->buf.modified && !c->path && !c->on_close && ch != 'Q')
                app_message(v->app, false, "Your edit of the example was not kept: "
                            "the lesson shows its own code");
            return ch == 'Q' ? K_QUIT : K_POP;
        default: break;
        }
    }
    if (fkey && ch == KEY_LEFT)
        return code_key(v, 'h', false);
    if (fkey && ch == KEY_RIGHT)
        return code_key(v, 'l', false);
    int before = c->buf.cy;
    c->code.cursor = c->buf.cy;
    KeyResult r = pager_key(&c->code, ch, fkey);
    if (r != K_UNHANDLED && c->code.cursor >= 0 && c->code.cursor != before) {
        c->buf.cy = c->code.cursor;
        c->buf.cx = 0;
        c->buf.want_col = 0;
        return K_RELAYOUT;
    }
    return r;
}

static void code_status(View *v, char *buf, size_t n) {
    CodeView *c = (CodeView *)v;
    char timing[64] = "";
    if (c->an)
        snprintf(timing, sizeof timing, "  %.1f ms", c->an->elapsed_us / 1000.0);
    if (c->editing)
        /* a lesson example or fix-it is not a file: no F2 to offer */
        snprintf(buf, n, "-- EDIT --  %d:%d%s  Esc stop editing%s  F3 undo%s",
                 c->buf.cy + 1, buf_col(&c->buf, c->buf.cy, c->buf.cx, TABW) + 1,
                 c->buf.modified ? " [+]" : "", c->path ? "  F2 save" : "", timing);
    else {
        /* The path gives way first: a long one would fill a narrow
         * status line and hide the line number and flags. */
        char rest[160], title[512];
        snprintf(rest, sizeof rest, "%s  line %d/%d  -m%s%s", c->buf.modified ? " [+]" : "",
                 c->buf.cy + 1, c->buf.n, c->mlevel == 2 ? "=2" : "",
                 c->noinline ? " -l" : "");
        int room = COLS - 2 - utf8_width(rest);
        /* the timing goes before the file's name has to be cut */
        if (utf8_width(c->title) + utf8_width(timing) <= room) {
            snprintf(rest + strlen(rest), sizeof rest - strlen(rest), "%s", timing);
            room -= utf8_width(timing);
        }
        utf8_shorten_middle(c->title, room < 12 ? 12 : room, title, sizeof title);
        snprintf(buf, n, "%s%s", title, rest);
        /* as many key hints as fit, the most useful first (? lists all) */
        static const char *const hints[] = {"i edit", "c inlining", "L -l", "M -m=2",
                                            "d memory", "q back"};
        int w = utf8_width(buf) + 1;
        for (size_t i = 0; i < sizeof hints / sizeof hints[0]; i++) {
            int hw = (int)strlen(hints[i]) + (i ? 2 : 3);
            if (w + hw + 1 > COLS)
                break;
            snprintf(buf + strlen(buf), n - strlen(buf), "%s%s", i ? "  " : "   ", hints[i]);
            w += hw;
        }
    }
}

static bool code_search(View *v, const wchar_t *pat, int dir) {
    CodeView *c = (CodeView *)v;
    c->code.cursor = c->buf.cy;
    if (!pager_search(&c->code, pat, dir))
        return false;
    c->buf.cy = c->code.cursor;
    c->buf.cx = 0;
    v->laid_cols = -1;
    return true;
}

static bool code_busy(View *v) {
    CodeView *c = (CodeView *)v;
    return c->an_version != c->buf.version;
}

static void code_idle(View *v) {
    CodeView *c = (CodeView *)v;
    analyse(c);
    v->laid_cols = -1;
}

void code_view_set_flags(View *v, int mlevel, bool noinline) {
    CodeView *c = (CodeView *)v;
    c->mlevel = mlevel == 2 ? 2 : 1;
    c->noinline = noinline;
    c->an_version = -1;      /* analyse again with them */
}

void code_view_on_close(View *v, CodeDone fn, void *ctx) {
    CodeView *c = (CodeView *)v;
    c->on_close = fn;
    c->on_close_ctx = ctx;
}

static void code_destroy(View *v) {
    CodeView *c = (CodeView *)v;
    if (c->on_close) {
        size_t len;
        char *text = buf_text(&c->buf, &len);
        c->on_close(c->on_close_ctx, text, len);
        free(text);
    }
    tui_analysis_free(c->an);
    buf_free(&c->buf);
    pager_free(&c->code);
    pager_free(&c->panel);
    doc_free(&c->reason);
    free(c->marks);
    free(c->path);
    free(c->name);
    free(c);
}

static CodeView *code_new(const char *name, const char *src, size_t len) {
    CodeView *c = calloc(1, sizeof *c);
    buf_init(&c->buf);
    buf_load(&c->buf, src, len);
    c->an_version = -1;
    c->mlevel = 1;
    c->name = strdup(name);
    pager_init(&c->code, true);
    pager_init(&c->panel, false);
    doc_init(&c->reason);
    snprintf(c->title, sizeof c->title, "%s", name);
    c->v.title = c->title;
    c->v.help = code_help;
    c->v.layout = code_layout;
    c->v.draw = code_draw;
    c->v.key = code_key;
    c->v.status = code_status;
    c->v.search = code_search;
    c->v.paste = code_paste;
    c->v.busy = code_busy;
    c->v.idle = code_idle;
    c->v.destroy = code_destroy;
    c->v.rescue = code_rescue;
    return c;
}

View *code_view_new(const char *name, const char *src, size_t len) {
    return &code_new(name, src, len)->v;
}

/* A missing file in an existing directory is a new file to write. */
static bool parent_exists(const char *path) {
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (!slash)
        return true;
    *slash = 0;
    struct stat st;
    return stat(dir[0] ? dir : "/", &st) == 0 && S_ISDIR(st.st_mode);
}

View *code_view_open_file(const char *path, char *err, size_t errsz) {
    /* fopen opens a directory on Linux; it would show as an empty file
     * that cannot be saved.  Nor is a device or a pipe a Go file to edit. */
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        snprintf(err, errsz, "cannot open %s: %s", path,
                 S_ISDIR(st.st_mode) ? "is a directory (give a .go file)"
                                     : "not a regular file");
        return NULL;
    }
    FILE *f = fopen(path, "rb");
    char *text = NULL;
    size_t len = 0;
    if (f) {
        size_t cap = 0;
        for (;;) {
            if (len + 4096 > cap) {
                cap = cap ? cap * 2 : 8192;
                text = realloc(text, cap);
            }
            size_t k = fread(text + len, 1, cap - len, f);
            len += k;
            if (k == 0)
                break;
        }
        fclose(f);
    } else if (errno != ENOENT || !parent_exists(path)) {
        snprintf(err, errsz, "cannot open %s: %s", path, strerror(errno));
        return NULL;
    }
    /* A new file starts empty, as in any editor. */
    const char *base = strrchr(path, '/');
    char name[1024];
    snprintf(name, sizeof name, "./%s", base ? base + 1 : path);
    CodeView *c = code_new(name, text ? text : "", len);
    free(text);
    c->path = strdup(path);
    /* The analysis names the file as gc does for a file in the current
     * directory (./x.go); the title and status line show the path given,
     * so that the learner sees which file is saved. */
    snprintf(c->title, sizeof c->title, "%s", path);
    return &c->v;
}
