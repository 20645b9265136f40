/* test_exprfmt.c - gc's printing of expressions in -m messages.
 *
 * x_go and y_go are compiled with the real compiler and the expected
 * strings are what it printed ("EXPR escapes to heap"):
 *   GO111MODULE=off go build -gcflags='-m -l' -o /dev/null x.go
 * Row = source line of a "sink = EXPR" statement, gc's EXPR. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "exprfmt.h"
#include "parse.h"

static const char x_go[] =
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "type User struct {\n"
    "\tName string\n"
    "\tAge  int\n"
    "}\n"
    "\n"
    "type Pt struct{ X, Y int }\n"
    "\n"
    "var sink interface{}\n"
    "var sinkp *int\n"
    "var sinks []int\n"
    "\n"
    "func id(p *int) *int { return p }\n"
    "\n"
    "func f(n int, s []byte, m map[string]int, u *User) {\n"
    "\tsink = &User{Name: \"a\"}\n"
    "\tsink = &User{}\n"
    "\tsink = make([]byte, 1024*1024)\n"
    "\tsink = make([]int, n)\n"
    "\tsink = make([]int, 0, n+1)\n"
    "\tsink = make(map[string]int)\n"
    "\tsink = make(map[string]int, 10)\n"
    "\tsink = make(chan int, n)\n"
    "\tsink = new(int)\n"
    "\tsink = new(User)\n"
    "\tsink = func() int { return n }\n"
    "\tsink = []int{1, 2, 3}\n"
    "\tsink = []int{}\n"
    "\tsink = map[string]int{\"a\": 1}\n"
    "\tsink = Pt{1, 2}\n"
    "\tsink = [2]int{1, 2}\n"
    "\tsink = \"abc\"\n"
    "\tsink = 42\n"
    "\tsink = n\n"
    "\tsink = n + 1\n"
    "\tsink = u.Name\n"
    "\tsink = s[1]\n"
    "\tsink = s[1:n]\n"
    "\tsink = s[:n:n]\n"
    "\tsink = *u\n"
    "\tsink = string(s)\n"
    "\tsink = []byte(\"abc\")\n"
    "\tsink = m[\"a\"]\n"
    "\tsink = -n\n"
    "\tsink = n * (n + 1)\n"
    "\tsink = fmt.Sprint(n)\n"
    "\tsink = id(&n)\n"
    "\tsink = [][]int{{1}, {2}}\n"
    "\tsink = &[]int{1}\n"
    "\tsink = append(s, 1)\n"
    "\tsink = len(s)\n"
    "\tsink = 1 << 3\n"
    "\tsink = 'x'\n"
    "\tsink = 1.5\n"
    "\tsink = n > 0 && n < 10\n"
    "\tsink = struct{ a int }{1}\n"
    "\tfmt.Println(n, \"x\", 3, u)\n"
    "\tsink = interface{}(n)\n"
    "\tsink = u\n"
    "\tsink = !(n > 1)\n"
    "\tsink = float64(n)\n"
    "\tsink = []*User{{Name: \"b\"}}\n"
    "}\n"
    "\n"
    "func main() {}\n";

static const char y_go[] =
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "const K = 10\n"
    "\n"
    "type T struct{ p *int }\n"
    "\n"
    "var sink interface{}\n"
    "\n"
    "func g(xs ...int) {}\n"
    "\n"
    "func f(n int) {\n"
    "\tsink = K\n"
    "\tsink = K + 1\n"
    "\tsink = (K + 2) * 3\n"
    "\tsink = make([]int, K*2)\n"
    "\tsink = []*T{{}}\n"
    "\tfmt.Println(K, n)\n"
    "}\n"
    "\n"
    "func main() {}\n";

/* More forms: method values, closures called, string concatenation,
 * conversions, receive, [...]T literals (same command, z.go). */
static const char z_go[] =
    "package main\n"
    "\n"
    "type T struct {\n"
    "\tx  int\n"
    "\tp  *int\n"
    "\tch chan *int\n"
    "}\n"
    "\n"
    "func (t *T) M() int  { return t.x }\n"
    "func (t T) V() int   { return t.x }\n"
    "func get() *T        { return nil }\n"
    "func pair() (int, int) { return 1, 2 }\n"
    "\n"
    "var sink interface{}\n"
    "var fsink func() int\n"
    "\n"
    "func f(t *T, a [4]int, s string, ch chan int, arr *[4]int, i interface{}, n int) {\n"
    "\tsink = t.M\n"
    "\tsink = t.V\n"
    "\tfsink = t.M\n"
    "\tsink = a[:]\n"
    "\tsink = s + \"x\"\n"
    "\tsink = s + s + s\n"
    "\tsink = <-ch\n"
    "\tsink = i.(*T)\n"
    "\tsink = i.(T)\n"
    "\tsink = arr[1:]\n"
    "\tsink = get().x\n"
    "\tsink = (*T).M\n"
    "\tsink = T.V\n"
    "\tsink = func() int { return 1 }()\n"
    "\tsink = [...]int{1, 2}\n"
    "\tsink = map[int][]string{}\n"
    "\tsink = &t.x\n"
    "\tsink = &a\n"
    "\tsink = *get()\n"
    "\tsink = string(rune(n))\n"
    "\tsink = []rune(s)\n"
    "\tsink = uint8(n) + 1\n"
    "\tsink = t.ch\n"
    "\tsink = n &^ 3\n"
    "\tsink = ^n\n"
    "\tsink = +n\n"
    "\tsink = a[n%4]\n"
    "\tsink = interface{ M() int }(t)\n"
    "\tsink = (func())(nil)\n"
    "\tsink = struct{}{}\n"
    "\tsink = complex(1, 2)\n"
    "\tsink = 3 + 4i\n"
    "\tsink = 1e9\n"
    "\tsink = \"a\" + \"b\"\n"
    "\tsink = `raw`\n"
    "\tsink = len(\"abc\")\n"
    "\tsink = cap(a)\n"
    "}\n"
    "\n"
    "func main() {}\n";

typedef struct Row {
    int line;
    const char *want;
} Row;

/* Printed from the syntax alone. */
static const Row x_rows[] = {
    {19, "&User{...}"}, /* sink = &User{Name: "a"} */
    {20, "&User{}"}, /* sink = &User{} */
    {21, "make([]byte, 1024 * 1024)"}, /* sink = make([]byte, 1024*1024) */
    {22, "make([]int, n)"}, /* sink = make([]int, n) */
    {23, "make([]int, 0, n + 1)"}, /* sink = make([]int, 0, n+1) */
    {24, "make(map[string]int)"}, /* sink = make(map[string]int) */
    {25, "make(map[string]int, 10)"}, /* sink = make(map[string]int, 10) */
    {27, "new(int)"}, /* sink = new(int) */
    {28, "new(User)"}, /* sink = new(User) */
    {29, "func literal"}, /* sink = func() int { return n } */
    {30, "[]int{...}"}, /* sink = []int{1, 2, 3} */
    {31, "[]int{}"}, /* sink = []int{} */
    {32, "map[string]int{...}"}, /* sink = map[string]int{"a": 1} */
    {33, "Pt{...}"}, /* sink = Pt{1, 2} */
    {34, "[2]int{...}"}, /* sink = [2]int{1, 2} */
    {35, "\"abc\""}, /* sink = "abc" */
    {36, "42"}, /* sink = 42 */
    {37, "n"}, /* sink = n */
    {38, "n + 1"}, /* sink = n + 1 */
    {39, "u.Name"}, /* sink = u.Name */
    {40, "s[1]"}, /* sink = s[1] */
    {41, "s[1:n]"}, /* sink = s[1:n] */
    {42, "s[:n:n]"}, /* sink = s[:n:n] */
    {43, "*u"}, /* sink = *u */
    {44, "string(s)"}, /* sink = string(s) */
    {45, "([]byte)(\"abc\")"}, /* sink = []byte("abc") */
    {46, "m[\"a\"]"}, /* sink = m["a"] */
    {47, "-n"}, /* sink = -n */
    {48, "n * (n + 1)"}, /* sink = n * (n + 1) */
    {51, "[][]int{...}"}, /* sink = [][]int{{1}, {2}} */
    {52, "&[]int{...}"}, /* sink = &[]int{1} */
    {53, "append(s, 1)"}, /* sink = append(s, 1) */
    {54, "len(s)"}, /* sink = len(s) */
    {55, "1 << 3"}, /* sink = 1 << 3 */
    {56, "'x'"}, /* sink = 'x' */
    {57, "1.5"}, /* sink = 1.5 */
    {58, "n > 0 && n < 10"}, /* sink = n > 0 && n < 10 */
    {59, "struct { a int }{...}"}, /* sink = struct{ a int }{1} */
    {61, "(interface {})(n)"}, /* sink = interface{}(n) */
    {63, "!(n > 1)"}, /* sink = !(n > 1) */
    {64, "float64(n)"}, /* sink = float64(n) */
    {65, "[]*User{...}"}, /* sink = []*User{{Name: "b"}} */
};

static const Row z_rows[] = {
    {18, "t.M"}, /* sink = t.M */
    {19, "t.V"}, /* sink = t.V */
    {20, "t.M"}, /* fsink = t.M */
    {21, "a[:]"}, /* sink = a[:] */
    {22, "s + \"x\""}, /* sink = s + "x" */
    {23, "s + s + s"}, /* sink = s + s + s */
    {24, "<-ch"}, /* sink = <-ch */
    {26, "i.(T)"}, /* sink = i.(T) */
    {27, "arr[1:]"}, /* sink = arr[1:] */
    {28, "get().x"}, /* sink = get().x */
    {31, "(func literal)()"}, /* sink = func() int { return 1 }() */
    {32, "[2]int{...}"}, /* sink = [...]int{1, 2} */
    {33, "map[int][]string{}"}, /* sink = map[int][]string{} */
    {36, "*get()"}, /* sink = *get() */
    {37, "string(rune(n))"}, /* sink = string(rune(n)) */
    {38, "([]rune)(s)"}, /* sink = []rune(s) */
    {39, "uint8(n) + 1"}, /* sink = uint8(n) + 1 */
    {41, "n &^ 3"}, /* sink = n &^ 3 */
    {42, "^n"}, /* sink = ^n */
    {43, "+n"}, /* sink = +n */
    {44, "a[n % 4]"}, /* sink = a[n%4] */
    {47, "struct {}{}"}, /* sink = struct{}{} */
    {48, "complex(1, 2)"}, /* sink = complex(1, 2) */
    {49, "3 + 4i"}, /* sink = 3 + 4i */
    {50, "1e9"}, /* sink = 1e9 */
    {51, "\"a\" + \"b\""}, /* sink = "a" + "b" */
    {52, "`raw`"}, /* sink = `raw` */
    {53, "len(\"abc\")"}, /* sink = len("abc") */
    {54, "cap(a)"}, /* sink = cap(a) */
};

#include "engine_fixture.h"

/* The right-hand side of the assignment on line `line` of function fn. */
static Node *rhs_at(File *file, const char *fn, int line) {
    NodeList decls = file->root->list;
    for (int i = 0; i < decls.len; i++) {
        Node *d = decls.items[i];
        if (d->kind != N_FUNCDECL || strcmp(d->name->lit, fn) != 0 || !d->body)
            continue;
        for (int j = 0; j < d->body->list.len; j++) {
            Node *s = d->body->list.items[j];
            if (s->kind == N_ASSIGN && s->pos.line == line)
                return s->rhs.items[0];
        }
    }
    return NULL;
}

static void syntax_only_forms(void **state) {
    Fix *f = *state;
    f->f = parse_file(&f->a, "x.go", x_go, (int)strlen(x_go), &f->dl);
    assert_non_null(f->f);
    assert_int_equal(f->dl.len, 0);
    for (size_t i = 0; i < sizeof x_rows / sizeof x_rows[0]; i++) {
        Node *e = rhs_at(f->f, "f", x_rows[i].line);
        assert_non_null(e);
        const char *got = expr_fmt(&f->a, e);
        if (strcmp(got, x_rows[i].want) != 0)
            fail_msg("line %d: got %s want %s", x_rows[i].line, got, x_rows[i].want);
    }
}

static void more_syntax_only_forms(void **state) {
    Fix *f = *state;
    f->f = parse_file(&f->a, "z.go", z_go, (int)strlen(z_go), &f->dl);
    assert_non_null(f->f);
    assert_int_equal(f->dl.len, 0);
    for (size_t i = 0; i < sizeof z_rows / sizeof z_rows[0]; i++) {
        Node *e = rhs_at(f->f, "f", z_rows[i].line);
        assert_non_null(e);
        const char *got = expr_fmt(&f->a, e);
        if (strcmp(got, z_rows[i].want) != 0)
            fail_msg("line %d: got %s want %s", z_rows[i].line, got, z_rows[i].want);
    }
}

/* ------------------------------------------------ with checker hooks */

static bool is_const_K(void *ctx, const Node *n) {
    (void)ctx;
    switch (n->kind) {
    case N_BASICLIT: return true;
    case N_NAME: return strcmp(n->lit, "K") == 0;
    case N_PAREN: return is_const_K(ctx, n->x);
    case N_BINARY: return is_const_K(ctx, n->x) && is_const_K(ctx, n->y);
    default: return false;
    }
}

/* The checker's type of an elided composite literal: "*T" for a &T{...}
 * element of []*T. */
static const char *type_of_elided(void *ctx, const Node *n) {
    (void)ctx;
    if (n->kind == N_COMPOSITE && !n->x)
        return "*T";
    return NULL;
}

static void hooks_constants_and_elided_types(void **state) {
    Fix *f = *state;
    f->f = parse_file(&f->a, "y.go", y_go, (int)strlen(y_go), &f->dl);
    assert_non_null(f->f);
    ExprFmtHooks h = {.is_const = is_const_K, .type_str = type_of_elided};
    /* ./y.go:14:2: K escapes to heap ... */
    assert_string_equal(expr_fmt_hooks(&f->a, rhs_at(f->f, "f", 14), &h), "K");
    assert_string_equal(expr_fmt_hooks(&f->a, rhs_at(f->f, "f", 15), &h), "K + 1");
    assert_string_equal(expr_fmt_hooks(&f->a, rhs_at(f->f, "f", 16), &h), "(K + 2) * 3");
    assert_string_equal(expr_fmt_hooks(&f->a, rhs_at(f->f, "f", 17), &h),
                        "make([]int, K * 2)");
    Node *lit = rhs_at(f->f, "f", 18);
    assert_string_equal(expr_fmt_hooks(&f->a, lit, &h), "[]*T{...}");
    /* ./y.go:18:14: &T{} escapes to heap */
    assert_string_equal(expr_fmt_hooks(&f->a, lit->list.items[0], &h), "&T{}");
}

/* The checker packs the variadic arguments of fmt.Sprint(n) into an
 * implicit composite literal: gc prints "fmt.Sprint(... argument...)"
 * (./x.go:49:2) and "... argument" for the literal itself (49:19). */
static void variadic_argument_packing(void **state) {
    Fix *f = *state;
    f->f = parse_file(&f->a, "x.go", x_go, (int)strlen(x_go), &f->dl);
    Node *call = rhs_at(f->f, "f", 49);
    assert_int_equal(call->kind, N_CALL);
    Node *pack = arena_alloc(&f->a, sizeof *pack);
    pack->kind = N_COMPOSITE;
    pack->pos = call->list.items[0]->pos;
    pack->implicit = true;
    pack->list = call->list;
    Node **items = arena_alloc(&f->a, sizeof *items);
    items[0] = pack;
    call->list = (NodeList){items, 1};
    call->hasdots = true;
    assert_string_equal(expr_fmt(&f->a, pack), "... argument");
    assert_string_equal(expr_fmt(&f->a, call), "fmt.Sprint(... argument...)");
}

static void syntax_printer_short_form(void **state) {
    Fix *f = *state;
    const char *src = "package p\nvar _ = x\nvar _ = []int{1, 2}\nvar _ = func(a, b int) string { return \"\" }\n"
                      "var _ = map[string]chan<- int{}\nvar _ = a[i:j]\nvar _ = <-ch\n";
    f->f = parse_file(&f->a, "p.go", src, (int)strlen(src), &f->dl);
    assert_int_equal(f->dl.len, 0);
    const char *want[] = {"x", "[]int{…}", "func(a, b int) string {…}",
                          "map[string]chan<- int{}", "a[i:j]", "<-ch"};
    for (int i = 0; i < 6; i++) {
        Node *d = f->f->root->list.items[i];
        assert_string_equal(expr_fmt_syntax(&f->a, d->values.items[0]), want[i]);
    }
}

static void type_forms(void **state) {
    Fix *f = *state;
    const char *src = "package p\ntype _ [4]*int\ntype _ func(int, ...string) (bool, error)\n"
                      "type _ <-chan chan<- int\ntype _ interface{ M(int) string }\n"
                      "type _ struct{}\ntype _ interface{}\n";
    f->f = parse_file(&f->a, "p.go", src, (int)strlen(src), &f->dl);
    assert_int_equal(f->dl.len, 0);
    const char *want[] = {"[4]*int", "func(int, ...string) (bool, error)",
                          "<-chan chan<- int", "interface { M(int) string }", "struct {}",
                          "interface {}"};
    for (int i = 0; i < 6; i++) {
        Node *d = f->f->root->list.items[i];
        assert_string_equal(type_fmt(&f->a, d->type_), want[i]);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(syntax_only_forms, setup, teardown),
        cmocka_unit_test_setup_teardown(more_syntax_only_forms, setup, teardown),
        cmocka_unit_test_setup_teardown(hooks_constants_and_elided_types, setup, teardown),
        cmocka_unit_test_setup_teardown(variadic_argument_packing, setup, teardown),
        cmocka_unit_test_setup_teardown(syntax_printer_short_form, setup, teardown),
        cmocka_unit_test_setup_teardown(type_forms, setup, teardown),
    };
    return cmocka_run_group_tests_name("exprfmt", tests, NULL, NULL);
}
