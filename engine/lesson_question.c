/* lesson_question.c - quiz questions: their code, target, answer and, for
 * fix-its, checks and solutions (see lessons/README.md). */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lesson_int.h"

/* -- questions -- */

static const char *const question_keys[] = {
    "id", "kind", "prompt", "explanation", "topic", "example", "file", "code", "mode",
    "test_file", "target", "line", "choices", "answer", "reason", "goal", "checks",
    "hints", "solutions", NULL};

static const char *const target_keys[] = {"line", "name", "expr", NULL};

static void parse_target(Loader *L, Question *q, YNode *map) {
    Field f[MAX_FIELDS];
    int n = ld_fields(L, map, "target", target_keys, f);
    if (map->kind != Y_MAP)
        return;
    ld_int(L, map, f, n, "target", "line", true, &q->target.line);
    q->target.name = ld_str(L, map, f, n, "target", "name", false);
    q->target.expr = ld_str(L, map, f, n, "target", "expr", false);
    if (!q->target.name == !q->target.expr)
        ld_errf(L, map->pos, "target: give exactly one of 'name' (a variable) or 'expr' "
                          "(an expression as gc prints it)");
}

static const char *const check_names[] = {
    [FC_NO_ESCAPE] = "no_escape", [FC_ESCAPES] = "escapes",
    [FC_NO_HEAP_IN] = "no_heap_in", [FC_NO_HEAP] = "no_heap",
    [FC_INLINABLE] = "inlinable", [FC_NOT_INLINABLE] = "not_inlinable",
    [FC_KEEP] = "keep", NULL};

static void parse_checks(Loader *L, Question *q, YNode *v) {
    if (v->kind != Y_SEQ) {
        ld_errf(L, v->pos, "question: 'checks' must be a list, not %s", ykind_name(v->kind));
        return;
    }
    q->checks = arena_alloc(L->a, sizeof(FixCheck) * (size_t)(v->nkids + 1));
    for (int i = 0; i < v->nkids; i++) {
        YNode *c = v->kids[i];
        Field f[MAX_FIELDS];
        int n = ld_fields(L, c, "check", check_names, f);
        if (c->kind != Y_MAP)
            continue;
        if (n != 1) {
            if (n > 1)
                ld_errf(L, c->pos, "check: one condition per list item");
            else if (c->nkids == 0)
                ld_errf(L, c->pos, "check: empty");
            continue;
        }
        FixCheck *fc = &q->checks[q->nchecks];
        fc->pos = c->pos;
        for (int k = 0; check_names[k]; k++)
            if (strcmp(check_names[k], f[0].key) == 0)
                fc->kind = (FixCheckKind)k;
        YNode *val = f[0].val;
        if (fc->kind == FC_NO_HEAP) {
            bool b = false;
            if (!ld_parse_bool(val, &b) || !b) {
                ld_errf(L, val->pos, "check: no_heap takes true");
                continue;
            }
        } else if (val->kind != Y_SCALAR || val->len == 0) {
            ld_errf(L, val->pos, "check: '%s' takes a name", f[0].key);
            continue;
        } else {
            fc->arg = val->str;
        }
        q->nchecks++;
    }
}

static bool parse_answer(Loader *L, Question *q, YNode *v) {
    switch (q->kind) {
    case Q_ESCAPES:
        if (!ld_parse_bool(v, &q->answer_yes)) {
            ld_errf(L, v->pos, "question: an 'escapes' answer is yes or no");
            return false;
        }
        return true;
    case Q_HEAP_LINES:
        q->answer_lines = ld_int_list(L, v, "question", "answer", &q->nanswer_lines);
        return q->answer_lines != NULL;
    case Q_WHY:
    case Q_M_OUTPUT:
        if (!ld_parse_int(v, &q->answer_choice)) {
            ld_errf(L, v->pos, "question: answer must be the index (from 0) of a choice");
            return false;
        }
        return true;
    case Q_FIXIT:
        ld_errf(L, v->pos, "question: a fixit has 'solutions', not an 'answer'");
        return false;
    }
    return false;
}

static void check_target_in_code(Loader *L, Question *q, YNode *tnode) {
    if (!q->code || q->target.line == 0)
        return;
    const char *ln;
    size_t len;
    if (q->target.line < 1 || !ld_line_span(q->code, q->target.line, &ln, &len) ||
        q->target.line > q->code_nlines) {
        ld_errf(L, tnode->pos, "target: line %d is outside the code (1-%d)", q->target.line,
             q->code_nlines);
        return;
    }
    const char *w = q->target.name;
    size_t wlen = w ? strlen(w) : 0;
    if (q->target.expr)
        w = ld_expr_word(q->target.expr, &wlen);
    /* An inlined callee's variables and allocations are reported at the
     * call, so a line that calls a function of this code also qualifies. */
    if (w && !ld_line_has_word(ln, len, w, wlen) && !ld_line_calls_func(q->code, ln, len))
        ld_errf(L, tnode->pos, "target: '%.60s' is not on line %d of the code: %.*s",
             q->target.name ? q->target.name : q->target.expr, q->target.line,
             (int)(len > 80 ? 80 : len), ln);
}

Question *ld_question(Loader *L, YNode *map) {
    const char *what = "question";
    Field f[MAX_FIELDS];
    int n = ld_fields(L, map, what, question_keys, f);
    if (map->kind != Y_MAP)
        return NULL;
    Question *q = arena_alloc(L->a, sizeof *q);
    q->pos = map->pos;
    q->lesson = L->lesson;
    q->answer_choice = -1;
    int before = L->nerrors;

    q->id = ld_str(L, map, f, n, what, "id", true);
    const char *kind = ld_str(L, map, f, n, what, "kind", true);
    int k = -1;
    if (kind) {
        for (int i = Q_ESCAPES; i <= Q_FIXIT; i++)
            if (strcmp(kind, question_kind_name((QuestionKind)i)) == 0)
                k = i;
        if (k < 0)
            ld_errf(L, ld_field(f, n, "kind")->pos,
                 "question: unknown kind '%.40s' (escapes, heap-lines, why, m-output, fixit)",
                 kind);
    }
    if (k < 0)
        return NULL;
    q->kind = (QuestionKind)k;
    q->prompt = ld_str(L, map, f, n, what, "prompt", true);
    q->explanation = ld_str(L, map, f, n, what, "explanation", true);
    q->topic = ld_str(L, map, f, n, what, "topic", false);

    /* The code: an example of this lesson, or the question's own. */
    YNode *exref = ld_field(f, n, "example");
    YNode *code = ld_field(f, n, "code");
    if (exref && code)
        ld_errf(L, exref->pos, "question: give 'example' or 'code', not both");
    else if (exref && q->kind == Q_FIXIT)
        ld_errf(L, exref->pos, "question: a fixit has its own starting 'code'");
    else if (exref) {
        if (exref->kind != Y_SCALAR)
            ld_errf(L, exref->pos, "question: 'example' must be an example id");
        else {
            for (int i = 0; i < L->examples.len; i++) {
                CodeExample *ex = L->examples.items[i];
                if (strcmp(ex->id, exref->str) == 0)
                    q->example = ex;
            }
            if (!q->example)
                ld_errf(L, exref->pos,
                     "question: no example '%.60s' earlier in this lesson", exref->str);
            else {
                q->file = q->example->file;
                q->code = q->example->source;
                q->code_len = q->example->len;
                q->code_nlines = q->example->nlines;
                q->test_file = q->example->test_file;
                q->mode = q->example->default_mode;
            }
        }
    } else if (code) {
        q->code = ld_code_source(L, code, what, &q->code_len, &q->code_nlines);
        q->file = ld_str(L, map, f, n, what, "file", false);
        if (!q->file)
            q->file = q->kind == Q_FIXIT ? "fix.go" : "quiz.go";
        else
            ld_go_file(L, ld_field(f, n, "file"), what, q->file);
        q->mode = MODE_M;
        ld_bool(L, map, f, n, what, "test_file", false, &q->test_file);
    } else {
        ld_errf(L, map->pos, "question: missing 'example' or 'code'");
    }
    if (exref && ld_field(f, n, "file"))
        ld_errf(L, ld_field(f, n, "file")->pos, "question: 'file' comes from the example");
    const char *mode = ld_str(L, map, f, n, what, "mode", false);
    if (mode && !(q->mode = lesson_mode_parse(mode)))
        ld_errf(L, ld_field(f, n, "mode")->pos, "question: unknown mode '%.40s' (m, ml, m2, m2l)",
             mode);

    /* Kind-specific fields; anything given that the kind does not use is
     * a mistake worth reporting. */
    bool wants_target = q->kind == Q_ESCAPES || q->kind == Q_WHY;
    bool wants_choices = q->kind == Q_WHY || q->kind == Q_M_OUTPUT;
    bool is_fixit = q->kind == Q_FIXIT;
    struct { const char *key; bool used; } uses[] = {
        {"target", wants_target}, {"line", q->kind == Q_M_OUTPUT},
        {"choices", wants_choices}, {"reason", q->kind == Q_WHY},
        {"answer", !is_fixit}, {"goal", is_fixit}, {"checks", is_fixit},
        {"hints", is_fixit}, {"solutions", is_fixit},
    };
    for (size_t i = 0; i < sizeof uses / sizeof uses[0]; i++) {
        YNode *v = ld_field(f, n, uses[i].key);
        if (v && !uses[i].used)
            ld_errf(L, v->pos, "question: '%s' is not used by kind %s", uses[i].key,
                 question_kind_name(q->kind));
    }

    YNode *t = ld_field(f, n, "target");
    if (wants_target) {
        if (!t)
            ld_missing(L, map, what, "target");
        else {
            parse_target(L, q, t);
            check_target_in_code(L, q, t);
        }
    }
    if (q->kind == Q_M_OUTPUT && ld_int(L, map, f, n, what, "line", true, &q->line) &&
        q->code && (q->line < 1 || q->line > q->code_nlines))
        ld_errf(L, ld_field(f, n, "line")->pos, "question: line %d is outside the code (1-%d)",
             q->line, q->code_nlines);
    if (wants_choices) {
        YNode *c = ld_field(f, n, "choices");
        if (!c)
            ld_missing(L, map, what, "choices");
        else {
            q->choices = ld_str_list(L, c, what, "choices", &q->nchoices);
            if (q->choices && q->nchoices < 2)
                ld_errf(L, c->pos, "question: needs at least two choices");
        }
    }
    if (q->kind == Q_WHY) {
        const char *r = ld_str(L, map, f, n, what, "reason", true);
        if (r && !(q->reason = quiz_reason_parse(r)))
            ld_errf(L, ld_field(f, n, "reason")->pos,
                 "question: unknown reason '%.40s' (returned, too-large, non-constant-size, "
                 "closure, channel-send, assigned, call-argument, interface, other)",
                 r);
    }
    YNode *ans = ld_field(f, n, "answer");
    if (ans && !is_fixit) {
        q->has_answer = parse_answer(L, q, ans);
        if (q->has_answer && wants_choices && q->choices &&
            (q->answer_choice < 0 || q->answer_choice >= q->nchoices)) {
            ld_errf(L, ans->pos, "question: answer %d is not a choice (0-%d)", q->answer_choice,
                 q->nchoices - 1);
            q->has_answer = false;
        }
        if (q->has_answer && q->kind == Q_HEAP_LINES && q->code)
            for (int i = 0; i < q->nanswer_lines; i++)
                if (q->answer_lines[i] < 1 || q->answer_lines[i] > q->code_nlines)
                    ld_errf(L, ans->pos, "question: answer line %d is outside the code (1-%d)",
                         q->answer_lines[i], q->code_nlines);
    } else if (!ans && wants_choices) {
        ld_missing(L, map, what, "answer");
    }

    if (is_fixit) {
        q->goal = ld_str(L, map, f, n, what, "goal", true);
        YNode *c = ld_field(f, n, "checks");
        if (!c)
            ld_missing(L, map, what, "checks");
        else {
            parse_checks(L, q, c);
            if (q->nchecks == 0 && c->kind == Y_SEQ)
                ld_errf(L, c->pos, "question: a fixit needs at least one check");
        }
        for (int i = 0; i < q->nchecks && q->code; i++) {
            FixCheck *fc = &q->checks[i];
            bool is_func = fc->kind == FC_NO_HEAP_IN || fc->kind == FC_INLINABLE ||
                           fc->kind == FC_NOT_INLINABLE || fc->kind == FC_KEEP;
            if (is_func && !lesson_code_declares(q->code, fc->arg))
                ld_errf(L, fc->pos, "check: function '%.60s' is not in the starting code",
                     fc->arg);
        }
        YNode *h = ld_field(f, n, "hints");
        if (h)
            q->hints = ld_str_list(L, h, what, "hints", &q->nhints);
        YNode *s = ld_field(f, n, "solutions");
        if (!s)
            ld_missing(L, map, what, "solutions");
        else if (s->kind != Y_SEQ)
            ld_errf(L, s->pos, "question: 'solutions' must be a list of code blocks");
        else {
            q->solutions = arena_alloc(L->a, sizeof(char *) * (size_t)(s->nkids + 1));
            for (int i = 0; i < s->nkids; i++) {
                size_t len;
                int nl;
                const char *src = ld_code_source(L, s->kids[i], "solution", &len, &nl);
                if (src)
                    q->solutions[q->nsolutions++] = src;
            }
            if (q->nsolutions == 0)
                ld_errf(L, s->pos, "question: a fixit needs at least one written solution");
        }
    }
    if (!q->id || L->nerrors > before)
        return NULL;
    ptrvec_push(L->a, &L->questions, q);
    return q;
}

