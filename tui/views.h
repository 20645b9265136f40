/* views.h - constructors of the app's views (one file each). */
#ifndef ESC_TUI_VIEWS_H
#define ESC_TUI_VIEWS_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"
#include "lesson.h"
#include "progress.h"

/* What the tutor's views share (App.ctx). */
typedef struct Tutor {
    LessonSet *set;
    Progress *prog;
    const char *report;    /* quiz --report FILE: CSV rows appended, or NULL */
    const char *name;      /* the learner's name for the report */
} Tutor;

/* Save progress now; a failure becomes a status-line message. */
void tutor_save(App *a);

/* code.c: a Go file with highlighting, the analyzer's panel and an editor.
 * Returns NULL with a message in err when the file cannot be read. */
View *code_view_open_file(const char *path, char *err, size_t errsz);
/* A lesson example: src is copied; edits are never saved to the lesson. */
View *code_view_new(const char *name, const char *src, size_t len);

/* memory.c: stack frames and heap drawn from an analysis of src. */
View *memory_view_new(const char *name, const char *src, size_t len, bool noinline);

/* inlining.c: src with and without inlining, and what changes. */
View *inlining_view_new(const char *name, const char *src, size_t len);

/* home.c: the lesson list. */
View *home_view_new(void);
void home_select(View *home, const char *lesson_id);
/* reader.c: a lesson, resumed at its saved position. */
View *reader_view_new(Lesson *l);
/* quiz.c: questions in order; missed ones come back later. */
View *quiz_view_new(Question **qs, int n, const char *title);
/* Which questions a quiz asks. */
typedef struct QuizPick {
    const Lesson *lesson;  /* NULL: all lessons mixed */
    int max;               /* 0: all */
    bool review;           /* only questions due for review */
    bool has_seed;         /* shuffle with seed (the plain quiz's order) */
    unsigned long long seed;
} QuizPick;
/* Due reviews first, then new questions, then the rest (or a seeded
 * shuffle).  Caller frees *out; returns the count. */
int quiz_pick(Tutor *t, const QuizPick *o, Question ***out);

/* code.c: start with these flags (-m level 1 or 2, -l). */
void code_view_set_flags(View *v, int mlevel, bool noinline);
/* code.c: called with the edited text when the code view closes. */
typedef void (*CodeDone)(void *ctx, const char *text, size_t len);
void code_view_on_close(View *v, CodeDone fn, void *ctx);

#endif
