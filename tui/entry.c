/* entry.c - the app's entry points (tui.h): load lessons and progress,
 * set up the terminal, run, save, restore. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "paths.h"
#include "tui.h"
#include "views.h"

void tutor_save(App *a) {
    Tutor *t = a->ctx;
    char err[512];
    if (t && t->prog && progress_save(t->prog, err, sizeof err) != 0)
        app_message(a, true, "%s", err);
}

int tui_view(const TuiOptions *o) {
    app_mark_start();
    if (!o->file) {
        fputs("escapade: view: no Go file given\n", stderr);
        return 2;
    }
    char err[512];
    View *v = code_view_open_file(o->file, err, sizeof err);
    if (!v) {
        fprintf(stderr, "escapade: view: %s\n", err);
        return 1;
    }
    if (!term_start()) {
        v->destroy(v);
        return 1;
    }
    App app;
    app_init(&app);
    app_push(&app, v);
    int rc = app_run(&app);
    term_stop();
    if (app.exit_note[0])
        fprintf(stderr, "escapade: %s\n", app.exit_note);
    return rc;
}

/* Load lessons and progress; prints and returns false when there is
 * nothing to teach. */
static bool tutor_load(Tutor *t, const TuiOptions *o) {
    memset(t, 0, sizeof *t);
    char *dir = paths_lessons_dir(o->lessons_dir, o->argv0);
    t->set = lessonset_new();
    if (dir)
        lessonset_load_dir(t->set, dir);
    if (t->set->nlessons == 0) {
        for (int i = 0; i < t->set->diags.len && i < 10; i++) {
            const Diag *d = &t->set->diags.items[i];
            if (d->pos.line > 0)
                diag_print(d, stderr);
            else      /* the directory itself: no line to point at */
                fprintf(stderr, "escapade: %s: %s\n", d->file, d->msg);
        }
        fprintf(stderr, "escapade: no lessons in %s (use --lessons DIR or set ESCAPADE_LESSONS)\n",
                dir ? dir : "the lesson directory");
        free(dir);
        lessonset_free(t->set);
        return false;
    }
    free(dir);
    t->prog = progress_open(o->state_dir);
    if (!t->prog) {
        fputs("escapade: out of memory\n", stderr);
        lessonset_free(t->set);
        return false;
    }
    return true;
}

static void tutor_unload(Tutor *t) {
    progress_free(t->prog);
    lessonset_free(t->set);
}

/* Tell the learner about anything that went wrong while loading. */
static void startup_messages(App *app, Tutor *t) {
    if (t->prog->message)
        app_message(app, true, "%s", t->prog->message);
    else if (t->set->nbad > 0)
        app_message(app, true, "%d lesson file%s had errors and %s left out "
                    "(escapade lint shows why)", t->set->nbad,
                    t->set->nbad == 1 ? "" : "s", t->set->nbad == 1 ? "was" : "were");
}

int tui_tutor(const TuiOptions *o) {
    app_mark_start();
    Tutor t;
    if (!tutor_load(&t, o))
        return 1;
    if (!term_start()) {
        tutor_unload(&t);
        return 1;
    }
    App app;
    app_init(&app);
    app.ctx = &t;
    View *home = home_view_new();
    app_push(&app, home);
    /* Resume: the lesson read last opens at the place it was left. */
    Lesson *cur = t.prog->current ? lessonset_find(t.set, t.prog->current) : NULL;
    if (cur) {
        home_select(home, cur->id);
        app_push(&app, reader_view_new(cur));
    }
    startup_messages(&app, &t);
    int rc = app_run(&app);
    term_stop();
    if (app.exit_note[0])
        fprintf(stderr, "escapade: %s\n", app.exit_note);
    char err[512];
    if (progress_save(t.prog, err, sizeof err) != 0) {
        fprintf(stderr, "escapade: %s\n", err);
        if (rc == 0)
            rc = 1;
    }
    tutor_unload(&t);
    return rc;
}

int tui_quiz(const TuiOptions *o) {
    app_mark_start();
    Tutor t;
    if (!tutor_load(&t, o))
        return 1;
    const Lesson *only = NULL;
    if (o->lesson) {
        only = lessonset_find(t.set, o->lesson);
        if (!only) {
            fprintf(stderr, "escapade quiz: no lesson '%s'\n", o->lesson);
            tutor_unload(&t);
            return 2;
        }
    }
    t.report = o->report;
    t.name = o->name;
    Question **qs = NULL;
    QuizPick pick = {.lesson = only, .max = o->count,
                     .review = o->review, .has_seed = o->has_seed, .seed = o->seed};
    int n = quiz_pick(&t, &pick, &qs);
    if (n == 0) {
        /* nothing due is good news (status 0, as the line-mode quiz) */
        if (o->review)
            puts("Nothing is due for review.");
        else
            fputs("escapade: quiz: no questions to ask\n", stderr);
        free(qs);
        tutor_unload(&t);
        return o->review ? 0 : 1;
    }
    if (!term_start()) {
        free(qs);
        tutor_unload(&t);
        return 1;
    }
    App app;
    app_init(&app);
    app.ctx = &t;
    app_push(&app, quiz_view_new(qs, n, only ? only->title : "All lessons"));
    free(qs);
    startup_messages(&app, &t);
    int rc = app_run(&app);
    term_stop();
    if (app.exit_note[0])
        fprintf(stderr, "escapade: %s\n", app.exit_note);
    char err[512];
    if (progress_save(t.prog, err, sizeof err) != 0) {
        fprintf(stderr, "escapade: %s\n", err);
        if (rc == 0)
            rc = 1;
    }
    tutor_unload(&t);
    return rc;
}
