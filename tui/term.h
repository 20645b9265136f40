/* term.h - the terminal: curses setup and teardown, signals, colours,
 * glyphs, and drawing the screen model (Doc) into pads and windows.
 *
 * Everything that calls curses lives in term.c, render.c and app.c; views
 * build Docs and hand them over.
 */
#ifndef ESC_TUI_TERM_H
#define ESC_TUI_TERM_H

#include <stdbool.h>

#include <ncurses.h>

#include "doc.h"

/* Smallest usable screen; below it the app shows only a message. */
enum { TERM_MIN_COLS = 40, TERM_MIN_ROWS = 10 };

/* Key codes (define_key) for the terminal's bracketed-paste markers
 * (ESC [ 200 ~ and ESC [ 201 ~): what comes between is pasted text, not
 * keys to act on or auto-indent. */
enum { KEY_PASTE_BEGIN = KEY_MAX + 1, KEY_PASTE_END = KEY_MAX + 2 };

typedef struct Term {
    bool utf8;        /* the locale can show UTF-8 line drawing */
    bool color;       /* colours in use (terminal has them and no NO_COLOR) */
    bool started;
} Term;

extern Term term;   /* the one terminal of the process */

/* Set up curses (locale, cbreak, noecho, keypad, mouse wheel, colours) and
 * install signal handlers that restore the terminal.  Returns false with a
 * message on stderr when stdin/stdout is not a terminal. */
bool term_start(void);
void term_stop(void);
/* Set when SIGINT/SIGTERM/SIGHUP arrived: the main loop saves and leaves. */
bool term_quit_requested(void);
/* The signal that asked to quit (SIGINT, SIGTERM, SIGHUP), or 0. */
int term_quit_signal(void);
/* curses attribute (colour pair and bold/reverse/...) for a style. */
attr_t term_attr(Sty s, short *pair);
/* The character to show for c: itself in UTF-8, else ACS or ASCII. */
void term_cchar(wchar_t c, Sty s, cchar_t *out);

/* Copy lines [top, top+h) of d into window w at (y, x), w columns wide,
 * starting at column left of each line; clears what the doc leaves.  match
 * (may be NULL) highlights that search text. */
void render_doc(WINDOW *w, const Doc *d, int top, int y, int x, int h, int cols,
                int left, const wchar_t *match);
/* One line of text at (y, x), clipped to cols, padded with style s. */
void render_line(WINDOW *w, int y, int x, int cols, const DLine *l, Sty fill);
void render_text(WINDOW *w, int y, int x, int cols, const char *utf8, Sty s);

#endif
