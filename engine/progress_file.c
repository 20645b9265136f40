/* progress_file.c - the learner's state in one YAML file, read (a damaged
 * file is set aside) and written atomically; see progress.h.
 *
 * The file looks like this (unknown keys are ignored, so later versions can
 * add fields without breaking older binaries):
 *
 *   version: 1
 *   current: escape-basics
 *   lessons:
 *   - id: escape-basics
 *     block: 3
 *     ...
 *   cards:
 *   - lesson: escape-basics
 *     question: q1
 *     ease: 2.60
 *     interval: 6
 *     reps: 2
 *     lapses: 0
 *     due: 2026-11-30T09:00:00Z
 *     ...
 *   history:
 *   - time: 2026-11-29T09:00:00Z
 *     ...
 */
#include "progress.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#include "paths.h"
#include "progress_int.h"

#define PROGRESS_FILE "progress.yaml"
#define PROGRESS_VERSION 1
/* Far above what PROGRESS_HISTORY_MAX answers take (~1 MiB): a bigger file
 * is not ours, or is damaged, and is not read into memory. */
#define PROGRESS_MAX_FILE (8L << 20)
/* A temporary file older than this was left by a killed save. */
#define STALE_TMP_SECONDS 3600

/* ------------------------------------------------------------ helpers */

static void format_time(time_t t, char *buf, size_t n) {
    struct tm tm;
    if (!gmtime_r(&t, &tm))
        memset(&tm, 0, sizeof tm);
    strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static bool parse_time(const char *s, time_t *out) {
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    const char *end = strptime(s, "%Y-%m-%dT%H:%M:%SZ", &tm);
    if (!end || *end)
        return false;
    *out = timegm(&tm);
    return true;
}

static void set_message(Progress *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void set_message(Progress *p, const char *fmt, ...) {
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    free(p->message);
    p->message = strdup(buf);
}

/* ------------------------------------------------------------ reading */

/* Reading walks libyaml's document tree; the first problem found stops it
 * with a "line:col: what" message that ends up in the damaged-file note. */
typedef struct Reader {
    yaml_document_t *doc;
    char err[256];
} Reader;

static bool rd_fail(Reader *r, yaml_node_t *n, const char *what) {
    if (!r->err[0])
        snprintf(r->err, sizeof r->err, "%lu:%lu: %s",
                 (unsigned long)n->start_mark.line + 1,
                 (unsigned long)n->start_mark.column + 1, what);
    return false;
}

static const char *rd_scalar(Reader *r, yaml_node_t *n, const char *key) {
    if (n->type != YAML_SCALAR_NODE) {
        char msg[128];
        snprintf(msg, sizeof msg, "'%s' must be a scalar", key);
        rd_fail(r, n, msg);
        return NULL;
    }
    return (const char *)n->data.scalar.value;
}

static bool rd_int(Reader *r, yaml_node_t *n, const char *key, int *out) {
    const char *s = rd_scalar(r, n, key);
    if (!s)
        return false;
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (!*s || *end || errno || v < 0 || v > INT32_MAX) {
        char msg[128];
        snprintf(msg, sizeof msg, "'%s' must be a non-negative integer", key);
        return rd_fail(r, n, msg);
    }
    *out = (int)v;
    return true;
}

static bool rd_bool(Reader *r, yaml_node_t *n, const char *key, bool *out) {
    const char *s = rd_scalar(r, n, key);
    if (!s)
        return false;
    if (strcmp(s, "true") == 0)
        *out = true;
    else if (strcmp(s, "false") == 0)
        *out = false;
    else {
        char msg[128];
        snprintf(msg, sizeof msg, "'%s' must be true or false", key);
        return rd_fail(r, n, msg);
    }
    return true;
}

static bool rd_double(Reader *r, yaml_node_t *n, const char *key, double *out) {
    const char *s = rd_scalar(r, n, key);
    if (!s)
        return false;
    char *end;
    double v = strtod(s, &end);
    if (!*s || *end || !(v >= 0)) {
        char msg[128];
        snprintf(msg, sizeof msg, "'%s' must be a non-negative number", key);
        return rd_fail(r, n, msg);
    }
    *out = v;
    return true;
}

static bool rd_time(Reader *r, yaml_node_t *n, const char *key, time_t *out) {
    const char *s = rd_scalar(r, n, key);
    if (!s)
        return false;
    if (!parse_time(s, out)) {
        char msg[128];
        snprintf(msg, sizeof msg, "'%s' must be a time like 2026-01-31T12:00:00Z", key);
        return rd_fail(r, n, msg);
    }
    return true;
}

static bool rd_str(Reader *r, yaml_node_t *n, const char *key, char **out) {
    const char *s = rd_scalar(r, n, key);
    if (!s)
        return false;
    free(*out);
    *out = strdup(s);
    return *out != NULL;
}

typedef bool (*FieldFn)(Reader *r, const char *key, yaml_node_t *v, void *rec);

/* Call fn for each key: value of a mapping node. */
static bool rd_map(Reader *r, yaml_node_t *n, const char *what, FieldFn fn,
                   void *rec) {
    if (n->type != YAML_MAPPING_NODE) {
        char msg[128];
        snprintf(msg, sizeof msg, "%s must be a mapping", what);
        return rd_fail(r, n, msg);
    }
    for (yaml_node_pair_t *pr = n->data.mapping.pairs.start;
         pr < n->data.mapping.pairs.top; pr++) {
        yaml_node_t *k = yaml_document_get_node(r->doc, pr->key);
        yaml_node_t *v = yaml_document_get_node(r->doc, pr->value);
        if (!k || !v || k->type != YAML_SCALAR_NODE)
            return rd_fail(r, k ? k : n, "keys must be scalars");
        if (!fn(r, (const char *)k->data.scalar.value, v, rec))
            return false;
    }
    return true;
}

static bool lesson_field(Reader *r, const char *key, yaml_node_t *v, void *rec) {
    ProgressLesson *l = rec;
    if (strcmp(key, "id") == 0) return rd_str(r, v, key, &l->id);
    if (strcmp(key, "block") == 0) return rd_int(r, v, key, &l->block);
    if (strcmp(key, "scroll") == 0) return rd_int(r, v, key, &l->scroll);
    if (strcmp(key, "seen") == 0) return rd_int(r, v, key, &l->seen);
    if (strcmp(key, "blocks") == 0) return rd_int(r, v, key, &l->blocks);
    if (strcmp(key, "completed") == 0) return rd_bool(r, v, key, &l->completed);
    if (strcmp(key, "answered") == 0) return rd_int(r, v, key, &l->answered);
    if (strcmp(key, "correct") == 0) return rd_int(r, v, key, &l->correct);
    if (strcmp(key, "visited") == 0) return rd_time(r, v, key, &l->visited);
    return true;
}

static bool rd_time64(Reader *r, yaml_node_t *n, const char *key, int64_t *out) {
    time_t t = 0;
    if (!rd_time(r, n, key, &t))
        return false;
    *out = (int64_t)t;
    return true;
}

static bool card_field(Reader *r, const char *key, yaml_node_t *v, void *rec) {
    ProgressCard *c = rec;
    if (strcmp(key, "lesson") == 0) return rd_str(r, v, key, &c->lesson);
    if (strcmp(key, "question") == 0) return rd_str(r, v, key, &c->question);
    if (strcmp(key, "ease") == 0) return rd_double(r, v, key, &c->review.ease);
    if (strcmp(key, "interval") == 0) return rd_int(r, v, key, &c->review.interval);
    if (strcmp(key, "reps") == 0) return rd_int(r, v, key, &c->review.reps);
    if (strcmp(key, "lapses") == 0) return rd_int(r, v, key, &c->review.lapses);
    if (strcmp(key, "due") == 0) return rd_time64(r, v, key, &c->review.due);
    if (strcmp(key, "right") == 0) return rd_int(r, v, key, &c->right);
    if (strcmp(key, "wrong") == 0) return rd_int(r, v, key, &c->wrong);
    if (strcmp(key, "last") == 0) return rd_time(r, v, key, &c->last);
    return true;
}

static bool answer_field(Reader *r, const char *key, yaml_node_t *v, void *rec) {
    ProgressAnswer *a = rec;
    if (strcmp(key, "lesson") == 0) return rd_str(r, v, key, &a->lesson);
    if (strcmp(key, "question") == 0) return rd_str(r, v, key, &a->question);
    if (strcmp(key, "answer") == 0) return rd_str(r, v, key, &a->answer);
    if (strcmp(key, "correct") == 0) return rd_bool(r, v, key, &a->correct);
    if (strcmp(key, "time") == 0) return rd_time(r, v, key, &a->when);
    if (strcmp(key, "seconds") == 0) return rd_double(r, v, key, &a->seconds);
    return true;
}

/* Read a sequence of mappings into a growable array of records. */
static bool rd_seq(Reader *r, yaml_node_t *n, const char *what, FieldFn fn,
                   void **items, int *len, int *cap, size_t size,
                   bool (*complete)(Reader *, yaml_node_t *, void *)) {
    if (n->type != YAML_SEQUENCE_NODE) {
        char msg[128];
        snprintf(msg, sizeof msg, "'%s' must be a list", what);
        return rd_fail(r, n, msg);
    }
    for (yaml_node_item_t *it = n->data.sequence.items.start;
         it < n->data.sequence.items.top; it++) {
        yaml_node_t *e = yaml_document_get_node(r->doc, *it);
        if (!e || !progress_grow(items, cap, *len, size))
            return rd_fail(r, n, "out of memory");
        void *rec = (char *)*items + size * (size_t)*len;
        memset(rec, 0, size);
        (*len)++;   /* counted first so that a failure still frees it */
        if (!rd_map(r, e, what, fn, rec) || !complete(r, e, rec))
            return false;
    }
    return true;
}

static bool lesson_complete(Reader *r, yaml_node_t *n, void *rec) {
    return ((ProgressLesson *)rec)->id ? true : rd_fail(r, n, "lesson without 'id'");
}

static bool card_complete(Reader *r, yaml_node_t *n, void *rec) {
    ProgressCard *c = rec;
    if (!c->lesson || !c->question)
        return rd_fail(r, n, "card without 'lesson' and 'question'");
    if (c->review.ease < 1.3)    /* missing or out of range: SM-2's start */
        c->review.ease = 2.5;
    return true;
}

static bool answer_complete(Reader *r, yaml_node_t *n, void *rec) {
    ProgressAnswer *a = rec;
    if (!a->lesson || !a->question)
        return rd_fail(r, n, "answer without 'lesson' and 'question'");
    return true;
}

static bool top_field(Reader *r, const char *key, yaml_node_t *v, void *rec) {
    Progress *p = rec;
    if (strcmp(key, "version") == 0) {
        int ver = 0;
        if (!rd_int(r, v, key, &ver))
            return false;
        if (ver != PROGRESS_VERSION)
            return rd_fail(r, v, "unknown version (written by a newer escapade?)");
        return true;
    }
    if (strcmp(key, "current") == 0)
        return rd_str(r, v, key, &p->current);
    if (strcmp(key, "lessons") == 0)
        return rd_seq(r, v, "lessons", lesson_field, (void **)&p->lessons,
                      &p->nlessons, &p->lessons_cap, sizeof *p->lessons,
                      lesson_complete);
    if (strcmp(key, "cards") == 0)
        return rd_seq(r, v, "cards", card_field, (void **)&p->cards,
                      &p->ncards, &p->cards_cap, sizeof *p->cards,
                      card_complete);
    if (strcmp(key, "history") == 0)
        return rd_seq(r, v, "history", answer_field, (void **)&p->history,
                      &p->nhistory, &p->history_cap, sizeof *p->history,
                      answer_complete);
    return true;
}

/* Parse f into p.  Returns true, or false with a message in err. */
static bool read_state(Progress *p, FILE *f, char *err, size_t errsz) {
    yaml_parser_t parser;
    yaml_document_t doc;
    if (!yaml_parser_initialize(&parser)) {
        snprintf(err, errsz, "out of memory");
        return false;
    }
    yaml_parser_set_input_file(&parser, f);
    if (!yaml_parser_load(&parser, &doc)) {
        snprintf(err, errsz, "%lu:%lu: %s",
                 (unsigned long)parser.problem_mark.line + 1,
                 (unsigned long)parser.problem_mark.column + 1,
                 parser.problem ? parser.problem : "YAML error");
        yaml_parser_delete(&parser);
        return false;
    }
    bool ok = true;
    yaml_node_t *root = yaml_document_get_root_node(&doc);
    if (!root) {
        snprintf(err, errsz, "empty file");
        ok = false;
    } else if (ferror(f)) {
        snprintf(err, errsz, "%s", strerror(errno));
        ok = false;
    } else {
        Reader r = {.doc = &doc};
        ok = rd_map(&r, root, "the file", top_field, p);
        if (!ok)
            snprintf(err, errsz, "%s", r.err);
    }
    yaml_document_delete(&doc);
    yaml_parser_delete(&parser);
    return ok;
}

/* Is name BASE.damaged-STAMP or BASE.damaged-STAMP-N, one of our copies of
 * a damaged file?  Returns the part after ".damaged-", or NULL. */
static const char *aside_suffix(const char *name, const char *base) {
    size_t blen = strlen(base);
    if (strncmp(name, base, blen) != 0 || strncmp(name + blen, ".damaged-", 9) != 0)
        return NULL;
    return name + blen + 9;
}

/* Order of set-aside copies, oldest first: by time stamp, then by the -N
 * that tells apart copies made within one second (so -10 after -9). */
static int aside_cmp(const void *a, const void *b) {
    const char *x = *(char *const *)a, *y = *(char *const *)b;
    size_t xs = strcspn(x, "-"), ys = strcspn(y, "-");
    int c = strncmp(x, y, xs < ys ? xs : ys);
    if (c || xs != ys)
        return c ? c : (xs < ys ? -1 : 1);
    long xn = x[xs] ? strtol(x + xs + 1, NULL, 10) : 1;
    long yn = y[ys] ? strtol(y + ys + 1, NULL, 10) : 1;
    return (xn > yn) - (xn < yn);
}

/* Keep the newest PROGRESS_DAMAGED_KEEP copies of damaged files: a file that
 * keeps coming back damaged must not fill the learner's disk. */
static void prune_aside(const char *path) {
    const char *slash = strrchr(path, '/');
    char *dir = slash ? strndup(path, slash > path ? (size_t)(slash - path) : 1) : strdup(".");
    const char *base = slash ? slash + 1 : path;
    DIR *d = dir ? opendir(dir) : NULL;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while (d && (e = readdir(d))) {
        const char *suffix = aside_suffix(e->d_name, base);
        if (!suffix)
            continue;
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 16;
            char **more = realloc(names, ncap * sizeof *names);
            if (!more)
                break;
            names = more;
            cap = ncap;
        }
        if (!(names[n] = strdup(suffix)))
            break;
        n++;
    }
    if (d)
        closedir(d);
    qsort(names, n, sizeof *names, aside_cmp);
    size_t blen = strlen(base);
    for (size_t i = 0; i < n; i++) {
        if (i + PROGRESS_DAMAGED_KEEP < n) {
            size_t len = blen + 9 + strlen(names[i]) + 1;
            char *old = malloc(len);
            if (old) {
                snprintf(old, len, "%s.damaged-%s", base, names[i]);
                char *full = paths_join(dir, old);
                if (full)
                    unlink(full);
                free(full);
                free(old);
            }
        }
        free(names[i]);
    }
    free(names);
    free(dir);
}

/* The highest N of the copies BASE.damaged-STAMP[-N] beside path (a copy
 * without -N is 1), or 0 when there is none. */
static int highest_aside(const char *path, const char *stamp) {
    const char *slash = strrchr(path, '/');
    char *dir = slash ? strndup(path, slash > path ? (size_t)(slash - path) : 1) : strdup(".");
    const char *base = slash ? slash + 1 : path;
    DIR *d = dir ? opendir(dir) : NULL;
    size_t slen = strlen(stamp);
    int high = 0;
    struct dirent *e;
    while (d && (e = readdir(d))) {
        const char *suffix = aside_suffix(e->d_name, base);
        if (!suffix || strncmp(suffix, stamp, slen) != 0)
            continue;
        int k = suffix[slen] == '-' ? atoi(suffix + slen + 1) : suffix[slen] ? 0 : 1;
        if (k > high)
            high = k;
    }
    if (d)
        closedir(d);
    free(dir);
    return high;
}

/* Move path to a name no other copy has: PATH.damaged-STAMP, or -2, -3...
 * for more files damaged within the same second, numbered after the highest
 * copy of that second (so a name freed by pruning is never reused for a
 * newer copy, which would then sort as the oldest).  link() fails rather
 * than replace an existing name (rename would silently overwrite a copy made
 * a moment ago by another escapade); where hard links are not supported, a
 * checked rename. */
static int move_aside(const char *path, char *aside, size_t n) {
    char stamp[32];
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &tm);
    for (int i = highest_aside(path, stamp) + 1; i < 100000; i++) {
        if (i == 1)
            snprintf(aside, n, "%s.damaged-%s", path, stamp);
        else
            snprintf(aside, n, "%s.damaged-%s-%d", path, stamp, i);
        if (link(path, aside) == 0)
            return unlink(path) == 0 ? 0 : -1;
        if (errno == EEXIST)
            continue;
        struct stat st;
        if (lstat(aside, &st) == 0)
            continue;
        return rename(path, aside);
    }
    errno = EEXIST;
    return -1;
}

/* Rename a bad file out of the way so the learner (or we) can look at it
 * later, and the next save does not destroy it. */
static void set_aside(Progress *p, const char *why) {
    size_t n = strlen(p->path) + 48;
    char *aside = malloc(n);
    if (aside && move_aside(p->path, aside, n) == 0) {
        set_message(p, "progress file %s is damaged (%s); moved it to %s "
                    "and started with empty progress", p->path, why, aside);
        prune_aside(p->path);
    } else {
        set_message(p, "progress file %s is damaged (%s) and could not be "
                    "moved aside (%s); starting with empty progress",
                    p->path, why, strerror(errno));
    }
    p->damaged = true;
    free(aside);
}

/* A save killed between mkstemp and rename leaves PATH.tmp-XXXXXX behind;
 * old ones are removed (young ones may belong to a save in progress in
 * another escapade). */
static void remove_stale_tmp(const char *path) {
    const char *slash = strrchr(path, '/');
    size_t dlen = slash ? (size_t)(slash - path) : 0;
    char *dir = slash ? strndup(path, dlen ? dlen : 1) : strdup(".");
    const char *base = slash ? slash + 1 : path;
    size_t blen = strlen(base);
    DIR *d = dir ? opendir(dir) : NULL;
    if (!d) {
        free(dir);
        return;
    }
    time_t now = time(NULL);
    struct dirent *e;
    while ((e = readdir(d))) {
        if (strncmp(e->d_name, base, blen) != 0 || strncmp(e->d_name + blen, ".tmp-", 5) != 0)
            continue;
        char *full = paths_join(dir, e->d_name);
        struct stat st;
        if (full && lstat(full, &st) == 0 && S_ISREG(st.st_mode) &&
            st.st_mtime < now - STALE_TMP_SECONDS)
            unlink(full);
        free(full);
    }
    closedir(d);
    free(dir);
}

Progress *progress_open_file(const char *path) {
    Progress *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    if (!path) {
        set_message(p, "no place for progress: neither $XDG_STATE_HOME nor "
                    "$HOME is set; progress will not be saved");
        return p;
    }
    p->path = strdup(path);
    if (!p->path) {
        free(p);
        return NULL;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        /* No file yet (or no directory yet): a first run. */
        if (errno == ENOENT || errno == ENOTDIR)
            return p;
        char why[128];
        snprintf(why, sizeof why, "cannot read it: %s", strerror(errno));
        set_aside(p, why);
        return p;
    }
    remove_stale_tmp(path);
    char err[300];
    struct stat st;
    bool ok;
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > PROGRESS_MAX_FILE) {
        snprintf(err, sizeof err, "too large: %lld bytes", (long long)st.st_size);
        ok = false;
    } else {
        ok = read_state(p, f, err, sizeof err);
    }
    fclose(f);
    if (!ok) {
        progress_clear(p);
        set_aside(p, err);
    }
    return p;
}

Progress *progress_open(const char *dir) {
    char *d = dir ? strdup(dir) : paths_state_dir();
    char *path = d ? paths_join(d, PROGRESS_FILE) : NULL;
    Progress *p = progress_open_file(path);
    free(path);
    free(d);
    return p;
}

/* ------------------------------------------------------------ writing */

typedef struct Buf {
    unsigned char *data;
    size_t len, cap;
} Buf;

static int buf_write(void *data, unsigned char *bytes, size_t size) {
    Buf *b = data;
    if (b->len + size > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 4096;
        while (cap < b->len + size)
            cap *= 2;
        unsigned char *n = realloc(b->data, cap);
        if (!n)
            return 0;
        b->data = n;
        b->cap = cap;
    }
    memcpy(b->data + b->len, bytes, size);
    b->len += size;
    return 1;
}

static bool em_event(yaml_emitter_t *e, yaml_event_t *ev, bool made) {
    return made && yaml_emitter_emit(e, ev);
}

static bool em_str(yaml_emitter_t *e, const char *s) {
    yaml_event_t ev;
    return em_event(e, &ev, yaml_scalar_event_initialize(
        &ev, NULL, NULL, (yaml_char_t *)s, (int)strlen(s), 1, 1,
        YAML_ANY_SCALAR_STYLE));
}

/* Strings that could read back as something else (numbers, booleans,
 * empty) are quoted so that a lesson id "1" or an answer "true" survives. */
static bool em_text(yaml_emitter_t *e, const char *s) {
    yaml_event_t ev;
    return em_event(e, &ev, yaml_scalar_event_initialize(
        &ev, NULL, NULL, (yaml_char_t *)s, (int)strlen(s), 1, 1,
        YAML_DOUBLE_QUOTED_SCALAR_STYLE));
}

static bool em_kv(yaml_emitter_t *e, const char *k, const char *v) {
    return em_str(e, k) && em_str(e, v);
}

static bool em_kt(yaml_emitter_t *e, const char *k, const char *v) {
    return em_str(e, k) && em_text(e, v);
}

static bool em_ki(yaml_emitter_t *e, const char *k, long v) {
    char buf[32];
    snprintf(buf, sizeof buf, "%ld", v);
    return em_kv(e, k, buf);
}

static bool em_kb(yaml_emitter_t *e, const char *k, bool v) {
    return em_kv(e, k, v ? "true" : "false");
}

static bool em_ktime(yaml_emitter_t *e, const char *k, time_t t) {
    char buf[32];
    format_time(t, buf, sizeof buf);
    return em_kv(e, k, buf);
}

static bool em_map_start(yaml_emitter_t *e) {
    yaml_event_t ev;
    return em_event(e, &ev, yaml_mapping_start_event_initialize(
        &ev, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE));
}

static bool em_map_end(yaml_emitter_t *e) {
    yaml_event_t ev;
    return em_event(e, &ev, yaml_mapping_end_event_initialize(&ev));
}

static bool em_seq_start(yaml_emitter_t *e, const char *key) {
    yaml_event_t ev;
    return em_str(e, key) && em_event(e, &ev, yaml_sequence_start_event_initialize(
        &ev, NULL, NULL, 1, YAML_BLOCK_SEQUENCE_STYLE));
}

static bool em_seq_end(yaml_emitter_t *e) {
    yaml_event_t ev;
    return em_event(e, &ev, yaml_sequence_end_event_initialize(&ev));
}

static bool em_lesson(yaml_emitter_t *e, const ProgressLesson *l) {
    bool ok = em_map_start(e) && em_kt(e, "id", l->id) &&
              em_ki(e, "block", l->block) && em_ki(e, "scroll", l->scroll) &&
              em_ki(e, "seen", l->seen) && em_ki(e, "blocks", l->blocks) &&
              em_kb(e, "completed", l->completed) &&
              em_ki(e, "answered", l->answered) && em_ki(e, "correct", l->correct);
    if (ok && l->visited)
        ok = em_ktime(e, "visited", l->visited);
    return ok && em_map_end(e);
}

static bool em_card(yaml_emitter_t *e, const ProgressCard *c) {
    char ease[32];
    snprintf(ease, sizeof ease, "%.2f", c->review.ease);
    return em_map_start(e) && em_kt(e, "lesson", c->lesson) &&
           em_kt(e, "question", c->question) && em_kv(e, "ease", ease) &&
           em_ki(e, "interval", c->review.interval) && em_ki(e, "reps", c->review.reps) &&
           em_ki(e, "lapses", c->review.lapses) &&
           em_ktime(e, "due", (time_t)c->review.due) && em_ki(e, "right", c->right) &&
           em_ki(e, "wrong", c->wrong) && em_ktime(e, "last", c->last) &&
           em_map_end(e);
}

static bool em_answer(yaml_emitter_t *e, const ProgressAnswer *a) {
    char secs[32];
    snprintf(secs, sizeof secs, "%.1f", a->seconds);
    bool ok = em_map_start(e) && em_ktime(e, "time", a->when) &&
              em_kt(e, "lesson", a->lesson) && em_kt(e, "question", a->question);
    if (ok && a->answer)
        ok = em_kt(e, "answer", a->answer);
    return ok && em_kb(e, "correct", a->correct) && em_kv(e, "seconds", secs) &&
           em_map_end(e);
}

static bool emit_state(const Progress *p, Buf *out) {
    yaml_emitter_t e;
    yaml_event_t ev;
    if (!yaml_emitter_initialize(&e))
        return false;
    yaml_emitter_set_output(&e, buf_write, out);
    yaml_emitter_set_unicode(&e, 1);
    yaml_emitter_set_width(&e, -1);
    bool ok = em_event(&e, &ev, yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING)) &&
              em_event(&e, &ev, yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1)) &&
              em_map_start(&e) && em_ki(&e, "version", PROGRESS_VERSION);
    if (ok && p->current)
        ok = em_kt(&e, "current", p->current);
    ok = ok && em_seq_start(&e, "lessons");
    for (int i = 0; ok && i < p->nlessons; i++)
        ok = em_lesson(&e, &p->lessons[i]);
    ok = ok && em_seq_end(&e) && em_seq_start(&e, "cards");
    for (int i = 0; ok && i < p->ncards; i++)
        ok = em_card(&e, &p->cards[i]);
    ok = ok && em_seq_end(&e) && em_seq_start(&e, "history");
    for (int i = 0; ok && i < p->nhistory; i++)
        ok = em_answer(&e, &p->history[i]);
    ok = ok && em_seq_end(&e) && em_map_end(&e) &&
         em_event(&e, &ev, yaml_document_end_event_initialize(&ev, 1)) &&
         em_event(&e, &ev, yaml_stream_end_event_initialize(&ev)) &&
         yaml_emitter_flush(&e);
    yaml_emitter_delete(&e);
    return ok;
}

/* Make the rename durable: without the directory fsync a power cut can
 * bring back the old name. */
static void sync_dir(const char *dir) {
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
}

/* Write data to path atomically: temp file in the same directory, fsync,
 * rename, fsync the directory.  Returns 0 or an errno. */
static int atomic_write(const char *path, const unsigned char *data, size_t len) {
    char *dir = strdup(path);
    if (!dir)
        return ENOMEM;
    char *slash = strrchr(dir, '/');
    if (slash && slash != dir)
        *slash = '\0';
    else if (slash)
        dir[1] = '\0';
    else
        strcpy(dir, ".");
    int err = paths_mkdirs(dir);
    if (err) {
        free(dir);
        return err;
    }
    size_t n = strlen(path) + 16;
    char *tmp = malloc(n);
    if (!tmp) {
        free(dir);
        return ENOMEM;
    }
    snprintf(tmp, n, "%s.tmp-XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        err = errno;
        goto out;
    }
    if (!paths_write_all(fd, data, len) || fsync(fd) != 0) {
        err = errno;
        close(fd);
        unlink(tmp);
        goto out;
    }
    if (close(fd) != 0 || rename(tmp, path) != 0) {
        err = errno;
        unlink(tmp);
        goto out;
    }
    sync_dir(dir);
out:
    free(tmp);
    free(dir);
    return err;
}

int progress_save(Progress *p, char *err, size_t errsz) {
    if (!p->path) {
        snprintf(err, errsz, "cannot save progress: neither $XDG_STATE_HOME "
                 "nor $HOME is set");
        return -1;
    }
    Buf b = {0};
    if (!emit_state(p, &b)) {
        free(b.data);
        snprintf(err, errsz, "cannot save progress: YAML emitter failed");
        return -1;
    }
    int e = atomic_write(p->path, b.data, b.len);
    free(b.data);
    if (e) {
        snprintf(err, errsz, "cannot save progress to %s: %s", p->path,
                 strerror(e));
        return -1;
    }
    return 0;
}
