/* inlining.c - the same code with and without inlining (-m against
 * -m -l), and what the difference means, in plain words.
 *
 * Inlining decides what escapes: a constructor's &T{} escapes from the
 * constructor (it is returned), but once gc copies the constructor's body
 * into the caller, the copy is analysed in the caller's frame and may stay
 * there.  This view runs the analyzer three times (-m, -m -l and -m=2 for
 * gc's reasons not to inline) and walks the inlined calls: for each, what
 * gc decides at the call with inlining, and where the same value was
 * allocated, and why, without it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "inlining.h"
#include "views.h"

/* ------------------------------------------------------------- the source */

/* Lines [first, last] (from 1) of the declaration of function name in
 * src: its "func" line up to the next line starting with '}'.  name is as
 * gc prints it: "f", "T.M", "(*T).M"; a method matches on its last part
 * and its receiver's type.  Returns false when src declares no such
 * function (a standard library one, a closure). */
static bool func_lines(const char *src, size_t len, const char *name, int *first,
                       int *last) {
    const char *dot = strrchr(name, '.');
    const char *fname = dot ? dot + 1 : name;
    char recv[128] = "";
    if (dot) {
        /* "(*T).M" or "T.M": the receiver type T */
        const char *r = name;
        while (*r == '(' || *r == '*')
            r++;
        size_t k = 0;
        while (r < dot && *r != ')' && k + 1 < sizeof recv)
            recv[k++] = *r++;
        recv[k] = 0;
        /* "pkg.F" (fmt.Println) has a lowercase package, not a type the
         * file declares: the search below finds no receiver of that name */
    }
    size_t flen = strlen(fname);
    int line = 1, found = 0;
    for (size_t i = 0; i < len; line++) {
        size_t j = i;
        while (j < len && src[j] != '\n')
            j++;
        const char *s = src + i;
        size_t n = j - i;
        if (found && n > 0 && s[0] == '}') {
            *last = line;
            return true;
        }
        if (!found && n > 5 && strncmp(s, "func ", 5) == 0) {
            const char *p = s + 5, *end = s + n;
            bool method = *p == '(';
            bool recv_ok = !dot;
            if (method) {
                const char *close = memchr(p, ')', end - p);
                if (!close)
                    goto next;
                /* the receiver's type is the last word before ')' */
                const char *t = close;
                while (t > p && (t[-1] == '_' || t[-1] == ']' || t[-1] == '[' ||
                                 (t[-1] >= '0' && t[-1] <= '9') ||
                                 ((t[-1] | 32) >= 'a' && (t[-1] | 32) <= 'z')))
                    t--;
                const char *br = memchr(t, '[', close - t);   /* generic T[K] */
                size_t tl = (size_t)((br ? br : close) - t);
                recv_ok = dot && strlen(recv) == tl && strncmp(t, recv, tl) == 0;
                p = close + 1;
                while (p < end && *p == ' ')
                    p++;
            }
            if (recv_ok && (size_t)(end - p) > flen && strncmp(p, fname, flen) == 0 &&
                (p[flen] == '(' || p[flen] == '[')) {
                *first = line;
                found = 1;
                if (s[n - 1] == '}') {          /* a one-line function */
                    *last = line;
                    return true;
                }
            }
        }
    next:
        i = j + 1;
    }
    if (found)
        *last = line - 1;
    return found;
}

/* Line ln (from 1) of src, trimmed, into buf. */
static void source_line(const char *src, size_t len, int ln, char *buf, size_t n) {
    size_t i = 0;
    for (int l = 1; l < ln && i < len; i++)
        if (src[i] == '\n')
            l++;
    while (i < len && (src[i] == ' ' || src[i] == '\t'))
        i++;
    size_t k = 0;
    while (i < len && src[i] != '\n' && k + 1 < n)
        buf[k++] = src[i++];
    while (k > 0 && (buf[k - 1] == ' ' || buf[k - 1] == '\r'))
        k--;
    buf[k] = 0;
}

/* -------------------------------------------------------------- the diags */

static bool is_decision(const Diag *d) {
    return d->kind == DK_MOVED_TO_HEAP || d->kind == DK_ESCAPES || d->kind == DK_NO_ESCAPE;
}

static bool is_heap(const Diag *d) {
    return d->kind == DK_MOVED_TO_HEAP || d->kind == DK_ESCAPES;
}

/* What a decision is about: "x" of "moved to heap: x", "&User{...}" of
 * "&User{...} escapes to heap". */
static void subject(const Diag *d, char *buf, size_t n) {
    const char *m = d->msg;
    if (strncmp(m, "moved to heap: ", 15) == 0) {
        snprintf(buf, n, "%s", m + 15);
        return;
    }
    const char *suf[] = {" escapes to heap", " does not escape"};
    for (int i = 0; i < 2; i++) {
        const char *p = strstr(m, suf[i]);
        if (p) {
            snprintf(buf, n, "%.*s", (int)(p - m), m);
            return;
        }
    }
    snprintf(buf, n, "%s", m);
}

/* The heap decision about subj in lines [first, last] of a, or NULL. */
static const Diag *heap_in(const Analysis *a, const char *subj, int first, int last) {
    for (int i = 0; a && i < a->diags.len; i++) {
        const Diag *d = &a->diags.items[i];
        if (!diag_in_source(d) || !is_heap(d) || d->pos.line < first || d->pos.line > last)
            continue;
        char s[256];
        subject(d, s, sizeof s);
        if (strcmp(s, subj) == 0)
            return d;
    }
    return NULL;
}

/* A "does not escape" about subj on line ln or in lines [first, last] of
 * a, or NULL. */
static const Diag *stack_in(const Analysis *a, const char *subj, int ln, int first,
                            int last) {
    for (int i = 0; a && i < a->diags.len; i++) {
        const Diag *d = &a->diags.items[i];
        if (!diag_in_source(d) || d->kind != DK_NO_ESCAPE ||
            !(d->pos.line == ln || (d->pos.line >= first && d->pos.line <= last)))
            continue;
        char s[256];
        subject(d, s, sizeof s);
        if (strcmp(s, subj) == 0)
            return d;
    }
    return NULL;
}

static int count(const Analysis *a, DiagKind k) {
    int n = 0;
    for (int i = 0; a && i < a->diags.len; i++)
        n += a->diags.items[i].kind == k && diag_in_source(&a->diags.items[i]);
    return n;
}

/* --------------------------------------------------------------- writing */

static void para(Doc *d, int cols, const char *p1, const char *p2, Rich *r) {
    doc_wrap(d, r, cols, p1, p2, S_NORMAL, 0);
    rich_free(r);
    rich_init(r);
}

static void heading(Doc *d, const char *text) {
    doc_add(d, 0);
    DLine *l = doc_add(d, 0);
    dl_puts(l, "  ▸ ", S_H2);
    dl_puts(l, text, S_H2);
    doc_add(d, 0);
}

/* gc's reason not to inline, in plain words where it has a usual form. */
static void why_not_inlined(Rich *r, const char *why) {
    int cost, budget;
    if (sscanf(why, "function too complex: cost %d exceeds budget %d", &cost, &budget) == 2) {
        char buf[160];
        snprintf(buf, sizeof buf, "its body costs %d, over gc's budget of %d", cost, budget);
        rich_add(r, buf, S_NORMAL);
    } else if (strstr(why, "go:noinline")) {
        rich_add(r, "it is marked //go:noinline", S_NORMAL);
    } else if (strncmp(why, "unhandled op ", 13) == 0) {
        rich_add(r, "it uses ", S_NORMAL);
        rich_add(r, why + 13, S_CODE);
        rich_add(r, ", which gc 1.19 never inlines", S_NORMAL);
    } else {
        rich_add(r, why, S_NORMAL);
    }
}

/* The calls gc inlines, and the functions it will not inline (from -m=2). */
static void layout_what(Doc *d, const Analysis *m1, const Analysis *m2, int cols) {
    Rich r;
    rich_init(&r);
    int ninl = count(m1, DK_INLINE_CALL);
    if (ninl == 0) {
        rich_add(&r, "gc inlines no call here", S_NORMAL);
        rich_add(&r, ", so -m and -m -l decide the same things.", S_NORMAL);
        para(d, cols, "  ", "  ", &r);
    } else {
        char buf[160];
        snprintf(buf, sizeof buf, "gc inlines %d call%s here (with -l, none):", ninl,
                 ninl == 1 ? "" : "s");
        rich_add(&r, buf, S_NORMAL);
        para(d, cols, "  ", "  ", &r);
        for (int i = 0; i < m1->diags.len; i++) {
            const Diag *g = &m1->diags.items[i];
            if (g->kind != DK_INLINE_CALL || !diag_in_source(g))
                continue;
            snprintf(buf, sizeof buf, "line %d: ", g->pos.line);
            rich_add(&r, buf, S_LINENO);
            rich_add(&r, g->msg + strlen("inlining call to "), S_CODE);
            para(d, cols, "  • ", "    ", &r);
        }
    }
    for (int i = 0; m2 && i < m2->diags.len; i++) {
        const Diag *g = &m2->diags.items[i];
        if (g->kind != DK_CANNOT_INLINE || !diag_in_source(g))
            continue;
        /* "cannot inline f: why" */
        const char *name = g->msg + strlen("cannot inline ");
        const char *colon = strstr(name, ": ");
        if (strncmp(g->msg, "cannot inline ", 14) != 0 || !colon)
            continue;
        char buf[256];
        snprintf(buf, sizeof buf, "%.*s", (int)(colon - name), name);
        rich_add(&r, "not inlined: ", S_DIM);
        rich_add(&r, buf, S_CODE);
        rich_add(&r, ", because ", S_NORMAL);
        why_not_inlined(&r, colon + 2);
        para(d, cols, "  • ", "    ", &r);
    }
}

/* The inlined calls at one position (a call and the calls inlined into it,
 * as printIt and its fmt.Println): the decisions gc makes there with
 * inlining, each set against what happens to the same value without
 * inlining.  Returns the heap allocations inlining saves there. */
static int layout_call(Doc *d, const Diag *call, const Analysis *m1, const Analysis *ml,
                       const char *src, size_t len, int cols, int *still) {
    const char *callees[8] = {call->msg + strlen("inlining call to ")};
    int first[8] = {0}, last[8] = {0}, ncallees = 0;
    bool local[8] = {false};
    for (int i = 0; i < m1->diags.len && ncallees < 8; i++) {
        const Diag *g = &m1->diags.items[i];
        if (g->kind != DK_INLINE_CALL || g->pos.line != call->pos.line ||
            g->pos.col != call->pos.col || !diag_in_source(g))
            continue;
        callees[ncallees] = g->msg + strlen("inlining call to ");
        local[ncallees] = func_lines(src, len, callees[ncallees], &first[ncallees],
                                     &last[ncallees]);
        ncallees++;
    }
    const char *callee = callees[0];
    char line[200], buf[512];
    source_line(src, len, call->pos.line, line, sizeof line);
    Rich r;
    rich_init(&r);
    snprintf(buf, sizeof buf, "Line %d  ", call->pos.line);
    rich_add(&r, buf, S_BOLD);
    rich_add(&r, line, S_CODE);
    para(d, cols, "  ", "    ", &r);
    for (int k = 0; k < ncallees; k++) {
        if (k > 0)
            rich_add(&r, k + 1 < ncallees ? ", " : " and ", S_NORMAL);
        rich_add(&r, callees[k], S_CODE);
        if (local[k])
            snprintf(buf, sizeof buf, " (lines %d-%d)", first[k], last[k]);
        else
            snprintf(buf, sizeof buf, " (standard library)");
        rich_add(&r, buf, S_NORMAL);
        if (k > 0)
            rich_add(&r, ", called from it,", S_NORMAL);
    }
    rich_add(&r, ncallees > 1 ? " are inlined here: gc copies their bodies into this "
                                "function, and decides their values here, in this frame."
                              : " is inlined here: gc copies its body into this function, "
                                "and decides its values here, in this frame.", S_NORMAL);
    para(d, cols, "    ", "    ", &r);
    int saved = 0, decisions = 0;
    for (int i = 0; i < m1->diags.len; i++) {
        const Diag *g = &m1->diags.items[i];
        if (!is_decision(g) || !diag_in_source(g) || g->pos.line != call->pos.line ||
            g->pos.col != call->pos.col)
            continue;
        decisions++;
        char subj[256];
        subject(g, subj, sizeof subj);
        const Diag *before = NULL, *kept = NULL;
        const char *std = NULL;       /* a standard library callee */
        for (int k = 0; k < ncallees; k++) {
            if (!local[k]) {
                std = std ? std : callees[k];
                continue;
            }
            if (!before && (before = heap_in(ml, subj, first[k], last[k])) != NULL)
                callee = callees[k];
            if (!kept && (kept = stack_in(ml, subj, g->pos.line, first[k], last[k])) != NULL)
                callee = callees[k];
        }
        if (!kept)
            kept = stack_in(ml, subj, g->pos.line, 0, -1);
        if (!is_heap(g)) {
            rich_add(&r, "✓ ", S_GOOD);
            rich_add(&r, g->msg, S_CODE);
            if (before) {
                saved++;
                rich_add(&r, ": with inlining it stays on the stack. Without inlining, ",
                         S_NORMAL);
                rich_add(&r, callee, S_CODE);
                snprintf(buf, sizeof buf, " allocates it on line %d, where it escapes",
                         before->pos.line);
                rich_add(&r, buf, S_NORMAL);
                if (before->reason) {
                    rich_add(&r, " (", S_NORMAL);
                    rich_add(&r, before->reason, S_TIP);
                    rich_add(&r, ")", S_NORMAL);
                }
                rich_add(&r, ": one heap allocation per call, saved by inlining.", S_NORMAL);
            } else if (kept) {
                rich_add(&r, ": it stays on the stack either way.", S_NORMAL);
            } else if (std) {
                rich_add(&r, ": with inlining it stays on the stack. Without inlining it is "
                             "made inside ", S_NORMAL);
                rich_add(&r, std, S_CODE);
                rich_add(&r, ", compiled in its own package: that function decides "
                             "where it lives, not this one.", S_NORMAL);
            } else {
                rich_add(&r, ": with inlining it stays on the stack; with -l gc reports "
                             "nothing about it.", S_NORMAL);
            }
        } else {
            (*still)++;
            rich_add(&r, "● ", S_MARK_HEAP);
            rich_add(&r, g->msg, S_MARK_HEAP);
            if (kept && !before) {
                rich_add(&r, ": here inlining costs an allocation. On its own, ", S_NORMAL);
                rich_add(&r, callee, S_CODE);
                snprintf(buf, sizeof buf, " keeps it on the stack (line %d: ", kept->pos.line);
                rich_add(&r, buf, S_NORMAL);
                rich_add(&r, kept->msg, S_CODE);
                rich_add(&r, "); inlined, it flows into this function, where it escapes",
                         S_NORMAL);
            } else {
                rich_add(&r, ": it goes to the heap even inlined", S_NORMAL);
            }
            if (g->reason) {
                rich_add(&r, " (", S_NORMAL);
                rich_add(&r, g->reason, S_TIP);
                rich_add(&r, ")", S_NORMAL);
            }
            rich_add(&r, before ? ", as it does in the function on its own: inlining does "
                                  "not save this allocation."
                                : ".", S_NORMAL);
        }
        para(d, cols, "    ", "      ", &r);
    }
    if (decisions == 0) {
        rich_add(&r, "No value of ", S_DIM);
        rich_add(&r, callees[0], S_DIM);
        rich_add(&r, " is decided here (nothing it makes needs an address, or it "
                     "returns values by copy): inlining saves the cost of the call, not an "
                     "allocation.", S_DIM);
        para(d, cols, "    ", "    ", &r);
    }
    doc_add(d, 0);
    return saved;
}

/* Lines (outside inlined calls) where -m and -m -l disagree. */
static void layout_other_changes(Doc *d, const Analysis *m1, const Analysis *ml,
                                 const char *src, size_t len, int cols) {
    int maxline = 0;
    for (int k = 0; k < 2; k++) {
        const Analysis *a = k ? ml : m1;
        for (int i = 0; i < a->diags.len; i++)
            if (a->diags.items[i].pos.line > maxline)
                maxline = a->diags.items[i].pos.line;
    }
    bool any = false;
    Rich r;
    rich_init(&r);
    for (int ln = 1; ln <= maxline; ln++) {
        bool call_here = false, differ = false;
        for (int i = 0; i < m1->diags.len; i++) {
            const Diag *g = &m1->diags.items[i];
            if (g->pos.line == ln && diag_in_source(g) && g->kind == DK_INLINE_CALL)
                call_here = true;
        }
        if (call_here)
            continue;
        /* the decisions on the line, as sets of messages */
        for (int k = 0; k < 2 && !differ; k++) {
            const Analysis *a = k ? ml : m1, *b = k ? m1 : ml;
            for (int i = 0; i < a->diags.len && !differ; i++) {
                const Diag *g = &a->diags.items[i];
                if (g->pos.line != ln || !diag_in_source(g) ||
                    !(is_decision(g) || g->kind == DK_LEAK_PARAM || g->kind == DK_LEAK_CONTENT))
                    continue;
                bool found = false;
                for (int j = 0; j < b->diags.len && !found; j++)
                    found = b->diags.items[j].pos.line == ln &&
                            strcmp(b->diags.items[j].msg, g->msg) == 0;
                differ = !found;
            }
        }
        if (!differ)
            continue;
        if (!any)
            heading(d, "Other lines that change");
        any = true;
        char line[200], buf[64];
        source_line(src, len, ln, line, sizeof line);
        snprintf(buf, sizeof buf, "Line %d  ", ln);
        rich_add(&r, buf, S_BOLD);
        rich_add(&r, line, S_CODE);
        para(d, cols, "  ", "    ", &r);
        for (int k = 0; k < 2; k++) {
            const Analysis *a = k ? ml : m1;
            rich_add(&r, k ? "without inlining: " : "with inlining:    ", S_DIM);
            int n = 0;
            for (int i = 0; i < a->diags.len; i++) {
                const Diag *g = &a->diags.items[i];
                if (g->pos.line != ln || !diag_in_source(g) ||
                    !(is_decision(g) || g->kind == DK_LEAK_PARAM || g->kind == DK_LEAK_CONTENT))
                    continue;
                if (n++)
                    rich_add(&r, "; ", S_DIM);
                rich_add(&r, g->msg, is_heap(g) ? S_MARK_HEAP : S_CODE);
            }
            if (!n)
                rich_add(&r, "(nothing)", S_DIM);
            para(d, cols, "    ", "      ", &r);
        }
        rich_add(&r, "The values here flow into calls that are inlined in one case and "
                     "not the other: an inlined call shows gc where they go, a call left "
                     "alone makes gc go by the callee's parameter tags.", S_NORMAL);
        para(d, cols, "    ", "    ", &r);
        doc_add(d, 0);
    }
}

void layout_inlining(Doc *d, const char *name, const char *src, size_t len, int cols) {
    Analysis *m1 = tui_analyze(name, src, len, 1, false);
    Analysis *ml = tui_analyze(name, src, len, 1, true);
    Analysis *m2 = tui_analyze(name, src, len, 2, false);
    Rich r;
    rich_init(&r);
    doc_add(d, 0);
    if (!m1 || !ml || m1->failed || ml->failed) {
        rich_add(&r, "The code does not compile, so there is nothing to compare:", S_BAD);
        para(d, cols, "  ", "  ", &r);
        for (int i = 0; m1 && i < m1->diags.len && i < 5; i++) {
            char head[600];
            diag_where(&m1->diags.items[i], false, head, sizeof head);
            rich_add(&r, head, S_LINENO);
            rich_add(&r, m1->diags.items[i].msg, S_ERROR);
            para(d, cols, "  ", "    ", &r);
        }
        goto done;
    }
    rich_add(&r, "Inlining", S_BOLD);
    rich_add(&r, " copies a small function's body into each caller. Escape analysis "
                 "then sees the copy inside the caller, so a value the function returns "
                 "by pointer can stay in the caller's stack frame. With ", S_NORMAL);
    rich_add(&r, "-l", S_CODE);
    rich_add(&r, " (no inlining) each function is analysed on its own: whatever it "
                 "returns by pointer must outlive it, so it goes to the heap.", S_NORMAL);
    para(d, cols, "  ", "  ", &r);

    heading(d, "What gc inlines");
    layout_what(d, m1, m2, cols);

    int saved = 0, still = 0;
    if (count(m1, DK_INLINE_CALL) > 0) {
        heading(d, "At each inlined call");
        for (int i = 0; i < m1->diags.len; i++) {
            const Diag *g = &m1->diags.items[i];
            if (g->kind != DK_INLINE_CALL || !diag_in_source(g))
                continue;
            bool seen = false;       /* a call inlined into one listed already */
            for (int j = 0; j < i && !seen; j++) {
                const Diag *h = &m1->diags.items[j];
                seen = h->kind == DK_INLINE_CALL && h->pos.line == g->pos.line &&
                       h->pos.col == g->pos.col;
            }
            if (!seen)
                saved += layout_call(d, g, m1, ml, src, len, cols, &still);
        }
    }
    layout_other_changes(d, m1, ml, src, len, cols);

    heading(d, "In short");
    char buf[256];
    int hm = 0, hl = 0;
    for (int i = 0; i < m1->diags.len; i++)
        hm += is_heap(&m1->diags.items[i]) && diag_in_source(&m1->diags.items[i]);
    for (int i = 0; i < ml->diags.len; i++)
        hl += is_heap(&ml->diags.items[i]) && diag_in_source(&ml->diags.items[i]);
    if (saved > 0)
        snprintf(buf, sizeof buf, "Inlining keeps %d value%s on the stack that would "
                 "otherwise be allocated on the heap at each call.", saved,
                 saved == 1 ? "" : "s");
    else if (count(m1, DK_INLINE_CALL) > 0)
        snprintf(buf, sizeof buf, "Here inlining saves calls, not heap allocations.");
    else
        snprintf(buf, sizeof buf, "Nothing is inlined, so nothing changes.");
    rich_add(&r, buf, S_NORMAL);
    snprintf(buf, sizeof buf, " gc reports %d heap decision%s with -m and %d with -m -l",
             hm, hm == 1 ? "" : "s", hl);
    rich_add(&r, buf, S_NORMAL);
    rich_add(&r, hm > hl ? " (the extra ones are the inlined copies: a function that is "
                           "inlined is still compiled on its own too, for other callers)."
                         : ".", S_NORMAL);
    if (still > 0) {
        snprintf(buf, sizeof buf, " %d value%s still escape%s at an inlined call.", still,
                 still == 1 ? "" : "s", still == 1 ? "s" : "");
        rich_add(&r, buf, S_NORMAL);
    }
    para(d, cols, "  ", "  ", &r);
    rich_add(&r, "In the code view, L switches the panel between -m and -m -l.", S_DIM);
    para(d, cols, "  ", "  ", &r);
done:
    rich_free(&r);
    tui_analysis_free(m1);
    tui_analysis_free(ml);
    tui_analysis_free(m2);
}

/* ------------------------------------------------------------------ view */

typedef struct InliningView {
    View v;
    Pager pager;
    char *name, *src;
    size_t len;
    char title[256];
} InliningView;

static const char inlining_help[] =
    "↑ ↓  j k\tscroll\n"
    "✓\ta value that stays on the stack at an inlined call\n"
    "●\ta value that goes to the heap\n"
    "q\tback to the code\n";

static void inlining_layout(View *v, int cols, int rows) {
    InliningView *w = (InliningView *)v;
    doc_clear(&w->pager.doc);
    layout_inlining(&w->pager.doc, w->name, w->src, w->len, cols - 2);
    w->pager.rows = rows;
    pager_changed(&w->pager);
}

static void inlining_draw(View *v, int y, int x, int cols, int rows) {
    pager_draw(&((InliningView *)v)->pager, y, x, rows, cols);
}

static KeyResult inlining_key(View *v, int ch, bool fkey) {
    return pager_key(&((InliningView *)v)->pager, ch, fkey);
}

static bool inlining_search(View *v, const wchar_t *pat, int dir) {
    return pager_search(&((InliningView *)v)->pager, pat, dir);
}

static void inlining_status(View *v, char *buf, size_t n) {
    InliningView *w = (InliningView *)v;
    snprintf(buf, n, "%s: -m against -m -l  ·  %d%%  ·  q back", w->name,
             pager_percent(&w->pager));
}

static void inlining_destroy(View *v) {
    InliningView *w = (InliningView *)v;
    pager_free(&w->pager);
    free(w->name);
    free(w->src);
    free(w);
}

View *inlining_view_new(const char *name, const char *src, size_t len) {
    InliningView *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    pager_init(&w->pager, false);
    w->name = strdup(name);
    w->src = strndup(src, len);
    w->len = len;
    w->v.title = "With and without inlining";
    w->v.help = inlining_help;
    w->v.layout = inlining_layout;
    w->v.draw = inlining_draw;
    w->v.key = inlining_key;
    w->v.search = inlining_search;
    w->v.status = inlining_status;
    w->v.destroy = inlining_destroy;
    return &w->v;
}
