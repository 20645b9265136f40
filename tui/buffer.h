/* buffer.h - the editor's text: lines of UTF-8 bytes, a cursor, undo.
 *
 * No curses here; the code view draws it and tests/tui/test_buffer.c
 * drives it.  The cursor column is a byte offset kept on a character
 * boundary.  Undo keeps whole snapshots (lesson examples are small), one per
 * group of like edits, so undo takes back a typed word, not a letter.
 */
#ifndef ESC_TUI_BUFFER_H
#define ESC_TUI_BUFFER_H

#include <stdbool.h>
#include <stddef.h>

typedef struct BLine {
    char *s;
    int len, cap;
} BLine;

typedef enum EditKind { ED_NONE, ED_INSERT, ED_DELETE, ED_NEWLINE, ED_PASTE } EditKind;

typedef struct Snapshot {
    char *text;
    size_t len;
    int cy, cx;
} Snapshot;

typedef struct Buf {
    BLine *lines;
    int n, cap;
    int cy, cx;          /* cursor: line, byte column */
    int want_col;        /* display column kept across up/down */
    bool modified;
    bool crlf;           /* loaded with CRLF line ends: buf_file_text keeps them */
    EditKind last_edit;
    Snapshot undo[200];
    int nundo;
    int version;         /* bumped by every change (for re-analysis) */
} Buf;

void buf_init(Buf *b);
void buf_free(Buf *b);
void buf_load(Buf *b, const char *text, size_t len);
char *buf_text(const Buf *b, size_t *len);    /* malloc'd, ends in '\n' */
/* The text to save: as buf_text, with "\r\n" line ends when the loaded text
 * had mostly CRLF lines (a Windows file stays a Windows file). */
char *buf_file_text(const Buf *b, size_t *len);
void buf_insert(Buf *b, const char *utf8);     /* text without newlines */
void buf_newline(Buf *b);                       /* split, keeping the indent */
/* Pasted text at the cursor exactly as given ("\n" splits lines, no
 * auto-indent), one undo step. */
void buf_paste(Buf *b, const char *text, size_t len);
void buf_backspace(Buf *b);
void buf_delete(Buf *b);
void buf_left(Buf *b);
void buf_right(Buf *b);
void buf_up(Buf *b, int n);
void buf_down(Buf *b, int n);
void buf_home(Buf *b);
void buf_end(Buf *b);
bool buf_undo(Buf *b);
/* Display column of byte offset x on line y, tabs every tabw columns. */
int buf_col(const Buf *b, int y, int x, int tabw);

#endif
