/* yamltree.c - YAML events to a positioned tree; see yamltree.h. */
#include "yamltree.h"

#include <string.h>
#include <yaml.h>

const char *ykind_name(YKind k) {
    switch (k) {
    case Y_SCALAR: return "a string";
    case Y_SEQ: return "a list";
    case Y_MAP: return "a mapping";
    }
    return "?";
}

static Pos mark_pos(yaml_mark_t m) {
    return (Pos){(int32_t)m.line + 1, (int32_t)m.column + 1};
}

/* The reader (bad UTF-8, control characters) sets only a byte offset, and
 * problem_mark stays 0:0: place the error at the offending byte instead
 * (UTF-8 only; a UTF-16 file keeps 1:1). */
static yaml_mark_t offset_mark(const char *text, size_t len, size_t off) {
    yaml_mark_t m = {0};
    for (size_t i = 0; i < off && i < len; i++) {
        if (text[i] == '\n') {
            m.line++;
            m.column = 0;
        } else if (((unsigned char)text[i] & 0xC0) != 0x80) {
            m.column++;     /* columns count characters, as libyaml's do */
        }
    }
    m.index = off;
    return m;
}

/* libyaml's messages are terse; say what a learner-author should fix. */
static void report_parser_error(DiagList *dl, const char *file, yaml_parser_t *p,
                                const char *text, size_t len) {
    yaml_mark_t m = p->problem_mark;
    const char *problem = p->problem ? p->problem : "syntax error";
    if (p->error == YAML_READER_ERROR && p->encoding == YAML_UTF8_ENCODING)
        m = offset_mark(text, len, p->problem_offset);
    if (m.index < len && text[m.index] == '\t') {
        diag_addf(dl, file, mark_pos(m), DIAG_ERROR, DK_ERROR,
                  "tab character: YAML indentation must use spaces");
        return;
    }
    if (p->context)
        diag_addf(dl, file, mark_pos(m), DIAG_ERROR, DK_ERROR, "YAML: %s %s",
                  problem, p->context);
    else
        diag_addf(dl, file, mark_pos(m), DIAG_ERROR, DK_ERROR, "YAML: %s", problem);
}

typedef struct Frame {
    YNode *node;
    YNode **kids;
    int n, cap;
} Frame;

static void frame_push_kid(Arena *a, Frame *f, YNode *kid) {
    if (f->n == f->cap) {
        int cap = f->cap ? f->cap * 2 : 8;
        YNode **k = arena_alloc(a, sizeof(YNode *) * (size_t)cap);
        if (f->n)
            memcpy(k, f->kids, sizeof(YNode *) * (size_t)f->n);
        f->kids = k;
        f->cap = cap;
    }
    f->kids[f->n++] = kid;
}

YNode *ytree_parse(Arena *arena, DiagList *dl, const char *file,
                   const char *text, size_t len, int max_depth) {
    yaml_parser_t p;
    if (!yaml_parser_initialize(&p)) {
        diag_add(dl, file, (Pos){0, 0}, DIAG_ERROR, DK_ERROR, "YAML: out of memory");
        return NULL;
    }
    yaml_parser_set_input_string(&p, (const unsigned char *)text, len);

    Frame stack[64];
    if (max_depth > 64)
        max_depth = 64;
    int depth = 0;
    YNode *root = NULL;
    int ndocs = 0;
    bool done = false, ok = true;

    while (!done) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&p, &ev)) {
            report_parser_error(dl, file, &p, text, len);
            ok = false;
            break;
        }
        Pos pos = mark_pos(ev.start_mark);
        YNode *n = NULL;
        switch (ev.type) {
        case YAML_STREAM_END_EVENT:
            done = true;
            break;
        case YAML_DOCUMENT_START_EVENT:
            if (++ndocs > 1) {
                diag_add(dl, file, pos, DIAG_ERROR, DK_ERROR,
                         "only one YAML document per lesson file");
                ok = false;
                done = true;
            }
            break;
        case YAML_ALIAS_EVENT:
            diag_add(dl, file, pos, DIAG_ERROR, DK_ERROR,
                     "YAML aliases (*name) are not allowed in lessons");
            ok = false;
            done = true;
            break;
        case YAML_SCALAR_EVENT:
            n = arena_alloc(arena, sizeof *n);
            n->kind = Y_SCALAR;
            n->pos = pos;
            n->str = arena_strndup(arena, (const char *)ev.data.scalar.value,
                                   ev.data.scalar.length);
            n->len = ev.data.scalar.length;
            n->plain = ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
            break;
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT:
            if (depth >= max_depth) {
                diag_addf(dl, file, pos, DIAG_ERROR, DK_ERROR,
                          "nesting deeper than %d levels", max_depth);
                ok = false;
                done = true;
                break;
            }
            n = arena_alloc(arena, sizeof *n);
            n->kind = ev.type == YAML_SEQUENCE_START_EVENT ? Y_SEQ : Y_MAP;
            n->pos = pos;
            stack[depth++] = (Frame){n, NULL, 0, 0};
            n = NULL;   /* attached when it ends */
            break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            if (depth > 0) {
                Frame *f = &stack[--depth];
                f->node->kids = f->kids;
                f->node->nkids = f->n;
                n = f->node;
            }
            break;
        default:
            break;
        }
        yaml_event_delete(&ev);
        if (n) {
            if (depth > 0)
                frame_push_kid(arena, &stack[depth - 1], n);
            else if (!root)
                root = n;
        }
    }
    yaml_parser_delete(&p);
    return ok ? root : NULL;
}
