/* tui.h - the terminal app's entry points, called by cli/cmd_*.c.
 *
 * Each entry point owns the terminal for its whole run: it sets up curses,
 * runs until the learner leaves, restores the terminal (also on SIGINT,
 * SIGTERM and SIGHUP) and returns an exit status (0 ok, 1 error such as an
 * unreadable file or no lessons, 2 usage).  When stdin or stdout is not a
 * terminal they print a message and return 1: cmd_quiz falls back to its
 * line mode before calling tui_quiz.
 */
#ifndef ESC_TUI_H
#define ESC_TUI_H

#include <stdbool.h>

typedef struct TuiOptions {
    const char *lessons_dir;   /* --lessons DIR or NULL: default search path */
    const char *argv0;         /* main's argv[0], for that search (paths.h) */
    const char *lesson;        /* quiz: only this lesson (id or file), NULL = all mixed */
    const char *file;          /* view: the .go file to open */
    const char *state_dir;     /* progress directory, NULL = $XDG_STATE_HOME/escapade */
    int count;                 /* quiz: questions to ask, 0 = all due */
    bool review;               /* quiz: only questions due for review */
    /* Added by the cli engineer for `escapade quiz` (workshop options): */
    const char *report;        /* quiz: CSV file to append answers to (report.h), or NULL */
    const char *name;          /* quiz: learner's name for the report rows */
    bool has_seed;             /* quiz: --seed given: shuffle with seed, ignore schedule */
    unsigned long long seed;
} TuiOptions;

int tui_tutor(const TuiOptions *o);   /* home screen, reader, quizzes */
int tui_quiz(const TuiOptions *o);    /* quiz mode straight away */
int tui_view(const TuiOptions *o);    /* editor with live analysis on o->file */

#endif
