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
 */
#include <string.h>

#include "check_int.h"
#include "embed.h"
#include "parse.h"

bool chk_std_package(Program *p, Package *pkg, File *f);

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

Package *std_import(Program *p, const char *path, Pos pos, const char *display) {
    for (int i = 0; i < p->pkgs.len; i++) {
        Package *pkg = p->pkgs.items[i];
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
