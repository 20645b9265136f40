/* report.c - CSV results for workshops; see report.h. */
#include "report.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "paths.h"

typedef struct Str {
    char *s;
    size_t len, cap;
} Str;

static bool str_add(Str *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 128;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *ns = realloc(b->s, cap);
        if (!ns)
            return false;
        b->s = ns;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
    return true;
}

/* RFC 4180: a field with a comma, quote or line break is quoted, quotes
 * doubled.  Leading/trailing blanks are quoted too, so that spreadsheets
 * keep them. */
static bool csv_field(Str *b, const char *s) {
    if (!s)
        s = "";
    size_t n = strlen(s);
    bool quote = strpbrk(s, ",\"\r\n") != NULL ||
                 (n > 0 && (s[0] == ' ' || s[n - 1] == ' '));
    if (!quote)
        return str_add(b, s, n);
    bool ok = str_add(b, "\"", 1);
    for (const char *p = s; ok && *p; p++)
        ok = *p == '"' ? str_add(b, "\"\"", 2) : str_add(b, p, 1);
    return ok && str_add(b, "\"", 1);
}

char *report_format_row(const ReportRow *row) {
    char when[32], secs[32];
    struct tm tm;
    time_t t = row->when;
    if (!gmtime_r(&t, &tm))
        memset(&tm, 0, sizeof tm);
    strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
    snprintf(secs, sizeof secs, "%.1f", row->seconds < 0 ? 0 : row->seconds);
    Str b = {0};
    bool ok = csv_field(&b, row->name) && str_add(&b, ",", 1) &&
              csv_field(&b, when) && str_add(&b, ",", 1) &&
              csv_field(&b, row->lesson) && str_add(&b, ",", 1) &&
              csv_field(&b, row->question) && str_add(&b, ",", 1) &&
              csv_field(&b, row->answer) && str_add(&b, ",", 1) &&
              csv_field(&b, row->correct ? "true" : "false") &&
              str_add(&b, ",", 1) && csv_field(&b, secs);
    if (!ok) {
        free(b.s);
        return NULL;
    }
    return b.s;
}

int report_append(const char *path, const ReportRow *row, char *err,
                  size_t errsz) {
    char *line = report_format_row(row);
    if (!line) {
        snprintf(err, errsz, "cannot write report %s: out of memory", path);
        return -1;
    }
    Str out = {0};
    int rc = -1, fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        goto fail;
    /* The lock makes "empty? then header" one step for concurrent quizzes
     * writing one shared file. */
    if (flock(fd, LOCK_EX) != 0 && errno != ENOLCK && errno != EINVAL)
        goto fail;
    struct stat st;
    if (fstat(fd, &st) != 0)
        goto fail;
    if (st.st_size == 0 && !str_add(&out, REPORT_HEADER "\n", strlen(REPORT_HEADER) + 1)) {
        errno = ENOMEM;
        goto fail;
    }
    if (!str_add(&out, line, strlen(line)) || !str_add(&out, "\n", 1)) {
        errno = ENOMEM;
        goto fail;
    }
    if (!paths_write_all(fd, out.s, out.len))
        goto fail;
    rc = 0;
fail:
    if (rc != 0)
        snprintf(err, errsz, "cannot write report %s: %s", path, strerror(errno));
    if (fd >= 0)
        close(fd);   /* also drops the lock */
    free(out.s);
    free(line);
    return rc;
}
