/* doc.h - the screen model: lines of styled wide characters.
 *
 * Views lay their content out into a Doc for a given width (wrapping text,
 * drawing diagrams on a Canvas) and render.c copies a Doc into an ncurses
 * pad.  Nothing here touches the terminal, so layout, wrapping and diagram
 * drawing are unit-tested without one (tests/tui/test_doc.c), the way tmux
 * keeps its grid apart from its tty output.
 *
 * Line-drawing characters are stored as Unicode (U+2500...); the renderer
 * maps them to ACS or ASCII when the locale cannot show them.
 */
#ifndef ESC_TUI_DOC_H
#define ESC_TUI_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

/* Styles are semantic; term.c maps them to colours and attributes. */
typedef enum Sty {
    S_NORMAL, S_BOLD, S_CODE, S_H1, S_H2, S_H3, S_DIM, S_BULLET,
    S_TIP, S_WARN, S_NOTE, S_BOX, S_BOXTITLE, S_TABLE_HEAD,
    /* Go highlighting */
    S_KEYWORD, S_TYPE, S_STRING, S_COMMENT, S_NUMBER, S_FUNC,
    /* code view */
    S_LINENO, S_CURLINE, S_MARK_HEAP, S_MARK_INLINE, S_MARK_OK, S_ERROR,
    /* chrome */
    S_TITLE, S_STATUS, S_KEY, S_SELECT, S_MATCH, S_GOOD, S_BAD, S_PROGRESS,
    S_PROGRESS_EMPTY, S_HEAP, S_STACK,
    S_COUNT
} Sty;

typedef struct DLine {
    wchar_t *ch;          /* characters; a wide char's second column is L'\0' */
    unsigned char *st;    /* style of each cell */
    int n, cap;           /* cells used (= display columns) */
    int tag;              /* view-defined: source line, block index, ... */
} DLine;

typedef struct Doc {
    DLine *lines;
    int n, cap;
} Doc;

void doc_init(Doc *d);
void doc_free(Doc *d);
void doc_clear(Doc *d);
DLine *doc_add(Doc *d, int tag);                /* append an empty line */
void dl_putwc(DLine *l, wchar_t c, Sty s);      /* one character (1 or 2 cells) */
void dl_puts(DLine *l, const char *utf8, Sty s);
void dl_printf(DLine *l, Sty s, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void dl_pad(DLine *l, int cols, Sty s);          /* spaces up to cols */
void dl_set(DLine *l, int col, wchar_t c, Sty s);/* overwrite a cell, growing */
/* The line's text as UTF-8 (for tests and search); caller frees. */
char *dl_text(const DLine *l);

/* Display width of a character: wcwidth, with control and unprintable
 * characters counted as one column (they are shown as a replacement). */
int cwidth(wchar_t c);
int utf8_width(const char *s);                   /* wcswidth of a UTF-8 string */
/* s in at most width columns, cut in the middle with "…" keeping the end
 * (a path's file name) into out. */
void utf8_shorten_middle(const char *s, int width, char *out, size_t n);

/* A run of styled text to wrap: built from pieces, then wrapped. */
typedef struct Rich {
    wchar_t *ch;
    unsigned char *st;
    int n, cap;
} Rich;

void rich_init(Rich *r);
void rich_free(Rich *r);
void rich_add(Rich *r, const char *utf8, Sty s);
/* Inline markup: **bold**, `code`, *emphasis*; the rest in style s. */
void rich_add_markup(Rich *r, const char *utf8, Sty s);

/* Word-wrap r into d at width cols: the first line starts with prefix1,
 * later lines with prefix2 (e.g. "• " then "  ").  Breaks at spaces; a word
 * wider than the line is broken.  Returns lines added. */
int doc_wrap(Doc *d, const Rich *r, int cols, const char *prefix1,
             const char *prefix2, Sty prefix_style, int tag);

/* ------------------------------------------------------------------ canvas
 * A grid for diagrams: boxes and lines are drawn as edge bits per cell so
 * that crossings and junctions combine into the right glyph (┬ ┼ ├ ...). */
typedef struct Canvas {
    int w, h;
    wchar_t *ch;
    unsigned char *st;
    unsigned char *edges;   /* EDGE_* bits; 0 = use ch */
} Canvas;

enum { EDGE_UP = 1, EDGE_DOWN = 2, EDGE_LEFT = 4, EDGE_RIGHT = 8, EDGE_HEAVY = 16 };

void canvas_init(Canvas *c, int w, int h);
void canvas_free(Canvas *c);
void canvas_text(Canvas *c, int x, int y, const char *utf8, Sty s, int maxw);
void canvas_hline(Canvas *c, int x0, int x1, int y, Sty s);
void canvas_vline(Canvas *c, int x, int y0, int y1, Sty s);
void canvas_box(Canvas *c, int x, int y, int w, int h, Sty s);
void canvas_put(Canvas *c, int x, int y, wchar_t ch, Sty s);
/* An arrow from (x0,y) right or left to x1 on one row, ending in ▶ or ◀. */
void canvas_arrow_h(Canvas *c, int x0, int x1, int y, Sty s);
/* Append the canvas to d, indented by indent columns. */
void canvas_emit(const Canvas *c, Doc *d, int indent, int tag);
wchar_t edge_glyph(unsigned char edges);

#endif
