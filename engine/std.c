/* std.c - the standard library as Go-source stubs (engine/std/, one .go file a package).
 *
 * Each stub is one file per package, named by its import path with '/'
 * replaced by '_' (encoding/json -> encoding_json.go), written in Go:
 * exported declarations with their real signatures and struct layouts, and,
 * for functions gc inlines across packages, the real body from GOROOT.
 * "//esc:" lines before a func carry the escape tags gc computed for it
 * (tools/stdtags.sh); the parser keeps them in the FuncDecl's dirs and the
 * checker copies them to Obj.esc.  A stub is parsed and checked with the
 * same front end, lazily: only when a program imports it.
 *
 * A StdCache (analyze.h) keeps the loaded packages, with the universe they
 * were checked against, in an arena of their own for later analyses: a
 * Program made by std_cache_program finds and loads std packages there
 * (Program.std) and points into them, read-only, like into its own.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "check_int.h"
#include "embed.h"
#include "inline_int.h"
#include "parse.h"

bool chk_std_package(Program *p, Package *pkg, File *f);   /* check.c */
void chk_std_resolve(Checker *c, Obj *o);                  /* check.c */

struct StdCache {
    Arena arena;       /* the packages, their universe, derived types */
    DiagList diags;    /* errors while loading a stub (none expected: after
                        * one, analyses stop using the cache) */
    Program *prog;     /* universe and loaded packages, in arena */
};

StdCache *std_cache_new(void) {
    StdCache *sc = calloc(1, sizeof *sc);
    if (!sc)
        return NULL;
    arena_init(&sc->arena);
    diag_init(&sc->diags, &sc->arena);
    sc->prog = program_new(&sc->arena, &sc->diags);
    return sc;
}

void std_cache_free(StdCache *sc) {
    if (!sc)
        return;
    diag_free(&sc->diags);
    arena_free(&sc->arena);
    free(sc);
}

Program *std_cache_program(StdCache *sc, Arena *a, DiagList *diags) {
    if (!sc || sc->diags.len > 0 || sc->prog->unsupported)
        return program_new(a, diags);
    a->shared = &sc->arena;
    Program *p = arena_alloc(a, sizeof *p);
    p->arena = a;
    p->u = sc->prog->u;
    p->diags = diags;
    p->std = sc->prog;
    return p;
}

static const EmbeddedFile *find_stub(Arena *a, const char *path) {
    char *name = arena_strdup(a, path);
    for (char *s = name; *s; s++)
        if (*s == '/')
            *s = '_';
    for (const EmbeddedFile *e = std_files; e->name; e++)
        if (strcmp(e->name, name) == 0)
            return e;
    return NULL;
}

/* Copy each std function's //esc: directive lines into Obj.esc. */
static void attach_esc(Arena *a, Package *pkg) {
    for (int i = 0; i < pkg->objs.len; i++) {
        Obj *o = pkg->objs.items[i];
        if (o->kind != OBJ_FUNC || !o->decl)
            continue;
        Node *d = o->decl;
        const char *text = NULL;
        for (int j = 0; j < d->ndirs; j++) {
            const char *t = d->dirs[j].text;
            if (strncmp(t, "esc:", 4) != 0)
                continue;
            t += 4;
            while (*t == ' ')
                t++;
            text = text ? arena_printf(a, "%s\n%s", text, t) : arena_strdup(a, t);
        }
        o->esc = text;
        o->flags |= OBJF_STD;
    }
}

/* Do now what the checker and the inliner leave for a std declaration's
 * first use (checking its constants, see chk_package_decls; pruning its
 * body's dead code), so that analyses sharing the package only read it. */
static void resolve_all(Program *p, Package *pkg) {
    Checker cc;
    memset(&cc, 0, sizeof cc);
    cc.prog = p;
    cc.a = p->arena;
    cc.u = p->u;
    cc.diags = p->diags;
    for (int i = 0; i < pkg->objs.len; i++) {
        Obj *o = pkg->objs.items[i];
        chk_std_resolve(&cc, o);
        /* the checker checks a body, and the inliner prunes its dead code,
         * on first use */
        chk_std_body(o);
        if (o->kind == OBJ_FUNC && o->decl && o->decl->body)
            inl_deadcode(p->arena, o->decl->body);
    }
}

static Package *load(Program *p, const EmbeddedFile *stub, const char *path, Pos pos,
                     const char *display);

/* The stub's "//pos: L:C FILE:L:C" lines follow its declarations; read on
 * demand (only a method wrapper of an embedded std type asks) rather than
 * kept, so that a shared package stays read-only. */
bool std_param_pos(Arena *a, const Package *pkg, Pos pos, const char **file, Pos *real) {
    if (!pkg || !pkg->std || !pkg->path)
        return false;
    const EmbeddedFile *stub = find_stub(a, pkg->path);
    if (!stub)
        return false;
    char key[48];
    int kn = snprintf(key, sizeof key, "\n//pos: %d:%d ", pos.line, pos.col);
    const char *s = (const char *)stub->data, *end = s + stub->len;
    for (const char *q = s; q + kn <= end; q++) {
        q = memchr(q, '\n', (size_t)(end - q));
        if (!q || q + kn > end)
            return false;
        if (memcmp(q, key, (size_t)kn) != 0)
            continue;
        const char *f = q + kn, *nl = memchr(f, '\n', (size_t)(end - f));
        if (!nl)
            nl = end;
        /* FILE:LINE:COL, FILE without ':' */
        const char *c1 = memchr(f, ':', (size_t)(nl - f));
        int line = 0, col = 0;
        if (!c1 || sscanf(c1, ":%d:%d", &line, &col) != 2)
            return false;
        *file = arena_printf(a, "$GOROOT/src/%.*s", (int)(c1 - f), f);
        *real = (Pos){line, col};
        return true;
    }
    return false;
}

Package *std_import(Program *p, const char *path, Pos pos, const char *display) {
    Program *home = p->std ? p->std : p;
    for (int i = 0; i < home->pkgs.len; i++) {
        Package *pkg = home->pkgs.items[i];
        if (strcmp(pkg->path, path) == 0)
            return pkg->checking ? NULL : pkg;
    }
    const EmbeddedFile *stub = find_stub(p->arena, path);
    if (!stub) {
        diag_addf(p->diags, display, pos, DIAG_ERROR, DK_UNSUPPORTED,
                  "not supported: could not import %s (not modeled)", path);
        p->unsupported = true;
        return NULL;
    }
    if (home == p)
        return load(p, stub, path, pos, display);
    /* Into the cache, with its own diags: a stub's errors are copied here
     * (and make std_cache_program stop using the cache). */
    int before = home->diags->len, first = home->pkgs.len;
    Package *pkg = load(home, stub, path, pos, display);
    for (int i = first; i < home->pkgs.len; i++)   /* it and its imports */
        resolve_all(home, home->pkgs.items[i]);
    for (int i = before; i < home->diags->len; i++) {
        Diag *d = &home->diags->items[i];
        diag_add(p->diags, d->file, d->pos, d->sev, d->kind, d->msg);
    }
    if (home->unsupported)
        p->unsupported = true;
    return pkg;
}

/* An import of a std stub, loaded on first use (chk_pkg_load) rather than
 * with the stub: fmt imports os, which imports time, io/fs, syscall and
 * internal/poll, and a program printing with fmt needs few of them.  With a
 * StdCache, whose packages are resolved whole when they load, imports load
 * at once. */
Package *std_import_lazy(Program *p, const char *path, Pos pos, const char *display) {
    Program *home = p->std ? p->std : p;
    for (int i = 0; i < home->pkgs.len; i++) {
        Package *pkg = home->pkgs.items[i];
        if (strcmp(pkg->path, path) == 0)
            return pkg->checking ? NULL : pkg;
    }
    if (p->std || !find_stub(p->arena, path))
        return std_import(p, path, pos, display);
    Package *pkg = arena_alloc(p->arena, sizeof *pkg);
    pkg->path = arena_strdup(p->arena, path);
    const char *slash = strrchr(path, '/');
    pkg->name = slash ? slash + 1 : pkg->path;
    pkg->std = true;
    pkg->deferred = true;
    return pkg;
}

static Package *load(Program *p, const EmbeddedFile *stub, const char *path, Pos pos,
                     const char *display) {
    Package *pkg = arena_alloc(p->arena, sizeof *pkg);
    pkg->path = arena_strdup(p->arena, path);
    const char *slash = strrchr(path, '/');
    pkg->name = slash ? slash + 1 : pkg->path;
    pkg->std = true;
    ptrvec_push(p->arena, &p->pkgs, pkg);
    const char *fname = arena_printf(p->arena, "$GOROOT/src/%s.go", path);
    File *f = parse_file(p->arena, fname, stub->data, (int)stub->len, p->diags);
    if (!f || !f->root) {
        diag_addf(p->diags, display, pos, DIAG_ERROR, DK_UNSUPPORTED,
                  "not supported: could not import %s (stub does not parse)", path);
        return NULL;
    }
    if (f->root->name)
        pkg->name = f->root->name->lit;
    chk_std_package(p, pkg, f);
    attach_esc(p->arena, pkg);
    return pkg;
}
