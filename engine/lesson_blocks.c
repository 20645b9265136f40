/* lesson_blocks.c - content blocks: Go code examples, tables, callouts and
 * box diagrams (see lessons/README.md). */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lesson_int.h"

/* ---------------------------------------------------------- blocks */

const char *ld_code_source(Loader *L, YNode *v, const char *what, size_t *len,
                           int *nlines) {
    if (v->kind != Y_SCALAR) {
        ld_errf(L, v->pos, "%s: code must be a string (use a '|' block), not %s", what,
             ykind_name(v->kind));
        return NULL;
    }
    if (v->len == 0) {
        ld_errf(L, v->pos, "%s: code is empty", what);
        return NULL;
    }
    const char *s = v->str;
    size_t n = v->len;
    if (s[n - 1] != '\n') {
        char *t = arena_alloc(L->a, n + 2);
        memcpy(t, s, n);
        t[n++] = '\n';
        s = t;
    }
    if (strncmp(s, "package ", 8) != 0 && !strstr(s, "\npackage "))
        ld_errf(L, v->pos, "%s: Go code must have a package clause", what);
    *len = n;
    *nlines = ld_count_lines(s, n);
    return s;
}

bool ld_go_file(Loader *L, YNode *v, const char *what, const char *name) {
    size_t n = strlen(name);
    if (n < 4 || strcmp(name + n - 3, ".go") != 0 || strchr(name, '/')) {
        ld_errf(L, v->pos, "%s: file must be a plain NAME.go, not '%.60s'", what, name);
        return false;
    }
    return true;
}

static int parse_modes(Loader *L, YNode *v, const char *what) {
    int count;
    const char **items = ld_str_list(L, v, what, "modes", &count);
    int modes = 0;
    for (int i = 0; i < count; i++) {
        LessonMode m = lesson_mode_parse(items[i]);
        if (!m)
            ld_errf(L, v->kids[i]->pos, "%s: unknown mode '%.40s' (m, ml, m2 or m2l)", what,
                 items[i]);
        modes |= m;
    }
    if (count == 0 && items)
        ld_errf(L, v->pos, "%s: 'modes' must name at least one mode", what);
    return modes;
}

static const char *const code_keys[] = {"id", "file", "source", "modes", "test_file",
                                        "highlight", "note", "title", NULL};

CodeExample *ld_code(Loader *L, YNode *map) {
    const char *what = "code";
    Field f[MAX_FIELDS];
    int n = ld_fields(L, map, what, code_keys, f);
    CodeExample *ex = arena_alloc(L->a, sizeof *ex);
    ex->pos = map->pos;
    if (map->kind != Y_MAP)
        return NULL;
    ex->id = ld_str(L, map, f, n, what, "id", true);
    ex->file = ld_str(L, map, f, n, what, "file", true);
    if (ex->file)
        ld_go_file(L, ld_field(f, n, "file"), what, ex->file);
    YNode *src = ld_field(f, n, "source");
    if (!src)
        ld_missing(L, map, what, "source");
    else
        ex->source = ld_code_source(L, src, what, &ex->len, &ex->nlines);
    YNode *m = ld_field(f, n, "modes");
    ex->modes = m ? parse_modes(L, m, what) : MODE_M;
    if (!ex->modes)
        ex->modes = MODE_M;
    ex->default_mode = lesson_mode_first(ex->modes);
    if (m && m->kind == Y_SEQ && m->nkids > 0 && m->kids[0]->kind == Y_SCALAR &&
        lesson_mode_parse(m->kids[0]->str))
        ex->default_mode = lesson_mode_parse(m->kids[0]->str);
    ld_bool(L, map, f, n, what, "test_file", false, &ex->test_file);
    if (ex->test_file && ex->file && !strstr(ex->file, "_test.go"))
        ld_errf(L, ld_field(f, n, "file")->pos, "%s: a test_file must be named *_test.go", what);
    YNode *h = ld_field(f, n, "highlight");
    if (h) {
        ex->highlight = ld_int_list(L, h, what, "highlight", &ex->nhighlight);
        for (int i = 0; i < ex->nhighlight; i++)
            if (ex->source && (ex->highlight[i] < 1 || ex->highlight[i] > ex->nlines))
                ld_errf(L, h->pos, "%s: highlight line %d is outside the code (1-%d)", what,
                     ex->highlight[i], ex->nlines);
    }
    ex->note = ld_str(L, map, f, n, what, "note", false);
    ex->title = ld_str(L, map, f, n, what, "title", false);
    if (!ex->id || !ex->file || !ex->source)
        return NULL;
    ptrvec_push(L->a, &L->examples, ex);
    return ex;
}

static const char *const table_keys[] = {"header", "rows", NULL};

Table *ld_table(Loader *L, YNode *map) {
    const char *what = "table";
    Field f[MAX_FIELDS];
    int n = ld_fields(L, map, what, table_keys, f);
    if (map->kind != Y_MAP)
        return NULL;
    Table *t = arena_alloc(L->a, sizeof *t);
    YNode *h = ld_field(f, n, "header");
    if (!h) {
        ld_missing(L, map, what, "header");
        return NULL;
    }
    t->header = ld_str_list(L, h, what, "header", &t->ncols);
    if (t->ncols == 0) {
        ld_errf(L, h->pos, "table: 'header' needs at least one column");
        return NULL;
    }
    YNode *r = ld_field(f, n, "rows");
    if (!r) {
        ld_missing(L, map, what, "rows");
        return NULL;
    }
    if (r->kind != Y_SEQ) {
        ld_errf(L, r->pos, "table: 'rows' must be a list of rows, not %s", ykind_name(r->kind));
        return NULL;
    }
    t->rows = arena_alloc(L->a, sizeof(char **) * (size_t)(r->nkids + 1));
    for (int i = 0; i < r->nkids; i++) {
        int nc;
        const char **cells = ld_str_list(L, r->kids[i], what, "rows", &nc);
        if (!cells)
            continue;
        if (nc != t->ncols) {
            ld_errf(L, r->kids[i]->pos, "table: row has %d cells, the header has %d", nc,
                 t->ncols);
            continue;
        }
        t->rows[t->nrows++] = cells;
    }
    return t;
}

static const char *const callout_keys[] = {"kind", "title", "text", "example", "mode",
                                           "lines", NULL};

Callout *ld_callout(Loader *L, YNode *map) {
    const char *what = "callout";
    Field f[MAX_FIELDS];
    int n = ld_fields(L, map, what, callout_keys, f);
    if (map->kind != Y_MAP)
        return NULL;
    Callout *c = arena_alloc(L->a, sizeof *c);
    const char *kind = ld_str(L, map, f, n, what, "kind", true);
    if (kind) {
        static const char *const names[] = {"note", "warning", "tip", "compiler"};
        int k = -1;
        for (int i = 0; i < 4; i++)
            if (strcmp(kind, names[i]) == 0)
                k = i;
        if (k < 0)
            ld_errf(L, ld_field(f, n, "kind")->pos,
                 "callout: unknown kind '%.40s' (note, warning, tip or compiler)", kind);
        else
            c->kind = (CalloutKind)k;
    }
    c->title = ld_str(L, map, f, n, what, "title", false);
    c->text = ld_str(L, map, f, n, what, "text", c->kind != CALLOUT_COMPILER);
    YNode *ex = ld_field(f, n, "example");
    if (c->kind == CALLOUT_COMPILER) {
        if (!ex)
            ld_missing(L, map, "compiler callout", "example");
        else if (ex->kind != Y_SCALAR)
            ld_errf(L, ex->pos, "callout: 'example' must be an example id");
        else {
            ptrvec_push(L->a, &L->callouts, c);
            ptrvec_push(L->a, &L->callout_refs, ex);
        }
        const char *mode = ld_str(L, map, f, n, what, "mode", false);
        if (mode && !(c->mode = lesson_mode_parse(mode)))
            ld_errf(L, ld_field(f, n, "mode")->pos, "callout: unknown mode '%.40s'", mode);
        YNode *lines = ld_field(f, n, "lines");
        if (lines)
            c->lines = ld_int_list(L, lines, what, "lines", &c->nlines);
    } else if (ex || ld_field(f, n, "mode") || ld_field(f, n, "lines")) {
        ld_errf(L, map->pos, "callout: 'example', 'mode' and 'lines' are for kind: compiler");
    }
    return c;
}

/* -- diagrams -- */

static const char *const box_keys[] = {"id", "title", "layout", "items", NULL};
static const char *const item_keys[] = {"text", "bullet", "box", NULL};

static DiagramBox *parse_box(Loader *L, YNode *map, PtrVec *ids);

static void parse_box_items(Loader *L, DiagramBox *b, YNode *items, PtrVec *ids) {
    if (items->kind != Y_SEQ) {
        ld_errf(L, items->pos, "box: 'items' must be a list, not %s", ykind_name(items->kind));
        return;
    }
    b->items = arena_alloc(L->a, sizeof(DiagramItem) * (size_t)(items->nkids + 1));
    for (int i = 0; i < items->nkids; i++) {
        YNode *it = items->kids[i];
        DiagramItem *d = &b->items[b->nitems];
        if (it->kind == Y_SCALAR) {     /* a bare string is a text line */
            d->kind = DI_TEXT;
            d->text = it->str;
            b->nitems++;
            continue;
        }
        Field f[MAX_FIELDS];
        int n = ld_fields(L, it, "diagram item", item_keys, f);
        if (n != 1) {
            if (it->kind == Y_MAP)
                ld_errf(L, it->pos, "diagram item: exactly one of text, bullet, box");
            continue;
        }
        if (strcmp(f[0].key, "box") == 0) {
            d->kind = DI_BOX;
            d->box = parse_box(L, f[0].val, ids);
            if (!d->box)
                continue;
        } else {
            if (f[0].val->kind != Y_SCALAR) {
                ld_errf(L, f[0].val->pos, "diagram item: '%s' must be a string", f[0].key);
                continue;
            }
            d->kind = strcmp(f[0].key, "text") == 0 ? DI_TEXT : DI_BULLET;
            d->text = f[0].val->str;
        }
        b->nitems++;
    }
}

static DiagramBox *parse_box(Loader *L, YNode *map, PtrVec *ids) {
    const char *what = "box";
    Field f[MAX_FIELDS];
    int n = ld_fields(L, map, what, box_keys, f);
    if (map->kind != Y_MAP)
        return NULL;
    DiagramBox *b = arena_alloc(L->a, sizeof *b);
    b->pos = map->pos;
    b->id = ld_str(L, map, f, n, what, "id", false);
    if (b->id) {
        for (int i = 0; i < ids->len; i++)
            if (strcmp(((DiagramBox *)ids->items[i])->id, b->id) == 0)
                ld_errf(L, ld_field(f, n, "id")->pos, "box: duplicate box id '%.60s'", b->id);
        ptrvec_push(L->a, ids, b);
    }
    b->title = ld_str(L, map, f, n, what, "title", false);
    const char *layout = ld_str(L, map, f, n, what, "layout", false);
    if (layout) {
        if (strcmp(layout, "row") == 0)
            b->layout = LAYOUT_ROW;
        else if (strcmp(layout, "column") != 0)
            ld_errf(L, ld_field(f, n, "layout")->pos, "box: layout must be row or column");
    }
    YNode *items = ld_field(f, n, "items");
    if (items)
        parse_box_items(L, b, items, ids);
    if (!b->title && b->nitems == 0)
        ld_errf(L, map->pos, "box: needs a title or items");
    return b;
}

static const char *const diagram_keys[] = {"title", "layout", "items", "arrows", NULL};
static const char *const arrow_keys[] = {"from", "to", "label", NULL};

Diagram *ld_diagram(Loader *L, YNode *map) {
    const char *what = "diagram";
    Field f[MAX_FIELDS];
    int n = ld_fields(L, map, what, diagram_keys, f);
    if (map->kind != Y_MAP)
        return NULL;
    Diagram *d = arena_alloc(L->a, sizeof *d);
    DiagramBox *root = arena_alloc(L->a, sizeof *root);
    root->pos = map->pos;
    d->root = root;
    PtrVec ids = {0};
    root->title = ld_str(L, map, f, n, what, "title", false);
    const char *layout = ld_str(L, map, f, n, what, "layout", false);
    if (layout) {
        if (strcmp(layout, "row") == 0)
            root->layout = LAYOUT_ROW;
        else if (strcmp(layout, "column") != 0)
            ld_errf(L, ld_field(f, n, "layout")->pos, "diagram: layout must be row or column");
    }
    YNode *items = ld_field(f, n, "items");
    if (!items)
        ld_missing(L, map, what, "items");
    else
        parse_box_items(L, root, items, &ids);
    YNode *arrows = ld_field(f, n, "arrows");
    if (arrows && arrows->kind != Y_SEQ)
        ld_errf(L, arrows->pos, "diagram: 'arrows' must be a list");
    else if (arrows) {
        d->arrows = arena_alloc(L->a, sizeof(DiagramArrow) * (size_t)(arrows->nkids + 1));
        for (int i = 0; i < arrows->nkids; i++) {
            YNode *am = arrows->kids[i];
            Field af[MAX_FIELDS];
            int an = ld_fields(L, am, "arrow", arrow_keys, af);
            if (am->kind != Y_MAP)
                continue;
            DiagramArrow *ar = &d->arrows[d->narrows];
            ar->from = ld_str(L, am, af, an, "arrow", "from", true);
            ar->to = ld_str(L, am, af, an, "arrow", "to", true);
            ar->label = ld_str(L, am, af, an, "arrow", "label", false);
            if (!ar->from || !ar->to)
                continue;
            const char *ends[2] = {ar->from, ar->to};
            const char *keys[2] = {"from", "to"};
            bool ok = true;
            for (int e = 0; e < 2; e++) {
                bool found = false;
                for (int j = 0; j < ids.len; j++)
                    if (strcmp(((DiagramBox *)ids.items[j])->id, ends[e]) == 0)
                        found = true;
                if (!found) {
                    ld_errf(L, ld_field(af, an, keys[e])->pos,
                         "arrow: no box with id '%.60s' in this diagram", ends[e]);
                    ok = false;
                }
            }
            if (ok)
                d->narrows++;
        }
    }
    return d;
}

