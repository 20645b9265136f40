/* entry.c - the app's entry points (tui.h): set up, run, restore. */
#include <stdio.h>
#include <stdlib.h>

#include "app.h"
#include "tui.h"
#include "views.h"

int tui_view(const TuiOptions *o) {
    if (!o->file) {
        fputs("escapade view: no file given\n", stderr);
        return 2;
    }
    char err[512];
    View *v = code_view_open_file(o->file, err, sizeof err);
    if (!v) {
        fprintf(stderr, "escapade view: %s\n", err);
        return 1;
    }
    if (!term_start()) {
        v->destroy(v);
        return 1;
    }
    App app;
    app_init(&app);
    app_push(&app, v);
    app_run(&app);
    term_stop();
    return 0;
}

int tui_tutor(const TuiOptions *o) {
    (void)o;
    fputs("escapade: the tutor's home screen is not built yet\n", stderr);
    return 1;
}

int tui_quiz(const TuiOptions *o) {
    (void)o;
    fputs("escapade: the quiz screen is not built yet\n", stderr);
    return 1;
}
