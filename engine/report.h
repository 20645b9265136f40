/* report.h - workshop results: one CSV row per answered question.
 *
 * An instructor gives every laptop `escapade quiz --report FILE --name NAME`
 * and collects the files (or points them all at one shared file).  Rows are
 * only ever appended: the file is opened O_APPEND for each row, a row is one
 * write(2), and the header is written only when the file is empty, under an
 * flock so two quizzes starting together do not both write it.
 *
 * Columns (RFC 4180 quoting, UTF-8, LF line ends as Unix tools expect;
 * spreadsheets read both):
 *     name,time,lesson,question,answer,correct,seconds
 * time is ISO 8601 UTC (2026-11-29T09:00:00Z); correct is true or false;
 * seconds has one decimal.
 */
#ifndef ESC_REPORT_H
#define ESC_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#define REPORT_HEADER "name,time,lesson,question,answer,correct,seconds"

typedef struct ReportRow {
    const char *name;       /* the learner ("" if not given) */
    time_t when;
    const char *lesson;
    const char *question;   /* question id */
    const char *answer;     /* as given; a fix-it answer is the whole program */
    bool correct;
    double seconds;
} ReportRow;

/* Append row to path (creating it, with the header, if new).  Returns 0, or
 * -1 with "cannot write report PATH: REASON" in err. */
int report_append(const char *path, const ReportRow *row, char *err,
                  size_t errsz);

/* The CSV line for row (no line end), malloc'd; NULL on OOM. */
char *report_format_row(const ReportRow *row);

#endif
