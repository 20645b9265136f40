/* test_check.c - the type checker: resolution, types left in the AST,
 * implicit operations made explicit, and gc 1.19's error messages.
 *
 * Expected error texts were produced by the real compiler:
 *   cd DIR && GO111MODULE=off go build -o /dev/null X.go     (go1.19.8)
 * on the sources given in each test (the file name is ./x.go).
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
#include "parse.h"

#include "engine_fixture.h"

/* Parse and check src; returns all diagnostics as gc prints them. */
static const char *check(Fix *f, const char *src) {
    f->f = parse_file(&f->a, "./x.go", src, (int)strlen(src), &f->dl);
    assert_non_null(f->f);
    assert_int_equal(f->dl.nerrors, 0);
    f->prog = program_new(&f->a, &f->dl);
    check_file(f->prog, f->f, "./x.go");
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    for (int i = 0; i < f->dl.len; i++)
        diag_print(&f->dl.items[i], out);
    fclose(out);
    char *s = arena_strdup(&f->a, buf);
    free(buf);
    return s;
}

/* The declaration of the top-level function named name. */
static Node *func_decl(Fix *f, const char *name) {
    Node *root = f->f->root;
    for (int i = 0; i < root->list.len; i++) {
        Node *d = root->list.items[i];
        if (d->kind == N_FUNCDECL && !d->recv && strcmp(d->name->lit, name) == 0)
            return d;
    }
    fail_msg("no func %s", name);
    return NULL;
}

static Node *stmt_at(Node *fn, int i) { return fn->body->list.items[i]; }

/* ----------------------------------------------------------- resolution */

static void names_resolve_to_their_objects(void **state) {
    Fix *f = *state;
    const char *out = check(f,
        "package main\n"
        "var g = 1\n"
        "func main() {\n"
        "\tx := g\n"
        "\t{\n"
        "\t\tx := \"s\"\n"
        "\t\t_ = x\n"
        "\t}\n"
        "\tprintln(x)\n"
        "}\n");
    assert_string_equal(out, "");
    Node *fn = func_decl(f, "main");
    Node *def = stmt_at(fn, 0);                  /* x := g */
    Obj *outer = def->lhs.items[0]->obj;
    assert_non_null(outer);
    assert_int_equal(outer->kind, OBJ_VAR);
    assert_int_equal(outer->type->kind, TY_INT);
    assert_true(def->rhs.items[0]->obj->flags & OBJF_GLOBAL);
    Node *inner = stmt_at(fn, 1)->list.items[0]; /* x := "s" */
    assert_ptr_not_equal(inner->lhs.items[0]->obj, outer);
    assert_int_equal(inner->lhs.items[0]->obj->type->kind, TY_STRING);
    Node *call = stmt_at(fn, 2)->x;              /* println(x) */
    assert_ptr_equal(call->list.items[0]->obj, outer);
    assert_ptr_equal(outer->fn, fn);
}

static void untyped_constants_get_context_types(void **state) {
    Fix *f = *state;
    const char *out = check(f,
        "package main\n"
        "const big = 1 << 100\n"
        "const (\n"
        "\tA = iota * 10\n"
        "\tB\n"
        "\tC\n"
        ")\n"
        "func main() {\n"
        "\tvar f float64 = big >> 98\n"
        "\tvar u uint8 = ^uint8(0)\n"
        "\tn := C + 1\n"
        "\tprintln(f, u, n)\n"
        "}\n");
    assert_string_equal(out, "");
    Node *fn = func_decl(f, "main");
    Node *fdecl = stmt_at(fn, 0)->list.items[0];
    Node *v = fdecl->values.items[0];
    assert_int_equal(v->mode, OPM_CONST);
    assert_int_equal(v->ty->kind, TY_FLOAT64);
    assert_true(const_float_value(*v->val) == 4.0);
    Node *u = stmt_at(fn, 1)->list.items[0]->values.items[0];
    int64_t iv;
    assert_true(const_get_int64(*u->val, &iv));
    assert_int_equal(iv, 255);
    Node *n = stmt_at(fn, 2);
    assert_int_equal(n->lhs.items[0]->obj->type->kind, TY_INT);
    assert_true(const_get_int64(*n->rhs.items[0]->val, &iv));
    assert_int_equal(iv, 21);
}

/* --------------------------------------------- implicit operations in AST */

static void interface_conversions_are_explicit(void **state) {
    Fix *f = *state;
    const char *out = check(f,
        "package main\n"
        "type S struct{ n int }\n"
        "func (s *S) Error() string { return \"\" }\n"
        "func take(v interface{}) {}\n"
        "func ret() error { return &S{} }\n"
        "func main() {\n"
        "\tvar e error = &S{}\n"
        "\ttake(42)\n"
        "\tprintln(e == &S{})\n"
        "\tpanic(e)\n"
        "}\n");
    assert_string_equal(out, "");
    Node *fn = func_decl(f, "main");
    Node *init = stmt_at(fn, 0)->list.items[0]->values.items[0];
    assert_int_equal(init->kind, N_CONVIFACE);
    assert_true(init->implicit);
    assert_int_equal(init->x->kind, N_UNARY);
    assert_ptr_equal(init->ty, f->prog->u->error_);
    Node *arg = stmt_at(fn, 1)->x->list.items[0];
    assert_int_equal(arg->kind, N_CONVIFACE);
    assert_int_equal(arg->x->ty->kind, TY_INT);   /* 42 got its default type */
    Node *cmp = stmt_at(fn, 2)->x->list.items[0];
    assert_int_equal(cmp->y->kind, N_CONVIFACE);
    /* panic(e): e is already an interface of another type: still converted */
    Node *parg = stmt_at(fn, 3)->x->list.items[0];
    assert_int_equal(parg->kind, N_CONVIFACE);
    Node *r = stmt_at(func_decl(f, "ret"), 0)->list.items[0];
    assert_int_equal(r->kind, N_CONVIFACE);
}

static void method_calls_get_implicit_addr_and_embedding(void **state) {
    Fix *f = *state;
    const char *out = check(f,
        "package main\n"
        "type Inner struct{ n int }\n"
        "func (i *Inner) Inc() { i.n++ }\n"
        "func (i Inner) Get() int { return i.n }\n"
        "type Outer struct{ Inner }\n"
        "func main() {\n"
        "\tvar o Outer\n"
        "\to.Inc()\n"
        "\tp := &o\n"
        "\tprintln(p.Get(), o.n)\n"
        "\tq := &Inner{}\n"
        "\tprintln(q.Get())\n"
        "}\n");
    assert_string_equal(out, "");
    Node *fn = func_decl(f, "main");
    Node *sel = stmt_at(fn, 1)->x->x;          /* o.Inc */
    assert_int_equal(sel->kind, N_SELECTOR);
    assert_int_equal(sel->x->kind, N_UNARY);   /* (&o.Inner).Inc */
    assert_true(sel->x->implicit);
    Node *emb = sel->x->x;
    assert_int_equal(emb->kind, N_SELECTOR);
    assert_true(emb->implicit);
    assert_string_equal(emb->name->lit, "Inner");
    Obj *o = stmt_at(fn, 0)->list.items[0]->names.items[0]->obj;
    assert_true(o->flags & OBJF_ADDRTAKEN);
    Node *get = stmt_at(fn, 3)->x->list.items[0]->x;   /* p.Get -> p.Inner.Get */
    assert_int_equal(get->x->kind, N_SELECTOR);        /* p.Inner: auto-deref of p */
    assert_int_equal(get->x->x->ty->kind, TY_PTR);
    assert_int_equal(get->x->mode, OPM_VAR);
    Node *field = stmt_at(fn, 3)->x->list.items[1];    /* o.n -> o.Inner.n */
    assert_int_equal(field->x->kind, N_SELECTOR);
    assert_int_equal(field->mode, OPM_VAR);
    Node *qget = stmt_at(fn, 5)->x->list.items[0]->x;  /* q.Get -> (*q).Get */
    assert_int_equal(qget->x->kind, N_STAR);
    assert_true(qget->x->implicit);
}

static void closures_mark_captured_variables(void **state) {
    Fix *f = *state;
    const char *out = check(f,
        "package main\n"
        "func main() {\n"
        "\tx := 0\n"
        "\ty := 1\n"
        "\tfn := func() int { x++; return x }\n"
        "\tprintln(fn(), y)\n"
        "}\n");
    assert_string_equal(out, "");
    Node *fn = func_decl(f, "main");
    Obj *x = stmt_at(fn, 0)->lhs.items[0]->obj;
    Obj *y = stmt_at(fn, 1)->lhs.items[0]->obj;
    assert_true(x->flags & OBJF_CAPTURED);
    assert_true(x->flags & OBJF_ASSIGNED);
    assert_false(y->flags & OBJF_CAPTURED);
    Node *lit = stmt_at(fn, 2)->rhs.items[0];
    assert_int_equal(lit->kind, N_FUNCLIT);
    assert_int_equal(lit->ty->kind, TY_FUNC);
}

/* ---------------------------------------------------------------- errors */

static void errors_match_gc_wording(void **state) {
    Fix *f = *state;
    /* ./b.go from go1.19.8 `go build`:
     *   ./b.go:9:4: t.Set undefined (type T has no field or method Set)
     *   ./b.go:10:2: u declared but not used
     *   ./b.go:11:15: cannot use 1 << 10 (untyped int constant 1024) as int8 value in variable declaration (overflows)
     *   ./b.go:15:5: non-boolean condition in if statement */
    const char *out = check(f,
        "package main\n"
        "\n"
        "type T struct{ n int }\n"
        "\n"
        "func (t T) Get() int { return t.n }\n"
        "\n"
        "func main() {\n"
        "\tvar t T\n"
        "\tt.Set(1)\n"
        "\tu := 3\n"
        "\tvar c int8 = 1 << 10\n"
        "\t_ = c\n"
        "\tfor i := 0; i < 3; i++ {\n"
        "\t}\n"
        "\tif t.n {\n"
        "\t}\n"
        "}\n");
    assert_string_equal(out,
        "./x.go:9:4: t.Set undefined (type T has no field or method Set)\n"
        "./x.go:10:2: u declared but not used\n"
        "./x.go:11:15: cannot use 1 << 10 (untyped int constant 1024) as int8 value in variable declaration (overflows)\n"
        "./x.go:15:5: non-boolean condition in if statement\n");
}

static void errors_calls_returns_assignments(void **state) {
    Fix *f = *state;
    /* ./c.go from go1.19.8 `go build` (see the file header) */
    const char *out = check(f,
        "package main\n"
        "\n"
        "func g() (int, string) {\n"
        "\treturn 1, \"a\", 3\n"
        "}\n"
        "\n"
        "func h(n int) int {\n"
        "\tif n > 0 {\n"
        "\t\treturn 1\n"
        "\t} else {\n"
        "\t\treturn 2\n"
        "\t}\n"
        "}\n"
        "\n"
        "func k(n int) int {\n"
        "\tswitch n {\n"
        "\tcase 1:\n"
        "\t\treturn 1\n"
        "\t}\n"
        "}\n"
        "\n"
        "func main() {\n"
        "\tvar m map[string]int\n"
        "\tm.x = 1\n"
        "\tconst c = 10\n"
        "\tc = 5\n"
        "\tvar p *int\n"
        "\tp.foo()\n"
        "\t_ = h\n"
        "\t_ = g\n"
        "}\n");
    assert_string_equal(out,
        "./x.go:4:17: too many return values\n"
        "\thave (number, string, number)\n"
        "\twant (int, string)\n"
        "./x.go:20:1: missing return\n"
        "./x.go:24:4: m.x undefined (type map[string]int has no field or method x)\n"
        "./x.go:26:2: cannot assign to c (untyped int constant 10)\n"
        "./x.go:28:4: p.foo undefined (type *int has no field or method foo)\n");
}

static void errors_arguments_and_interfaces(void **state) {
    Fix *f = *state;
    /* go1.19.8 on the same source:
     *   ./x.go:9:11: not enough arguments in call to f
     *   	have (number)
     *   	want (int, string)
     *   ./x.go:10:12: cannot use T{} (value of type T) as type I in variable declaration:
     *   	T does not implement I (M method has pointer receiver)
     *   ./x.go:11:10: multiple-value f(1, "x") (value of type (int, error)) in single-value context
     *   ./x.go:12:7: invalid operation: 1 + "a" (mismatched types untyped int and untyped string) */
    const char *out = check(f,
        "package main\n"
        "type T struct{ x int }\n"
        "func (t *T) M() {}\n"
        "type I interface{ M() }\n"
        "func f(a int, b string) (int, error) { return 0, nil }\n"
        "func main() {\n"
        "\tvar y int\n"
        "\t_ = y\n"
        "\t_, _ = f(1)\n"
        "\tvar i I = T{}\n"
        "\ta, b := f(1, \"x\"), 2\n"
        "\td := 1 + \"a\"\n"
        "\tprintln(i, a, b, d)\n"
        "}\n");
    assert_string_equal(out,
        "./x.go:9:11: not enough arguments in call to f\n"
        "\thave (number)\n"
        "\twant (int, string)\n"
        "./x.go:10:12: cannot use T{} (value of type T) as type I in variable declaration:\n"
        "\tT does not implement I (M method has pointer receiver)\n"
        "./x.go:11:10: multiple-value f(1, \"x\") (value of type (int, error)) in single-value context\n"
        "./x.go:12:7: invalid operation: 1 + \"a\" (mismatched types untyped int and untyped string)\n");
}

static void errors_literals_indexes_channels(void **state) {
    Fix *f = *state;
    /* expected: `GO111MODULE=off go build -o /dev/null b.go` (go1.19.8) on
     * this source, with ./b.go renamed ./x.go */
    const char *out = check(f,
        "package main\n"
        "\n"
        "import (\n"
        "\t\"errors\"\n"
        "\t\"fmt\"\n"
        "\t\"os\"\n"
        ")\n"
        "\n"
        "type Shape interface {\n"
        "\tArea() float64\n"
        "\tPerimeter() float64\n"
        "}\n"
        "\n"
        "type Sq struct{ s float64 }\n"
        "\n"
        "func (q Sq) Area() int { return 0 }\n"
        "\n"
        "type R struct {\n"
        "\tw, h int\n"
        "}\n"
        "\n"
        "func main() {\n"
        "\tvar sh Shape = Sq{1}\n"
        "\tr := R{w: 1, z: 2}\n"
        "\tr2 := R{1}\n"
        "\tn := 5\n"
        "\tv := n.(int)\n"
        "\tif err := errors.New(\"x\"); err != nil {\n"
        "\t\tx := 1\n"
        "\t}\n"
        "\tvar arr [3]int\n"
        "\tarr[5] = 1\n"
        "\tfmt.Printf(\"%d\\n\")\n"
        "\tvar u uint = -1\n"
        "\tch := make(chan<- int)\n"
        "\t<-ch\n"
        "\tfmt.Println(sh, r, r2, v, arr, u, os.Args)\n"
        "}\n");
    assert_string_equal(out,
        "./x.go:23:17: cannot use Sq{…} (value of type Sq) as type Shape in variable declaration:\n"
        "\tSq does not implement Shape (wrong type for Area method)\n"
        "\t\thave Area() int\n"
        "\t\twant Area() float64\n"
        "./x.go:24:15: unknown field 'z' in struct literal of type R\n"
        "./x.go:25:11: too few values in R{…}\n"
        "./x.go:27:7: invalid operation: n (variable of type int) is not an interface\n"
        "./x.go:29:3: x declared but not used\n"
        "./x.go:32:6: invalid argument: index 5 out of bounds [0:3]\n"
        "./x.go:34:15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)\n"
        "./x.go:36:4: invalid operation: cannot receive from send-only channel ch (variable of type chan<- int)\n");
}

static void errors_learner_mistakes(void **state) {
    Fix *f = *state;
    /* expected: `GO111MODULE=off go build -o /dev/null d.go` (go1.19.8) on
     * this source, with ./d.go renamed ./x.go */
    const char *out = check(f,
        "package main\n"
        "\n"
        "import (\n"
        "\t\"fmt\"\n"
        "\t\"strconv\"\n"
        "\t\"strings\"\n"
        ")\n"
        "\n"
        "type Animal interface{ Sound() string }\n"
        "type Dog struct{}\n"
        "\n"
        "func (d *Dog) Sound() string { return \"woof\" }\n"
        "\n"
        "func describe(a Animal) { fmt.Println(a.Sound()) }\n"
        "\n"
        "func main() {\n"
        "\td := Dog{}\n"
        "\tdescribe(d)\n"
        "\tn := strconv.Atoi(\"3\")\n"
        "\tvar sb strings.Builder\n"
        "\tsb.WriteString(5)\n"
        "\tfmt.Println(n, sb.String())\n"
        "\tgo func() {\n"
        "\t\tx := 1\n"
        "\t}()\n"
        "\tvar total int\n"
        "\tfor _, v := range []float64{1, 2} {\n"
        "\t\ttotal += v\n"
        "\t}\n"
        "\tfmt.Println(strings.ToUpper())\n"
        "}\n");
    assert_string_equal(out,
        "./x.go:18:11: cannot use d (variable of type Dog) as type Animal in argument to describe:\n"
        "\tDog does not implement Animal (Sound method has pointer receiver)\n"
        "./x.go:19:7: assignment mismatch: 1 variable but strconv.Atoi returns 2 values\n"
        "./x.go:21:17: cannot use 5 (untyped int constant) as string value in argument to sb.WriteString\n"
        "./x.go:24:3: x declared but not used\n"
        "./x.go:28:3: invalid operation: total += v (mismatched types int and float64)\n"
        "./x.go:30:14: not enough arguments in call to strings.ToUpper\n"
        "\thave ()\n"
        "\twant (string)\n");
}

static void errors_assignment_mismatch(void **state) {
    Fix *f = *state;
    /* expected: `GO111MODULE=off go build -o /dev/null e.go` (go1.19.8) on
     * this source, with ./e.go renamed ./x.go */
    const char *out = check(f,
        "package main\n"
        "\n"
        "import \"strconv\"\n"
        "\n"
        "func two() (int, int) { return 1, 2 }\n"
        "\n"
        "func main() {\n"
        "\tvar a = strconv.Atoi(\"1\")\n"
        "\tvar b, c = 1\n"
        "\tvar d, e, f = two()\n"
        "\tg, h := 1\n"
        "\tprintln(a, b, c, d, e, f, g, h)\n"
        "}\n");
    assert_string_equal(out,
        "./x.go:8:10: multiple-value strconv.Atoi(\"1\") (value of type (int, error)) in single-value context\n"
        "./x.go:9:13: assignment mismatch: 2 variables but 1 value\n"
        "./x.go:10:16: assignment mismatch: 3 variables but two returns 2 values\n"
        "./x.go:11:10: assignment mismatch: 2 variables but 1 value\n");
}

static void errors_builtins_and_comparisons(void **state) {
    Fix *f = *state;
    /* expected: `GO111MODULE=off go build -o /dev/null c.go` (go1.19.8) on
     * this source, with ./c.go renamed ./x.go */
    const char *out = check(f,
        "package main\n"
        "\n"
        "type S struct{ xs []int }\n"
        "\n"
        "func main() {\n"
        "\tx := nil\n"
        "\ta, b := S{}, S{}\n"
        "\tprintln(a == b)\n"
        "\tvar m map[[]int]bool\n"
        "\ts := []int{}\n"
        "\ts = append(s, \"x\")\n"
        "\tprintln(len(5))\n"
        "\tp := new(5)\n"
        "\tq := make([]int)\n"
        "\tcopy(s)\n"
        "\tvar f func()\n"
        "\tprintln(f == f)\n"
        "\tvar i interface{} = 1\n"
        "\tprintln(i + 1)\n"
        "\tvar t T\n"
        "\tprintln(x, m, p, q, t)\n"
        "}\n");
    assert_string_equal(out,
        "./x.go:6:7: use of untyped nil in assignment\n"
        "./x.go:8:10: invalid operation: a == b (struct containing []int cannot be compared)\n"
        "./x.go:9:12: invalid map key type []int\n"
        "./x.go:11:16: cannot use \"x\" (untyped string constant) as int value in argument to append\n"
        "./x.go:12:14: invalid argument: 5 (untyped int constant) for len\n"
        "./x.go:13:11: 5 is not a type\n"
        "./x.go:14:7: invalid operation: make([]int) expects 2 or 3 arguments; found 1\n"
        "./x.go:15:2: invalid operation: not enough arguments for copy(s) (expected 2, found 1)\n"
        "./x.go:17:10: invalid operation: f == f (func can only be compared to nil)\n"
        "./x.go:19:10: invalid operation: i + 1 (mismatched types interface{} and int)\n"
        "./x.go:19:10: too many errors\n");
}

static void too_many_errors_stops_at_ten(void **state) {
    Fix *f = *state;
    char src[4096];
    int n = snprintf(src, sizeof src, "package main\n\nfunc main() {\n");
    for (int i = 1; i <= 12; i++)
        n += snprintf(src + n, sizeof src - (size_t)n, "\tprintln(a%d)\n", i);
    snprintf(src + n, sizeof src - (size_t)n, "}\n");
    const char *out = check(f, src);
    /* tests/corpus/golden/errors/too_many_errors.err.golden: the ten first,
     * then "too many errors" at the tenth's position */
    assert_non_null(strstr(out, "./x.go:13:10: undefined: a10\n./x.go:13:10: too many errors\n"));
    assert_null(strstr(out, "a11"));
}

static void unknown_import_is_unsupported(void **state) {
    Fix *f = *state;
    const char *out = check(f,
        "package main\n"
        "import \"database/sql\"\n"
        "func main() { sql.Drivers() }\n");
    assert_string_equal(out, "./x.go:2:8: not supported: could not import database/sql (not modeled)\n");
    assert_true(f->prog->unsupported);
}

/* ------------------------------------------------------------------- size */

static void ten_thousand_lines_check(void **state) {
    Fix *f = *state;
    size_t cap = 1 << 20, n = 0;
    char *src = malloc(cap);
    n += (size_t)snprintf(src + n, cap - n, "package main\n\ntype P struct{ x, y int }\n\n");
    for (int i = 0; i < 1000; i++)
        n += (size_t)snprintf(src + n, cap - n,
            "func f%d(a, b int) *P {\n"
            "\tp := &P{a, b}\n"
            "\tif a > b {\n"
            "\t\tp.x = f%d(b, a).y\n"
            "\t}\n"
            "\ts := []int{a, b, %d}\n"
            "\tfor i, v := range s {\n"
            "\t\tp.y += i * v\n"
            "\t}\n"
            "\treturn p\n"
            "}\n", i, i ? i - 1 : 0, i);
    n += (size_t)snprintf(src + n, cap - n, "func main() { println(f999(1, 2).x) }\n");
    File *file = parse_file(&f->a, "./x.go", src, (int)n, &f->dl);
    Program *p = program_new(&f->a, &f->dl);
    bool ok = check_file(p, file, "./x.go");
    free(src);
    /* correctness at size only: speed is measured by make bench */
    assert_true(ok);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(names_resolve_to_their_objects, setup, teardown),
        cmocka_unit_test_setup_teardown(untyped_constants_get_context_types, setup, teardown),
        cmocka_unit_test_setup_teardown(interface_conversions_are_explicit, setup, teardown),
        cmocka_unit_test_setup_teardown(method_calls_get_implicit_addr_and_embedding, setup, teardown),
        cmocka_unit_test_setup_teardown(closures_mark_captured_variables, setup, teardown),
        cmocka_unit_test_setup_teardown(errors_match_gc_wording, setup, teardown),
        cmocka_unit_test_setup_teardown(errors_calls_returns_assignments, setup, teardown),
        cmocka_unit_test_setup_teardown(errors_arguments_and_interfaces, setup, teardown),
        cmocka_unit_test_setup_teardown(errors_literals_indexes_channels, setup, teardown),
        cmocka_unit_test_setup_teardown(errors_learner_mistakes, setup, teardown),
        cmocka_unit_test_setup_teardown(errors_assignment_mismatch, setup, teardown),
        cmocka_unit_test_setup_teardown(errors_builtins_and_comparisons, setup, teardown),
        cmocka_unit_test_setup_teardown(too_many_errors_stops_at_ten, setup, teardown),
        cmocka_unit_test_setup_teardown(unknown_import_is_unsupported, setup, teardown),
        cmocka_unit_test_setup_teardown(ten_thousand_lines_check, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
