/* app.h - the app: a stack of views, the main loop, and what every view
 * shares (title bar, status line, help overlay, search, scrolling).
 *
 * A view lays its content out into Docs for the size it is given, draws
 * them (Pagers go through ncurses pads) and handles keys.  The app owns
 * everything else: resize, the too-small screen, '?' help, '/' search,
 * signals, and popping views on 'q'.
 */
#ifndef ESC_TUI_APP_H
#define ESC_TUI_APP_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"
#include "term.h"

typedef struct App App;
typedef struct View View;

typedef enum KeyResult {
    K_UNHANDLED,   /* let the app try (help, search, q) */
    K_DONE,        /* handled; redraw */
    K_RELAYOUT,    /* handled; content changed, lay out again */
    K_POP,         /* close this view */
    K_QUIT,        /* leave the app */
} KeyResult;

struct View {
    const char *title;
    const char *help;        /* lines of "KEY\tmeaning" for the '?' overlay */
    bool overlay;            /* drawn over the view below (help) */
    bool text_input;         /* keys are text (editor insert mode): no '?', '/', 'q' */
    int laid_cols, laid_rows;/* size of the last layout; -1 forces one */
    App *app;
    /* Lay out for a content area of cols x rows. */
    void (*layout)(View *v, int cols, int rows);
    /* Draw into stdscr at (y, x); pagers queue their pads. */
    void (*draw)(View *v, int y, int x, int cols, int rows);
    KeyResult (*key)(View *v, int ch, bool fkey);
    /* Status line text (left part). */
    void (*status)(View *v, char *buf, size_t n);
    /* '/' search: move to the next match of pat; false when none. */
    bool (*search)(View *v, const wchar_t *pat, int dir);
    /* Text the terminal marked as pasted (bracketed paste), UTF-8 with
     * "\n" line ends.  NULL: the view takes no paste. */
    void (*paste)(View *v, const char *text, size_t len);
    void (*idle)(View *v);       /* called when no key came for a moment */
    bool (*busy)(View *v);       /* has idle work pending */
    void (*save)(View *v);       /* persist position (on leave and quit) */
    /* The app is ending on a signal (Ctrl-C, kill, a closed terminal), with
     * no chance to ask: keep unsaved work somewhere safe and say where in
     * note (empty when there was nothing to keep).  NULL: nothing to keep. */
    void (*rescue)(View *v, char *note, size_t n);
    void (*destroy)(View *v);
};

struct App {
    View *stack[16];
    int n;
    wchar_t search[128];
    char message[256];           /* shown once in the status line */
    bool message_error;
    void *ctx;                   /* tutor state shared by its views */
    char exit_note[1024];        /* printed on stderr once the terminal is back */
};

void app_init(App *a);
/* Note the moment the app started, for the first-frame time. */
void app_mark_start(void);
void app_push(App *a, View *v);
void app_pop(App *a);
/* Until the stack is empty or quit.  Returns 0, or 128 + N when signal N
 * ended it (the shell's convention: 130 for Ctrl-C, 143 for SIGTERM). */
int app_run(App *a);
void app_message(App *a, bool error, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Queue a pad to copy to the screen after stdscr (pnoutrefresh). */
void app_queue_pad(WINDOW *pad, int ptop, int pleft, int y0, int x0, int y1, int x1);
/* Show the terminal cursor at (y, x) this frame (editors). */
void app_set_cursor(int y, int x);
/* Ask a line of text in the status line; false on Escape. */
bool app_prompt(App *a, const char *label, wchar_t *buf, size_t n);

/* ---------------------------------------------------------------- pager
 * A scrollable Doc shown through a pad, optionally with a cursor line. */
typedef struct Pager {
    Doc doc;
    int top;
    int cursor;        /* selected line, or -1 when the pager only scrolls */
    int rows, cols;    /* viewport */
    WINDOW *pad;
    int padh, padw;
    bool dirty;        /* doc changed: render the pad again */
    int hl_line;       /* line drawn as the cursor in the pad, or -1 */
    unsigned char *rendered;  /* per pad row: drawn since the last change */
    const wchar_t *match;
    /* A pager without a cursor remembers its last match, so n goes on
     * from it (the view cannot move when the match is near the top), and
     * shows that line in reverse video until the learner scrolls
     * (match_top: the view's top after the search; -1: none). */
    int match_line, match_top;
} Pager;

void pager_init(Pager *p, bool with_cursor);
void pager_free(Pager *p);
void pager_changed(Pager *p);      /* after rebuilding p->doc */
KeyResult pager_key(Pager *p, int ch, bool fkey);
void pager_draw(Pager *p, int y, int x, int rows, int cols);
bool pager_search(Pager *p, const wchar_t *pat, int dir);
void pager_show(Pager *p, int line);      /* scroll so line is visible */
void pager_clamp(Pager *p);
/* Percent through the doc, for status lines. */
int pager_percent(const Pager *p);

/* The help overlay listing the keys of view below plus the global ones. */
View *help_view_new(const View *below);

#endif
