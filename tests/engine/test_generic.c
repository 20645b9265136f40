/* test_generic.c - generics as gc 1.19 compiles them (check_generic.c).
 *
 * The program instantiates generic functions and a generic type with
 * arguments of several GC shapes (int, string, pointers, a struct, a
 * slice, a map); the expected lines are what the real compiler printed
 * for it (generated, never written by hand):
 *   GO111MODULE=off go build -gcflags=-m      -o /dev/null a.go
 *   GO111MODULE=off go build -gcflags='-m -l' -o /dev/null a.go
 * They check the shape names, the instantiations' order (gc creates each
 * one with its caller's dictionary, depth first), the inlining rule for
 * shape arguments and the stenciled call's form.  The constructs escapade
 * does not model must be reported as "not supported" at their position,
 * never analysed wrongly. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "analyze.h"

static const char shapes_go[] =
    "package main\n"
    "\n"
    "type Point struct{ X, Y int }\n"
    "\n"
    "func A[T any]() []T { return make([]T, 0, 10) }\n"
    "func B[T any](x T) []T { return A[T]() }\n"
    "func C[T any]() []T { return make([]T, 1, 20) }\n"
    "func D[T any]() []T { return make([]T, 2, 30) }\n"
    "\n"
    "func Id[T any](x T) T { return x }\n"
    "\n"
    "type Pair[K comparable, V any] struct {\n"
    "\tk K\n"
    "\tv V\n"
    "}\n"
    "\n"
    "func (p *Pair[K, V]) Set(v V) { p.v = v }\n"
    "\n"
    "func main() {\n"
    "\t_ = D[string]()\n"
    "\t_ = B(1)\n"
    "\t_ = C[int]()\n"
    "\t_ = Id(&Point{})\n"
    "\t_ = Id(Point{})\n"
    "\t_ = Id([]*Point{})\n"
    "\t_ = Id(map[string][]int{})\n"
    "\tp := &Pair[string, *Point]{}\n"
    "\tp.Set(&Point{})\n"
    "}\n";

static const char shapes_m[] =
    "./a.go:8:6: can inline D[go.shape.string_0]\n"
    "./a.go:5:6: can inline A[go.shape.int_0]\n"
    "./a.go:6:6: can inline B[go.shape.int_0]\n"
    "./a.go:6:37: inlining call to A[go.shape.int_0]\n"
    "./a.go:7:6: can inline C[go.shape.int_0]\n"
    "./a.go:10:6: can inline Id[go.shape.*uint8_0]\n"
    "./a.go:10:6: can inline Id[go.shape.struct { X int; Y int }_0]\n"
    "./a.go:10:6: can inline Id[go.shape.[]*main.Point_0]\n"
    "./a.go:10:6: can inline Id[go.shape.map[string][]int_0]\n"
    "./a.go:17:6: can inline (*Pair[go.shape.string_0,go.shape.*uint8_1]).Set\n"
    "./a.go:20:15: inlining call to D[go.shape.string_0]\n"
    "./a.go:22:12: inlining call to C[go.shape.int_0]\n"
    "./a.go:6:37: make([]go.shape.int_0, 0, 10) escapes to heap\n"
    "./a.go:20:15: make([]go.shape.string_0, 2, 30) does not escape\n"
    "./a.go:22:12: make([]go.shape.int_0, 1, 20) does not escape\n"
    "./a.go:23:9: &Point{} does not escape\n"
    "./a.go:25:17: []*Point{} does not escape\n"
    "./a.go:26:25: map[string][]int{} does not escape\n"
    "./a.go:27:7: &Pair[string,*main.Point]{} does not escape\n"
    "./a.go:28:8: &Point{} escapes to heap\n"
    "./a.go:8:34: make([]go.shape.string_0, 2, 30) escapes to heap\n"
    "./a.go:5:34: make([]go.shape.int_0, 0, 10) escapes to heap\n"
    "./a.go:7:34: make([]go.shape.int_0, 1, 20) escapes to heap\n";

static const char shapes_ml[] =
    "./a.go:8:34: make([]go.shape.string_0, 2, 30) escapes to heap\n"
    "./a.go:5:34: make([]go.shape.int_0, 0, 10) escapes to heap\n"
    "./a.go:7:34: make([]go.shape.int_0, 1, 20) escapes to heap\n"
    "./a.go:23:9: &Point{} does not escape\n"
    "./a.go:25:17: []*Point{} does not escape\n"
    "./a.go:26:25: map[string][]int{} does not escape\n"
    "./a.go:27:7: &Pair[string,*main.Point]{} does not escape\n"
    "./a.go:28:8: &Point{} escapes to heap\n";

/* Every line of the analysis of src, as gc prints them. */
static char *lines_of(const char *src, int m, bool noinline, bool *failed)
{
    AnalyzeOpts o = { .m = m, .noinline = noinline, .display_name = "./a.go" };
    Analysis *an = analyze_source("a.go", src, strlen(src), &o);
    assert_non_null(an);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    for (int i = 0; i < an->diags.len; i++)
        diag_print(&an->diags.items[i], f);
    fclose(f);
    if (failed)
        *failed = an->failed;
    analysis_free(an);
    return buf;
}

static void expect_lines(const char *src, int m, bool noinline, const char *want)
{
    char *got = lines_of(src, m, noinline, NULL);
    assert_string_equal(got, want);
    free(got);
}

static void test_shapes_m(void **state) { (void)state; expect_lines(shapes_go, 1, false, shapes_m); }
static void test_shapes_ml(void **state) { (void)state; expect_lines(shapes_go, 1, true, shapes_ml); }

/* A construct outside the model: the analysis fails with exactly one
 * "not supported: generics (...)" line at the construct. */
static void expect_unsupported(const char *body, const char *where)
{
    char src[2048];
    snprintf(src, sizeof src,
             "package main\n"
             "\n"
             "type S[T any] struct{ v T }\n"
             "\n"
             "func (s *S[T]) Get() T { return s.v }\n"
             "\n"
             "func F[T any](x T) T { return x }\n"
             "\n"
             "type Str interface{ String() string }\n"
             "\n"
             "func Call[T Str](x T) string { f := x.String; return f() }\n"
             "\n"
             "type ID int\n"
             "\n"
             "func (i ID) String() string { return \"\" }\n"
             "\n"
             "func main() {\n"
             "\tvar s S[int]\n"
             "\t%s\n"
             "}\n", body);
    bool failed = false;
    char *got = lines_of(src, 1, true, &failed);
    assert_true(failed);
    assert_non_null(strstr(got, where));
    assert_non_null(strstr(got, ": not supported: generics ("));
    assert_null(strchr(strchr(got, '\n') + 1, '\n'));   /* one line */
    free(got);
}

/* A generic function value needs its type arguments (Go 1.19 infers none
 * for it); gc 1.19 printed this line for the program below. */
static void test_func_value_uninstantiated(void **state)
{
    (void)state;
    static const char src[] =
        "package main\n"
        "\n"
        "func F[T any](x T) T { return x }\n"
        "\n"
        "func main() {\n"
        "\tf := F\n"
        "\t_ = f\n"
        "}\n";
    bool failed = false;
    char *got = lines_of(src, 1, false, &failed);
    assert_true(failed);
    assert_string_equal(got, "./a.go:6:7: cannot use generic function F without instantiation\n");
    free(got);
}

static void test_unsupported_method_value(void **state)
{
    (void)state;
    expect_unsupported("g := (&s).Get; _ = g", "./a.go:19:12: not supported: generics (a method value of an instantiated type)");
}

static void test_unsupported_constraint_method(void **state)
{
    (void)state;
    expect_unsupported("_ = Call(ID(1)); _ = s", "./a.go:11:39: not supported: generics (a method value of a type parameter's constraint)");
}

/* gc 1.19 printed "./a.go:9:10: cannot infer T (/tmp/gg/ci/a.go:3:11)" for
 * this program in /tmp/gg/ci: the parameter's position carries the file's
 * absolute name, which the analyzer finds with realpath; "./a.go" is no
 * file here, so the display name stands in for it. */
static void test_cannot_infer(void **state)
{
    (void)state;
    static const char src[] =
        "package main\n"
        "\n"
        "func Zero[T any]() T {\n"
        "\tvar z T\n"
        "\treturn z\n"
        "}\n"
        "\n"
        "func main() {\n"
        "\t_ = Zero()\n"
        "}\n";
    bool failed = false;
    char *got = lines_of(src, 1, false, &failed);
    assert_true(failed);
    assert_string_equal(got, "./a.go:9:10: cannot infer T (./a.go:3:11)\n");
    free(got);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shapes_m),
        cmocka_unit_test(test_shapes_ml),
        cmocka_unit_test(test_func_value_uninstantiated),
        cmocka_unit_test(test_unsupported_method_value),
        cmocka_unit_test(test_unsupported_constraint_method),
        cmocka_unit_test(test_cannot_infer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
