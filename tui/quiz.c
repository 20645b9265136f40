/* quiz.c - quiz mode: one question at a time, immediate feedback with the
 * explanation and the analyzer's evidence, a score, and missed questions
 * asked again later in the session (and scheduled for review in progress). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "blocks.h"
#include "quiz.h"
#include "report.h"
#include "views.h"

enum { PH_ASK, PH_FEEDBACK, PH_DONE };

typedef struct QuizView {
    View v;
    Question **qs;
    bool *requeued;          /* per queue entry: a second chance already */
    int n, cap, cur;
    int right, answered;
    int phase;
    char title[256];
    Pager pager;
    Arena arena;             /* key and result of the current question */
    QuizKey key;
    bool have_key;
    QuizResult res;
    int choice;              /* why / m-output: selected choice */
    bool yes;                /* escapes: the answer given */
    bool *marked;            /* heap-lines: lines marked, from 1 */
    int nmarked;
    int line_cursor;         /* heap-lines: line under the cursor, from 1 */
    char *fix_src;           /* fix-it: the learner's edited code */
    size_t fix_len;
    int hints_shown;
    bool scroll_to_feedback;
    bool scroll_to_focus;    /* a new question: show its line and answers */
    int focus_doc;           /* doc line of the code line asked about, or -1 */
    int prompt_doc;          /* doc line of the prompt */
    int code_doc;            /* doc line of the code's line 1, or -1 */
    /* While asking, on a screen with room: the prompt pinned above the
     * scrolling code and the answers pinned below it, so both stay in view
     * whatever line of a long listing is on screen. */
    Doc head, foot;
    bool pinned;
    int pin_mode;            /* 0 not pinned, 1 whole, 2 compact */
    bool more_row;           /* not pinned, longer than the screen: the last
                              * row says whether there is more below */
    time_t asked_at;
    Question **missed;
    int nmissed;
} QuizView;

static const char quiz_help[] =
    "y n\tescapes? yes / no\n"
    "a b c d\tanswer at once\n"
    "↑ ↓  j k\tchoose an answer, then Enter submits it\n"
    "↑ ↓  Space\theap lines: move, mark or unmark a line; Enter submits\n"
    "e\tfix-it: edit the code (Esc, then q returns here)\n"
    "Enter\tfix-it: check your code; after feedback: next question\n"
    "h\tfix-it: show a hint\n"
    "q\tleave the quiz (answers so far are saved)\n";

static Tutor *tutor_of(View *v) { return v->app->ctx; }

/* The kind of question in words for the learner (the lesson format's
 * names, "heap-lines", "m-output", "fixit", are for lesson authors). */
static const char *kind_label(QuestionKind k) {
    switch (k) {
    case Q_ESCAPES: return "does it escape";
    case Q_HEAP_LINES: return "which lines allocate";
    case Q_WHY: return "why it escapes";
    case Q_M_OUTPUT: return "what -m prints";
    case Q_FIXIT: return "fix it";
    }
    return question_kind_name(k);
}
static Question *current(QuizView *z) { return z->cur < z->n ? z->qs[z->cur] : NULL; }

/* ------------------------------------------------------------- asking */

static void start_question(QuizView *z) {
    arena_free(&z->arena);
    arena_init(&z->arena);
    memset(&z->res, 0, sizeof z->res);
    z->have_key = false;
    z->choice = 0;
    z->hints_shown = 0;
    z->phase = z->cur < z->n ? PH_ASK : PH_DONE;
    free(z->marked);
    z->marked = NULL;
    free(z->fix_src);
    z->fix_src = NULL;
    Question *q = current(z);
    if (!q)
        return;
    z->nmarked = q->code_nlines + 1;
    z->marked = calloc(z->nmarked + 1, sizeof *z->marked);
    z->line_cursor = 1;
    z->scroll_to_focus = true;
    if (q->kind == Q_FIXIT) {
        z->fix_src = strndup(q->code, q->code_len);
        z->fix_len = q->code_len;
    }
    z->asked_at = time(NULL);
}

static void add_code(Doc *d, QuizView *z, const char *src, size_t len, int cols) {
    Question *q = current(z);
    int before = d->n;
    /* No gutter marks: they would give the answer away.  The line the
     * question asks about is marked (▌), to find it in a long listing. */
    int focus = q->kind == Q_ESCAPES || q->kind == Q_WHY ? q->target.line
              : q->kind == Q_M_OUTPUT ? q->line : 0;
    layout_code(d, src, len, NULL, &focus, focus > 0, cols, 0);
    z->focus_doc = focus > 0 && before + focus - 1 < d->n ? before + focus - 1 : -1;
    z->code_doc = before;
    if (q->kind == Q_HEAP_LINES) {
        for (int i = before; i < d->n; i++) {
            int ln = i - before + 1;
            DLine *l = &d->lines[i];
            bool on = ln <= z->nmarked && z->marked[ln];
            /* the highlight column becomes a check box */
            if (l->n > 7) {
                l->ch[6] = on ? L'■' : L' ';
                l->st[6] = S_MARK_HEAP;
            }
            if (ln == z->line_cursor && l->n > 0 && z->phase == PH_ASK) {
                l->ch[0] = L'▶';
                l->st[0] = S_BULLET;
            }
            l->tag = ln;
        }
    }
}

static void add_text(Doc *d, const char *text, Sty s, int cols, const char *p1,
                     const char *p2) {
    const char *p = text;
    while (p && *p) {
        const char *nl = strchr(p, '\n');
        char *line = strndup(p, nl ? (size_t)(nl - p) : strlen(p));
        Rich r;
        rich_init(&r);
        rich_add_inline(&r, line, s);
        if (r.n == 0)
            doc_add(d, 0);
        else
            doc_wrap(d, &r, cols, p1, p2, S_NORMAL, 0);
        rich_free(&r);
        free(line);
        p = nl ? nl + 1 : NULL;
    }
}

static void add_choices(Doc *d, QuizView *z, int cols) {
    Question *q = current(z);
    for (int i = 0; i < q->nchoices; i++) {
        char p1[16];
        bool sel = i == z->choice;
        bool right = z->phase == PH_FEEDBACK && z->have_key && i == z->key.choice;
        snprintf(p1, sizeof p1, "%s %c) ", sel ? "  ▶" : "   ", 'a' + i);
        Rich r;
        rich_init(&r);
        /* multi-line choices read as one line each */
        char *c = strdup(q->choices[i]);
        for (char *k = c; *k; k++)
            if (*k == '\n')
                *k = ' ';
        rich_add_inline(&r, c, right ? S_GOOD : sel ? S_BOLD : S_NORMAL);
        free(c);
        doc_wrap(d, &r, cols, p1, "       ", sel ? S_BULLET : S_DIM, 0);
        rich_free(&r);
    }
}

static void add_feedback(Doc *d, QuizView *z, int cols) {
    Question *q = current(z);
    doc_add(d, 0);
    DLine *l = doc_add(d, 0);
    doc_add(d, 0);
    l = &d->lines[d->n - 2];
    if (z->res.correct)
        dl_puts(l, "  ✓ Right!", S_GOOD);
    else
        dl_puts(l, "  ✗ Not quite.", S_BAD);
    if (q->kind == Q_FIXIT) {
        /* The feedback lists each check ([ok] / [not yet]) with what the
         * analyzer said against it; the outcomes' details are the same
         * lines, so they are not drawn again (a detail of several lines
         * also came out as one line with raw newlines in it). */
        if (z->res.feedback)
            add_text(d, z->res.feedback, S_NORMAL, cols, "  ", "  ");
    } else {
        char *ans = NULL;
        const char *kt = quiz_key_text(q, &z->key, &z->arena);
        if (kt) {
            size_t n = strlen(kt) + 16;
            ans = malloc(n);
            snprintf(ans, n, "The answer: %s", kt);
            add_text(d, ans, S_BOLD, cols, "  ", "  ");
            free(ans);
        }
        if (z->key.evidence && *z->key.evidence) {
            doc_add(d, 0);
            char h[128];     /* wrapped: a narrow screen shows all of it */
            snprintf(h, sizeof h, "The analyzer (go build -gcflags='%s') says:",
                     lesson_mode_flags(q->mode ? q->mode : MODE_M));
            add_text(d, h, S_H3, cols, "  ", "  ");
            add_text(d, z->key.evidence, S_CODE, cols, "    ", "      ");
        } else if (!z->key.from_analyzer && z->key.error) {
            char buf[512];
            snprintf(buf, sizeof buf, "(answer from the lesson; the analyzer could not check it: %s)",
                     z->key.error);
            add_text(d, buf, S_DIM, cols, "  ", "  ");
        }
        if (q->explanation) {
            doc_add(d, 0);
            add_text(d, q->explanation, S_NORMAL, cols, "  ", "  ");
        }
    }
    doc_add(d, 0);
    l = doc_add(d, 0);
    dl_puts(l, "  Enter: next question   q: leave the quiz", S_DIM);
}

static void layout_done(Doc *d, QuizView *z, int cols) {
    doc_add(d, 0);
    DLine *l = doc_add(d, 0);
    dl_printf(l, S_H1, "  Quiz finished: %d of %d right", z->right, z->answered);
    doc_add(d, 0);
    if (z->nmissed) {
        l = doc_add(d, 0);
        dl_puts(l, "  Missed (they will come back for review):", S_BOLD);
        for (int i = 0; i < z->nmissed; i++) {
            Rich r;
            rich_init(&r);
            rich_add_inline(&r, z->missed[i]->prompt, S_NORMAL);
            doc_wrap(d, &r, cols, "  • ", "    ", S_BULLET, 0);
            rich_free(&r);
        }
        doc_add(d, 0);
        l = doc_add(d, 0);
        dl_puts(l, "  r: try the missed ones again   q: back", S_DIM);
    } else {
        l = doc_add(d, 0);
        dl_puts(l, "  Every answer right.  q: back", S_GOOD);
    }
}

static void quiz_layout(View *v, int cols, int rows) {
    QuizView *z = (QuizView *)v;
    Doc *d = &z->pager.doc;
    doc_clear(d);
    int w = blocks_text_width(cols);
    z->pager.rows = rows;
    int was_pinned = z->pin_mode;
    z->pinned = z->more_row = false;
    z->pin_mode = 0;
    if (z->phase == PH_DONE) {
        layout_done(d, z, w);
        pager_changed(&z->pager);
        return;
    }
    Question *q = current(z);
    z->focus_doc = z->code_doc = -1;
    doc_add(d, 0);
    DLine *l = doc_add(d, 0);
    dl_printf(l, S_H2, "  Question %d of %d", z->cur + 1, z->n);
    dl_printf(l, S_DIM, "   ·   %s", kind_label(q->kind));
    if (q->lesson && l->n + 7 + utf8_width(q->lesson->title) <= cols)
        dl_printf(l, S_DIM, "   ·   %s", q->lesson->title);
    doc_add(d, 0);
    z->prompt_doc = d->n;
    add_text(d, q->prompt, S_BOLD, w, "  ", "  ");
    if (q->kind == Q_FIXIT && q->goal) {
        add_text(d, q->goal, S_TIP, w, "  Goal: ", "        ");
    }
    int code_start = d->n;
    if (q->code) {
        doc_add(d, 0);
        l = doc_add(d, 0);
        dl_printf(l, S_DIM, "  ── %s ", q->file ? q->file : "quiz.go");
        if (q->kind == Q_FIXIT && z->fix_src && strcmp(z->fix_src, q->code) != 0)
            dl_puts(l, "(your edit)", S_WARN);
        const char *src = q->kind == Q_FIXIT && z->fix_src ? z->fix_src : q->code;
        size_t len = q->kind == Q_FIXIT && z->fix_src ? z->fix_len : q->code_len;
        add_code(d, z, src, len, cols - 1);
    }
    int answers_start = d->n;
    doc_add(d, 0);
    switch (q->kind) {
    case Q_ESCAPES:
        if (z->phase == PH_ASK) {
            /* one line when it fits, else one line per answer: a narrow
             * screen must still show both */
            l = doc_add(d, 0);
            dl_puts(l, "  y", S_KEYWORD);
            dl_puts(l, "  yes, it escapes to the heap", S_NORMAL);
            if (cols >= 70)
                dl_puts(l, "      ", S_NORMAL);
            else
                (l = doc_add(d, 0), dl_puts(l, "  ", S_NORMAL));
            dl_puts(l, "n", S_KEYWORD);
            dl_puts(l, "  no, it stays on the stack", S_NORMAL);
        } else {
            l = doc_add(d, 0);
            dl_printf(l, S_DIM, "  You answered: %s", z->yes ? "yes" : "no");
        }
        break;
    case Q_WHY:
    case Q_M_OUTPUT:
        add_choices(d, z, w);
        break;
    case Q_HEAP_LINES:
        if (z->phase == PH_ASK) {
            /* wrapped: a narrow screen must still show how to answer */
            add_text(d, "↑ ↓ move  Space marks a line that allocates on the heap  "
                        "Enter submits", S_DIM, w, "  ", "  ");
        } else {
            l = doc_add(d, 0);
            dl_puts(l, "  You marked:", S_DIM);
            int marked = 0;
            for (int i = 1; i < z->nmarked; i++)
                if (z->marked[i]) {
                    dl_printf(l, S_DIM, "%s %d", marked ? "," : "", i);
                    marked++;
                }
            if (!marked)
                dl_puts(l, " no line", S_DIM);
        }
        break;
    case Q_FIXIT:
        if (z->phase == PH_ASK) {
            for (int i = 0; i < z->hints_shown && i < q->nhints; i++)
                add_text(d, q->hints[i], S_TIP, w, "  Hint: ", "        ");
            l = doc_add(d, 0);
            dl_puts(l, "  e edit the code   Enter check it   h hint", S_DIM);
        }
        break;
    }
    int fb = d->n;
    if (z->phase == PH_FEEDBACK)
        add_feedback(d, z, w);
    doc_clear(&z->head);
    doc_clear(&z->foot);
    /* Pinned: the prompt above the scrolling code, the answers below it.
     * Whole (with the question's header) where there is room; on a small
     * screen compact: the prompt alone above the code (the status line
     * still numbers the question), so that the question and how to answer
     * it stay in view down to the smallest terminal that fits them. */
    int head_n = q->code ? code_start + 1 : code_start, foot_n = d->n - answers_start;
    int h0 = 0, h1 = head_n;
    int pin = z->phase == PH_ASK && head_n + foot_n + 6 <= rows ? 1 : 0;
    if (!pin && z->phase == PH_ASK && q->code &&
        (code_start - z->prompt_doc) + foot_n + 2 <= rows) {
        pin = 2;
        h0 = z->prompt_doc;
        h1 = code_start;
    }
    z->pinned = pin != 0;
    if (z->phase == PH_ASK && pin != was_pinned)
        z->scroll_to_focus = true;     /* a resize changed the layout */
    z->pin_mode = pin;
    if (z->pinned) {
        /* the answers, then the prompt, leave the pager's doc; the lines
         * around the prompt that a compact head leaves out are freed */
        for (int i = answers_start; i < d->n; i++)
            *doc_add(&z->foot, 0) = d->lines[i];
        d->n = answers_start;
        for (int i = 0; i < head_n; i++) {
            if (i >= h0 && i < h1) {
                *doc_add(&z->head, 0) = d->lines[i];
            } else {
                free(d->lines[i].ch);
                free(d->lines[i].st);
            }
        }
        memmove(d->lines, d->lines + head_n, (d->n - head_n) * sizeof *d->lines);
        d->n -= head_n;
        if (z->focus_doc >= 0)
            z->focus_doc -= head_n;
        if (z->code_doc >= 0)
            z->code_doc -= head_n;
        rows -= z->head.n + z->foot.n;
    }
    z->more_row = !z->pinned && d->n > rows && rows > 2;
    if (z->more_row)
        rows--;
    z->pager.rows = rows;
    pager_changed(&z->pager);
    if (z->phase == PH_ASK && z->scroll_to_focus && rows > 0) {
        /* A new question on a long listing: show the line it asks about (a
         * third of the way down when it is not in the first screenful). */
        int top = 0;
        if (z->pinned) {
            if (z->focus_doc >= rows - 1)
                top = z->focus_doc - rows / 3;
        } else {
            /* too small to pin: the question first, then the code (the
             * line asked about when it fits with it), the answers below */
            top = z->prompt_doc;
        }
        if (q->kind == Q_HEAP_LINES || q->kind == Q_FIXIT)
            top = 0;           /* the whole listing matters, from the top */
        z->pager.top = top < 0 ? 0 : top;
        pager_clamp(&z->pager);
        z->scroll_to_focus = false;
    }
    /* heap lines: the line cursor stays in view as it moves */
    if (z->phase == PH_ASK && q->kind == Q_HEAP_LINES && z->code_doc >= 0)
        pager_show(&z->pager, z->code_doc + z->line_cursor - 1);
    if (z->phase == PH_FEEDBACK && z->scroll_to_feedback) {
        /* Bring the feedback into view, its first line as high as needed. */
        int top = d->n - rows;
        if (top > fb - 1)
            top = fb - 1;
        z->pager.top = top < 0 ? 0 : top;
        pager_clamp(&z->pager);
        z->scroll_to_feedback = false;
    }
}

/* ------------------------------------------------------------- answers */

static void record(QuizView *z, const char *answer) {
    Question *q = current(z);
    Tutor *t = tutor_of(&z->v);
    z->answered++;
    if (z->res.correct)
        z->right++;
    ProgressAnswer pa = {0};
    pa.lesson = (char *)(q->lesson ? q->lesson->id : "");
    pa.question = (char *)q->id;
    pa.answer = (char *)answer;
    pa.correct = z->res.correct;
    pa.seconds = difftime(time(NULL), z->asked_at);
    pa.quality = quiz_quality(z->res.correct, z->hints_shown, z->requeued[z->cur] ? 2 : 1);
    progress_record_answer(t->prog, &pa);
    tutor_save(z->v.app);
    if (t->report) {
        ReportRow row = {t->name ? t->name : "", time(NULL), pa.lesson, q->id,
                         q->kind == Q_FIXIT && z->fix_src ? z->fix_src : answer,
                         z->res.correct, pa.seconds};
        char err[512];
        if (report_append(t->report, &row, err, sizeof err) != 0)
            app_message(z->v.app, true, "%s", err);
    }
    if (!z->res.correct) {
        bool listed = false;
        for (int i = 0; i < z->nmissed; i++)
            listed |= z->missed[i] == q;
        if (!listed) {
            z->missed = realloc(z->missed, (z->nmissed + 1) * sizeof *z->missed);
            z->missed[z->nmissed++] = q;
        }
        /* Spaced repetition inside the session: ask it again three
         * questions later (once), and progress keeps it due for review. */
        if (!z->requeued[z->cur]) {
            if (z->n == z->cap) {
                z->cap *= 2;
                z->qs = realloc(z->qs, z->cap * sizeof *z->qs);
                z->requeued = realloc(z->requeued, z->cap * sizeof *z->requeued);
            }
            int at = z->cur + 4 < z->n ? z->cur + 4 : z->n;
            memmove(z->qs + at + 1, z->qs + at, (z->n - at) * sizeof *z->qs);
            memmove(z->requeued + at + 1, z->requeued + at, (z->n - at) * sizeof *z->requeued);
            z->qs[at] = q;
            z->requeued[at] = true;
            z->n++;
        }
    }
}

static void submit(QuizView *z) {
    Question *q = current(z);
    if (!z->have_key && q->kind != Q_FIXIT) {
        quiz_key(q, &z->key, &z->arena, tui_std_cache());
        z->have_key = true;
    }
    QuizAnswer ans = {0};
    char text[256] = "";
    int lines[512];
    switch (q->kind) {
    case Q_ESCAPES:
        ans.yes = z->yes;
        snprintf(text, sizeof text, "%s", z->yes ? "yes" : "no");
        break;
    case Q_WHY:
    case Q_M_OUTPUT:
        ans.choice = z->choice;
        snprintf(text, sizeof text, "%c", 'a' + z->choice);
        break;
    case Q_HEAP_LINES:
        for (int i = 1; i < z->nmarked && ans.nlines < 512; i++)
            if (z->marked[i]) {
                lines[ans.nlines++] = i;
                size_t k = strlen(text);
                snprintf(text + k, sizeof text - k, "%s%d", k ? " " : "", i);
            }
        ans.lines = lines;
        break;
    case Q_FIXIT:
        ans.source = z->fix_src;
        ans.source_len = z->fix_len;
        snprintf(text, sizeof text, "(edited code)");
        break;
    }
    quiz_grade(q, &z->key, &ans, &z->res, &z->arena, tui_std_cache());
    z->phase = PH_FEEDBACK;
    record(z, text);
    z->scroll_to_feedback = true;
}

static void fix_edited(void *ctx, const char *text, size_t len) {
    QuizView *z = ctx;
    free(z->fix_src);
    z->fix_src = strndup(text, len);
    z->fix_len = len;
    z->v.laid_cols = -1;
}

static void next_question(QuizView *z) {
    z->cur++;
    start_question(z);
    z->pager.top = 0;
}

static KeyResult quiz_key_fn(View *v, int ch, bool fkey) {
    QuizView *z = (QuizView *)v;
    Question *q = current(z);
    bool enter = (fkey && ch == KEY_ENTER) || (!fkey && (ch == '\r' || ch == '\n'));
    if (z->phase == PH_DONE) {
        if (!fkey && ch == 'r' && z->nmissed) {
            free(z->qs);
            free(z->requeued);
            z->qs = z->missed;
            z->n = z->cap = z->nmissed;
            z->requeued = calloc(z->cap, sizeof *z->requeued);
            z->missed = NULL;
            z->nmissed = 0;
            z->cur = z->right = z->answered = 0;
            start_question(z);
            return K_RELAYOUT;
        }
        return pager_key(&z->pager, ch, fkey);
    }
    if (z->phase == PH_FEEDBACK) {
        if (enter || (!fkey && ch == ' ' && z->pager.top + z->pager.rows >= z->pager.doc.n)) {
            next_question(z);
            return K_RELAYOUT;
        }
        return pager_key(&z->pager, ch, fkey);
    }
    switch (q->kind) {
    case Q_ESCAPES:
        if (!fkey && (ch == 'y' || ch == 'n')) {
            z->yes = ch == 'y';
            submit(z);
            return K_RELAYOUT;
        }
        break;
    case Q_WHY:
    case Q_M_OUTPUT:
        if (!fkey && ch >= 'a' && ch < 'a' + q->nchoices) {
            z->choice = ch - 'a';
            submit(z);
            return K_RELAYOUT;
        }
        if ((fkey && ch == KEY_UP) || (!fkey && ch == 'k')) {
            z->choice = (z->choice + q->nchoices - 1) % q->nchoices;
            return K_RELAYOUT;
        }
        if ((fkey && ch == KEY_DOWN) || (!fkey && ch == 'j')) {
            z->choice = (z->choice + 1) % q->nchoices;
            return K_RELAYOUT;
        }
        if (enter) {
            submit(z);
            return K_RELAYOUT;
        }
        break;
    case Q_HEAP_LINES:
        if ((fkey && ch == KEY_UP) || (!fkey && ch == 'k')) {
            if (z->line_cursor > 1)
                z->line_cursor--;
            return K_RELAYOUT;
        }
        if ((fkey && ch == KEY_DOWN) || (!fkey && ch == 'j')) {
            if (z->line_cursor < q->code_nlines)
                z->line_cursor++;
            return K_RELAYOUT;
        }
        if (!fkey && (ch == ' ' || ch == 'x') && z->line_cursor < z->nmarked) {
            z->marked[z->line_cursor] = !z->marked[z->line_cursor];
            return K_RELAYOUT;
        }
        if (enter) {
            submit(z);
            return K_RELAYOUT;
        }
        break;
    case Q_FIXIT:
        if (!fkey && ch == 'e') {
            char name[512];
            snprintf(name, sizeof name, "./%s", q->file ? q->file : "fix.go");
            View *cv = code_view_new(name, z->fix_src, z->fix_len);
            LessonMode m = q->mode ? q->mode : MODE_M;
            code_view_set_flags(cv, m == MODE_M2 || m == MODE_M2L ? 2 : 1,
                                m == MODE_ML || m == MODE_M2L);
            code_view_on_close(cv, fix_edited, z);
            app_push(v->app, cv);
            return K_DONE;
        }
        if (!fkey && ch == 'h') {
            if (z->hints_shown < q->nhints)
                z->hints_shown++;
            else
                app_message(v->app, true, "No more hints");
            return K_RELAYOUT;
        }
        if (enter) {
            submit(z);
            return K_RELAYOUT;
        }
        break;
    }
    return pager_key(&z->pager, ch, fkey);
}

static void quiz_draw(View *v, int y, int x, int cols, int rows) {
    QuizView *z = (QuizView *)v;
    int body = rows;
    if (z->pinned) {
        render_doc(stdscr, &z->head, 0, y, x, z->head.n, cols, 0, NULL);
        body = rows - z->head.n - z->foot.n;
        y += z->head.n;
    } else if (z->more_row) {
        body = rows - 1;
    }
    if (body < 1)
        body = 1;
    pager_draw(&z->pager, y, x, body, cols);
    /* More to read below (code, answers, feedback): say so at the bottom
     * right, as a pager does, on the row under the pager (the answers' blank
     * first row when they are pinned). */
    bool more = z->pager.top + body < z->pager.doc.n;
    static const char more_text[] = " ↓ more ";
    int mw = utf8_width(more_text);
    if (z->pinned) {
        render_doc(stdscr, &z->foot, 0, y + body, x, z->foot.n, cols, 0, NULL);
        if (more && cols > mw + 2)
            render_text(stdscr, y + body, x + cols - mw, mw, more_text, S_STATUS);
    } else if (z->more_row) {
        DLine blank;
        memset(&blank, 0, sizeof blank);
        render_line(stdscr, y + body, x, cols, &blank, S_NORMAL);
        if (more && cols > mw + 2)
            render_text(stdscr, y + body, x + cols - mw, mw, more_text, S_STATUS);
    }
}

static void quiz_status(View *v, char *buf, size_t n) {
    QuizView *z = (QuizView *)v;
    /* The changing facts first: a narrow terminal cuts the title. */
    snprintf(buf, n, "Score %d/%d  ·  question %d of %d  ·  %s", z->right, z->answered,
             z->cur < z->n ? z->cur + 1 : z->n, z->n, z->title);
}

static void quiz_destroy(View *v) {
    QuizView *z = (QuizView *)v;
    pager_free(&z->pager);
    doc_free(&z->head);
    doc_free(&z->foot);
    arena_free(&z->arena);
    free(z->qs);
    free(z->requeued);
    free(z->marked);
    free(z->fix_src);
    free(z->missed);
    free(z);
}

View *quiz_view_new(Question **qs, int n, const char *title) {
    QuizView *z = calloc(1, sizeof *z);
    z->cap = n > 0 ? n * 2 : 2;
    z->qs = calloc(z->cap, sizeof *z->qs);
    z->requeued = calloc(z->cap, sizeof *z->requeued);
    memcpy(z->qs, qs, n * sizeof *qs);
    z->n = n;
    arena_init(&z->arena);
    pager_init(&z->pager, false);
    doc_init(&z->head);
    doc_init(&z->foot);
    snprintf(z->title, sizeof z->title, "%s", title ? title : "Quiz");
    start_question(z);
    z->v.title = "Quiz";
    z->v.help = quiz_help;
    z->v.layout = quiz_layout;
    z->v.draw = quiz_draw;
    z->v.key = quiz_key_fn;
    z->v.status = quiz_status;
    z->v.destroy = quiz_destroy;
    return &z->v;
}

/* ------------------------------------------------------------- picking */

int quiz_pick(Tutor *t, const QuizPick *o, Question ***out) {
    int total = lessonset_count_questions(t->set);
    Question **all = calloc(total + 1, sizeof *all);
    Question **picked = calloc(total + 1, sizeof *picked);
    int n = 0;
    time_t now = time(NULL);
    if (o->has_seed) {
        /* lesson order, then shuffled: the plain quiz's order */
        for (int i = 0; i < t->set->nlessons; i++) {
            Lesson *ls = t->set->lessons[i];
            if (o->lesson && ls != o->lesson)
                continue;
            for (int k = 0; k < ls->nquestions; k++)
                all[n++] = ls->questions[k];
        }
    } else {
        /* round-robin over lessons so that a mixed quiz mixes */
        for (int round = 0; n < total; round++) {
            bool any = false;
            for (int i = 0; i < t->set->nlessons; i++) {
                Lesson *ls = t->set->lessons[i];
                if ((o->lesson && ls != o->lesson) || round >= ls->nquestions)
                    continue;
                all[n++] = ls->questions[round];
                any = true;
            }
            if (!any)
                break;
        }
    }
    int k = 0;
    if (o->has_seed) {
        for (int i = 0; i < n; i++) {
            const char *lid = all[i]->lesson ? all[i]->lesson->id : "";
            if (!o->review || progress_is_due(t->prog, lid, all[i]->id, now))
                picked[k++] = all[i];
        }
        quiz_shuffle(picked, k, o->seed);
    } else {
        /* Due reviews first, then questions never answered, then the rest. */
        for (int pass = 0; pass < (o->review ? 1 : 3); pass++)
            for (int i = 0; i < n; i++) {
                Question *q = all[i];
                const char *lid = q->lesson ? q->lesson->id : "";
                const ProgressCard *c = progress_card(t->prog, lid, q->id);
                bool due = progress_is_due(t->prog, lid, q->id, now);
                if ((pass == 0 && due) || (pass == 1 && !c) || (pass == 2 && c && !due))
                    picked[k++] = q;
            }
    }
    free(all);
    if (o->max > 0 && k > o->max)
        k = o->max;
    *out = picked;
    return k;
}
