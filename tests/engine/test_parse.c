/* test_parse.c - the parser: node positions against gc's syntax package,
 * the AST shape other stages rely on, syntax errors against `go build`,
 * robustness (truncated and deeply nested input), directives. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "parse.h"
#include "parse/astdump.h"

#include "engine_fixture.h"

static File *parse(Fix *f, const char *src) {
    f->dl.len = f->dl.nerrors = 0;
    f->f = parse_file(&f->a, "x.go", src, (int)strlen(src), &f->dl);
    return f->f;
}

/* "line:col: msg\n" for every diagnostic. */
static char *errs(Fix *f) {
    static char buf[8192];
    size_t len = 0;
    buf[0] = 0;
    for (int i = 0; i < f->dl.len; i++)
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%d:%d: %s\n",
                                f->dl.items[i].pos.line, f->dl.items[i].pos.col,
                                f->dl.items[i].msg);
    return buf;
}

static char *dump(const Node *n) {
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    astdump_node(out, n);
    fclose(out);
    return buf;
}

/* d.go and its tree as gc's syntax package gives it:
 *   sh tests/parse/gcdump/build.sh /tmp/gcdump && /tmp/gcdump pos d.go */
static const char d_go[] =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\tm \"math\"\n"
    ")\n"
    "\n"
    "type T[P any, Q ~int | string] struct {\n"
    "\ta, b int `tag`\n"
    "\t*T2\n"
    "\tc    []map[string]chan<- int\n"
    "}\n"
    "\n"
    "const (\n"
    "\tA = iota\n"
    "\tB\n"
    "\tC, D = 1, 2\n"
    ")\n"
    "\n"
    "func (t *T[P, Q]) M(x ...int) (r int, err error) {\n"
    "\tfor i, v := range x {\n"
    "\t\tr += i * v\n"
    "\t\tx[i]++\n"
    "\t}\n"
    "\tswitch y := interface{}(t).(type) {\n"
    "\tcase nil, int:\n"
    "\t\t_ = y\n"
    "\tdefault:\n"
    "\t}\n"
    "\tselect {\n"
    "\tcase v := <-ch:\n"
    "\t\t_ = v\n"
    "\tcase ch <- 1:\n"
    "\tdefault:\n"
    "\t}\n"
    "L:\n"
    "\tfor {\n"
    "\t\tbreak L\n"
    "\t}\n"
    "\tgo f(1)\n"
    "\tdefer func() {}()\n"
    "\tp := &T[int, int]{a: 1}\n"
    "\ts := x[1:2:3]\n"
    "\t_ = s[:]\n"
    "\tif a, ok := z.(int); ok && a > -1 {\n"
    "\t} else if true {\n"
    "\t} else {\n"
    "\t}\n"
    "\tfmt.Println(m.Pi, p, [...]int{1, 2}, struct{}{}, (*int)(nil))\n"
    "\treturn len(x), nil\n"
    "}\n";

static const char d_go_gc[] =
    "File@1:1\n"
    "Name main@1:9\n"
    "ImportDecl@4:2\n"
    "BasicLit \"fmt\"@4:2\n"
    "ImportDecl@5:2\n"
    "Name m@5:2\n"
    "BasicLit \"math\"@5:4\n"
    "TypeDecl@8:6\n"
    "Name T@8:6\n"
    "Field@8:8\n"
    "Name P@8:8\n"
    "Name any@8:10\n"
    "Field@8:15\n"
    "Name Q@8:15\n"
    "Operation |@8:22\n"
    "Operation ~@8:17\n"
    "Name int@8:18\n"
    "Name string@8:24\n"
    "StructType@8:32\n"
    "Field@9:2\n"
    "Name a@9:2\n"
    "Name int@9:7\n"
    "Field@9:5\n"
    "Name b@9:5\n"
    "Name int@9:7\n"
    "Field@10:2\n"
    "Operation *@10:2\n"
    "Name T2@10:3\n"
    "Field@11:2\n"
    "Name c@11:2\n"
    "SliceType@11:7\n"
    "MapType@11:9\n"
    "Name string@11:13\n"
    "ChanType@11:20\n"
    "Name int@11:27\n"
    "BasicLit `tag`@9:11\n"
    "BasicLit `tag`@9:11\n"
    "ConstDecl@15:2\n"
    "Name A@15:2\n"
    "Name iota@15:6\n"
    "ConstDecl@16:2\n"
    "Name B@16:2\n"
    "ConstDecl@17:2\n"
    "Name C@17:2\n"
    "Name D@17:5\n"
    "ListExpr@17:9\n"
    "BasicLit 1@17:9\n"
    "BasicLit 2@17:12\n"
    "FuncDecl@20:6\n"
    "Field@20:7\n"
    "Name t@20:7\n"
    "Operation *@20:9\n"
    "IndexExpr@20:11\n"
    "Name T@20:10\n"
    "ListExpr@20:12\n"
    "Name P@20:12\n"
    "Name Q@20:15\n"
    "Name M@20:19\n"
    "FuncType@20:20\n"
    "Field@20:21\n"
    "Name x@20:21\n"
    "DotsType@20:23\n"
    "Name int@20:26\n"
    "Field@20:32\n"
    "Name r@20:32\n"
    "Name int@20:34\n"
    "Field@20:39\n"
    "Name err@20:39\n"
    "Name error@20:43\n"
    "BlockStmt@20:50\n"
    "ForStmt@21:2\n"
    "RangeClause@21:14\n"
    "ListExpr@21:6\n"
    "Name i@21:6\n"
    "Name v@21:9\n"
    "Name x@21:20\n"
    "BlockStmt@21:22\n"
    "AssignStmt +@22:5\n"
    "Name r@22:3\n"
    "Operation *@22:10\n"
    "Name i@22:8\n"
    "Name v@22:12\n"
    "AssignStmt +@23:7\n"
    "IndexExpr@23:4\n"
    "Name x@23:3\n"
    "Name i@23:5\n"
    "SwitchStmt@25:2\n"
    "TypeSwitchGuard@25:28\n"
    "Name y@25:9\n"
    "CallExpr@25:25\n"
    "InterfaceType@25:14\n"
    "Name t@25:26\n"
    "CaseClause@26:2\n"
    "ListExpr@26:7\n"
    "Name nil@26:7\n"
    "Name int@26:12\n"
    "AssignStmt Operator(0)@27:5\n"
    "Name _@27:3\n"
    "Name y@27:7\n"
    "CaseClause@28:2\n"
    "SelectStmt@30:2\n"
    "CommClause@31:2\n"
    "AssignStmt :@31:9\n"
    "Name v@31:7\n"
    "Operation <-@31:12\n"
    "Name ch@31:14\n"
    "AssignStmt Operator(0)@32:5\n"
    "Name _@32:3\n"
    "Name v@32:7\n"
    "CommClause@33:2\n"
    "SendStmt@33:10\n"
    "Name ch@33:7\n"
    "BasicLit 1@33:13\n"
    "CommClause@34:2\n"
    "LabeledStmt@36:2\n"
    "Name L@36:1\n"
    "ForStmt@37:2\n"
    "BlockStmt@37:6\n"
    "BranchStmt@38:3\n"
    "Name L@38:9\n"
    "CallStmt@40:2\n"
    "CallExpr@40:6\n"
    "Name f@40:5\n"
    "BasicLit 1@40:7\n"
    "CallStmt@41:2\n"
    "CallExpr@41:17\n"
    "FuncLit@41:8\n"
    "FuncType@41:12\n"
    "BlockStmt@41:15\n"
    "AssignStmt :@42:4\n"
    "Name p@42:2\n"
    "Operation &@42:7\n"
    "CompositeLit@42:19\n"
    "IndexExpr@42:9\n"
    "Name T@42:8\n"
    "ListExpr@42:10\n"
    "Name int@42:10\n"
    "Name int@42:15\n"
    "KeyValueExpr@42:21\n"
    "Name a@42:20\n"
    "BasicLit 1@42:23\n"
    "AssignStmt :@43:4\n"
    "Name s@43:2\n"
    "SliceExpr@43:8\n"
    "Name x@43:7\n"
    "BasicLit 1@43:9\n"
    "BasicLit 2@43:11\n"
    "BasicLit 3@43:13\n"
    "AssignStmt Operator(0)@44:4\n"
    "Name _@44:2\n"
    "SliceExpr@44:7\n"
    "Name s@44:6\n"
    "IfStmt@45:2\n"
    "AssignStmt :@45:11\n"
    "ListExpr@45:5\n"
    "Name a@45:5\n"
    "Name ok@45:8\n"
    "AssertExpr@45:15\n"
    "Name z@45:14\n"
    "Name int@45:17\n"
    "Operation &&@45:26\n"
    "Name ok@45:23\n"
    "Operation >@45:31\n"
    "Name a@45:29\n"
    "Operation -@45:33\n"
    "BasicLit 1@45:34\n"
    "BlockStmt@45:36\n"
    "IfStmt@46:9\n"
    "Name true@46:12\n"
    "BlockStmt@46:17\n"
    "BlockStmt@47:9\n"
    "ExprStmt@49:13\n"
    "CallExpr@49:13\n"
    "SelectorExpr@49:5\n"
    "Name fmt@49:2\n"
    "Name Println@49:6\n"
    "SelectorExpr@49:15\n"
    "Name m@49:14\n"
    "Name Pi@49:16\n"
    "Name p@49:20\n"
    "CompositeLit@49:31\n"
    "ArrayType@49:23\n"
    "Name int@49:28\n"
    "BasicLit 1@49:32\n"
    "BasicLit 2@49:35\n"
    "CompositeLit@49:47\n"
    "StructType@49:39\n"
    "CallExpr@49:57\n"
    "ParenExpr@49:51\n"
    "Operation *@49:52\n"
    "Name int@49:53\n"
    "Name nil@49:58\n"
    "ReturnStmt@50:2\n"
    "ListExpr@50:12\n"
    "CallExpr@50:12\n"
    "Name len@50:9\n"
    "Name x@50:13\n"
    "Name nil@50:17\n";

static void positions_match_gc(void **state) {
    Fix *f = *state;
    assert_non_null(parse(f, d_go));
    assert_string_equal(errs(f), "");
    char *got = dump(f->f->root);
    assert_string_equal(got, d_go_gc);
    free(got);
}

static const Node *decl(Fix *f, int i) {
    assert_true(i < f->f->root->list.len);
    return f->f->root->list.items[i];
}

static const Node *stmt(const Node *fn, int i) {
    assert_true(i < fn->body->list.len);
    return fn->body->list.items[i];
}

static void ast_shape(void **state) {
    Fix *f = *state;
    parse(f, "package p\n"
             "const (\n\tA, B = iota, 2 * iota\n\tC, D\n)\n"
             "var x, y int = 1, 2\n"
             "type L[T any] struct{ next *L[T] }\n"
             "//go:noinline\n//esc:leak p\nfunc (r *R) M(p *int, q ...string) (int, error) {\n"
             "\tfor k, v := range m {\n\t}\n"
             "\tswitch t := i.(type) {\n\tcase int, nil:\n\tdefault:\n\t}\n"
             "\tx += 2\n\tx++\n\tch <- 1\n\tgo f()\n"
             "\treturn 1, nil\n}\n");
    assert_string_equal(errs(f), "");
    assert_string_equal(f->f->root->name->lit, "p");
    const Node *a = decl(f, 0), *c = decl(f, 1);
    assert_int_equal(a->kind, N_CONSTDECL);
    assert_int_equal(a->names.len, 2);
    assert_int_equal(a->values.len, 2);
    assert_int_equal(a->iota, 0);
    assert_true(a->group > 0);
    assert_int_equal(c->group, a->group);
    assert_int_equal(c->iota, 1);
    assert_true(c->implicit);
    assert_ptr_equal(c->values.items, a->values.items);

    const Node *v = decl(f, 2);
    assert_int_equal(v->kind, N_VARDECL);
    assert_int_equal(v->group, 0);
    assert_string_equal(v->type_->lit, "int");
    assert_int_equal(v->values.len, 2);

    const Node *t = decl(f, 3);
    assert_int_equal(t->kind, N_TYPEDECL);
    assert_int_equal(t->tparams.len, 1);
    assert_string_equal(t->tparams.items[0]->name->lit, "T");
    assert_int_equal(t->type_->kind, N_STRUCTTYPE);
    const Node *next = t->type_->list.items[0];
    assert_int_equal(next->type_->kind, N_STAR);
    assert_int_equal(next->type_->x->kind, N_INDEX);

    const Node *fn = decl(f, 4);
    assert_int_equal(fn->kind, N_FUNCDECL);
    assert_true(fn->pragma & PRAGMA_NOINLINE);
    assert_int_equal(fn->ndirs, 2);
    assert_string_equal(fn->dirs[0].text, "go:noinline");
    assert_string_equal(fn->dirs[1].text, "esc:leak p");
    assert_int_equal(fn->dirs[1].pos.line, 9);
    assert_int_equal(fn->dirs[1].pos.col, 3);
    assert_string_equal(fn->recv->name->lit, "r");
    assert_int_equal(fn->recv->type_->kind, N_STAR);
    const Node *ft = fn->type_;
    assert_int_equal(ft->params.len, 2);
    assert_int_equal(ft->params.items[1]->type_->kind, N_DOTS);
    assert_int_equal(ft->results.len, 2);
    assert_null(ft->results.items[0]->name);

    const Node *r = stmt(fn, 0);
    assert_int_equal(r->kind, N_RANGE);
    assert_int_equal(r->op, T_DEFINE);
    assert_int_equal(r->lhs.len, 2);
    assert_string_equal(r->x->lit, "m");
    assert_int_equal(r->pos.col, 2);
    assert_int_equal(r->pos2.col, 14);

    const Node *sw = stmt(fn, 1);
    assert_int_equal(sw->kind, N_TYPESWITCH);
    assert_string_equal(sw->name->lit, "t");
    assert_string_equal(sw->x->lit, "i");
    assert_int_equal(sw->list.len, 2);
    assert_int_equal(sw->list.items[0]->list.len, 2);
    assert_true(sw->list.items[1]->isdefault);

    const Node *as = stmt(fn, 2);
    assert_int_equal(as->kind, N_ASSIGN);
    assert_int_equal(as->op, T_ADD_ASSIGN);
    assert_int_equal(as->pos.col, 4);
    assert_int_equal(stmt(fn, 3)->kind, N_INCDEC);
    assert_int_equal(stmt(fn, 4)->kind, N_SEND);
    assert_int_equal(stmt(fn, 5)->kind, N_GO);
    assert_int_equal(stmt(fn, 5)->x->kind, N_CALL);
    assert_int_equal(stmt(fn, 6)->kind, N_RETURN);
    assert_int_equal(stmt(fn, 6)->list.len, 2);
}

static void directives_only_reach_the_next_func(void **state) {
    Fix *f = *state;
    parse(f, "package p\n//go:noinline\nvar x int\nfunc f() {}\n"
             "//go:nosplit\n//go:noescape\nfunc g()\n");
    assert_string_equal(errs(f), "");
    assert_int_equal(decl(f, 1)->ndirs, 0);
    assert_int_equal(decl(f, 1)->pragma, 0);
    assert_int_equal(decl(f, 2)->pragma, PRAGMA_NOSPLIT | PRAGMA_NOESCAPE);
    assert_null(decl(f, 2)->body);
}

/* Bad programs and what the compiler prints for them:
 *   GO111MODULE=off go build -o /dev/null x.go
 * ("./x.go:" dropped; type checker lines such as "undefined: f" left out:
 * they come from a later stage). */
typedef struct BadCase {
    const char *src;
    const char *want;
} BadCase;

static const BadCase bad_cases[] = {
    {"package main\n\nfunc main() {\n\tx := []int{1, 2, 3\n\t_ = x\n}\n",
     "4:20: syntax error: unexpected newline in composite literal; possibly missing comma or }\n"},
    {"package main\n\nfunc main() {\n\tif x := 1 {\n\t}\n}\n",
     "4:7: syntax error: cannot use x := 1 as value\n"},
    {"package main\n\nfunc main() {\n\tfor i := 0; i < 10; i++ \n\t{\n\t}\n}\n",
     "4:26: syntax error: unexpected newline, expecting { after for clause\n"},
    {"package main\n\nx := 1\n",
     "3:1: syntax error: non-declaration statement outside function body\n"},
    {"package main\n\nfunc main()\n{\n}\n",
     "4:1: syntax error: unexpected semicolon or newline before {\n"},
    {"package main\n\nfunc main() {\n\tvar x int = \n}\n",
     "5:1: syntax error: unexpected }, expecting expression\n"},
    {"package main\n\nfunc main() {\n\tfmt.Println(\"a\" \"b\")\n}\n",
     "4:18: syntax error: unexpected literal \"b\" in argument list; possibly missing comma or )\n"},
    {"package main\n\nfunc main() {\n\ta, b := 1\n\tc d\n}\n",
     "5:4: syntax error: unexpected d at end of statement\n"},
    {"package main\n\nfunc main() {\n\tgo f\n\tdefer (g())\n}\n",
     "4:5: expression in go must be function call\n5:8: expression in defer must not be parenthesized\n"},
    {"package main\n\nfunc main() {\n\tif true {\n\t} else x = 1\n}\n",
     "5:9: syntax error: else must be followed by if or statement block\n"},
    {"package main\n\nfunc f(a int, b) {}\n",
     "3:15: syntax error: mixed named and unnamed parameters\n"},
    {"package main\n\nfunc main() {\n\tx := map[string]int{\"a\": 1,\n\t\"b\": 2\n\t}\n}\n",
     "5:8: syntax error: unexpected newline in composite literal; possibly missing comma or }\n"},
    {"package main\n\nfunc main() {\n\tfor i := range x; i < 3; i++ {\n\t}\n}\n",
     "4:18: syntax error: unexpected semicolon, expecting { after for clause\n"},
    {"package main\n\nfunc main() {\n\tx = s[1:2:]\n\ty = s[::3]\n}\n",
     "4:12: final index required in 3-index slice\n5:9: middle index required in 3-index slice\n"},
    {"package main\n\ntype T struct {\n\ta int,\n\tb int\n}\n",
     "4:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }\n"},
    {"package main\n\nfunc main() {\n\tfunc g() {}\n}\n",
     "4:7: syntax error: unexpected g, expecting (\n5:1: syntax error: non-declaration statement outside function body\n"},
    {"package main\n\nfunc main() {\n\tvar a [3]int\n\ta[] = 1\n}\n",
     "5:4: syntax error: unexpected ], expecting operand\n"},
    {"package main\n\nfunc main() {\n\tif {\n\t}\n}\n",
     "4:5: syntax error: missing condition in if statement\n"},
    {"package main\n\nfunc main() {\n\tfor ;; i++ := 1 {\n\t}\n}\n",
     "4:13: syntax error: unexpected :=, expecting { after for clause\n"},
    {"package main\n\nfunc main() {\n\tx := 1 +\n}\n",
     "5:1: syntax error: unexpected }, expecting expression\n"},
    {"package main\n\nfunc (a, b T) m() {}\nfunc () n() {}\n",
     "3:15: method has multiple receivers\n4:9: method has no receiver\n"},
    {"package main\n\ntype I interface {\n\tm[T any]()\n}\n",
     "4:3: interface method must have no type parameters\n"},
    {"package main\n\nfunc f[]() {}\n",
     "3:8: syntax error: empty type parameter list\n"},
    {"package main\n\nfunc main() {\n\tx := func[T any]() {}\n}\n",
     "4:11: syntax error: function type must have no type parameters\n"},
    {"package main\n\nvar x = (int){}\n",
     "3:14: syntax error: cannot parenthesize type in composite literal\n"},
    {"package main\n\nfunc main() {\n\tif x := 1; {\n\t}\n}\n",
     "4:11: syntax error: missing condition in if statement\n"},
    {"package main\n\nfunc main() {\n\tif x == 1;\n\t{\n\t}\n}\n",
     "4:11: syntax error: missing condition in if statement\n"},
    {"package main\n\nfunc main() {\n\t1 + 2 3\n\t4 5\n\t6 7\n\t8 9\n\ta b\n\tc d\n\te f\n\tg h\n\ti j\n\tk l\n\tm n\n}\n",
     "4:8: syntax error: unexpected literal 3 at end of statement\n5:4: syntax error: unexpected literal 5 at end of statement\n6:4: syntax error: unexpected literal 7 at end of statement\n7:4: syntax error: unexpected literal 9 at end of statement\n8:4: syntax error: unexpected b at end of statement\n9:4: syntax error: unexpected d at end of statement\n10:4: syntax error: unexpected f at end of statement\n11:4: syntax error: unexpected h at end of statement\n12:4: syntax error: unexpected j at end of statement\n13:4: syntax error: unexpected l at end of statement\n13:4: too many errors\n"},
    {"package main\n\nfunc main() {\n\tswitch x {\n\tcase 1\n\t}\n}\n",
     "5:8: syntax error: unexpected newline, expecting :\n"},
    {"package main\n\nimport \"fmt\"\nvar x = 1\nimport \"os\"\n",
     "5:1: syntax error: non-declaration statement outside function body\n"},
    {"package main\n\nfunc main() {\n\tvar x struct{ a int } = struct{ a int }{1}\n\t_ = x\n\tgoto\n}\n",
     "7:1: syntax error: unexpected }, expecting name\n"},
    {"package main\n\nfunc main() {\n\tx := [...]int{1,2\n}\n",
     "4:19: syntax error: unexpected newline in composite literal; possibly missing comma or }\n"},
    {"package main\n\nfunc main() {\n\tm := map[string]int{\n\t\t\"a\": 1\n\t}\n}\n",
     "5:9: syntax error: unexpected newline in composite literal; possibly missing comma or }\n"},
};

static void syntax_errors_match_gc(void **state) {
    Fix *f = *state;
    for (size_t i = 0; i < sizeof bad_cases / sizeof bad_cases[0]; i++) {
        parse(f, bad_cases[i].src);
        if (strcmp(errs(f), bad_cases[i].want) != 0)
            fail_msg("case %zu:\n%s\ngot:\n%swant:\n%s", i, bad_cases[i].src, errs(f),
                     bad_cases[i].want);
        for (int j = 0; j < f->dl.len; j++)
            assert_int_equal(f->dl.items[j].kind, DK_SYNTAX);
    }
}

/* Label and branch checks (gc's syntax.CheckBranches), file "./x.go":
 *   GO111MODULE=off go build -o /dev/null x.go */
static const BadCase branch_cases[] = {
    {"package main\n\nfunc main() {\n\tgoto L\n\t{\n\tL:\n\t}\n\tx := 1\n\tgoto M\n\ty := 2\nM:\n\t_, _ = x, y\nN:\n\tfor {\n\t\tbreak\n\t}\n\tbreak\n\tcontinue\n\tfor {\n\t\tbreak Q\n\t\tcontinue N\n\t}\n\tswitch {\n\tcase true:\n\t\tfallthrough\n\tcase false:\n\t\tfallthrough\n\t}\n\tfunc() {\n\t\tbreak\n\t}()\nO:\n\tO:\n\t;\n}\n",
     "./x.go:4:7: goto L jumps into block starting at ./x.go:5:2\n./x.go:9:7: goto M jumps over declaration of y at ./x.go:10:4\n./x.go:17:2: break is not in a loop, switch, or select\n./x.go:18:2: continue is not in a loop\n./x.go:20:9: break label not defined: Q\n./x.go:21:12: invalid continue label N\n./x.go:27:3: cannot fallthrough final case in switch\n./x.go:30:3: break is not in a loop, switch, or select\n./x.go:32:1: label O defined and not used\n./x.go:33:2: label O already defined at ./x.go:32:1\n./x.go:32:1: too many errors\n"},
    {"package main\n\nfunc main() {\n\tvar x interface{}\n\tswitch x.(type) {\n\tcase int:\n\t\tfallthrough\n\tdefault:\n\t}\n\tgoto E\n\tif true {\n\t\tfallthrough\n\t}\nL:\n\tif true {\n\t\tbreak L\n\t}\n}\n",
     "./x.go:7:3: cannot fallthrough in type switch\n./x.go:10:7: label E not defined\n./x.go:12:3: fallthrough statement out of place\n./x.go:16:9: invalid break label L\n"},
    {"package main\n\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n\t\tswitch i {\n\t\tcase 0:\n\t\t\tfallthrough\n\t\tcase 1:\n\t\t\tcontinue\n\t\tdefault:\n\t\t\tbreak\n\t\t}\n\t}\nouter:\n\tfor {\n\t\tselect {\n\t\tdefault:\n\t\t\tbreak outer\n\t\t}\n\t}\n}\n",
     ""},
};

/* Misplaced and reserved compiler directives (noder's pragma checks), as
 * go build reports them (the second file's type error left out). */
static const BadCase directive_cases[] = {
    {"package main\n\n//go:noinline\nimport \"fmt\"\n\n//go:noinline\nvar x = 1\n\n//go:notinheap\ntype T struct{}\n\n//go:nosplit\ntype U struct{}\n\n//go:systemstack\nfunc f() {}\n\n//go:uintptrkeepalive\nfunc g() {}\n\n//go:linkname h\nfunc h() {}\n\n//go:linkname\nfunc i() {}\n\n//go:notinheap\nfunc j() {}\n\nfunc main() {\n\t//go:noinline\n\tx := 1 //go:nosplit\n\t_ = x\n\tfmt.Println()\n}\n\n//go:build ignore\n//go:noinline\n",
     "./x.go:15:3: //go:systemstack only allowed in runtime\n./x.go:18:3: //go:uintptrkeepalive is only allowed in the standard library\n./x.go:31:4: misplaced compiler directive\n./x.go:32:11: misplaced compiler directive\n./x.go:37:3: misplaced compiler directive\n./x.go:38:3: misplaced compiler directive\n"},
    {"package main\n\n//go:noinline\nvar x = 1\n\nfunc main() {\n\tx := 1 //go:nosplit\n\t_ = x\n\tvar y int = \"s\"\n}\n\n//go:noinline\n",
     "./x.go:7:11: misplaced compiler directive\n./x.go:12:3: misplaced compiler directive\n"},
};

/* The go command checks the package clause and imports itself and, on a
 * syntax error there, prints go/parser's first error (file named as
 * given) instead of compiling; only the first line of its output is kept
 * (the rest is gc's, for the files it does compile):
 *   GO111MODULE=off go build -o /dev/null x.go */
static const BadCase header_cases[] = {
    {"",
     "x.go:1:1: expected 'package', found 'EOF'\n"},
    {"// hello\n",
     "x.go:1:10: expected 'package', found 'EOF'\n"},
    {"func main() {}\n",
     "x.go:1:1: expected 'package', found 'func'\n"},
    {"package\n",
     "x.go:1:9: expected 'IDENT', found 'EOF'\n"},
    {"package main\nimport fmt\n",
     "x.go:2:11: expected 'STRING', found newline\n"},
    {"package main\nimport (\n\t\"fmt\"\n\tos\n)\n",
     "x.go:4:4: expected 'STRING', found newline\n"},
    {"package 1\n",
     "x.go:1:9: expected 'IDENT', found 1\n"},
    {"package main\n/* x",
     "x.go:2:1: comment not terminated\n"},
    {"package main\nimport \"fmt\nfunc main(){}\n",
     "x.go:2:8: string literal not terminated\n"},
    {"package main\nimport fmt\nimport os\n",
     "x.go:2:11: expected 'STRING', found newline\n"},
    {"package main\nimport \"fmt\" x\n",
     "./x.go:2:14: syntax error: unexpected x, expecting semicolon or newline\n"},
    {"package main\nimport (\"fmt\"; )\nimport . \"os\"\nimport _ 3\n",
     "x.go:4:10: expected 'STRING', found 3\n"},
    {"package main\nimport @\n",
     "x.go:2:8: illegal character U+0040 '@'\n"},
    {"  \n\n",
     "x.go:2:2: expected 'package', found 'EOF'\n"},
    {"package main\nimport ( \"a\"\n",
     "x.go:2:14: expected ')', found 'EOF'\n"},
};

static void check_cases(Fix *f, const BadCase *cases, size_t n);

static void header_errors_match_go_command(void **state) {
    Fix *f = *state;
    for (size_t i = 0; i < sizeof header_cases / sizeof header_cases[0]; i++) {
        const char *src = header_cases[i].src;
        f->dl.len = f->dl.nerrors = 0;
        f->f = parse_file(&f->a, "./x.go", src, (int)strlen(src), &f->dl);
        char got[1024] = "";
        if (f->dl.len > 0)
            snprintf(got, sizeof got, "%s:%d:%d: %s\n", f->dl.items[0].file,
                     f->dl.items[0].pos.line, f->dl.items[0].pos.col, f->dl.items[0].msg);
        if (strcmp(got, header_cases[i].want) != 0)
            fail_msg("case %zu:\ngot:\n%swant:\n%s", i, got, header_cases[i].want);
    }
}

static void check_cases(Fix *f, const BadCase *cases, size_t n) {
    for (size_t i = 0; i < n; i++) {
        const char *src = cases[i].src;
        f->dl.len = f->dl.nerrors = 0;
        f->f = parse_file(&f->a, "./x.go", src, (int)strlen(src), &f->dl);
        char got[4096];
        size_t len = 0;
        got[0] = 0;
        for (int j = 0; j < f->dl.len; j++) {
            const Diag *d = &f->dl.items[j];
            len += (size_t)snprintf(got + len, sizeof got - len, "%s:%d:%d: %s\n", d->file,
                                    d->pos.line, d->pos.col, d->msg);
        }
        if (strcmp(got, cases[i].want) != 0)
            fail_msg("case %zu:\ngot:\n%swant:\n%s", i, got, cases[i].want);
    }
}

static void branch_errors_match_gc(void **state) {
    check_cases(*state, branch_cases, sizeof branch_cases / sizeof branch_cases[0]);
}

static void directive_errors_match_gc(void **state) {
    check_cases(*state, directive_cases, sizeof directive_cases / sizeof directive_cases[0]);
}

static void std_files_may_use_reserved_directives(void **state) {
    Fix *f = *state;
    const char *src = "package runtime\n\n//go:systemstack\nfunc f() {}\n";
    f->f = parse_file_flags(&f->a, "x.go", src, (int)strlen(src), &f->dl, PARSE_STD);
    assert_int_equal(f->dl.len, 0);
    assert_true(f->f->root->list.items[0]->pragma & PRAGMA_SYSTEMSTACK);
    parse(f, src);
    assert_string_equal(errs(f), "3:3: //go:systemstack only allowed in runtime\n");
}

/* Every prefix of a valid file parses without crashing, and either
 * parses cleanly or reports at least one error. */
static void truncated_input_never_crashes(void **state) {
    Fix *f = *state;
    size_t n = strlen(d_go);
    for (size_t i = 0; i < n; i++) {
        Arena a;
        arena_init(&a);
        DiagList dl;
        diag_init(&dl, &a);
        File *file = parse_file(&a, "x.go", d_go, (int)i, &dl);
        assert_true(file != NULL || dl.len > 0);
        diag_free(&dl);
        arena_free(&a);
    }
    (void)f;
}

static void garbage_never_crashes(void **state) {
    (void)state;
    static const char alphabet[] = "(){}[];:,.=+-*/&|^<>!~\"'`\\ \n\tabcfx019"
                                   "\x00\xff\xc3 func if for go type var chan map struct";
    unsigned seed = 12345;
    char buf[256];
    for (int round = 0; round < 2000; round++) {
        size_t n = 10 + (size_t)(round % 200);
        memcpy(buf, "package p\n", 10);
        for (size_t i = 10; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            buf[i] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
        }
        Arena a;
        arena_init(&a);
        DiagList dl;
        diag_init(&dl, &a);
        parse_file(&a, "x.go", buf, (int)n, &dl);
        assert_true(dl.len <= 12);
        diag_free(&dl);
        arena_free(&a);
    }
}

static void deep_nesting_is_an_error_not_a_crash(void **state) {
    Fix *f = *state;
    const int depth = 100000;
    char *src = malloc((size_t)depth * 2 + 64);
    strcpy(src, "package p\nvar x = ");
    size_t len = strlen(src);
    for (int i = 0; i < depth; i++)
        src[len++] = '(';
    src[len++] = '1';
    for (int i = 0; i < depth; i++)
        src[len++] = ')';
    src[len++] = '\n';
    src[len] = 0;
    parse(f, src);
    assert_int_equal(f->dl.len, 1);
    assert_int_equal(f->dl.items[0].pos.line, 2);
    assert_non_null(strstr(f->dl.items[0].msg, "nesting too deep"));
    /* the same with blocks and with unary operators */
    strcpy(src, "package p\nfunc f() ");
    len = strlen(src);
    for (int i = 0; i < depth; i++)
        src[len++] = '{';
    src[len] = 0;
    parse(f, src);
    assert_non_null(strstr(errs(f), "nesting too deep"));
    strcpy(src, "package p\nvar x = ");
    len = strlen(src);
    for (int i = 0; i < depth; i++)
        src[len++] = i % 2 ? '-' : '^';
    strcpy(src + len, "1\n");
    parse(f, src);
    assert_non_null(strstr(errs(f), "nesting too deep"));
    free(src);
}

static void moderate_nesting_is_fine(void **state) {
    Fix *f = *state;
    char src[4096];
    strcpy(src, "package p\nvar x = ");
    size_t len = strlen(src);
    for (int i = 0; i < 200; i++)
        src[len++] = '(';
    src[len++] = '1';
    for (int i = 0; i < 200; i++)
        src[len++] = ')';
    src[len++] = '\n';
    src[len] = 0;
    parse(f, src);
    assert_string_equal(errs(f), "");
}

/* A 10,000-line file lexes and parses without error (its speed: make bench). */
static void ten_thousand_lines_parse(void **state) {
    Fix *f = *state;
    size_t cap = 1 << 20, len = 0;
    char *src = malloc(cap);
    len += (size_t)sprintf(src, "package p\n\n");
    for (int i = 0; len + 300 < cap && i < 1000; i++)
        len += (size_t)sprintf(src + len,
            "func f%d(a []int, m map[string]*T) (int, error) {\n"
            "\ts := 0\n\tfor i, v := range a {\n\t\ts += i * v\n\t}\n"
            "\tif x, ok := m[\"k\"]; ok && x != nil {\n\t\treturn s + x.n, nil\n\t}\n"
            "\treturn s, fmt.Errorf(\"bad %%d\", s)\n}\n", i);
    parse(f, src);
    /* correctness at size only: speed is measured by make bench */
    assert_string_equal(errs(f), "");
    assert_int_equal(f->f->root->list.len, 1000);
    free(src);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(positions_match_gc, setup, teardown),
        cmocka_unit_test_setup_teardown(ast_shape, setup, teardown),
        cmocka_unit_test_setup_teardown(directives_only_reach_the_next_func, setup, teardown),
        cmocka_unit_test_setup_teardown(syntax_errors_match_gc, setup, teardown),
        cmocka_unit_test_setup_teardown(branch_errors_match_gc, setup, teardown),
        cmocka_unit_test_setup_teardown(header_errors_match_go_command, setup, teardown),
        cmocka_unit_test_setup_teardown(directive_errors_match_gc, setup, teardown),
        cmocka_unit_test_setup_teardown(std_files_may_use_reserved_directives, setup, teardown),
        cmocka_unit_test_setup_teardown(truncated_input_never_crashes, setup, teardown),
        cmocka_unit_test_setup_teardown(garbage_never_crashes, setup, teardown),
        cmocka_unit_test_setup_teardown(deep_nesting_is_an_error_not_a_crash, setup, teardown),
        cmocka_unit_test_setup_teardown(moderate_nesting_is_fine, setup, teardown),
        cmocka_unit_test_setup_teardown(ten_thousand_lines_parse, setup, teardown),
    };
    return cmocka_run_group_tests_name("parse", tests, NULL, NULL);
}
