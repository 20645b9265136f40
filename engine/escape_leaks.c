/* escape_leaks.c - parameter leak tags (leaks.go) and their text form.
 *
 * A tag says, per parameter, the fewest dereferences after which its value
 * reaches the heap, and each of the first ESC_NUM_RESULTS results.  Callers
 * in later batches use the tag instead of the callee's body.
 *
 * Text form (the `//esc:` line of a std stub, see escape.h):
 *     //esc: NAME TAG [NAME TAG...]
 * where TAG is "none" (does not escape), "heap" (leaks with derefs 0),
 * "content" (leaks with derefs 1), or a comma list of "heap=D" and "rI=D"
 * (result I gets the value after D dereferences).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "escape_int.h"

int esc_leaks_get(const EscLeaks *l, int i) { return (int)l->v[i] - 1; }

void esc_leaks_set(EscLeaks *l, int i, int derefs) {
    int v = derefs + 1;
    if (v < 0)
        v = 0;
    if (v > 255)
        v = 255;
    l->v[i] = (uint8_t)v;
}

void esc_leaks_add(EscLeaks *l, int i, int derefs) {
    int old = esc_leaks_get(l, i);
    if (old < 0 || derefs < old)
        esc_leaks_set(l, i, derefs);
}

int esc_leaks_heap(const EscLeaks *l) { return esc_leaks_get(l, 0); }
int esc_leaks_result(const EscLeaks *l, int i) { return esc_leaks_get(l, 1 + i); }

bool esc_leaks_empty(const EscLeaks *l) {
    for (int i = 0; i < 1 + ESC_NUM_RESULTS; i++)
        if (l->v[i])
            return false;
    return true;
}

/* Optimize drops result leaks that the heap leak already covers. */
void esc_leaks_optimize(EscLeaks *l) {
    int x = esc_leaks_heap(l);
    if (x >= 0)
        for (int i = 0; i < ESC_NUM_RESULTS; i++)
            if (esc_leaks_result(l, i) >= x)
                esc_leaks_set(l, 1 + i, -1);
}

/* --------------------------------------------------------- text form */

static int parse_one(const char *s, size_t n, EscTag *t) {
    if (n == 4 && !memcmp(s, "none", 4))
        return 0;
    if (n == 4 && !memcmp(s, "heap", 4)) {
        esc_leaks_add(&t->leaks, 0, 0);
        return 0;
    }
    if (n == 7 && !memcmp(s, "content", 7)) {
        esc_leaks_add(&t->leaks, 0, 1);
        return 0;
    }
    /* comma list of heap=D / rI=D */
    const char *p = s, *end = s + n;
    while (p < end) {
        const char *comma = memchr(p, ',', (size_t)(end - p));
        const char *q = comma ? comma : end;
        const char *eq = memchr(p, '=', (size_t)(q - p));
        if (!eq || eq + 1 >= q)
            return -1;
        char *e;
        long d = strtol(eq + 1, &e, 10);
        if (e != q || d < 0 || d > 254)
            return -1;
        if (eq - p == 4 && !memcmp(p, "heap", 4)) {
            esc_leaks_add(&t->leaks, 0, (int)d);
        } else if (p[0] == 'r' && eq - p >= 2) {
            long r = strtol(p + 1, &e, 10);
            if (e != eq || r < 0 || r >= ESC_NUM_RESULTS)
                return -1;
            esc_leaks_add(&t->leaks, 1 + (int)r, (int)d);
        } else {
            return -1;
        }
        p = q + (q < end);
    }
    return 0;
}

int esc_parse_tags(const char *line, EscTag *out, int max) {
    const char *p = line;
    while (*p == ' ' || *p == '\t')
        p++;
    if (!strncmp(p, "//esc:", 6))
        p += 6;
    else if (!strncmp(p, "esc:", 4))
        p += 4;
    int n = 0;
    for (;;) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (!*p || *p == '\n')
            break;
        const char *name = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '\n')
            p++;
        size_t nlen = (size_t)(p - name);
        while (*p == ' ' || *p == '\t')
            p++;
        const char *tag = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '\n')
            p++;
        if (p == tag || n >= max)
            return -1;
        EscTag *t = &out[n];
        memset(t, 0, sizeof *t);
        if (nlen >= sizeof t->name)
            return -1;
        memcpy(t->name, name, nlen);
        if (parse_one(tag, (size_t)(p - tag), t) < 0)
            return -1;
        n++;
    }
    return n;
}

int esc_format_tag(const EscLeaks *l, char *buf, size_t size) {
    int h = esc_leaks_heap(l);
    bool anyres = false;
    for (int i = 0; i < ESC_NUM_RESULTS; i++)
        if (esc_leaks_result(l, i) >= 0)
            anyres = true;
    if (!anyres) {
        if (h < 0)
            return snprintf(buf, size, "none");
        if (h == 0)
            return snprintf(buf, size, "heap");
        if (h == 1)
            return snprintf(buf, size, "content");
    }
    size_t off = 0;
    int w = 0;
    buf[0] = 0;
    if (h >= 0) {
        w = snprintf(buf, size, "heap=%d", h);
        off = (size_t)w < size ? (size_t)w : size;
    }
    for (int i = 0; i < ESC_NUM_RESULTS; i++) {
        int x = esc_leaks_result(l, i);
        if (x < 0)
            continue;
        w = snprintf(buf + off, size - off, "%sr%d=%d", off ? "," : "", i, x);
        off += (size_t)w < size - off ? (size_t)w : size - off;
    }
    return (int)off;
}
