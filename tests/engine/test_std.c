/* test_std.c - the standard-library stubs (engine/std/, generated from
 * GOROOT by tools/stdtags.sh): every stub parses and type-checks with our
 * front end, and the escape tags and inline bodies gc computed reach the
 * Objs that later stages read.
 *
 * Expected tags are gc's: `GO111MODULE=off go build -gcflags=fmt=-m=2 fmt`
 * (go1.19.8) prints "leaking param content: a" for Println and
 * "can inline Println with cost 72"; errors prints "leaking param: text"
 * and "can inline New with cost 6"; strings prints "leaking param: elems to
 * result ~r0 level=1" and "sep does not escape" for Join (not inlinable).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "check.h"
#include "embed.h"
#include "parse.h"

#include "engine_fixture.h"

static void print_diags(DiagList *dl) {
    for (int i = 0; i < dl->len; i++)
        diag_print(&dl->items[i], stderr);
}

static bool check_src(Fix *f, const char *src) {
    File *file = parse_file(&f->a, "./x.go", src, (int)strlen(src), &f->dl);
    assert_non_null(file);
    f->prog = program_new(&f->a, &f->dl);
    bool ok = check_file(f->prog, file, "./x.go");
    if (!ok || f->dl.len)
        print_diags(&f->dl);
    return ok && f->dl.len == 0;
}

static Obj *member(Fix *f, const char *path, const char *name) {
    for (int i = 0; i < f->prog->pkgs.len; i++) {
        Package *p = f->prog->pkgs.items[i];
        if (strcmp(p->path, path) == 0)
            return scope_lookup_local(p->scope, name);
    }
    return NULL;
}

static void every_stub_checks(void **state) {
    (void)state;
    int n = 0;
    for (const EmbeddedFile *e = std_files; e->name; e++) {
        if (strchr(e->name, '.'))
            continue;   /* vendored golang.org/x/...: reached only via imports */
        char path[256], src[512];
        snprintf(path, sizeof path, "%s", e->name);
        for (char *s = path; *s; s++)
            if (*s == '_')
                *s = '/';
        snprintf(src, sizeof src, "package main\n\nimport _ \"%s\"\n\nfunc main() {}\n", path);
        Fix f;
        arena_init(&f.a);
        diag_init(&f.dl, &f.a);
        bool ok = check_src(&f, src);
        if (!ok)
            fail_msg("std stub %s does not check", path);
        diag_free(&f.dl);
        arena_free(&f.a);
        n++;
    }
    assert_true(n >= 20);
}

static void tags_and_inline_bodies_reach_objs(void **state) {
    Fix *f = *state;
    assert_true(check_src(f,
        "package main\n"
        "import (\n"
        "\t\"errors\"\n"
        "\t\"fmt\"\n"
        "\t\"strings\"\n"
        ")\n"
        "func main() {\n"
        "\tfmt.Println(errors.New(\"x\"), strings.Join(nil, \",\"))\n"
        "}\n"));
    Obj *println = member(f, "fmt", "Println");
    assert_non_null(println);
    assert_string_equal(println->esc, "a content");
    assert_non_null(println->decl->body);          /* gc inlines it */
    assert_true(println->type->variadic);
    Obj *enew = member(f, "errors", "New");
    assert_string_equal(enew->esc, "text heap");
    assert_non_null(enew->decl->body);
    Obj *join = member(f, "strings", "Join");
    assert_string_equal(join->esc, "elems r0=1 sep none");
    assert_null(join->decl->body);                 /* not inlinable */
    assert_true(join->flags & OBJF_STD);
}

static void std_types_have_gc_layouts(void **state) {
    Fix *f = *state;
    assert_true(check_src(f,
        "package main\n"
        "import (\n"
        "\t\"strings\"\n"
        "\t\"sync\"\n"
        ")\n"
        "func main() {\n"
        "\tvar b strings.Builder\n"
        "\tvar mu sync.Mutex\n"
        "\tvar wg sync.WaitGroup\n"
        "\tmu.Lock()\n"
        "\twg.Add(1)\n"
        "\tb.WriteString(\"x\")\n"
        "\tprintln(b.Len())\n"
        "}\n"));
    /* unsafe.Sizeof on go1.19.8 amd64: strings.Builder 32, sync.Mutex 8,
     * sync.WaitGroup 16 */
    assert_int_equal(type_size(member(f, "strings", "Builder")->type), 32);
    assert_int_equal(type_size(member(f, "sync", "Mutex")->type), 8);
    assert_int_equal(type_size(member(f, "sync", "WaitGroup")->type), 16);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_stub_checks),
        cmocka_unit_test_setup_teardown(tags_and_inline_bodies_reach_objs, setup, teardown),
        cmocka_unit_test_setup_teardown(std_types_have_gc_layouts, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
