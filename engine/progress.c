/* progress.c - the learner's state in memory: lessons reached, review
 * cards and the answer history (see progress.h).  Reading and writing the
 * state's YAML file is in progress_file.c. */
#include "progress.h"

#include <stdlib.h>
#include <string.h>

#include "progress_int.h"

/* A history answer longer than this (a whole fix-it program) is cut: the
 * file is rewritten after every answer and must stay small. */
#define ANSWER_KEEP 512

/* ------------------------------------------------------------ helpers */

static char *xstrdup(const char *s) {
    return s ? strdup(s) : NULL;
}

/* A copy that libyaml's emitter accepts: valid UTF-8 (bad bytes become
 * '?'), at most max bytes, cut on a character boundary. */
static char *clean_utf8(const char *s, size_t max) {
    if (!s)
        return NULL;
    size_t n = strlen(s);
    char *out = malloc(n + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        int len = u[i] < 0x80 ? 1 : (u[i] >> 5) == 6 ? 2 : (u[i] >> 4) == 14 ? 3
                : (u[i] >> 3) == 30 ? 4 : 0;
        int ok = len > 0 && i + (size_t)len <= n;
        for (int k = 1; ok && k < len; k++)
            ok = (u[i + k] & 0xC0) == 0x80;
        if (!ok)
            len = 1;
        if (o + (size_t)len > max)
            break;
        if (ok)
            memcpy(out + o, s + i, (size_t)len);
        else
            out[o] = '?';
        o += (size_t)len;
        i += (size_t)len;
    }
    out[o] = '\0';
    return out;
}

bool progress_grow(void **items, int *cap, int len, size_t size) {
    if (len < *cap)
        return true;
    int ncap = *cap ? *cap * 2 : 16;
    void *n = realloc(*items, size * (size_t)ncap);
    if (!n)
        return false;
    *items = n;
    *cap = ncap;
    return true;
}

/* ------------------------------------------------------------ records */

static void lesson_clear(ProgressLesson *l) { free(l->id); }

static void card_clear(ProgressCard *c) {
    free(c->lesson);
    free(c->question);
}

static void answer_clear(ProgressAnswer *a) {
    free(a->lesson);
    free(a->question);
    free(a->answer);
}

void progress_clear(Progress *p) {
    for (int i = 0; i < p->nlessons; i++)
        lesson_clear(&p->lessons[i]);
    for (int i = 0; i < p->ncards; i++)
        card_clear(&p->cards[i]);
    for (int i = 0; i < p->nhistory; i++)
        answer_clear(&p->history[i]);
    p->nlessons = p->ncards = p->nhistory = 0;
    free(p->current);
    p->current = NULL;
}

void progress_free(Progress *p) {
    if (!p)
        return;
    progress_clear(p);
    free(p->lessons);
    free(p->cards);
    free(p->history);
    free(p->path);
    free(p->message);
    free(p);
}

const ProgressLesson *progress_find_lesson(const Progress *p, const char *id) {
    for (int i = 0; i < p->nlessons; i++)
        if (strcmp(p->lessons[i].id, id) == 0)
            return &p->lessons[i];
    return NULL;
}

ProgressLesson *progress_lesson(Progress *p, const char *id) {
    ProgressLesson *l = (ProgressLesson *)progress_find_lesson(p, id);
    if (l)
        return l;
    if (!progress_grow((void **)&p->lessons, &p->lessons_cap, p->nlessons, sizeof *l))
        return NULL;
    l = &p->lessons[p->nlessons];
    memset(l, 0, sizeof *l);
    l->id = clean_utf8(id, SIZE_MAX);
    if (!l->id)
        return NULL;
    p->nlessons++;
    return l;
}

static ProgressCard *find_card(const Progress *p, const char *lesson,
                               const char *question) {
    for (int i = 0; i < p->ncards; i++)
        if (strcmp(p->cards[i].lesson, lesson) == 0 &&
            strcmp(p->cards[i].question, question) == 0)
            return &p->cards[i];
    return NULL;
}

const ProgressCard *progress_card(const Progress *p, const char *lesson,
                                  const char *question) {
    return find_card(p, lesson, question);
}

static ProgressCard *card_get(Progress *p, const char *lesson,
                              const char *question) {
    ProgressCard *c = find_card(p, lesson, question);
    if (c)
        return c;
    if (!progress_grow((void **)&p->cards, &p->cards_cap, p->ncards, sizeof *c))
        return NULL;
    c = &p->cards[p->ncards];
    memset(c, 0, sizeof *c);
    quiz_review_init(&c->review);
    c->lesson = clean_utf8(lesson, SIZE_MAX);
    c->question = clean_utf8(question, SIZE_MAX);
    if (!c->lesson || !c->question) {
        card_clear(c);
        return NULL;
    }
    p->ncards++;
    return c;
}

void progress_set_position(Progress *p, const char *lesson, int block,
                           int scroll, int nblocks) {
    ProgressLesson *l = progress_lesson(p, lesson);
    if (!l)
        return;
    l->block = block < 0 ? 0 : block;
    l->scroll = scroll < 0 ? 0 : scroll;
    if (l->block + 1 > l->seen)
        l->seen = l->block + 1;
    if (nblocks > 0) {
        l->blocks = nblocks;
        if (l->block >= nblocks - 1)
            l->completed = true;
    }
    l->visited = time(NULL);
    if (!p->current || strcmp(p->current, l->id) != 0) {
        free(p->current);
        p->current = xstrdup(l->id);
    }
}

static void history_push(Progress *p, const ProgressAnswer *a, time_t when) {
    if (p->nhistory >= PROGRESS_HISTORY_MAX) {
        int drop = p->nhistory - PROGRESS_HISTORY_MAX + 1;
        for (int i = 0; i < drop; i++)
            answer_clear(&p->history[i]);
        memmove(p->history, p->history + drop,
                sizeof *p->history * (size_t)(p->nhistory - drop));
        p->nhistory -= drop;
    }
    if (!progress_grow((void **)&p->history, &p->history_cap, p->nhistory,
              sizeof *p->history))
        return;
    ProgressAnswer *h = &p->history[p->nhistory];
    h->lesson = clean_utf8(a->lesson, SIZE_MAX);
    h->question = clean_utf8(a->question, SIZE_MAX);
    h->answer = clean_utf8(a->answer, ANSWER_KEEP);
    h->correct = a->correct;
    h->when = when;
    h->seconds = a->seconds;
    if (!h->lesson || !h->question) {
        answer_clear(h);
        return;
    }
    p->nhistory++;
}

void progress_record_answer(Progress *p, const ProgressAnswer *a) {
    if (!a->lesson || !a->question)
        return;
    time_t when = a->when ? a->when : time(NULL);
    history_push(p, a, when);
    ProgressLesson *l = progress_lesson(p, a->lesson);
    if (l) {
        l->answered++;
        if (a->correct)
            l->correct++;
    }
    ProgressCard *c = card_get(p, a->lesson, a->question);
    if (!c)
        return;
    if (a->correct)
        c->right++;
    else
        c->wrong++;
    c->last = when;
    int quality = a->quality > 0 ? a->quality : quiz_quality(a->correct, 0, 1);
    quiz_review_update(&c->review, quality, (int64_t)when);
}

bool progress_is_due(const Progress *p, const char *lesson,
                     const char *question, time_t now) {
    const ProgressCard *c = find_card(p, lesson, question);
    return c && quiz_review_due(&c->review, (int64_t)now);
}

static int card_order(const void *a, const void *b) {
    const ProgressCard *x = *(const ProgressCard *const *)a;
    const ProgressCard *y = *(const ProgressCard *const *)b;
    if (x->review.due != y->review.due)
        return x->review.due < y->review.due ? -1 : 1;
    if (x->review.reps != y->review.reps)
        return x->review.reps - y->review.reps;
    int c = strcmp(x->lesson, y->lesson);
    return c ? c : strcmp(x->question, y->question);
}

int progress_due_cards(const Progress *p, const char *lesson, time_t now,
                       const ProgressCard **out, int max) {
    const ProgressCard **all = malloc(sizeof *all * (size_t)(p->ncards + 1));
    if (!all)
        return 0;
    int n = 0;
    for (int i = 0; i < p->ncards; i++) {
        const ProgressCard *c = &p->cards[i];
        if (quiz_review_due(&c->review, (int64_t)now) && (!lesson || strcmp(c->lesson, lesson) == 0))
            all[n++] = c;
    }
    qsort(all, (size_t)n, sizeof *all, card_order);
    for (int i = 0; i < n && i < max; i++)
        out[i] = all[i];
    free(all);
    return n;
}
