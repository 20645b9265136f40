/* app.c - the view stack, the main loop, shared chrome and the pager. */
#include "app.h"

#include <limits.h>
#include <stdarg.h>
#include <time.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

/* -------------------------------------------------------------- pad queue */

typedef struct PadRef {
    WINDOW *pad;
    int ptop, pleft, y0, x0, y1, x1;
} PadRef;

static PadRef pads[16];
static int npads;

void app_queue_pad(WINDOW *pad, int ptop, int pleft, int y0, int x0, int y1, int x1) {
    if (npads < (int)(sizeof pads / sizeof pads[0]))
        pads[npads++] = (PadRef){pad, ptop, pleft, y0, x0, y1, x1};
}

static int cursor_y = -1, cursor_x;

void app_set_cursor(int y, int x) {
    cursor_y = y;
    cursor_x = x;
}

static void flush_pads(void) {
    for (int i = 0; i < npads; i++)
        pnoutrefresh(pads[i].pad, pads[i].ptop, pads[i].pleft, pads[i].y0,
                     pads[i].x0, pads[i].y1, pads[i].x1);
    npads = 0;
}

/* ----------------------------------------------------------------- timing
 * ESCAPADE_TIMING=FILE writes how long frames took (tests/tui/t_speed.sh
 * checks the budgets: first frame < 50 ms, frames < 16 ms). */

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double t_start = -1;
static double first_frame = -1;
static double *frame_ms;
static int nframes, frames_cap;

void app_mark_start(void) {
    if (t_start < 0)
        t_start = now_ms();
}

static void record_frame(double ms) {
    if (first_frame < 0)
        first_frame = now_ms() - (t_start < 0 ? now_ms() - ms : t_start);
    if (nframes == frames_cap) {
        frames_cap = frames_cap ? frames_cap * 2 : 256;
        frame_ms = realloc(frame_ms, frames_cap * sizeof *frame_ms);
    }
    frame_ms[nframes++] = ms;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static void write_timing(void) {
    const char *path = getenv("ESCAPADE_TIMING");
    if (!path || !*path || nframes == 0)
        return;
    FILE *f = fopen(path, "w");
    if (!f)
        return;
    qsort(frame_ms, nframes, sizeof *frame_ms, cmp_double);
    fprintf(f, "first_frame_ms %.2f\nframes %d\nmedian_ms %.2f\np90_ms %.2f\nmax_ms %.2f\n",
            first_frame, nframes, frame_ms[nframes / 2], frame_ms[nframes * 9 / 10],
            frame_ms[nframes - 1]);
    fclose(f);
}

/* -------------------------------------------------------------------- app */

void app_init(App *a) { memset(a, 0, sizeof *a); }

void app_push(App *a, View *v) {
    if (a->n == (int)(sizeof a->stack / sizeof a->stack[0])) {
        v->destroy(v);
        return;
    }
    v->app = a;
    v->laid_cols = v->laid_rows = -1;
    a->stack[a->n++] = v;
}

void app_pop(App *a) {
    if (a->n == 0)
        return;
    View *v = a->stack[--a->n];
    if (v->save)
        v->save(v);
    v->destroy(v);
    if (a->n > 0)
        a->stack[a->n - 1]->laid_cols = -1;   /* may show changed progress */
}

void app_message(App *a, bool error, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(a->message, sizeof a->message, fmt, ap);
    va_end(ap);
    a->message_error = error;
}

static void draw_title(const View *v) {
    DLine l;
    memset(&l, 0, sizeof l);
    dl_puts(&l, " escapade", S_TITLE);
    if (v->title && *v->title) {
        dl_puts(&l, "  ▸  ", S_TITLE);
        /* a path (a file's view) keeps its file name: cut in the middle */
        char cut[512];
        int room = COLS - l.n - 9;
        if (strchr(v->title, '/') && room >= 12 && utf8_width(v->title) > room)
            utf8_shorten_middle(v->title, room, cut, sizeof cut);
        else
            snprintf(cut, sizeof cut, "%s", v->title);
        dl_puts(&l, cut, S_TITLE);
    }
    const char *right = "? help ";
    int rw = utf8_width(right);
    if (l.n + rw + 2 <= COLS) {
        dl_pad(&l, COLS - rw, S_TITLE);
        dl_puts(&l, right, S_TITLE);
    }
    render_line(stdscr, 0, 0, COLS, &l, S_TITLE);
    free(l.ch);
    free(l.st);
}

/* A line wider than the screen ends in "…", so a cut is seen as a cut. */
static void ellipsize(DLine *l, int cols) {
    if (l->n <= cols || cols < 1)
        return;
    l->n = cols;
    /* Do not leave the first half of a wide character. */
    if (cols >= 2 && l->ch[cols - 1] == 0)
        l->ch[cols - 2] = L' ';
    l->ch[cols - 1] = L'…';
}

static void draw_status(App *a, View *v) {
    char buf[512] = "";
    if (v->status)
        v->status(v, buf, sizeof buf);
    DLine l;
    memset(&l, 0, sizeof l);
    dl_puts(&l, " ", S_STATUS);
    if (a->message[0]) {
        dl_puts(&l, a->message, a->message_error ? S_BAD : S_KEY);
        dl_puts(&l, "  ", S_STATUS);
    }
    dl_puts(&l, buf, S_STATUS);
    ellipsize(&l, COLS);
    render_line(stdscr, LINES - 1, 0, COLS, &l, S_STATUS);
    free(l.ch);
    free(l.st);
}

static bool too_small(void) { return COLS < TERM_MIN_COLS || LINES < TERM_MIN_ROWS; }

/* Below the minimum size only this message shows; the views keep their
 * state and come back when the terminal grows again. */
static void draw_too_small(void) {
    erase();
    /* Three short phrases, each wrapped on its own: a narrow terminal
     * breaks between them, not inside "need 40x10". */
    char size[64];
    snprintf(size, sizeof size, "%dx%d, need %dx%d.", COLS, LINES, TERM_MIN_COLS,
             TERM_MIN_ROWS);
    const char *parts[] = {"Terminal too small:", size, "q quits."};
    Doc d;
    doc_init(&d);
    bool one_line = COLS >= 20 + utf8_width(size) + 9;
    Rich r;
    rich_init(&r);
    for (int i = 0; i < 3; i++) {
        rich_add(&r, parts[i], i == 2 ? S_NORMAL : S_BOLD);
        if (one_line && i < 2) {
            rich_add(&r, " ", S_NORMAL);
            continue;
        }
        doc_wrap(&d, &r, COLS, NULL, NULL, S_NORMAL, 0);
        rich_free(&r);
        rich_init(&r);
    }
    int y = (LINES - d.n) / 2;
    if (y < 0)
        y = 0;
    render_doc(stdscr, &d, 0, y, 0, LINES - y < d.n ? LINES - y : d.n, COLS, 0, NULL);
    doc_free(&d);
    rich_free(&r);
    wnoutrefresh(stdscr);
    doupdate();
}

static void layout_view(View *v, int cols, int rows) {
    if (v->laid_cols != cols || v->laid_rows != rows) {
        v->layout(v, cols, rows);
        v->laid_cols = cols;
        v->laid_rows = rows;
    }
}

static void draw_all(App *a) {
    cursor_y = -1;
    if (too_small()) {
        draw_too_small();
        return;
    }
    View *top = a->stack[a->n - 1];
    View *base = top;
    if (top->overlay && a->n > 1)
        base = a->stack[a->n - 2];
    int rows = LINES - 2, cols = COLS;
    layout_view(base, cols, rows);
    draw_title(base);
    base->draw(base, 1, 0, cols, rows);
    draw_status(a, top);
    wnoutrefresh(stdscr);
    flush_pads();
    if (top != base) {
        layout_view(top, cols, rows);
        top->draw(top, 1, 0, cols, rows);
        flush_pads();
    }
    /* The terminal cursor shows only where a view edits text.  stdscr has
     * no changes left at this point, so refreshing it only moves it. */
    if (cursor_y >= 0) {
        curs_set(1);
        wmove(stdscr, cursor_y, cursor_x);
        wnoutrefresh(stdscr);
    } else {
        curs_set(0);
    }
    doupdate();
}

bool app_prompt(App *a, const char *label, wchar_t *buf, size_t n) {
    size_t len = 0;
    buf[0] = 0;
    curs_set(1);
    for (;;) {
        DLine l;
        memset(&l, 0, sizeof l);
        dl_puts(&l, label, S_KEY);
        for (size_t i = 0; i < len; i++)
            dl_putwc(&l, buf[i], S_STATUS);
        int cx = l.n;
        render_line(stdscr, LINES - 1, 0, COLS, &l, S_STATUS);
        free(l.ch);
        free(l.st);
        move(LINES - 1, cx < COLS ? cx : COLS - 1);
        refresh();
        wint_t ch;
        int r = get_wch(&ch);
        if (term_quit_requested()) {
            curs_set(0);
            return false;
        }
        if (r == ERR)
            continue;
        if (r == KEY_CODE_YES) {
            if (ch == KEY_RESIZE) {   /* keep the screen whole while asking */
                for (int i = 0; i < a->n; i++)
                    a->stack[i]->laid_cols = -1;
                draw_all(a);
                continue;
            }
            if (ch == KEY_BACKSPACE && len > 0)
                buf[--len] = 0;
            else if (ch == KEY_ENTER)
                break;
            continue;
        }
        if (ch == 27) {
            curs_set(0);
            return false;
        }
        if (ch == L'\n' || ch == L'\r')
            break;
        if ((ch == 127 || ch == 8) && len > 0)
            buf[--len] = 0;
        else if (iswprint(ch) && len + 1 < n) {
            buf[len++] = (wchar_t)ch;
            buf[len] = 0;
        }
    }
    curs_set(0);
    return len > 0;
}

static void do_search(App *a, View *v, int dir, bool ask) {
    if (!v->search) {
        app_message(a, true, "No search here");
        return;
    }
    if (ask) {
        wchar_t pat[128];
        if (!app_prompt(a, "/", pat, sizeof pat / sizeof pat[0]))
            return;
        wcscpy(a->search, pat);
    }
    if (!a->search[0]) {
        app_message(a, true, "No previous search");
        return;
    }
    if (!v->search(v, a->search, dir))
        app_message(a, true, "Pattern not found: %ls", a->search);
}

/* Wheel events become three lines of scrolling, so every view gets the
 * mouse for free through its arrow keys. */
static int translate_mouse(int *repeat) {
    MEVENT ev;
    *repeat = 1;
    if (getmouse(&ev) != OK)
        return 0;
    if (ev.bstate & BUTTON4_PRESSED) {
        *repeat = 3;
        return KEY_UP;
    }
#ifdef BUTTON5_PRESSED
    if (ev.bstate & BUTTON5_PRESSED) {
        *repeat = 3;
        return KEY_DOWN;
    }
#endif
    return 0;
}

static void handle_key(App *a, int ch, bool fkey) {
    View *v = a->stack[a->n - 1];
    int repeat = 1;
    if (fkey && ch == KEY_MOUSE) {
        ch = translate_mouse(&repeat);
        if (!ch)
            return;
    }
    for (int i = 0; i < repeat; i++) {
        KeyResult r = v->key(v, ch, fkey);
        if (r == K_UNHANDLED && !v->text_input) {
            if (!fkey && ch == '?' && !v->overlay) {
                app_push(a, help_view_new(v));
                return;
            }
            if (!fkey && ch == '/') {
                do_search(a, v, 1, true);
                return;
            }
            if (!fkey && (ch == 'n' || ch == 'N')) {
                do_search(a, v, ch == 'n' ? 1 : -1, false);
                return;
            }
            if (!fkey && (ch == 'q' || ch == 27))
                r = K_POP;
            if (!fkey && ch == 'Q')
                r = K_QUIT;
        }
        switch (r) {
        case K_POP:
            app_pop(a);
            return;
        case K_QUIT:
            while (a->n > 0)
                app_pop(a);
            return;
        case K_RELAYOUT:
            v->laid_cols = -1;
            break;
        default:
            break;
        }
    }
}

/* After ESC [ 200 ~: collect what the terminal sends up to ESC [ 201 ~ as
 * text (Enter, Tab and all), then give it to the view in one piece.  A
 * terminal that never sends the end marker is given a second of silence. */
static void read_paste(App *a) {
    size_t len = 0, cap = 256;
    char *text = malloc(cap);
    if (!text)
        return;
    timeout(1000);
    bool after_cr = false;
    for (;;) {
        wint_t ch;
        int r = get_wch(&ch);
        if (r == ERR || term_quit_requested())
            break;
        if (r == KEY_CODE_YES) {
            if (ch == KEY_PASTE_END)
                break;
            if (ch == KEY_ENTER)
                ch = '\n';
            else
                continue;         /* no keys inside a paste */
        }
        /* CR (what terminals send for a line end), LF, or CR LF (a
         * Windows clipboard): each one line end */
        bool lf_after_cr = ch == '\n' && after_cr;
        after_cr = ch == '\r';
        if (lf_after_cr)
            continue;
        char mb[MB_LEN_MAX + 1];
        size_t k;
        if (ch == '\r' || ch == '\n') {
            mb[0] = '\n';
            k = 1;
        } else {
            mbstate_t ms;
            memset(&ms, 0, sizeof ms);
            k = wcrtomb(mb, (wchar_t)ch, &ms);
            if (k == (size_t)-1)
                continue;
        }
        if (len + k + 1 > cap) {
            char *t = realloc(text, cap * 2);
            if (!t)
                break;
            text = t;
            cap *= 2;
        }
        memcpy(text + len, mb, k);
        len += k;
    }
    text[len] = 0;
    View *v = a->stack[a->n - 1];
    if (len > 0) {
        if (v->paste)
            v->paste(v, text, len);
        else
            app_message(a, true, "Nothing here takes pasted text");
    }
    for (int i = 0; i < a->n; i++)   /* a resize may have come meanwhile */
        a->stack[i]->laid_cols = -1;
    free(text);
}

int app_run(App *a) {
    bool blind_quit = false;    /* q on the too-small screen: nothing to ask with */
    while (a->n > 0) {
        if (term_quit_requested())
            break;
        double t0 = now_ms();
        draw_all(a);
        record_frame(now_ms() - t0);
        View *v = a->stack[a->n - 1];
        bool busy = v->busy && v->busy(v);
        timeout(busy ? 30 : 250);
        wint_t wch;
        int r = get_wch(&wch);
        if (r == ERR) {
            if (busy && v->idle)
                v->idle(v);
            continue;
        }
        if (r == KEY_CODE_YES && wch == KEY_RESIZE) {
            for (int i = 0; i < a->n; i++)
                a->stack[i]->laid_cols = -1;
            continue;
        }
        if (a->message[0])
            a->message[0] = 0;
        if (r == KEY_CODE_YES && wch == KEY_PASTE_BEGIN) {
            read_paste(a);
            continue;
        }
        if (r == KEY_CODE_YES && wch == KEY_PASTE_END)
            continue;
        if (too_small()) {
            if (r != KEY_CODE_YES && (wch == 'q' || wch == 'Q')) {
                blind_quit = true;
                break;
            }
            continue;
        }
        handle_key(a, (int)wch, r == KEY_CODE_YES);
    }
    /* A signal, or q where no question can be shown: views with unsaved
     * work keep it (there is no asking now). */
    int sig = term_quit_signal();
    for (int i = a->n - 1; (sig || blind_quit) && i >= 0; i--) {
        View *v = a->stack[i];
        char note[512] = "";
        if (v->rescue)
            v->rescue(v, note, sizeof note);
        size_t used = strlen(a->exit_note);
        if (note[0])
            snprintf(a->exit_note + used, sizeof a->exit_note - used, "%s%s",
                     used ? "\n" : "", note);
    }
    /* Quit (or a signal): every open view saves where the learner was. */
    while (a->n > 0)
        app_pop(a);
    write_timing();
    return sig ? 128 + sig : 0;
}

/* ------------------------------------------------------------------ pager */

void pager_init(Pager *p, bool with_cursor) {
    memset(p, 0, sizeof *p);
    doc_init(&p->doc);
    p->cursor = with_cursor ? 0 : -1;
    p->hl_line = -1;
    p->match_top = -1;
    p->dirty = true;
}

void pager_free(Pager *p) {
    doc_free(&p->doc);
    free(p->rendered);
    p->rendered = NULL;
    if (p->pad)
        delwin(p->pad);
    p->pad = NULL;
}

void pager_changed(Pager *p) {
    p->dirty = true;
    pager_clamp(p);
}

void pager_clamp(Pager *p) {
    int maxtop = p->doc.n - p->rows;
    if (maxtop < 0)
        maxtop = 0;
    if (p->cursor >= 0) {
        if (p->cursor >= p->doc.n)
            p->cursor = p->doc.n > 0 ? p->doc.n - 1 : 0;
        if (p->cursor < p->top)
            p->top = p->cursor;
        if (p->rows > 0 && p->cursor >= p->top + p->rows)
            p->top = p->cursor - p->rows + 1;
    }
    if (p->top > maxtop)
        p->top = maxtop;
    if (p->top < 0)
        p->top = 0;
}

void pager_show(Pager *p, int line) {
    if (p->cursor >= 0)
        p->cursor = line;
    else if (line < p->top || line >= p->top + p->rows)
        p->top = line - p->rows / 3;
    pager_clamp(p);
}

int pager_percent(const Pager *p) {
    if (p->doc.n <= p->rows)
        return 100;
    return (int)((long)(p->top + p->rows) * 100 / p->doc.n);
}

static void pager_move(Pager *p, int delta) {
    if (p->cursor >= 0) {
        long c = (long)p->cursor + delta;
        p->cursor = c < 0 ? 0 : c >= p->doc.n ? (p->doc.n > 0 ? p->doc.n - 1 : 0) : (int)c;
    } else {
        p->match_top = -1;     /* the learner moved: n goes on from the view */
        long t = (long)p->top + delta;
        p->top = t < 0 ? 0 : t > p->doc.n ? p->doc.n : (int)t;
    }
    pager_clamp(p);
}

KeyResult pager_key(Pager *p, int ch, bool fkey) {
    int page = p->rows > 2 ? p->rows - 1 : 1;
    int end = p->doc.n;
    if (fkey) {
        switch (ch) {
        case KEY_UP: pager_move(p, -1); return K_DONE;
        case KEY_DOWN: pager_move(p, 1); return K_DONE;
        case KEY_PPAGE: pager_move(p, -page); return K_DONE;
        case KEY_NPAGE: pager_move(p, page); return K_DONE;
        case KEY_HOME: pager_move(p, -end - 1); return K_DONE;
        case KEY_END: pager_move(p, end + 1); return K_DONE;
        default: return K_UNHANDLED;
        }
    }
    switch (ch) {
    case 'k': pager_move(p, -1); return K_DONE;
    case 'j': pager_move(p, 1); return K_DONE;
    case ' ': case 6: /* ^F */ pager_move(p, page); return K_DONE;
    case 'b': case 2: /* ^B */ pager_move(p, -page); return K_DONE;
    case 4: /* ^D */ pager_move(p, page / 2); return K_DONE;
    case 21: /* ^U */ pager_move(p, -page / 2); return K_DONE;
    case 'g': pager_move(p, -end - 1); return K_DONE;
    case 'G': pager_move(p, end + 1); return K_DONE;
    default: return K_UNHANDLED;
    }
}

/* The pad holds the whole doc, but rows are drawn into it only when they
 * first come into view after a change: a resize or an edit then costs one
 * screenful, and scrolling back over drawn rows only copies them. */
static void render_rows(Pager *p, int from, int to) {
    for (int r = from; r < to && r < p->padh; r++)
        if (!p->rendered[r]) {
            render_doc(p->pad, &p->doc, r, r, 0, 1, p->padw, 0, p->match);
            p->rendered[r] = 1;
        }
}

void pager_draw(Pager *p, int y, int x, int rows, int cols) {
    if (p->rows != rows || p->cols != cols) {
        p->rows = rows;
        p->cols = cols;
        p->dirty = true;
    }
    pager_clamp(p);
    int need_h = p->doc.n > rows ? p->doc.n : rows;
    if (!p->pad || p->padh != need_h || p->padw != cols) {
        if (p->pad)
            delwin(p->pad);
        p->pad = newpad(need_h, cols);
        p->padh = need_h;
        p->padw = cols;
        free(p->rendered);
        p->rendered = calloc(need_h, 1);
        p->dirty = true;
    }
    if (!p->pad || !p->rendered)
        return;
    if (p->dirty) {
        memset(p->rendered, 0, p->padh);
        p->dirty = false;
        p->hl_line = -1;
    }
    /* The line in reverse video: the cursor, or the current search match. */
    int mark = p->cursor >= 0 ? p->cursor
             : p->match && p->match_top == p->top ? p->match_line : -1;
    if (p->hl_line != mark && p->hl_line >= 0)   /* undo the old one */
        p->rendered[p->hl_line] = 0;
    render_rows(p, p->top, p->top + rows);
    p->hl_line = -1;
    if (mark >= 0 && mark < p->doc.n) {
        mvwchgat(p->pad, mark, 0, cols, A_REVERSE, 0, NULL);
        p->hl_line = mark;
    }
    app_queue_pad(p->pad, p->top, 0, y, x, y + rows - 1, x + cols - 1);
}

bool pager_search(Pager *p, const wchar_t *pat, int dir) {
    int n = p->doc.n;
    if (n == 0)
        return false;
    /* From the cursor; else from the last match while the view is where
     * that search left it; else from the view's top line (included). */
    int from = p->cursor >= 0 ? p->cursor
             : p->match_top == p->top && p->match_line < n ? p->match_line
             : dir > 0 ? p->top - 1 : p->top + 1;
    size_t plen = wcslen(pat);
    for (int k = 1; k <= n; k++) {
        int i = ((from + dir * k) % n + n) % n;
        const DLine *l = &p->doc.lines[i];
        for (int c = 0; c + (int)plen <= l->n; c++) {
            size_t m = 0;
            while (m < plen && towlower(l->ch[c + m]) == towlower(pat[m]))
                m++;
            if (m == plen) {
                p->match = pat;
                p->dirty = true;
                if (p->cursor >= 0)
                    p->cursor = i;
                else
                    p->top = i - p->rows / 3;
                pager_clamp(p);
                p->match_line = i;
                p->match_top = p->top;
                return true;
            }
        }
    }
    return false;
}

/* ------------------------------------------------------------------- help */

typedef struct HelpView {
    View v;
    const View *below;
    Pager pager;
} HelpView;

static const char global_help[] =
    "↑ ↓  j k\tmove / scroll\n"
    "PgUp PgDn  b Space\tpage\n"
    "Home End  g G\tfirst / last\n"
    "/ n N\tsearch, next, previous\n"
    "mouse wheel\tscroll three lines\n"
    "?\tthis help\n"
    "q  Esc\tback (quits on the home screen)\n"
    "Q\tquit from anywhere (progress is saved)\n";

/* Keys and meanings side by side; on a narrow screen (a 20-column key
 * column would leave the meanings a few letters a line) each key on its
 * own line with its meaning indented under it. */
static void help_add_keys(Doc *d, const char *text, int cols) {
    bool stacked = cols < 56;
    const char *s = text;
    while (s && *s) {
        const char *nl = strchr(s, '\n');
        size_t len = nl ? (size_t)(nl - s) : strlen(s);
        char *line = strndup(s, len);
        char *tab = strchr(line, '\t');
        Rich r;
        rich_init(&r);
        if (tab && stacked) {
            *tab = 0;
            rich_add(&r, line, S_KEYWORD);
            doc_wrap(d, &r, cols, "  ", "  ", S_NORMAL, 0);
            rich_free(&r);
            rich_init(&r);
            rich_add(&r, tab + 1, S_NORMAL);
            doc_wrap(d, &r, cols, "      ", "      ", S_NORMAL, 0);
            rich_free(&r);
            free(line);
            s = nl ? nl + 1 : NULL;
            continue;
        }
        if (tab) {
            *tab = 0;
            /* pad the key column by display width, not bytes */
            int w = utf8_width(line);
            rich_add(&r, line, S_KEYWORD);
            for (int i = w; i < 20; i++)
                rich_add(&r, " ", S_NORMAL);
            rich_add(&r, tab + 1, S_NORMAL);
        } else {
            rich_add(&r, line, S_NORMAL);
        }
        doc_wrap(d, &r, cols, "  ", "                      ", S_NORMAL, 0);
        rich_free(&r);
        free(line);
        s = nl ? nl + 1 : NULL;
    }
}

static void help_geometry(int cols, int rows, int *w, int *h) {
    *w = cols - 8 < 72 ? cols - 8 : 72;
    if (cols < 60)              /* narrow: every column counts */
        *w = cols - 2;
    *h = rows - 2;
    if (*w < 20)
        *w = cols;
}

static void help_layout(View *v, int cols, int rows) {
    HelpView *h = (HelpView *)v;
    int w, hh;
    help_geometry(cols, rows, &w, &hh);
    doc_clear(&h->pager.doc);
    DLine *l = doc_add(&h->pager.doc, 0);
    dl_puts(l, "  Keys here", S_H2);
    if (h->below->help)
        help_add_keys(&h->pager.doc, h->below->help, w - 2);
    doc_add(&h->pager.doc, 0);
    l = doc_add(&h->pager.doc, 0);
    dl_puts(l, "  Everywhere", S_H2);
    help_add_keys(&h->pager.doc, global_help, w - 2);
    pager_changed(&h->pager);
}

static void help_draw(View *v, int y, int x, int cols, int rows) {
    HelpView *h = (HelpView *)v;
    int w, hh;
    help_geometry(cols, rows, &w, &hh);
    int inner = h->pager.doc.n < hh - 2 ? h->pager.doc.n : hh - 2;
    int by = y + (rows - inner - 2) / 2, bx = x + (cols - w) / 2;
    /* The frame goes on stdscr over the view below, then the pad inside. */
    Canvas c;
    canvas_init(&c, w, inner + 2);
    canvas_box(&c, 0, 0, w, inner + 2, S_BOX);
    canvas_text(&c, 2, 0, " Help — q closes ", S_BOXTITLE, w - 4);
    Doc d;
    doc_init(&d);
    canvas_emit(&c, &d, 0, 0);
    for (int i = 0; i < d.n; i++) {
        DLine *l = &d.lines[i];
        dl_pad(l, w, S_NORMAL);
    }
    render_doc(stdscr, &d, 0, by, bx, d.n, w, 0, NULL);
    doc_free(&d);
    canvas_free(&c);
    wnoutrefresh(stdscr);
    pager_draw(&h->pager, by + 1, bx + 1, inner, w - 2);
}

static KeyResult help_key(View *v, int ch, bool fkey) {
    HelpView *h = (HelpView *)v;
    if (!fkey && (ch == '?' || ch == 'q' || ch == 27))
        return K_POP;
    return pager_key(&h->pager, ch, fkey);
}

static void help_status(View *v, char *buf, size_t n) {
    (void)v;
    snprintf(buf, n, "Help: q or ? closes");
}

static void help_destroy(View *v) {
    HelpView *h = (HelpView *)v;
    pager_free(&h->pager);
    free(h);
}

View *help_view_new(const View *below) {
    HelpView *h = calloc(1, sizeof *h);
    h->below = below;
    pager_init(&h->pager, false);
    h->v.title = "Help";
    h->v.overlay = true;
    h->v.layout = help_layout;
    h->v.draw = help_draw;
    h->v.key = help_key;
    h->v.status = help_status;
    h->v.destroy = help_destroy;
    return &h->v;
}
