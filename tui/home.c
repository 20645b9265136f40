/* home.c - the lesson list: number, title, progress bar, quiz score. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blocks.h"
#include "views.h"

typedef struct HomeView {
    View v;
    Pager list;
    Doc footer;
} HomeView;

static const char home_help[] =
    "↑ ↓  j k\tchoose a lesson\n"
    "Enter\topen it where you stopped\n"
    "c\tcontinue the lesson you read last\n"
    "t\tquiz on the chosen lesson\n"
    "z\tquiz: all lessons mixed, reviews first\n"
    "q\tquit (progress is saved)\n"
    "N/M right\tquiz: N of your M answers were right (narrow: N/M ok)\n"
    "N questions\tquiz: not tried yet (narrow: N to do)\n";

static Tutor *tutor_of(View *v) { return v->app->ctx; }

static void progress_bar(DLine *l, int done, int total, int width) {
    int fill = total > 0 ? (done * width + total - 1) / total : 0;
    if (fill > width)
        fill = width;
    for (int i = 0; i < width; i++)
        dl_putwc(l, i < fill ? L'█' : L'░', i < fill ? S_PROGRESS : S_PROGRESS_EMPTY);
}

/* A heading row (tag -1, which the selection skips) before lesson i when
 * its `part` differs from the lesson above's; none in a pack without parts. */
static bool starts_part(const LessonSet *set, int i) {
    const char *part = set->lessons[i]->part;
    const char *prev = i > 0 ? set->lessons[i - 1]->part : NULL;
    return part && !(prev && strcmp(part, prev) == 0);
}

static void add_part_heading(Doc *d, const LessonSet *set, int i) {
    if (!starts_part(set, i))
        return;
    const char *part = set->lessons[i]->part;
    if (d->n > 0)
        doc_add(d, -1);
    DLine *l = doc_add(d, -1);
    dl_puts(l, "  ", S_NORMAL);
    dl_puts(l, part, S_H2);
}

/* The lesson on the selected row, or NULL. */
static Lesson *selected(HomeView *h) {
    Tutor *t = tutor_of(&h->v);
    int c = h->list.cursor;
    if (c < 0 || c >= h->list.doc.n)
        return NULL;
    int i = h->list.doc.lines[c].tag;
    return i >= 0 && i < t->set->nlessons ? t->set->lessons[i] : NULL;
}

/* Keep the selection off heading rows: go on in the direction it moved
 * (dir), else back; show the heading above the first lesson of a part. */
static void skip_headings(HomeView *h, int dir) {
    Pager *p = &h->list;
    int n = p->doc.n, c = p->cursor;
    if (c < 0 || c >= n)
        return;
    if (dir == 0)
        dir = 1;
    int k = c;
    while (k >= 0 && k < n && p->doc.lines[k].tag < 0)
        k += dir;
    if (k < 0 || k >= n)
        for (k = c; k >= 0 && k < n && p->doc.lines[k].tag < 0; k -= dir)
            ;
    if (k < 0 || k >= n)
        return;
    p->cursor = k;
    pager_clamp(p);
    int head = k;
    while (head > 0 && p->doc.lines[head - 1].tag < 0)
        head--;
    if (head < k && p->top > head && k - head < p->rows)
        p->top = head;
}

static void home_layout(View *v, int cols, int rows) {
    HomeView *h = (HomeView *)v;
    Tutor *t = tutor_of(v);
    Doc *d = &h->list.doc;
    doc_clear(d);
    /* "  NN ▸ " title, bar, " NNN%", then the quiz column: "  N/M right"
     * once the learner has answered (right of all answers, all time), else
     * "  N questions" (how many the lesson asks).  The longest title sets
     * the title column (at most 50); a narrow screen drops the bar, then
     * says " N/M ok" and " N to do", then cuts titles with "…". */
    int longest = 0;
    for (int i = 0; i < t->set->nlessons; i++) {
        int w = utf8_width(t->set->lessons[i]->title);
        if (w > longest)
            longest = w;
    }
    if (longest > 50)
        longest = 50;
    int barw = 10, quizw = 14;
    int titlew = cols - 7 - 2 - barw - 5 - quizw;
    if (titlew < longest && titlew < 30) {
        barw = 0;
        titlew = cols - 7 - 2 - 5 - quizw;
        if (titlew < longest) {
            quizw = 9;      /* 8, and the last column stays free */
            titlew = cols - 7 - 2 - 5 - quizw;
        }
    }
    if (titlew > longest)
        titlew = longest;
    if (titlew < 6)
        titlew = 6;
    for (int i = 0; i < t->set->nlessons; i++) {
        const Lesson *ls = t->set->lessons[i];
        const ProgressLesson *pl = progress_find_lesson(t->prog, ls->id);
        add_part_heading(d, t->set, i);
        DLine *l = doc_add(d, i);
        bool cur = t->prog->current && strcmp(t->prog->current, ls->id) == 0;
        dl_printf(l, S_LINENO, "  %2d ", i + 1);
        dl_putwc(l, cur ? L'▸' : L' ', S_BULLET);
        dl_putwc(l, L' ', S_NORMAL);
        int start = l->n;
        DLine tl;
        memset(&tl, 0, sizeof tl);
        dl_puts(&tl, ls->title, S_BOLD);
        bool cut = tl.n > titlew;
        int keep = cut ? titlew - 1 : tl.n;
        if (cut && keep > 0 && tl.ch[keep] == 0)
            keep--;                     /* not half a wide character */
        for (int k = 0; k < keep; k++)
            if (tl.ch[k])
                dl_putwc(l, tl.ch[k], S_BOLD);
        if (cut)
            dl_putwc(l, L'…', S_BOLD);
        free(tl.ch);
        free(tl.st);
        dl_pad(l, start + titlew + 2, S_NORMAL);
        int seen = pl ? pl->seen : 0;
        int total = ls->nblocks;
        if (pl && pl->completed)
            seen = total;
        if (barw)
            progress_bar(l, seen, total, barw);
        dl_printf(l, S_NORMAL, " %3d%%", total ? seen * 100 / total : 0);
        if (ls->nquestions > 0) {
            if (pl && pl->answered > 0)
                dl_printf(l, pl->correct * 2 >= pl->answered ? S_GOOD : S_BAD,
                          quizw == 14 ? "  %d/%d right" : " %d/%d ok", pl->correct,
                          pl->answered);
            else if (quizw == 14)
                dl_printf(l, S_DIM, "  %d question%s", ls->nquestions,
                          ls->nquestions == 1 ? "" : "s");
            else
                dl_printf(l, S_DIM, " %d to do", ls->nquestions);
        }
    }
    if (t->set->nlessons == 0) {
        DLine *l = doc_add(d, -1);
        dl_puts(l, "  No lessons found. Use --lessons DIR or $ESCAPADE_LESSONS.", S_BAD);
    }
    h->list.rows = rows - 6;
    pager_changed(&h->list);
    skip_headings(h, 1);
    (void)cols;
}

static void home_draw(View *v, int y, int x, int cols, int rows) {
    HomeView *h = (HomeView *)v;
    render_text(stdscr, y, x, cols, "", S_NORMAL);
    render_text(stdscr, y + 1, x, cols, "  Go Memory & Escape Analysis", S_H1);
    int listrows = rows - 6;
    if (listrows < 1)
        listrows = 1;
    render_text(stdscr, y + 2, x, cols, "", S_NORMAL);
    pager_draw(&h->list, y + 3, x, listrows, cols);
    /* Footer: the chosen lesson's summary and the main keys. */
    doc_clear(&h->footer);
    const Lesson *sel = selected(h);
    if (sel && sel->summary) {
        Rich r;
        rich_init(&r);
        rich_add_inline(&r, sel->summary, S_DIM);
        doc_wrap(&h->footer, &r, cols - 4, "  ", "  ", S_NORMAL, 0);
        rich_free(&r);
    }
    while (h->footer.n < 2)
        doc_add(&h->footer, 0);
    DLine *l = doc_add(&h->footer, 0);
    if (cols < 72) {                    /* the long line would be cut */
        dl_puts(l, "  Enter", S_KEYWORD);
        dl_puts(l, " open  ", S_DIM);
        dl_puts(l, "t", S_KEYWORD);
        dl_puts(l, " quiz  ", S_DIM);
        dl_puts(l, "?", S_KEYWORD);
        dl_puts(l, " help  ", S_DIM);
        dl_puts(l, "q", S_KEYWORD);
        dl_puts(l, " quit", S_DIM);
        render_doc(stdscr, &h->footer, h->footer.n - 3, y + 3 + listrows, x, 3, cols, 0, NULL);
        return;
    }
    dl_puts(l, "  Enter", S_KEYWORD);
    dl_puts(l, " open  ", S_DIM);
    dl_puts(l, "c", S_KEYWORD);
    dl_puts(l, " continue  ", S_DIM);
    dl_puts(l, "t", S_KEYWORD);
    dl_puts(l, " quiz this lesson  ", S_DIM);
    dl_puts(l, "z", S_KEYWORD);
    dl_puts(l, " quiz all  ", S_DIM);
    dl_puts(l, "?", S_KEYWORD);
    dl_puts(l, " help  ", S_DIM);
    dl_puts(l, "q", S_KEYWORD);
    dl_puts(l, " quit", S_DIM);
    render_doc(stdscr, &h->footer, h->footer.n - 3, y + 3 + listrows, x, 3, cols, 0, NULL);
}

static void open_quiz(View *v, const Lesson *ls) {
    Tutor *t = tutor_of(v);
    Question **qs = NULL;
    QuizPick pick = {.lesson = ls, .max = 10};
    int n = quiz_pick(t, &pick, &qs);
    if (n == 0) {
        app_message(v->app, true, "No questions here yet");
        free(qs);
        return;
    }
    app_push(v->app, quiz_view_new(qs, n, ls ? ls->title : "All lessons"));
    free(qs);
}

static KeyResult home_key(View *v, int ch, bool fkey) {
    HomeView *h = (HomeView *)v;
    Tutor *t = tutor_of(v);
    Lesson *ls = selected(h);
    if ((fkey && (ch == KEY_ENTER || ch == KEY_RIGHT)) ||
        (!fkey && (ch == '\r' || ch == '\n' || ch == 'l'))) {
        if (ls)
            app_push(v->app, reader_view_new(ls));
        return K_DONE;
    }
    if (!fkey) {
        switch (ch) {
        case 'c': {
            Lesson *cur = t->prog->current ? lessonset_find(t->set, t->prog->current) : NULL;
            if (!cur)
                cur = ls;
            if (cur)
                app_push(v->app, reader_view_new(cur));
            return K_DONE;
        }
        case 't':
            if (ls)
                open_quiz(v, ls);
            return K_DONE;
        case 'z':
            open_quiz(v, NULL);
            return K_DONE;
        case 'q':
            return K_QUIT;
        default:
            break;
        }
    }
    int before = h->list.cursor;
    KeyResult r = pager_key(&h->list, ch, fkey);
    skip_headings(h, h->list.cursor < before ? -1 : 1);
    return r;
}

static void home_status(View *v, char *buf, size_t n) {
    Tutor *t = tutor_of(v);
    int done = 0;
    for (int i = 0; i < t->set->nlessons; i++) {
        const ProgressLesson *pl = progress_find_lesson(t->prog, t->set->lessons[i]->id);
        done += pl && pl->completed;
    }
    const ProgressCard *due[1];
    int ndue = progress_due_cards(t->prog, NULL, time(NULL), due, 1);
    snprintf(buf, n, "%d lesson%s, %d done  ·  %d question%s due for review",
             t->set->nlessons, t->set->nlessons == 1 ? "" : "s", done, ndue,
             ndue == 1 ? "" : "s");
}

static bool home_search(View *v, const wchar_t *pat, int dir) {
    HomeView *h = (HomeView *)v;
    bool found = pager_search(&h->list, pat, dir);
    skip_headings(h, 1);
    return found;
}

static void home_destroy(View *v) {
    HomeView *h = (HomeView *)v;
    pager_free(&h->list);
    doc_free(&h->footer);
    free(h);
}

View *home_view_new(void) {
    HomeView *h = calloc(1, sizeof *h);
    pager_init(&h->list, true);
    doc_init(&h->footer);
    h->v.title = "Lessons";
    h->v.help = home_help;
    h->v.layout = home_layout;
    h->v.draw = home_draw;
    h->v.key = home_key;
    h->v.status = home_status;
    h->v.search = home_search;
    h->v.destroy = home_destroy;
    return &h->v;
}

/* Select the lesson the learner read last. */
void home_select(View *v, const char *id) {
    HomeView *h = (HomeView *)v;
    Tutor *t = v->app->ctx;
    int line = 0;
    for (int i = 0; id && i < t->set->nlessons; i++) {
        if (starts_part(t->set, i))
            line += i > 0 ? 2 : 1;      /* the rows add_part_heading adds */
        if (strcmp(t->set->lessons[i]->id, id) == 0)
            h->list.cursor = line;
        line++;
    }
}
