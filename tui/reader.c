/* reader.c - a lesson: every block laid out to the width, scrolled through
 * a pad; the position is saved as (block, line in block) so it survives a
 * resize, a quit and a kill. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blocks.h"
#include "views.h"

typedef struct ReaderView {
    View v;
    Lesson *lesson;
    Pager pager;
    ExampleCache cache;
    char title[256];
    int block, scroll;     /* position: block at the top, lines into it */
    bool placed;           /* the pager's top reflects block/scroll */
    bool pos_dirty;        /* moved since the last save */
    int *first_line;       /* first doc line of each block */
    int focus;             /* block chosen with Tab, or -1 */
} ReaderView;

static const char reader_help[] =
    "↑ ↓  j k  Space b\tscroll\n"
    "Enter  e\topen the first example or question on screen\n"
    "] [\tnext / previous heading\n"
    "Tab  Shift-Tab\tnext / previous example or question (Enter opens it)\n"
    "t\tquiz on this lesson\n"
    "q\tback to the lessons\n";

static Tutor *tutor_of(View *v) { return v->app->ctx; }

static void reader_layout(View *v, int cols, int rows) {
    ReaderView *r = (ReaderView *)v;
    if (!r->placed) {   /* first layout: start where the learner stopped */
        const ProgressLesson *pl = progress_find_lesson(tutor_of(v)->prog, r->lesson->id);
        if (pl) {
            r->block = pl->block;
            r->scroll = pl->scroll;
        }
    }
    Doc *d = &r->pager.doc;
    doc_clear(d);
    free(r->first_line);
    r->first_line = calloc(r->lesson->nblocks + 1, sizeof *r->first_line);
    doc_add(d, 0);
    for (int i = 0; i < r->lesson->nblocks; i++) {
        const Block *b = &r->lesson->blocks[i];
        if (i > 0 && (b->kind == B_HEADING || d->n == 0 ||
                      d->lines[d->n - 1].n > 0))
            doc_add(d, i);            /* one blank line between blocks */
        if (b->kind == B_HEADING && b->level <= 2 && i > 0)
            doc_add(d, i);
        r->first_line[i] = d->n;
        layout_block(d, b, i, cols, &r->cache);
        if (i == r->focus && r->first_line[i] < d->n) {
            /* the chosen example or question: its first line stands out */
            DLine *fl = &d->lines[r->first_line[i]];
            if (fl->n >= 2) {
                fl->ch[0] = L'▶';
                fl->st[0] = S_BULLET;
            }
        }
    }
    DLine *l = doc_add(d, r->lesson->nblocks - 1);
    l = doc_add(d, r->lesson->nblocks - 1);
    dl_puts(l, "  ── end of lesson ── t: quiz on it   q: back to the lessons", S_DIM);
    r->pager.rows = rows;
    pager_changed(&r->pager);
    /* Keep the same block at the top as before the resize. */
    if (r->block >= r->lesson->nblocks)
        r->block = r->lesson->nblocks ? r->lesson->nblocks - 1 : 0;
    int top = r->lesson->nblocks ? r->first_line[r->block] + r->scroll : 0;
    if (r->lesson->nblocks && r->block + 1 < r->lesson->nblocks &&
        top >= r->first_line[r->block + 1])
        top = r->first_line[r->block + 1] - 1;
    if (r->block == 0 && r->scroll == 0)
        top = 0;
    r->pager.top = top;
    pager_clamp(&r->pager);
    r->placed = true;
}

/* Update (block, scroll) from the pager after a move. */
static void track_position(ReaderView *r) {
    Doc *d = &r->pager.doc;
    if (d->n == 0)
        return;
    int top = r->pager.top < d->n ? r->pager.top : d->n - 1;
    int b = d->lines[top].tag;
    if (b < 0 || b >= r->lesson->nblocks)
        return;
    int scroll = top - r->first_line[b];
    if (scroll < 0) {
        scroll = 0;     /* a blank line before the block */
    }
    if (b != r->block || scroll != r->scroll)
        r->pos_dirty = true;
    r->block = b;
    r->scroll = scroll;
}

static void reader_draw(View *v, int y, int x, int cols, int rows) {
    ReaderView *r = (ReaderView *)v;
    pager_draw(&r->pager, y, x, rows, cols);
}

static void save_position(ReaderView *r) {
    Tutor *t = tutor_of(&r->v);
    /* "seen" counts how far the bottom of the screen got. */
    int bottom = r->pager.top + r->pager.rows - 1;
    if (bottom >= r->pager.doc.n)
        bottom = r->pager.doc.n - 1;
    int seen_block = bottom >= 0 ? r->pager.doc.lines[bottom].tag : 0;
    if (r->pager.top + r->pager.rows >= r->pager.doc.n)
        seen_block = r->lesson->nblocks - 1;
    progress_set_position(t->prog, r->lesson->id, seen_block, 0, r->lesson->nblocks);
    progress_set_position(t->prog, r->lesson->id, r->block, r->scroll, r->lesson->nblocks);
    tutor_save(r->v.app);
    r->pos_dirty = false;
}

/* The example or question chosen with Tab if it is on screen, else the
 * first one with a line on screen. */
static const Block *block_on_screen(ReaderView *r) {
    Doc *d = &r->pager.doc;
    if (r->focus >= 0 && r->focus < r->lesson->nblocks) {
        int f = r->first_line[r->focus];
        if (f < r->pager.top + r->pager.rows && f + 1 >= r->pager.top)
            return &r->lesson->blocks[r->focus];
    }
    for (int i = r->pager.top; i < d->n && i < r->pager.top + r->pager.rows; i++) {
        int b = d->lines[i].tag;
        if (b >= 0 && b < r->lesson->nblocks) {
            const Block *bl = &r->lesson->blocks[b];
            if ((bl->kind == B_CODE && bl->example) ||
                (bl->kind == B_QUESTION && bl->question))
                return bl;
        }
    }
    return NULL;
}

static bool is_heading(const Block *b) { return b->kind == B_HEADING; }
static bool is_openable(const Block *b) {
    return (b->kind == B_CODE && b->example) || (b->kind == B_QUESTION && b->question);
}

/* The block of doc line i (clamped to the doc), or -1 for an empty doc. */
static int block_at(ReaderView *r, int i) {
    Doc *d = &r->pager.doc;
    if (d->n == 0)
        return -1;
    return d->lines[i < 0 ? 0 : i >= d->n ? d->n - 1 : i].tag;
}

/* Scroll the next (dir 1) or previous block that matches to the top.
 * Examples and questions (Tab, Shift-Tab) go from the one chosen before;
 * with none chosen, Tab takes the first on screen or below it and Shift-Tab
 * the last on screen or above it, as links in a pager.  When there is none
 * that way, they stay and say so. */
static void jump_to(ReaderView *r, int dir, bool (*want)(const Block *)) {
    bool openable = want == is_openable;
    int from = r->block;
    if (openable && r->focus >= 0) {
        from = r->focus;
    } else if (openable) {
        int b = block_at(r, dir > 0 ? r->pager.top : r->pager.top + r->pager.rows - 1);
        if (b >= 0)
            from = b - dir;
    }
    for (int b = from + dir; b >= 0 && b < r->lesson->nblocks; b += dir)
        if (want(&r->lesson->blocks[b])) {
            if (openable)
                r->focus = b;
            r->pager.top = r->first_line[b] - 1;
            pager_clamp(&r->pager);
            return;
        }
    if (openable) {
        app_message(r->v.app, true, "No %s example or question in this lesson",
                    dir > 0 ? "further" : "earlier");
        return;
    }
    r->pager.top = dir > 0 ? r->pager.doc.n : 0;
    pager_clamp(&r->pager);
}

static KeyResult reader_key(View *v, int ch, bool fkey) {
    ReaderView *r = (ReaderView *)v;
    if ((fkey && ch == KEY_ENTER) || (!fkey && (ch == '\r' || ch == '\n' || ch == 'e'))) {
        const Block *b = block_on_screen(r);
        if (!b) {
            app_message(v->app, true, "No example or question on screen");
            return K_DONE;
        }
        if (b->kind == B_CODE) {
            char name[512];
            snprintf(name, sizeof name, "./%s", b->example->file ? b->example->file : "example.go");
            View *cv = code_view_new(name, b->example->source, b->example->len);
            LessonMode m = b->example->default_mode;
            code_view_set_flags(cv, m == MODE_M2 || m == MODE_M2L ? 2 : 1,
                                m == MODE_ML || m == MODE_M2L);
            app_push(v->app, cv);
        } else {
            Question *q = b->question;
            app_push(v->app, quiz_view_new(&q, 1, r->lesson->title));
        }
        return K_DONE;
    }
    if (!fkey && (ch == ']' || ch == '[')) {
        jump_to(r, ch == ']' ? 1 : -1, is_heading);
        track_position(r);
        return K_DONE;
    }
    /* Tab goes from example to question like links in a pager. */
    if ((!fkey && ch == '\t') || (fkey && ch == KEY_BTAB)) {
        jump_to(r, ch == '\t' ? 1 : -1, is_openable);
        track_position(r);
        return K_RELAYOUT;     /* redraw the focus mark */
    }
    if (!fkey && ch == 't') {
        Question **qs = NULL;
        QuizPick pick = {.lesson = r->lesson, .max = 10};
        int n = quiz_pick(tutor_of(v), &pick, &qs);
        if (n > 0)
            app_push(v->app, quiz_view_new(qs, n, r->lesson->title));
        else
            app_message(v->app, true, "This lesson has no questions");
        free(qs);
        return K_DONE;
    }
    KeyResult k = pager_key(&r->pager, ch, fkey);
    if (k != K_UNHANDLED) {
        track_position(r);
        if (r->focus >= 0) {   /* scrolling on drops the Tab focus */
            r->focus = -1;
            k = K_RELAYOUT;
        }
    }
    return k;
}

static void reader_status(View *v, char *buf, size_t n) {
    ReaderView *r = (ReaderView *)v;
    snprintf(buf, n, "%s  ·  %d%%  ·  part %d/%d", r->lesson->title,
             pager_percent(&r->pager), r->block + 1, r->lesson->nblocks);
    /* As many key hints as fit whole, the most useful first. */
    static const char *const hints[] = {"Enter open", "Tab next", "t quiz", "q back"};
    const char *sep = "   ";
    for (size_t i = 0; i < sizeof hints / sizeof *hints; i++) {
        if (utf8_width(buf) + (int)(strlen(sep) + strlen(hints[i])) + 2 > COLS)
            break;
        snprintf(buf + strlen(buf), n - strlen(buf), "%s%s", sep, hints[i]);
        sep = "  ";
    }
}

static bool reader_search(View *v, const wchar_t *pat, int dir) {
    ReaderView *r = (ReaderView *)v;
    bool ok = pager_search(&r->pager, pat, dir);
    track_position(r);
    return ok;
}

static bool reader_busy(View *v) { return ((ReaderView *)v)->pos_dirty; }
static void reader_idle(View *v) { save_position((ReaderView *)v); }
static void reader_save(View *v) { save_position((ReaderView *)v); }

static void reader_destroy(View *v) {
    ReaderView *r = (ReaderView *)v;
    pager_free(&r->pager);
    excache_free(&r->cache);
    free(r->first_line);
    free(r);
}

View *reader_view_new(Lesson *l) {
    ReaderView *r = calloc(1, sizeof *r);
    r->lesson = l;
    r->focus = -1;
    pager_init(&r->pager, false);
    excache_init(&r->cache);
    snprintf(r->title, sizeof r->title, "%s", l->title);
    r->v.title = r->title;
    r->v.help = reader_help;
    r->v.layout = reader_layout;
    r->v.draw = reader_draw;
    r->v.key = reader_key;
    r->v.status = reader_status;
    r->v.search = reader_search;
    r->v.busy = reader_busy;
    r->v.idle = reader_idle;
    r->v.save = reader_save;
    r->v.destroy = reader_destroy;
    return &r->v;
}

