/* memory.c - the memory diagram view of an example's analysis. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "memdiag.h"
#include "views.h"

typedef struct MemoryView {
    View v;
    Pager pager;
    Analysis *an;
    char *src;
    size_t len;
    Arena arena;
    const EscResult *pic;
    bool from_diags;
    char title[256];
} MemoryView;

static const char memory_help[] =
    "↑ ↓  j k\tscroll\n"
    "Boxes\teach function's stack frame with its variables; the heap box holds what escaped\n"
    "──▶  ◀──\ta pointer in a frame to the value it holds on the heap (▶ with the heap beside the frames, ◀ with it below them)\n"
    "Pointers\tthe same pointers listed in words under the drawing\n"
    "q\tback to the code\n";

static void memory_layout(View *v, int cols, int rows) {
    MemoryView *m = (MemoryView *)v;
    Doc *d = &m->pager.doc;
    doc_clear(d);
    doc_add(d, 0);
    if (!m->an || m->an->failed) {
        DLine *l = doc_add(d, 0);
        dl_puts(l, "  The code does not compile, so there is no picture:", S_BAD);
        for (int i = 0; m->an && i < m->an->diags.len && i < 5; i++) {
            l = doc_add(d, 0);
            dl_printf(l, S_ERROR, "  %d:%d: %s", m->an->diags.items[i].pos.line,
                      m->an->diags.items[i].pos.col, m->an->diags.items[i].msg);
        }
    } else {
        layout_memory_src(d, m->pic, m->an, m->src, m->len, cols - 2);
        if (m->from_diags) {
            doc_add(d, 0);
            DLine *l = doc_add(d, 0);
            dl_puts(l, "  (drawn from the -m lines: pointers are not shown)", S_DIM);
        }
    }
    m->pager.rows = rows;
    pager_changed(&m->pager);
}

static void memory_draw(View *v, int y, int x, int cols, int rows) {
    pager_draw(&((MemoryView *)v)->pager, y, x, rows, cols);
}

static KeyResult memory_key(View *v, int ch, bool fkey) {
    return pager_key(&((MemoryView *)v)->pager, ch, fkey);
}

static void memory_status(View *v, char *buf, size_t n) {
    MemoryView *m = (MemoryView *)v;
    snprintf(buf, n, "Memory of %s  ·  q back to the code", m->title);
}

static void memory_destroy(View *v) {
    MemoryView *m = (MemoryView *)v;
    pager_free(&m->pager);
    tui_analysis_free(m->an);
    arena_free(&m->arena);
    free(m->src);
    free(m);
}

View *memory_view_new(const char *name, const char *src, size_t len, bool noinline) {
    MemoryView *m = calloc(1, sizeof *m);
    pager_init(&m->pager, false);
    arena_init(&m->arena);
    m->src = strndup(src, len);
    m->len = len;
    m->an = tui_analyze(name, src, len, 1, noinline);
    m->pic = memdiag_of_analysis(m->an);
    if (!m->pic && m->an && !m->an->failed) {
        m->pic = memdiag_from_diags(&m->arena, m->an, m->src, m->len);
        m->from_diags = true;
    }
    snprintf(m->title, sizeof m->title, "%s", name);
    m->v.title = "Memory";
    m->v.help = memory_help;
    m->v.layout = memory_layout;
    m->v.draw = memory_draw;
    m->v.key = memory_key;
    m->v.status = memory_status;
    m->v.destroy = memory_destroy;
    return &m->v;
}
