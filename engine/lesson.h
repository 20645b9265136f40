/* lesson.h - lessons: the data model of lessons/NAME.yaml and its loader.
 *
 * A lesson is a list of blocks (headings, paragraphs, lists, tables,
 * callouts, box diagrams, Go code examples, quiz questions) read from one
 * YAML file whose schema is documented in lessons/README.md.  The loader
 * (lesson_load.c and friends, on libyaml's event parser) never prints: every problem becomes a
 * DIAG_ERROR Diag "FILE:LINE:COL: message" in the set's DiagList, a bad
 * file is left out, and the other files still load.
 *
 * Everything a LessonSet holds (lessons, strings, diags' text) lives in its
 * one Arena and dies with lessonset_free.  Text fields keep the lesson's
 * inline markup (**bold**, *italic*, `code`); inline_next splits it.
 */
#ifndef ESC_LESSON_H
#define ESC_LESSON_H

#include <stdbool.h>
#include <stddef.h>

#include "analyze.h"
#include "arena.h"
#include "diag.h"

/* ------------------------------------------------------------ modes */

/* Which gc flags an example is shown (or a question computed) with.
 * A CodeExample's `modes` is a bit set of these; its default_mode is the
 * first one the lesson lists (a bit set cannot keep that order). */
typedef enum LessonMode {
    MODE_M = 1,      /* -gcflags=-m        */
    MODE_ML = 2,     /* -gcflags='-m -l'   */
    MODE_M2 = 4,     /* -gcflags=-m=2      */
    MODE_M2L = 8,    /* -gcflags='-m=2 -l' */
} LessonMode;

#define MODE_ALL (MODE_M | MODE_ML | MODE_M2 | MODE_M2L)

const char *lesson_mode_name(LessonMode m);    /* "m", "ml", "m2", "m2l" */
const char *lesson_mode_flags(LessonMode m);   /* "-m", "-m -l", "-m=2", "-m=2 -l" */
/* Parse "m"/"ml"/"m2"/"m2l"; 0 if unknown. */
LessonMode lesson_mode_parse(const char *s);
/* The lowest mode set in a bit set (MODE_M if none); for an example's
 * default use CodeExample.default_mode. */
LessonMode lesson_mode_first(int modes);
/* Fill AnalyzeOpts for mode (display_name is left NULL). */
void lesson_mode_opts(LessonMode m, bool test_file, AnalyzeOpts *opts);

/* ---------------------------------------------------------- inline text */

typedef enum SpanStyle { SPAN_TEXT, SPAN_BOLD, SPAN_ITALIC, SPAN_CODE } SpanStyle;

typedef struct InlineSpan {
    SpanStyle style;
    const char *text;     /* points into the source string; not NUL-ended */
    int len;              /* bytes */
} InlineSpan;

/* Split inline markup: returns the position after the next span (filled
 * into *out), or NULL at the end of the string.  `code` spans are literal;
 * an unmatched marker is plain text.  Usage:
 *     for (const char *p = s; (p = inline_next(p, &sp)); ) draw(sp); */
const char *inline_next(const char *p, InlineSpan *out);

/* ------------------------------------------------------------ examples */

typedef struct CodeExample {
    const char *id;         /* stable id, unique in the set */
    const char *file;       /* e.g. "escape_check.go"; gc prints "./FILE" */
    const char *source;     /* Go source, NUL-terminated; ends with '\n' */
    size_t len;
    int nlines;
    int modes;              /* bit set of LessonMode; never 0 */
    LessonMode default_mode;/* the first mode listed in `modes:`: show this one first */
    bool test_file;         /* analyze as a _test.go file */
    int *highlight;         /* lines (from 1) the reader should look at */
    int nhighlight;
    const char *note;       /* inline text shown under the code, or NULL */
    const char *title;      /* short caption, or NULL */
    Pos pos;                /* of the block in the YAML */
} CodeExample;

/* ------------------------------------------------------------ questions */

typedef enum QuestionKind {
    Q_ESCAPES,      /* yes/no: does TARGET escape (moved to heap / escapes)? */
    Q_HEAP_LINES,   /* which lines allocate on the heap? (set of lines) */
    Q_WHY,          /* why does TARGET escape? one of choices */
    Q_M_OUTPUT,     /* what does -m print on line N? one of choices */
    Q_FIXIT,        /* edit the code so the checks pass */
} QuestionKind;

const char *question_kind_name(QuestionKind k);  /* "escapes", "heap-lines", ... */

/* Why an allocation escapes, as gc's -m=2 flow says it (see quiz.h). */
typedef enum QuizReason {
    QR_NONE,
    QR_RETURNED,        /* "(return)": it, or its address, is returned */
    QR_TOO_LARGE,       /* "(too large for stack)" */
    QR_NONCONST_SIZE,   /* "(non-constant size)": make([]T, n) */
    QR_CLOSURE,         /* "(captured by a closure)" */
    QR_SEND,            /* "(send)": sent on a channel */
    QR_ASSIGN,          /* "(assign)": stored in a global or heap object */
    QR_CALL_ARG,        /* "(call parameter)": passed to a func that keeps it */
    QR_INTERFACE,       /* only a boxing "(spill)" into something that escapes */
    QR_OTHER,
    QR_NKINDS
} QuizReason;

const char *quiz_reason_name(QuizReason r);   /* "returned", "too-large", ... */
QuizReason quiz_reason_parse(const char *s);  /* QR_NONE if unknown */

/* What a question points at, by line and either a variable name
 * ("moved to heap: NAME", "NAME escapes to heap", "NAME does not escape")
 * or gc's printed expression ("&User{...}", "make([]int, n)", "func literal"). */
typedef struct QTarget {
    int line;
    const char *name;       /* or NULL */
    const char *expr;       /* or NULL; exactly one of name/expr is set */
} QTarget;

typedef enum FixCheckKind {
    FC_NO_ESCAPE,       /* arg: a name or expr; nothing by that name escapes */
    FC_ESCAPES,         /* arg must escape (for "make it escape" exercises) */
    FC_NO_HEAP_IN,      /* arg: function name; no heap allocation reported in it */
    FC_NO_HEAP,         /* no heap allocation anywhere in the file */
    FC_INLINABLE,       /* arg: function; "can inline ARG" */
    FC_NOT_INLINABLE,   /* arg: function; no "can inline ARG" */
    FC_KEEP,            /* arg: function that must still be declared */
} FixCheckKind;

typedef struct FixCheck {
    FixCheckKind kind;
    const char *arg;        /* NULL for FC_NO_HEAP */
    Pos pos;
} FixCheck;

typedef struct Question {
    const char *id;             /* stable id, unique in the set */
    QuestionKind kind;
    const char *prompt;         /* inline text */
    const char *explanation;    /* inline text; always present */
    const char *topic;          /* e.g. "closures"; for review grouping; may be NULL */
    struct Lesson *lesson;      /* the lesson it belongs to */
    Pos pos;                    /* of the question in the YAML */

    /* The code the question is about: its own (file, code) or an example's. */
    const CodeExample *example; /* when `example: ID` was given, else NULL */
    const char *file;           /* file name given to the analyzer */
    const char *code;           /* source (for fix-it: the starting code) */
    size_t code_len;
    int code_nlines;
    LessonMode mode;            /* flags the answer is computed with */
    bool test_file;

    QTarget target;             /* Q_ESCAPES, Q_WHY */
    int line;                   /* Q_M_OUTPUT */

    const char **choices;       /* Q_WHY, Q_M_OUTPUT (inline text) */
    int nchoices;

    /* The stated answer (the analyzer's must agree; lint checks it). */
    bool has_answer;
    bool answer_yes;            /* Q_ESCAPES */
    int *answer_lines;          /* Q_HEAP_LINES, sorted, unique */
    int nanswer_lines;
    int answer_choice;          /* Q_WHY, Q_M_OUTPUT: index into choices */
    QuizReason reason;          /* Q_WHY: the category the analyzer must find */

    /* Q_FIXIT */
    const char *goal;           /* inline text: "`buf` must not escape" */
    FixCheck *checks;
    int nchecks;
    const char **hints;
    int nhints;
    const char **solutions;     /* at least one */
    int nsolutions;
} Question;

/* -------------------------------------------------------------- blocks */

typedef enum BlockKind {
    B_HEADING,      /* text, level (2 = heading, 3 = subheading) */
    B_PARAGRAPH,    /* text */
    B_BULLETS,      /* items */
    B_NUMBERED,     /* items */
    B_TABLE,        /* table */
    B_CALLOUT,      /* callout */
    B_DIAGRAM,      /* diagram */
    B_CODE,         /* example */
    B_QUESTION,     /* question */
    B_VERBATIM,     /* text shown as is (shell commands, program output), title */
} BlockKind;

typedef enum CalloutKind {
    CALLOUT_NOTE, CALLOUT_WARNING, CALLOUT_TIP,
    CALLOUT_COMPILER,   /* what gc really prints: computed from `example` */
} CalloutKind;

typedef struct Callout {
    CalloutKind kind;
    const char *title;          /* or NULL */
    const char *text;           /* inline text; blank lines split paragraphs */
    /* CALLOUT_COMPILER: the output is computed, never pasted. */
    const CodeExample *example; /* required for CALLOUT_COMPILER */
    LessonMode mode;            /* default: the example's first mode */
    int *lines;                 /* only the -m lines on these source lines */
    int nlines;                 /* 0 = all */
} Callout;

typedef struct Table {
    const char **header;        /* ncols cells */
    int ncols;
    const char ***rows;         /* nrows rows of ncols cells (inline text) */
    int nrows;
} Table;

typedef struct DiagramBox DiagramBox;

typedef enum DiagramItemKind { DI_TEXT, DI_BULLET, DI_BOX } DiagramItemKind;

typedef struct DiagramItem {
    DiagramItemKind kind;
    const char *text;           /* DI_TEXT, DI_BULLET (inline text) */
    DiagramBox *box;            /* DI_BOX */
} DiagramItem;

typedef enum BoxLayout { LAYOUT_COLUMN, LAYOUT_ROW } BoxLayout;

/* A box: a title on its top border, then its items in order.  Child boxes
 * are drawn one under another (column) or side by side (row; the app may
 * fall back to column when the width is too small). */
struct DiagramBox {
    const char *id;             /* for arrows; may be NULL */
    const char *title;          /* may be NULL */
    BoxLayout layout;
    DiagramItem *items;
    int nitems;
    Pos pos;
};

typedef struct DiagramArrow {
    const char *from, *to;      /* box ids */
    const char *label;          /* may be NULL */
} DiagramArrow;

typedef struct Diagram {
    DiagramBox *root;           /* the outer frame; its title is the diagram's */
    DiagramArrow *arrows;
    int narrows;
} Diagram;

typedef struct Block {
    BlockKind kind;
    Pos pos;
    const char *text;           /* B_HEADING, B_PARAGRAPH, B_VERBATIM */
    const char *title;          /* B_VERBATIM: "Shell", "Output"; or NULL */
    int level;                  /* B_HEADING: 2 or 3 */
    const char **items;         /* B_BULLETS, B_NUMBERED */
    int nitems;
    Table *table;
    Callout *callout;
    Diagram *diagram;
    CodeExample *example;
    Question *question;
} Block;

/* ------------------------------------------------------------- lessons */

typedef struct Lesson {
    const char *id;             /* stable id, unique in the set */
    const char *title;
    const char *summary;        /* one line for the home screen, or NULL */
    int order;                  /* position in the course (sorts lessons) */
    const char *part;           /* the group home lists it under ("The chapter"), or NULL */
    const char *path;           /* the YAML file it came from */
    Block *blocks;
    int nblocks;
    CodeExample **examples;     /* the B_CODE blocks' examples, in order */
    int nexamples;
    Question **questions;       /* the B_QUESTION blocks' questions, in order */
    int nquestions;
} Lesson;

typedef struct LessonSet {
    Arena arena;                /* owns everything below */
    DiagList diags;             /* every problem found; DIAG_ERROR */
    Lesson **lessons;           /* good lessons, sorted by (order, id) */
    int nlessons;
    int nfiles;                 /* files tried */
    int nbad;                   /* files left out because of errors */
} LessonSet;

/* Limits that keep any input harmless. */
#define LESSON_MAX_FILE_SIZE (1 << 20)  /* bytes per YAML file */
#define LESSON_MAX_DEPTH 32             /* YAML nesting */

LessonSet *lessonset_new(void);
void lessonset_free(LessonSet *set);

/* Load one file / a string / every *.yaml in a directory (sorted by name).
 * Return the lesson, or NULL when it had errors (the diags say why); a
 * directory returns the number of lessons loaded.  Ids are checked for
 * duplicates against what the set already holds. */
Lesson *lessonset_load_file(LessonSet *set, const char *path);
Lesson *lessonset_load_string(LessonSet *set, const char *name,
                              const char *text, size_t len);
int lessonset_load_dir(LessonSet *set, const char *dir);
Lesson *lessonset_find(const LessonSet *set, const char *id);
Question *lessonset_find_question(const LessonSet *set, const char *id);
CodeExample *lessonset_find_example(const LessonSet *set, const char *id);
int lessonset_count_questions(const LessonSet *set);

/* Source helpers (gofmt-style code: declarations start at column 1).
 * Is NAME declared as a function or method ("func NAME(", "func (r T) NAME(")? */
bool lesson_code_declares(const char *code, const char *name);
/* Lines first..last (from 1) of function or method NAME: from its "func"
 * line to the first line that starts with '}'.  False if not declared. */
bool lesson_func_lines(const char *code, const char *name, int *first, int *last);

#endif
