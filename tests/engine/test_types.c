/* test_types.c - types.c and const.c: gc's amd64 layout, identity,
 * method sets, and exact constant arithmetic.
 *
 * Expected sizes come from the real compiler: /tmp/sz.go printing
 * unsafe.Sizeof/Alignof/Offsetof, run with `go run sz.go` (go1.19.8):
 *   struct{}                      0 1
 *   struct{a bool; b int64; c bool}  24 8   (Offsetof c = 16)
 *   struct{x int32; e struct{}}   8 4       (pad byte after zero-size last field)
 *   struct{c complex64; b byte}   12 4
 *   struct{s []int; m map[int]int; i interface{}; st string; f func();
 *          ch chan int; p *int; arr [3]int16}   96 8  (Offsetof arr = 88)
 *   [0]int64 0, complex128 16, Alignof complex64 4
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "ast.h"
#include "const.h"
#include "types.h"

typedef struct Fix {
    Arena a;
    Universe *u;
} Fix;

static int setup(void **state) {
    Fix *f = calloc(1, sizeof *f);
    arena_init(&f->a);
    f->u = universe_new(&f->a);
    *state = f;
    return 0;
}

static int teardown(void **state) {
    Fix *f = *state;
    arena_free(&f->a);
    free(f);
    return 0;
}

static Type *mkstruct(Arena *a, int n, const char **names, Type **types) {
    Type *t = type_new(a, TY_STRUCT);
    t->fields = arena_alloc(a, sizeof(Obj *) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) {
        t->fields[i] = obj_new(a, OBJ_VAR, names[i], (Pos){0, 0}, types[i]);
        t->fields[i]->flags |= OBJF_FIELD;
    }
    t->nfields = n;
    return t;
}

static void sizes_match_gc(void **state) {
    Fix *f = *state;
    Arena *a = &f->a;
    Type **T = f->u->types;
    Type *empty = mkstruct(a, 0, NULL, NULL);
    assert_int_equal(type_size(empty), 0);
    assert_int_equal(type_align(empty), 1);

    Type *sa = mkstruct(a, 3, (const char *[]){"a", "b", "c"},
                        (Type *[]){T[TY_BOOL], T[TY_INT64], T[TY_BOOL]});
    assert_int_equal(type_size(sa), 24);
    assert_int_equal(type_align(sa), 8);
    assert_int_equal(sa->fields[2]->offset, 16);

    Type *sb = mkstruct(a, 2, (const char *[]){"x", "e"},
                        (Type *[]){T[TY_INT32], empty});
    assert_int_equal(type_size(sb), 8);
    assert_int_equal(type_align(sb), 4);

    Type *sc = mkstruct(a, 2, (const char *[]){"c", "b"},
                        (Type *[]){T[TY_COMPLEX64], T[TY_UINT8]});
    assert_int_equal(type_size(sc), 12);
    assert_int_equal(type_align(sc), 4);

    Type *sig = type_new(a, TY_FUNC);
    Type *sd = mkstruct(a, 8,
        (const char *[]){"s", "m", "i", "st", "f", "ch", "p", "arr"},
        (Type *[]){type_slice(a, T[TY_INT]), type_map(a, T[TY_INT], T[TY_INT]),
                   type_new(a, TY_INTERFACE), T[TY_STRING], sig,
                   type_chan(a, T[TY_INT], CHAN_BOTH), type_ptr(a, T[TY_INT]),
                   type_array(a, T[TY_INT16], 3)});
    assert_int_equal(type_size(sd), 96);
    assert_int_equal(type_align(sd), 8);
    assert_int_equal(sd->fields[7]->offset, 88);

    assert_int_equal(type_size(type_array(a, T[TY_INT64], 0)), 0);
    assert_int_equal(type_size(T[TY_COMPLEX128]), 16);
    assert_int_equal(type_align(T[TY_COMPLEX64]), 4);
    /* the escape limits: [8192]int64 is exactly 64 KiB */
    assert_int_equal(type_size(type_array(a, T[TY_INT64], 8192)), 65536);
}

static void pointers_and_identity(void **state) {
    Fix *f = *state;
    Arena *a = &f->a;
    Type **T = f->u->types;
    assert_ptr_equal(type_ptr(a, T[TY_INT]), type_ptr(a, T[TY_INT]));
    assert_true(type_identical(type_map(a, T[TY_STRING], T[TY_INT]),
                               type_map(a, T[TY_STRING], T[TY_INT])));
    assert_false(type_identical(type_array(a, T[TY_INT], 3),
                                type_array(a, T[TY_INT], 4)));
    Obj *o = obj_new(a, OBJ_TYPE, "MyInt", (Pos){1, 6}, NULL);
    Type *my = type_named(a, o);
    type_set_underlying(my, T[TY_INT]);
    assert_int_equal(my->kind, TY_INT);
    assert_false(type_identical(my, T[TY_INT]));
    assert_false(type_has_pointers(T[TY_FLOAT64]));
    assert_true(type_has_pointers(T[TY_STRING]));
    assert_false(type_has_pointers(type_array(a, T[TY_STRING], 0)));
    assert_string_equal(type_string(a, type_slice(a, type_ptr(a, my)), NULL), "[]*MyInt");
    assert_string_equal(type_string(a, f->u->any_, NULL), "any");
    assert_string_equal(type_string(a, type_chan(a, T[TY_INT], CHAN_RECV), NULL), "<-chan int");
}

static void method_sets(void **state) {
    Fix *f = *state;
    Arena *a = &f->a;
    Type **T = f->u->types;
    /* type S struct{}; func (*S) Error() string ; type W struct{ *S } */
    Type *S = type_named(a, obj_new(a, OBJ_TYPE, "S", (Pos){0, 0}, NULL));
    type_set_underlying(S, mkstruct(a, 0, NULL, NULL));
    Type *sig = type_new(a, TY_FUNC);
    sig->results = f->u->error_->methods[0]->type->results;
    sig->nresults = 1;
    Obj *m = obj_new(a, OBJ_FUNC, "Error", (Pos){0, 0}, sig);
    m->flags |= OBJF_METHOD | OBJF_PTRRECV;
    type_add_method(a, S, m);
    Obj *missing, *have;
    bool wrongptr;
    assert_false(type_implements(S, f->u->error_, &missing, &wrongptr, &have));
    assert_true(wrongptr);
    assert_true(type_implements(type_ptr(a, S), f->u->error_, NULL, NULL, NULL));
    Type *W = type_named(a, obj_new(a, OBJ_TYPE, "W", (Pos){0, 0}, NULL));
    Type *ws = mkstruct(a, 1, (const char *[]){"S"}, (Type *[]){type_ptr(a, S)});
    ws->fields[0]->flags |= OBJF_EMBEDDED;
    type_set_underlying(W, ws);
    /* W embeds *S: the promoted pointer method is in W's method set */
    assert_true(type_implements(W, f->u->error_, NULL, NULL, NULL));
    Selection sel = selection_lookup(W, "Error", NULL);
    assert_ptr_equal(sel.obj, m);
    assert_int_equal(sel.depth, 1);
    assert_true(sel.indirect);
    (void)T;
}

static Const parse_int(Arena *a, const char *s) {
    Const c;
    assert_true(const_parse_int(a, s, (int)strlen(s), &c));
    return c;
}

static void constants_are_exact(void **state) {
    Fix *f = *state;
    Arena *a = &f->a;
    Const big = parse_int(a, "1_000_000_000_000_000_000_000");  /* 1e21 */
    Const r;
    assert_true(const_binary(a, T_MUL, big, big, true, &r));
    assert_string_equal(const_string_repr(a, r), "1000000000000000000000000000000000000000000");
    /* 1 << 100 >> 98 == 4 */
    Const one = parse_int(a, "1");
    Const s = const_shift(a, T_SHR, const_shift(a, T_SHL, one, 100), 98);
    int64_t v;
    assert_true(const_get_int64(s, &v));
    assert_int_equal(v, 4);
    /* untyped integer division truncates; 7 / 2.0 is 3.5 */
    Const seven = parse_int(a, "7"), two = parse_int(a, "2"), twof;
    assert_true(const_binary(a, T_QUO, seven, two, true, &r));
    assert_string_equal(const_string_repr(a, r), "3");
    assert_true(const_parse_float(a, "2.0", 3, &twof));
    assert_true(const_binary(a, T_QUO, seven, twof, false, &r));
    assert_true(const_float_value(r) == 3.5);
    /* -7 / 2 == -3 and -7 % 2 == -1 (truncated) */
    Const m7;
    assert_true(const_unary(a, T_SUB, seven, &m7));
    assert_true(const_binary(a, T_QUO, m7, two, true, &r));
    assert_string_equal(const_string_repr(a, r), "-3");
    assert_true(const_binary(a, T_REM, m7, two, true, &r));
    assert_string_equal(const_string_repr(a, r), "-1");
    /* -7 >> 1 == -4 (arithmetic shift) */
    assert_string_equal(const_string_repr(a, const_shift(a, T_SHR, m7, 1)), "-4");
    /* 1/3.0*3 == 1 exactly */
    Const three = parse_int(a, "3"), third;
    assert_true(const_parse_float(a, "3.0", 3, &twof));
    assert_true(const_binary(a, T_QUO, one, twof, false, &third));
    assert_true(const_binary(a, T_MUL, third, three, false, &r));
    assert_true(const_is_int(r));
    /* ^0 == -1, -1 &^ 1 == -2, division by zero refused */
    Const zero = parse_int(a, "0");
    assert_true(const_unary(a, T_XOR, zero, &r));
    assert_string_equal(const_string_repr(a, r), "-1");
    assert_true(const_binary(a, T_AND_NOT, r, one, true, &r));
    assert_string_equal(const_string_repr(a, r), "-2");
    assert_false(const_binary(a, T_QUO, one, zero, true, &r));
    /* 2^64 does not fit int64; 1<<63 - 1 does */
    assert_false(const_get_int64(const_shift(a, T_SHL, one, 64), &v));
    uint64_t u;
    assert_true(const_get_uint64(parse_int(a, "0xFFFF_FFFF_FFFF_FFFF"), &u));
    assert_true(u == UINT64_MAX);
    assert_int_equal(const_bitlen(const_shift(a, T_SHL, one, 511)), 512);
    /* 0.1 is not exactly a double but rounds to it */
    Const tenth;
    assert_true(const_parse_float(a, "0.1", 3, &tenth));
    assert_true(const_float_value(tenth) == 0.1);
    assert_true(const_parse_float(a, "1e308", 5, &r));
    assert_true(const_float_value(r) == 1e308);
    assert_true(const_parse_float(a, "0x1p-2", 6, &r));
    assert_true(const_float_value(r) == 0.25);
}

static void literals(void **state) {
    Fix *f = *state;
    Arena *a = &f->a;
    Const c;
    assert_true(const_parse_rune(a, "'\\n'", 4, &c));
    assert_string_equal(const_string_repr(a, c), "10");
    assert_true(const_parse_rune(a, "'é'", 4, &c));
    assert_string_equal(const_string_repr(a, c), "233");
    assert_true(const_parse_string(a, "\"a\\tb\\x41\\u00e9\"", 16, &c));
    assert_int_equal(c.slen, 6);
    assert_memory_equal(c.s, "a\tbA\xc3\xa9", 6);
    assert_true(const_parse_string(a, "`raw\\n`", 7, &c));
    assert_string_equal(c.s, "raw\\n");
    assert_true(const_parse_int(a, "0o17", 4, &c));
    assert_string_equal(const_string_repr(a, c), "15");
    assert_true(const_parse_int(a, "017", 3, &c));
    assert_string_equal(const_string_repr(a, c), "15");
    assert_true(const_parse_int(a, "0b101", 5, &c));
    assert_string_equal(const_string_repr(a, c), "5");
    assert_false(const_parse_int(a, "09", 2, &c));
    assert_true(const_parse_imag(a, "2i", 2, &c));
    assert_int_equal(c.kind, CK_COMPLEX);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(sizes_match_gc, setup, teardown),
        cmocka_unit_test_setup_teardown(pointers_and_identity, setup, teardown),
        cmocka_unit_test_setup_teardown(method_sets, setup, teardown),
        cmocka_unit_test_setup_teardown(constants_are_exact, setup, teardown),
        cmocka_unit_test_setup_teardown(literals, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
