/* quiz_plain.c - the line-mode quiz: plain text in, plain text out.
 *
 * For dumb terminals, screen readers and scripts: no escape codes, one
 * question at a time, numbered choices, a clear "Answer:" prompt, answers
 * read line by line from stdin.  End of input ends the quiz gracefully with
 * the score.  Each answer is saved to the progress file (and the report)
 * before the next question, so a kill loses at most the current one.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "quiz.h"
#include "report.h"

typedef enum Reply { R_ANSWER, R_SKIP, R_QUIT, R_EOF } Reply;

typedef struct Run {
    const PlainQuiz *pq;
    FILE *in, *out;
    int asked, answered, correct, skipped;
    const char **missed;
    int nmissed;
    bool save_warned, report_warned;
    bool echo;      /* input is not a terminal: echo answers for a readable log */
    StdCache *cache;  /* std packages shared by every key and grading (NULL: none) */
} Run;

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* ---------------------------------------------------------- printing */

/* Is every line of s one whole `code` span (gc's lines as a choice)? */
static bool all_code_lines(const char *s) {
    int spans = 0;
    for (const char *p = s; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        if (n > 0) {
            if (n < 2 || p[0] != '`' || p[n - 1] != '`' || memchr(p + 1, '`', n - 2))
                return false;
            spans++;
        }
        p += n + (nl != NULL);
    }
    return spans > 0;
}

/* Inline text as plain text.  Text whose lines are each all one `code`
 * span (gc's lines as a choice) is printed as it is, without the backticks
 * a screen reader would read out, each line after the first indented by
 * indent; code inside a sentence keeps its backticks. */
static char *plain_text_at(const char *s, int indent) {
    if (!s || !all_code_lines(s))
        return cli_plain_text(s);
    size_t n = strlen(s);
    int lines = 1;
    for (const char *p = s; (p = strchr(p, '\n')); p++)
        lines++;
    char *out = malloc(n + (size_t)lines * (size_t)indent + 1), *o = out;
    if (!out)
        return NULL;
    while (n > 0 && s[n - 1] == '\n')
        n--;                            /* a block scalar's last newline */
    for (const char *p = s, *end = s + n; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
        if (p != s)
            o += sprintf(o, "\n%*s", len ? indent : 0, "");
        if (len >= 2) {
            memcpy(o, p + 1, len - 2);
            o += len - 2;
        }
        p += len + (nl != NULL);
    }
    *o = '\0';
    return out;
}

static char *plain_text(const char *s) { return plain_text_at(s, 0); }

static void put_text(Run *r, const char *s) {
    char *plain = plain_text(s);
    fprintf(r->out, "%s\n", plain ? plain : s);
    free(plain);
}

/* The line at p, tabs as four spaces (every terminal and screen reader
 * shows those alike), and its newline; returns the next line's start. */
static const char *put_line(Run *r, const char *p) {
    for (; *p && *p != '\n'; p++)
        if (*p == '\t')
            fputs("    ", r->out);
        else
            fputc(*p, r->out);
    fputc('\n', r->out);
    return *p == '\n' ? p + 1 : p;
}

/* A block of code or compiler output, indented four spaces (tabs as four
 * spaces) between blank lines, as a reader of plain text expects code. */
static void put_block(Run *r, const char *text) {
    fputc('\n', r->out);
    for (const char *p = text ? text : ""; *p;) {
        if (*p != '\n')
            fputs("    ", r->out);     /* no trailing blanks on empty lines */
        p = put_line(r, p);
    }
    fputc('\n', r->out);
}

/* The code with line numbers; tabs as four spaces, which every terminal and
 * screen reader handles the same way. */
static void put_code(Run *r, const char *file, const char *code) {
    fprintf(r->out, "\nCode (%s):\n", file ? file : "quiz.go");
    int line = 1;
    const char *p = code ? code : "";
    while (*p) {
        fprintf(r->out, "%4d  ", line++);
        p = put_line(r, p);
    }
}

static void put_choices(Run *r, const Question *q) {
    if (q->kind == Q_ESCAPES) {
        fputs("  1) yes\n  2) no\n", r->out);
        return;
    }
    for (int i = 0; i < q->nchoices; i++) {
        char *plain = plain_text_at(q->choices[i], i + 1 >= 10 ? 6 : 5);
        fprintf(r->out, "  %d) %s\n", i + 1, plain ? plain : q->choices[i]);
        free(plain);
    }
}

static const char *instructions(const Question *q) {
    switch (q->kind) {
    case Q_ESCAPES:
        return "Type 1 or yes, 2 or no";
    case Q_HEAP_LINES:
        return "Type the line numbers, separated by spaces or commas, or none";
    case Q_WHY:
    case Q_M_OUTPUT:
        return "Type the number of your choice";
    case Q_FIXIT:
        return "Type the whole edited program, then a line with a single '.'";
    }
    return "";
}

static void put_question(Run *r, const Question *q, int i, int n) {
    const Lesson *l = q->lesson;
    fprintf(r->out, "\nQuestion %d of %d", i + 1, n);
    fprintf(r->out, " (lesson: %s; question %s)", l ? (l->title ? l->title : l->id) : "-",
            q->id);
    fputs("\n", r->out);
    put_text(r, q->prompt);
    if (q->kind == Q_FIXIT && q->goal) {
        fputs("Goal: ", r->out);
        put_text(r, q->goal);
    }
    put_code(r, q->file, q->code);
    fputc('\n', r->out);
    if (q->kind == Q_ESCAPES || q->kind == Q_WHY || q->kind == Q_M_OUTPUT)
        put_choices(r, q);
    fprintf(r->out, "%s; or skip, quit%s.\n", instructions(q),
            q->kind == Q_FIXIT && q->nhints ? ", hint" : "");
}

/* ---------------------------------------------------------- reading */

static char *read_line(FILE *in) {
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, in);
    if (n < 0) {
        free(line);
        return NULL;
    }
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
        line[--n] = '\0';
    return line;
}

static char *trim(char *s) {
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n > 0 && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    return s;
}

static bool word_is(const char *s, const char *w) {
    return strcasecmp(s, w) == 0;
}

/* Parse one line as an answer for q.  Returns false (with a hint printed)
 * when it is not a valid answer. */
static bool parse_answer(Run *r, const Question *q, const char *s, QuizAnswer *a,
                         int *lines, int maxlines) {
    char *end;
    switch (q->kind) {
    case Q_ESCAPES:
        if (word_is(s, "1") || word_is(s, "yes") || word_is(s, "y"))
            a->yes = true;
        else if (word_is(s, "2") || word_is(s, "no") || word_is(s, "n"))
            a->yes = false;
        else
            break;
        return true;
    case Q_WHY:
    case Q_M_OUTPUT: {
        long v = strtol(s, &end, 10);
        if (*s && !*end && v >= 1 && v <= q->nchoices) {
            a->choice = (int)v - 1;
            return true;
        }
        break;
    }
    case Q_HEAP_LINES: {
        a->nlines = 0;
        a->lines = lines;
        if (word_is(s, "none") || word_is(s, "0"))
            return true;
        const char *p = s;
        while (*p) {
            while (*p == ' ' || *p == ',' || *p == '\t')
                p++;
            if (!*p)
                break;
            long v = strtol(p, &end, 10);
            if (end == p || v < 1 || v > 1000000 || a->nlines >= maxlines)
                goto bad;
            lines[a->nlines++] = (int)v;
            p = end;
        }
        if (a->nlines > 0)
            return true;
        break;
    }
    case Q_FIXIT:
        break;
    }
bad:
    if (q->kind == Q_WHY || q->kind == Q_M_OUTPUT)
        fprintf(r->out, "Not an answer: type a number from 1 to %d.\n", q->nchoices);
    else
        fprintf(r->out, "Not an answer: %s.\n", instructions(q));
    return false;
}

/* Read the edited program: lines until one that is just ".", or EOF. */
static char *read_program(Run *r, const char *first) {
    size_t len = strlen(first), cap = len + 256;
    char *buf = malloc(cap);
    if (!buf)
        return NULL;
    memcpy(buf, first, len);
    buf[len++] = '\n';
    char *line;
    while ((line = read_line(r->in))) {
        if (strcmp(line, ".") == 0) {
            free(line);
            break;
        }
        size_t n = strlen(line);
        if (len + n + 2 > cap) {
            while (len + n + 2 > cap)
                cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) {
                free(line);
                break;
            }
            buf = nb;
        }
        memcpy(buf + len, line, n);
        len += n;
        buf[len++] = '\n';
        free(line);
    }
    buf[len] = '\0';
    return buf;
}

/* Ask until a valid answer, skip, quit or EOF.  *text gets the answer as the
 * report shows it (malloc'd). */
static Reply ask(Run *r, const Question *q, QuizAnswer *a, int *lines, int maxlines,
                 char **text, int *hints_used) {
    int hint = 0;
    *hints_used = 0;
    for (;;) {
        fputs(q->kind == Q_FIXIT ? "Program (end with '.'):\n" : "Answer: ", r->out);
        fflush(r->out);
        char *line = read_line(r->in);
        if (!line) {
            if (r->echo)
                fputc('\n', r->out);
            return R_EOF;
        }
        char *s = trim(line);
        Reply rep = R_ANSWER;
        if (word_is(s, "skip"))
            rep = R_SKIP;
        else if (word_is(s, "quit") || word_is(s, "q"))
            rep = R_QUIT;
        if (r->echo && (q->kind != Q_FIXIT || rep != R_ANSWER || word_is(s, "hint")))
            fprintf(r->out, "%s\n", s);
        if (rep != R_ANSWER) {
            free(line);
            return rep;
        }
        if (q->kind == Q_FIXIT && word_is(s, "hint")) {
            if (hint < q->nhints) {
                fprintf(r->out, "Hint %d of %d: ", hint + 1, q->nhints);
                put_text(r, q->hints[hint++]);
                *hints_used = hint;
            } else {
                fputs("No more hints.\n", r->out);
            }
            free(line);
            continue;
        }
        if (q->kind == Q_FIXIT && strcmp(s, ".") == 0) {
            /* '.' at once ends an empty program: ask again rather than
             * read the next lines (a 'quit', say) as Go source */
            fputs("No program given: type the whole edited program first, then '.'.\n",
                  r->out);
            free(line);
            continue;
        }
        if (q->kind == Q_FIXIT) {
            /* The first line is part of the program (keep its indent). */
            *text = read_program(r, line);
            free(line);
            if (r->echo && *text) {
                int n = 0;
                for (const char *p = *text; *p; p++)
                    n += *p == '\n';
                fprintf(r->out, "(read a program of %d line%s)\n", n, n == 1 ? "" : "s");
            }
            a->source = *text;
            a->source_len = *text ? strlen(*text) : 0;
            return *text ? R_ANSWER : R_EOF;
        }
        if (!*s) {
            free(line);
            continue;
        }
        if (parse_answer(r, q, s, a, lines, maxlines)) {
            /* The report shows yes/no as words, whatever was typed. */
            *text = strdup(q->kind == Q_ESCAPES ? (a->yes ? "yes" : "no") : s);
            free(line);
            return R_ANSWER;
        }
        free(line);
    }
}

/* ---------------------------------------------------------- recording */

static void record(Run *r, const Question *q, const char *text, bool correct,
                   double seconds, int hints_used) {
    const char *lesson = q->lesson ? q->lesson->id : "";
    time_t when = time(NULL);
    if (r->pq->progress) {
        progress_record_answer(r->pq->progress, &(ProgressAnswer){
            .lesson = (char *)lesson, .question = (char *)q->id,
            .answer = (char *)text, .correct = correct, .when = when,
            .seconds = seconds, .quality = quiz_quality(correct, hints_used, 1)});
        char err[512];
        if (progress_save(r->pq->progress, err, sizeof err) != 0 && !r->save_warned) {
            fprintf(stderr, "escapade: %s\n", err);
            r->save_warned = true;
        }
    }
    if (r->pq->report) {
        ReportRow row = {.name = r->pq->name, .when = when, .lesson = lesson,
                         .question = q->id, .answer = text, .correct = correct,
                         .seconds = seconds};
        char err[512];
        if (report_append(r->pq->report, &row, err, sizeof err) != 0 &&
            !r->report_warned) {
            fprintf(stderr, "escapade: %s\n", err);
            r->report_warned = true;
        }
    }
}

/* The verdict, the right answer (choices numbered as they were shown), the
 * analyzer's lines behind it, and the explanation. */
static void feedback(Run *r, const Question *q, const QuizKey *key,
                     const QuizResult *res, Arena *arena) {
    if (q->kind == Q_FIXIT) {
        fputs(res->correct ? "Correct.\n" : "Not yet.\n", r->out);
        if (res->feedback && *res->feedback)
            put_text(r, res->feedback);
        if (!res->correct && q->nsolutions > 0) {
            fputs("One solution:\n", r->out);
            put_block(r, q->solutions[0]);
            put_text(r, q->explanation);
        }
        return;
    }
    fputs(res->correct ? "Correct." : "Not quite.", r->out);
    if ((q->kind == Q_WHY || q->kind == Q_M_OUTPUT) && key->choice >= 0 &&
        key->choice < q->nchoices) {
        /* continuation lines under the choice's first, after the verdict */
        int col = (int)strlen(res->correct ? "Correct." : "Not quite.") +
                  (int)strlen(" The answer: 1) ") + (key->choice >= 9);
        char *plain = plain_text_at(q->choices[key->choice], col);
        fprintf(r->out, " The answer: %d) %s\n", key->choice + 1,
                plain ? plain : q->choices[key->choice]);
        free(plain);
    } else {
        fputs(" The answer: ", r->out);
        put_text(r, quiz_key_text(q, key, arena));
    }
    if (key->evidence && *key->evidence) {
        fprintf(r->out, "gc %s says:\n", lesson_mode_flags(q->mode ? q->mode : MODE_M));
        put_block(r, key->evidence);
    } else if (!key->from_analyzer && key->error)
        fprintf(r->out, "(Answer from the lesson: the analyzer could not check it: %s)\n",
                key->error);
    if (q->explanation)
        put_text(r, q->explanation);
}

/* ---------------------------------------------------------- the quiz */

int quiz_plain(const PlainQuiz *pq, Question **qs, int n) {
    Run r = {.pq = pq, .in = pq->in ? pq->in : stdin, .out = pq->out ? pq->out : stdout};
    r.echo = !isatty(fileno(r.in));
    r.missed = calloc((size_t)n + 1, sizeof *r.missed);
    r.cache = std_cache_new();
    fprintf(r.out, "Quiz: %d question%s. Type skip to skip one, quit to stop.\n",
            n, n == 1 ? "" : "s");
    bool stop = false;
    for (int i = 0; i < n && !stop; i++) {
        const Question *q = qs[i];
        Arena arena;
        arena_init(&arena);
        put_question(&r, q, i, n);
        r.asked++;
        QuizKey key;
        quiz_key(q, &key, &arena, r.cache);
        double t0 = now_seconds();
        QuizAnswer a = {.choice = -1};
        int lines[256];
        char *text = NULL;
        int hints = 0;
        Reply rep = ask(&r, q, &a, lines, 256, &text, &hints);
        double secs = now_seconds() - t0;
        if (rep == R_ANSWER) {
            QuizResult res = {0};
            quiz_grade(q, &key, &a, &res, &arena, r.cache);
            feedback(&r, q, &key, &res, &arena);
            r.answered++;
            if (res.correct)
                r.correct++;
            else if (r.missed)
                r.missed[r.nmissed++] = q->id;
            record(&r, q, text, res.correct, secs, hints);
        } else if (rep == R_SKIP) {
            r.skipped++;
            fputs("Skipped.\n", r.out);
        } else {
            stop = true;
            if (rep == R_EOF)
                fputs("\nEnd of input.\n", r.out);
        }
        free(text);
        arena_free(&arena);
    }
    fprintf(r.out, "\nScore: %d of %d correct", r.correct, r.answered);
    if (r.answered)
        fprintf(r.out, " (%d%%)", (int)(100.0 * r.correct / r.answered + 0.5));
    fputs(".\n", r.out);
    if (r.skipped)
        fprintf(r.out, "Skipped: %d.\n", r.skipped);
    if (n - r.answered - r.skipped > 0)
        fprintf(r.out, "Not answered: %d.\n", n - r.answered - r.skipped);
    if (r.nmissed) {
        fputs("To review (they come back in your next quiz):", r.out);
        for (int i = 0; i < r.nmissed; i++)
            fprintf(r.out, " %s", r.missed[i]);
        fputc('\n', r.out);
    }
    fflush(r.out);
    free(r.missed);
    std_cache_free(r.cache);
    return 0;
}
