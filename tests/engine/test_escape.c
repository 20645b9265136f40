/* test_escape.c - escape analysis end to end on small programs.
 *
 * Each expected output is what the real Go 1.19 compiler printed, pasted
 * verbatim (the "devirtualizing" line of the inlining phase removed):
 *     cd DIR && GO111MODULE=off go build -gcflags='FLAGS' -o /dev/null NAME.go
 * with FLAGS as given per case ('-m -l' or '-m=2 -l').
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "analyze.h"
#include "escape.h"

static const char t1_go[] =
    "package main\n"
    "\n"
    "type User struct {\n"
    "\tName string\n"
    "\tAge  int\n"
    "}\n"
    "\n"
    "func NewUser(name string) *User {\n"
    "\treturn &User{Name: name}\n"
    "}\n"
    "\n"
    "func NewUserValue(name string) User {\n"
    "\treturn User{Name: name}\n"
    "}\n"
    "\n"
    "func identity(p *int) *int {\n"
    "\treturn p\n"
    "}\n"
    "\n"
    "func deref(p *int) int {\n"
    "\treturn *p\n"
    "}\n"
    "\n"
    "var global *int\n"
    "\n"
    "func store(p *int) {\n"
    "\tglobal = p\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tu := NewUser(\"a\")\n"
    "\t_ = u\n"
    "\tv := NewUserValue(\"b\")\n"
    "\t_ = v\n"
    "\tx := 1\n"
    "\ty := identity(&x)\n"
    "\t_ = y\n"
    "\tz := 2\n"
    "\t_ = deref(&z)\n"
    "\tw := 3\n"
    "\tstore(&w)\n"
    "}\n";

static const char t3_go[] =
    "package main\n"
    "\n"
    "func makes(n int) {\n"
    "\ta := make([]int, 10)\n"
    "\tb := make([]int, n)\n"
    "\tc := make([]int64, 8192)\n"
    "\td := make([]int64, 8193)\n"
    "\tm := make(map[string]int)\n"
    "\tch := make(chan int, 1)\n"
    "\t_, _, _, _, _, _ = a, b, c, d, m, ch\n"
    "\tvar big [10 << 20]byte\n"
    "\tvar bigger [10<<20 + 1]byte\n"
    "\t_, _ = big, bigger\n"
    "\tp := new(int)\n"
    "\t_ = p\n"
    "\ts := []int{1, 2, 3}\n"
    "\t_ = s\n"
    "}\n"
    "\n"
    "func appendAll(xs []*int, y *int) []*int {\n"
    "\treturn append(xs, y)\n"
    "}\n"
    "\n"
    "func sum(xs ...int) int {\n"
    "\tt := 0\n"
    "\tfor _, x := range xs {\n"
    "\t\tt += x\n"
    "\t}\n"
    "\treturn t\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tmakes(3)\n"
    "\t_ = appendAll(nil, nil)\n"
    "\t_ = sum(1, 2, 3)\n"
    "}\n";

static const char t4_go[] =
    "package main\n"
    "\n"
    "import \"sync\"\n"
    "\n"
    "func worker(id int, ch chan *int, wg *sync.WaitGroup) {\n"
    "\tdefer wg.Done()\n"
    "\tv := id\n"
    "\tch <- &v\n"
    "}\n"
    "\n"
    "func loopDefer(mu *sync.Mutex) {\n"
    "\tfor i := 0; i < 3; i++ {\n"
    "\t\tmu.Lock()\n"
    "\t\tdefer mu.Unlock()\n"
    "\t}\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tvar wg sync.WaitGroup\n"
    "\tch := make(chan *int, 10)\n"
    "\tfor i := 0; i < 3; i++ {\n"
    "\t\twg.Add(1)\n"
    "\t\tgo worker(i, ch, &wg)\n"
    "\t}\n"
    "\twg.Wait()\n"
    "\tvar mu sync.Mutex\n"
    "\tloopDefer(&mu)\n"
    "\tf := func() { println(\"hi\") }\n"
    "\tf()\n"
    "\tfunc() { println(\"now\") }()\n"
    "\tgo func() { println(\"bg\") }()\n"
    "}\n";

static const char t5_go[] =
    "package main\n"
    "\n"
    "type Buf struct {\n"
    "\tdata []byte\n"
    "\tn    int\n"
    "}\n"
    "\n"
    "func (b *Buf) Reset() {\n"
    "\tb.data = b.data[:0]\n"
    "}\n"
    "\n"
    "func (b *Buf) Bytes() []byte {\n"
    "\treturn b.data\n"
    "}\n"
    "\n"
    "type Node struct {\n"
    "\tnext *Node\n"
    "\tval  int\n"
    "}\n"
    "\n"
    "func (n *Node) Push(v int) *Node {\n"
    "\treturn &Node{next: n, val: v}\n"
    "}\n"
    "\n"
    "func counter() func() int {\n"
    "\tc := 0\n"
    "\treturn func() int {\n"
    "\t\tc++\n"
    "\t\treturn c\n"
    "\t}\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tb := &Buf{}\n"
    "\tb.Reset()\n"
    "\t_ = b.Bytes()\n"
    "\tvar n *Node\n"
    "\tn = n.Push(1)\n"
    "\t_ = n\n"
    "\tf := counter()\n"
    "\t_ = f()\n"
    "\tm := map[string]*int{}\n"
    "\tk := 5\n"
    "\tm[\"a\"] = &k\n"
    "\tarr := [3]int{1, 2, 3}\n"
    "\tsl := arr[:]\n"
    "\t_ = sl\n"
    "}\n";

static const char t6_go[] =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"errors\"\n"
    "\t\"fmt\"\n"
    "\t\"strings\"\n"
    ")\n"
    "\n"
    "type Stack struct {\n"
    "\titems []int\n"
    "}\n"
    "\n"
    "func (s *Stack) Push(v int) {\n"
    "\ts.items = append(s.items, v)\n"
    "}\n"
    "\n"
    "func join(parts []string) string {\n"
    "\tvar b strings.Builder\n"
    "\tfor _, p := range parts {\n"
    "\t\tb.WriteString(p)\n"
    "\t}\n"
    "\treturn b.String()\n"
    "}\n"
    "\n"
    "func check(n int) error {\n"
    "\tif n < 0 {\n"
    "\t\treturn errors.New(\"negative\")\n"
    "\t}\n"
    "\treturn nil\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\ts := &Stack{}\n"
    "\ts.Push(1)\n"
    "\tfmt.Println(join([]string{\"a\", \"b\"}))\n"
    "\tif err := check(-1); err != nil {\n"
    "\t\tfmt.Println(err)\n"
    "\t}\n"
    "\tch := make(chan *Stack, 1)\n"
    "\tch <- s\n"
    "\tm := map[string]int{\"a\": 1}\n"
    "\tfor k, v := range m {\n"
    "\t\tfmt.Println(k, v)\n"
    "\t}\n"
    "\tvar i interface{} = 42\n"
    "\tswitch x := i.(type) {\n"
    "\tcase int:\n"
    "\t\tfmt.Println(x)\n"
    "\tcase *Stack:\n"
    "\t\t_ = x\n"
    "\t}\n"
    "}\n";

static const char ta_go[] =
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "type User struct{ Name string; Age int }\n"
    "\n"
    "func NewUserPointer() *User {\n"
    "\treturn &User{Name: \"a\"}\n"
    "}\n"
    "\n"
    "func Closure() func() int {\n"
    "\tx := 0\n"
    "\treturn func() int { x++; return x }\n"
    "}\n"
    "\n"
    "func Closure2() func() int {\n"
    "\tx := 0\n"
    "\treturn func() int { return x }\n"
    "}\n"
    "\n"
    "var g *int\n"
    "\n"
    "func glob() {\n"
    "\ty := 5\n"
    "\tg = &y\n"
    "}\n"
    "\n"
    "func loopd() {\n"
    "\tfor i := 0; i < 3; i++ {\n"
    "\t\tdefer fmt.Println(i)\n"
    "\t}\n"
    "\tdefer fmt.Println(\"x\")\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tu := NewUserPointer()\n"
    "\tfmt.Println(u, 42)\n"
    "\tf := Closure()\n"
    "\tf()\n"
    "\tglob()\n"
    "\tloopd()\n"
    "\tb := make([]byte, 1024*1024)\n"
    "\t_ = b\n"
    "}\n";

static const char tb_go[] =
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\tx := 1\n"
    "\tfmt.Println(x)\n"
    "\tfmt.Println(\"a\", x)\n"
    "\tfmt.Println(x, \"a\")\n"
    "\tvar s string = \"q\"\n"
    "\tfmt.Println(s)\n"
    "\tfmt.Println(x + 1)\n"
    "\tfmt.Printf(\"%d\\n\", x)\n"
    "}\n";

static const char tc_go[] =
    "package main\n"
    "\n"
    "type T struct{ a, b int }\n"
    "\n"
    "var sink interface{}\n"
    "\n"
    "func id(x interface{}) interface{} { return x }\n"
    "\n"
    "func r1(x int) interface{} {\n"
    "\treturn x\n"
    "}\n"
    "\n"
    "func r2(x int, y T) (interface{}, interface{}) {\n"
    "\treturn y, x\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tx := 1\n"
    "\tvar i interface{} = x\n"
    "\tsink = i\n"
    "\tvar j interface{}\n"
    "\tj = x\n"
    "\tsink = j\n"
    "\tsink = x\n"
    "\tt := T{1, 2}\n"
    "\tsink = t\n"
    "\tm := map[string]interface{}{\"a\": x, \"b\": t}\n"
    "\t_ = m\n"
    "\ts := []interface{}{x, t, 3}\n"
    "\tsink = s\n"
    "\tc := make(chan interface{}, 1)\n"
    "\tc <- x\n"
    "\tsink = id(x)\n"
    "\tsink = T{x, 2}\n"
    "\tk, l := r2(x, t)\n"
    "\t_, _ = k, l\n"
    "}\n";

typedef struct Case {
    const char *name, *src, *flags;
    int m;
    const char *want;
} Case;

static const Case cases[] = {
    {"t1.go", t1_go, "-m -l", 1,
    "./t1.go:8:14: leaking param: name\n"
    "./t1.go:9:9: &User{...} escapes to heap\n"
    "./t1.go:12:19: leaking param: name to result ~r0 level=0\n"
    "./t1.go:16:15: leaking param: p to result ~r0 level=0\n"
    "./t1.go:20:12: p does not escape\n"
    "./t1.go:26:12: leaking param: p\n"
    "./t1.go:40:2: moved to heap: w\n"},
    {"t1.go", t1_go, "-m=2 -l", 2,
    "./t1.go:9:9: &User{...} escapes to heap:\n"
    "./t1.go:9:9:   flow: ~r0 = &{storage for &User{...}}:\n"
    "./t1.go:9:9:     from &User{...} (spill) at ./t1.go:9:9\n"
    "./t1.go:9:9:     from return &User{...} (return) at ./t1.go:9:2\n"
    "./t1.go:8:14: parameter name leaks to {storage for &User{...}} with derefs=0:\n"
    "./t1.go:8:14:   flow: {storage for &User{...}} = name:\n"
    "./t1.go:8:14:     from User{...} (struct literal element) at ./t1.go:9:14\n"
    "./t1.go:8:14: leaking param: name\n"
    "./t1.go:9:9: &User{...} escapes to heap\n"
    "./t1.go:12:19: parameter name leaks to ~r0 with derefs=0:\n"
    "./t1.go:12:19:   flow: ~r0 = name:\n"
    "./t1.go:12:19:     from User{...} (struct literal element) at ./t1.go:13:13\n"
    "./t1.go:12:19:     from return User{...} (return) at ./t1.go:13:2\n"
    "./t1.go:12:19: leaking param: name to result ~r0 level=0\n"
    "./t1.go:16:15: parameter p leaks to ~r0 with derefs=0:\n"
    "./t1.go:16:15:   flow: ~r0 = p:\n"
    "./t1.go:16:15:     from return p (return) at ./t1.go:17:2\n"
    "./t1.go:16:15: leaking param: p to result ~r0 level=0\n"
    "./t1.go:20:12: p does not escape\n"
    "./t1.go:26:12: parameter p leaks to {heap} with derefs=0:\n"
    "./t1.go:26:12:   flow: {heap} = p:\n"
    "./t1.go:26:12:     from global = p (assign) at ./t1.go:27:9\n"
    "./t1.go:26:12: leaking param: p\n"
    "./t1.go:40:2: w escapes to heap:\n"
    "./t1.go:40:2:   flow: {heap} = &w:\n"
    "./t1.go:40:2:     from &w (address-of) at ./t1.go:41:8\n"
    "./t1.go:40:2:     from store(&w) (call parameter) at ./t1.go:41:7\n"
    "./t1.go:40:2: moved to heap: w\n"},
    {"t3.go", t3_go, "-m -l", 1,
    "./t3.go:12:6: moved to heap: bigger\n"
    "./t3.go:4:11: make([]int, 10) does not escape\n"
    "./t3.go:5:11: make([]int, n) escapes to heap\n"
    "./t3.go:6:11: make([]int64, 8192) does not escape\n"
    "./t3.go:7:11: make([]int64, 8193) escapes to heap\n"
    "./t3.go:8:11: make(map[string]int) does not escape\n"
    "./t3.go:14:10: new(int) does not escape\n"
    "./t3.go:16:12: []int{...} does not escape\n"
    "./t3.go:20:16: leaking param content: xs\n"
    "./t3.go:20:16: leaking param: xs to result ~r0 level=0\n"
    "./t3.go:20:27: leaking param: y\n"
    "./t3.go:24:10: xs does not escape\n"
    "./t3.go:35:9: ... argument does not escape\n"},
    {"t3.go", t3_go, "-m=2 -l", 2,
    "./t3.go:12:6: bigger escapes to heap:\n"
    "./t3.go:12:6:   flow: {heap} = &bigger:\n"
    "./t3.go:12:6:     from bigger (too large for stack) at ./t3.go:12:6\n"
    "./t3.go:5:11: make([]int, n) escapes to heap:\n"
    "./t3.go:5:11:   flow: {heap} = &{storage for make([]int, n)}:\n"
    "./t3.go:5:11:     from make([]int, n) (non-constant size) at ./t3.go:5:11\n"
    "./t3.go:7:11: make([]int64, 8193) escapes to heap:\n"
    "./t3.go:7:11:   flow: {heap} = &{storage for make([]int64, 8193)}:\n"
    "./t3.go:7:11:     from make([]int64, 8193) (too large for stack) at ./t3.go:7:11\n"
    "./t3.go:12:6: moved to heap: bigger\n"
    "./t3.go:4:11: make([]int, 10) does not escape\n"
    "./t3.go:5:11: make([]int, n) escapes to heap\n"
    "./t3.go:6:11: make([]int64, 8192) does not escape\n"
    "./t3.go:7:11: make([]int64, 8193) escapes to heap\n"
    "./t3.go:8:11: make(map[string]int) does not escape\n"
    "./t3.go:14:10: new(int) does not escape\n"
    "./t3.go:16:12: []int{...} does not escape\n"
    "./t3.go:20:27: parameter y leaks to {heap} with derefs=0:\n"
    "./t3.go:20:27:   flow: {heap} = y:\n"
    "./t3.go:20:27:     from append(xs, y) (call parameter) at ./t3.go:21:15\n"
    "./t3.go:20:16: parameter xs leaks to {heap} with derefs=1:\n"
    "./t3.go:20:16:   flow: {temp} = xs:\n"
    "./t3.go:20:16:     from append(xs, y) (call parameter) at ./t3.go:21:15\n"
    "./t3.go:20:16:   flow: {heap} = *{temp}:\n"
    "./t3.go:20:16:     from append(xs, y) (appendee slice) at ./t3.go:21:15\n"
    "./t3.go:20:16: parameter xs leaks to ~r0 with derefs=0:\n"
    "./t3.go:20:16:   flow: {temp} = xs:\n"
    "./t3.go:20:16:     from append(xs, y) (call parameter) at ./t3.go:21:15\n"
    "./t3.go:20:16:   flow: ~r0 = {temp}:\n"
    "./t3.go:20:16:     from return append(xs, y) (return) at ./t3.go:21:2\n"
    "./t3.go:20:16: leaking param content: xs\n"
    "./t3.go:20:16: leaking param: xs to result ~r0 level=0\n"
    "./t3.go:20:27: leaking param: y\n"
    "./t3.go:24:10: xs does not escape\n"
    "./t3.go:35:9: ... argument does not escape\n"},
    {"t4.go", t4_go, "-m -l", 1,
    "./t4.go:5:21: ch does not escape\n"
    "./t4.go:5:35: leaking param: wg\n"
    "./t4.go:7:2: moved to heap: v\n"
    "./t4.go:11:16: leaking param: mu\n"
    "./t4.go:19:6: moved to heap: wg\n"
    "./t4.go:26:6: moved to heap: mu\n"
    "./t4.go:28:7: func literal does not escape\n"
    "./t4.go:30:2: func literal does not escape\n"
    "./t4.go:31:5: func literal escapes to heap\n"},
    {"t5.go", t5_go, "-m -l", 1,
    "./t5.go:9:9: (*Buf).Reset ignoring self-assignment in b.data = b.data[:0]\n"
    "./t5.go:8:7: b does not escape\n"
    "./t5.go:12:7: leaking param: b to result ~r0 level=1\n"
    "./t5.go:21:7: leaking param: n\n"
    "./t5.go:22:9: &Node{...} escapes to heap\n"
    "./t5.go:26:2: moved to heap: c\n"
    "./t5.go:27:9: func literal escapes to heap\n"
    "./t5.go:43:2: moved to heap: k\n"
    "./t5.go:34:7: &Buf{} does not escape\n"
    "./t5.go:42:22: map[string]*int{} does not escape\n"},
    {"t5.go", t5_go, "-m=2 -l", 2,
    "./t5.go:9:9: (*Buf).Reset ignoring self-assignment in b.data = b.data[:0]\n"
    "./t5.go:8:7: b does not escape\n"
    "./t5.go:12:7: parameter b leaks to ~r0 with derefs=1:\n"
    "./t5.go:12:7:   flow: ~r0 = *b:\n"
    "./t5.go:12:7:     from b.data (dot of pointer) at ./t5.go:13:10\n"
    "./t5.go:12:7:     from return b.data (return) at ./t5.go:13:2\n"
    "./t5.go:12:7: leaking param: b to result ~r0 level=1\n"
    "./t5.go:22:9: &Node{...} escapes to heap:\n"
    "./t5.go:22:9:   flow: ~r0 = &{storage for &Node{...}}:\n"
    "./t5.go:22:9:     from &Node{...} (spill) at ./t5.go:22:9\n"
    "./t5.go:22:9:     from return &Node{...} (return) at ./t5.go:22:2\n"
    "./t5.go:21:7: parameter n leaks to {storage for &Node{...}} with derefs=0:\n"
    "./t5.go:21:7:   flow: {storage for &Node{...}} = n:\n"
    "./t5.go:21:7:     from Node{...} (struct literal element) at ./t5.go:22:14\n"
    "./t5.go:21:7: leaking param: n\n"
    "./t5.go:22:9: &Node{...} escapes to heap\n"
    "./t5.go:26:2: counter capturing by ref: c (addr=false assign=true width=8)\n"
    "./t5.go:27:9: func literal escapes to heap:\n"
    "./t5.go:27:9:   flow: ~r0 = &{storage for func literal}:\n"
    "./t5.go:27:9:     from func literal (spill) at ./t5.go:27:9\n"
    "./t5.go:27:9:     from return func literal (return) at ./t5.go:27:2\n"
    "./t5.go:26:2: c escapes to heap:\n"
    "./t5.go:26:2:   flow: {storage for func literal} = &c:\n"
    "./t5.go:26:2:     from c (captured by a closure) at ./t5.go:28:3\n"
    "./t5.go:26:2:     from c (reference) at ./t5.go:28:3\n"
    "./t5.go:26:2: moved to heap: c\n"
    "./t5.go:27:9: func literal escapes to heap\n"
    "./t5.go:43:2: k escapes to heap:\n"
    "./t5.go:43:2:   flow: {heap} = &k:\n"
    "./t5.go:43:2:     from &k (address-of) at ./t5.go:44:11\n"
    "./t5.go:43:2:     from m[\"a\"] = &k (assign) at ./t5.go:44:9\n"
    "./t5.go:43:2: moved to heap: k\n"
    "./t5.go:34:7: &Buf{} does not escape\n"
    "./t5.go:42:22: map[string]*int{} does not escape\n"},
    {"t6.go", t6_go, "-m -l", 1,
    "./t6.go:13:7: leaking param content: s\n"
    "./t6.go:17:11: parts does not escape\n"
    "./t6.go:33:7: &Stack{} escapes to heap\n"
    "./t6.go:35:13: ... argument does not escape\n"
    "./t6.go:35:18: join([]string{...}) escapes to heap\n"
    "./t6.go:35:27: []string{...} does not escape\n"
    "./t6.go:37:14: ... argument does not escape\n"
    "./t6.go:41:21: map[string]int{...} does not escape\n"
    "./t6.go:43:14: ... argument does not escape\n"
    "./t6.go:43:14: k escapes to heap\n"
    "./t6.go:43:14: v escapes to heap\n"
    "./t6.go:45:6: 42 does not escape\n"
    "./t6.go:48:14: ... argument does not escape\n"
    "./t6.go:48:14: x escapes to heap\n"},
    {"ta.go", ta_go, "-m -l", 1,
    "./ta.go:8:9: &User{...} escapes to heap\n"
    "./ta.go:12:2: moved to heap: x\n"
    "./ta.go:13:9: func literal escapes to heap\n"
    "./ta.go:18:9: func literal escapes to heap\n"
    "./ta.go:24:2: moved to heap: y\n"
    "./ta.go:30:20: i escapes to heap\n"
    "./ta.go:30:20: ... argument does not escape\n"
    "./ta.go:32:20: \"x\" escapes to heap\n"
    "./ta.go:32:19: ... argument does not escape\n"
    "./ta.go:37:13: ... argument does not escape\n"
    "./ta.go:37:17: 42 escapes to heap\n"
    "./ta.go:42:11: make([]byte, 1024 * 1024) escapes to heap\n"},
    {"ta.go", ta_go, "-m=2 -l", 2,
    "./ta.go:8:9: &User{...} escapes to heap:\n"
    "./ta.go:8:9:   flow: ~r0 = &{storage for &User{...}}:\n"
    "./ta.go:8:9:     from &User{...} (spill) at ./ta.go:8:9\n"
    "./ta.go:8:9:     from return &User{...} (return) at ./ta.go:8:2\n"
    "./ta.go:8:9: &User{...} escapes to heap\n"
    "./ta.go:12:2: Closure capturing by ref: x (addr=false assign=true width=8)\n"
    "./ta.go:13:9: func literal escapes to heap:\n"
    "./ta.go:13:9:   flow: ~r0 = &{storage for func literal}:\n"
    "./ta.go:13:9:     from func literal (spill) at ./ta.go:13:9\n"
    "./ta.go:13:9:     from return func literal (return) at ./ta.go:13:2\n"
    "./ta.go:12:2: x escapes to heap:\n"
    "./ta.go:12:2:   flow: {storage for func literal} = &x:\n"
    "./ta.go:12:2:     from x (captured by a closure) at ./ta.go:13:22\n"
    "./ta.go:12:2:     from x (reference) at ./ta.go:13:22\n"
    "./ta.go:12:2: moved to heap: x\n"
    "./ta.go:13:9: func literal escapes to heap\n"
    "./ta.go:17:2: Closure2 capturing by value: x (addr=false assign=false width=8)\n"
    "./ta.go:18:9: func literal escapes to heap:\n"
    "./ta.go:18:9:   flow: ~r0 = &{storage for func literal}:\n"
    "./ta.go:18:9:     from func literal (spill) at ./ta.go:18:9\n"
    "./ta.go:18:9:     from return func literal (return) at ./ta.go:18:2\n"
    "./ta.go:18:9: func literal escapes to heap\n"
    "./ta.go:24:2: y escapes to heap:\n"
    "./ta.go:24:2:   flow: {heap} = &y:\n"
    "./ta.go:24:2:     from &y (address-of) at ./ta.go:25:6\n"
    "./ta.go:24:2:     from g = &y (assign) at ./ta.go:25:4\n"
    "./ta.go:24:2: moved to heap: y\n"
    "./ta.go:30:3: func literal escapes to heap:\n"
    "./ta.go:30:3:   flow: {heap} = &{storage for func literal}:\n"
    "./ta.go:30:3:     from func literal (spill) at ./ta.go:30:3\n"
    "./ta.go:30:20: loopd capturing by value: .autotmp_1 (addr=false assign=false width=16)\n"
    "./ta.go:32:20: loopd capturing by value: .autotmp_2 (addr=false assign=false width=16)\n"
    "./ta.go:32:20: \"x\" escapes to heap:\n"
    "./ta.go:32:20:   flow: .autotmp_2 = &{storage for \"x\"}:\n"
    "./ta.go:32:20:     from \"x\" (spill) at ./ta.go:32:20\n"
    "./ta.go:32:20:     from .autotmp_2 = \"x\" (assign) at ./ta.go:32:20\n"
    "./ta.go:32:20:   flow: {storage for ... argument} = .autotmp_2:\n"
    "./ta.go:32:20:     from ... argument (slice-literal-element) at ./ta.go:32:19\n"
    "./ta.go:32:20:   flow: {heap} = {storage for ... argument}:\n"
    "./ta.go:32:20:     from ... argument (spill) at ./ta.go:32:19\n"
    "./ta.go:32:20:     from fmt.Println(... argument...) (call parameter) at ./ta.go:32:19\n"
    "./ta.go:30:20: i escapes to heap:\n"
    "./ta.go:30:20:   flow: .autotmp_1 = &{storage for i}:\n"
    "./ta.go:30:20:     from i (spill) at ./ta.go:30:20\n"
    "./ta.go:30:20:     from .autotmp_1 = i (assign) at ./ta.go:30:20\n"
    "./ta.go:30:20:   flow: {storage for ... argument} = .autotmp_1:\n"
    "./ta.go:30:20:     from ... argument (slice-literal-element) at ./ta.go:30:20\n"
    "./ta.go:30:20:   flow: {heap} = {storage for ... argument}:\n"
    "./ta.go:30:20:     from ... argument (spill) at ./ta.go:30:20\n"
    "./ta.go:30:20:     from fmt.Println(... argument...) (call parameter) at ./ta.go:30:20\n"
    "./ta.go:30:20: i escapes to heap\n"
    "./ta.go:30:20: ... argument does not escape\n"
    "./ta.go:32:20: \"x\" escapes to heap\n"
    "./ta.go:32:19: ... argument does not escape\n"
    "./ta.go:42:11: make([]byte, 1024 * 1024) escapes to heap:\n"
    "./ta.go:42:11:   flow: {heap} = &{storage for make([]byte, 1024 * 1024)}:\n"
    "./ta.go:42:11:     from make([]byte, 1024 * 1024) (too large for stack) at ./ta.go:42:11\n"
    "./ta.go:37:17: 42 escapes to heap:\n"
    "./ta.go:37:17:   flow: {storage for ... argument} = &{storage for 42}:\n"
    "./ta.go:37:17:     from 42 (spill) at ./ta.go:37:17\n"
    "./ta.go:37:17:     from ... argument (slice-literal-element) at ./ta.go:37:13\n"
    "./ta.go:37:17:   flow: {heap} = {storage for ... argument}:\n"
    "./ta.go:37:17:     from ... argument (spill) at ./ta.go:37:13\n"
    "./ta.go:37:17:     from fmt.Println(... argument...) (call parameter) at ./ta.go:37:13\n"
    "./ta.go:37:13: ... argument does not escape\n"
    "./ta.go:37:17: 42 escapes to heap\n"
    "./ta.go:42:11: make([]byte, 1024 * 1024) escapes to heap\n"},
    {"tb.go", tb_go, "-m -l", 1,
    "./tb.go:7:13: ... argument does not escape\n"
    "./tb.go:7:13: x escapes to heap\n"
    "./tb.go:8:13: ... argument does not escape\n"
    "./tb.go:8:14: \"a\" escapes to heap\n"
    "./tb.go:8:14: x escapes to heap\n"
    "./tb.go:9:13: ... argument does not escape\n"
    "./tb.go:9:13: x escapes to heap\n"
    "./tb.go:9:17: \"a\" escapes to heap\n"
    "./tb.go:11:13: ... argument does not escape\n"
    "./tb.go:11:13: s escapes to heap\n"
    "./tb.go:12:13: ... argument does not escape\n"
    "./tb.go:12:16: x + 1 escapes to heap\n"
    "./tb.go:13:12: ... argument does not escape\n"
    "./tb.go:13:13: x escapes to heap\n"},
    {"tc.go", tc_go, "-m -l", 1,
    "./tc.go:7:9: leaking param: x to result ~r0 level=0\n"
    "./tc.go:10:9: x escapes to heap\n"
    "./tc.go:14:12: y escapes to heap\n"
    "./tc.go:14:12: x escapes to heap\n"
    "./tc.go:19:22: x escapes to heap\n"
    "./tc.go:22:2: x escapes to heap\n"
    "./tc.go:24:2: x escapes to heap\n"
    "./tc.go:26:2: t escapes to heap\n"
    "./tc.go:27:29: map[string]interface {}{...} does not escape\n"
    "./tc.go:27:33: x escapes to heap\n"
    "./tc.go:27:41: t escapes to heap\n"
    "./tc.go:29:20: []interface {}{...} escapes to heap\n"
    "./tc.go:29:21: x escapes to heap\n"
    "./tc.go:29:24: t escapes to heap\n"
    "./tc.go:29:27: 3 escapes to heap\n"
    "./tc.go:30:2: s escapes to heap\n"
    "./tc.go:32:7: x escapes to heap\n"
    "./tc.go:33:11: x escapes to heap\n"
    "./tc.go:34:2: T{...} escapes to heap\n"},
};

/* The escape analysis' lines, as gc prints them. */
static char *escape_lines(const Analysis *an) {
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    buf[0] = 0;
    for (int i = 0; i < an->diags.len; i++) {
        const Diag *d = &an->diags.items[i];
        if (d->kind == DK_CAN_INLINE || d->kind == DK_CANNOT_INLINE ||
            d->kind == DK_INLINE_CALL || d->kind == DK_DEVIRTUALIZE)
            continue;
        char line[1024];
        int n = snprintf(line, sizeof line, "%s:%d:%d: %s\n", d->file, d->pos.line,
                         d->pos.col, d->msg);
        if (n < 0)
            continue;
        while (len + (size_t)n + 1 > cap)
            buf = realloc(buf, cap *= 2);
        memcpy(buf + len, line, (size_t)n + 1);
        len += (size_t)n;
    }
    return buf;
}

static void run_case(const Case *c) {
    AnalyzeOpts o = {0};
    o.m = c->m;
    o.noinline = true;
    Analysis *an = analyze_source(c->name, c->src, strlen(c->src), &o);
    assert_non_null(an);
    char *got = escape_lines(an);
    if (strcmp(got, c->want) != 0)
        fprintf(stderr, "%s (%s)\n--- want\n%s--- got\n%s", c->name, c->flags, c->want, got);
    assert_string_equal(got, c->want);
    free(got);
    analysis_free(an);
}

static void each_case_matches_gc(void **state) {
    const Case *c = *state;
    run_case(c);
}

static const Diag *find_diag(const Analysis *an, int line, int col, const char *msg) {
    for (int i = 0; i < an->diags.len; i++) {
        const Diag *d = &an->diags.items[i];
        if (d->pos.line == line && d->pos.col == col && !strcmp(d->msg, msg))
            return d;
    }
    return NULL;
}

/* Each decision carries a plain-language reason from its flow. */
static void reasons_follow_the_flow(void **state) {
    (void)state;
    AnalyzeOpts o = {0};
    o.m = 1;
    o.noinline = true;
    Analysis *an = analyze_source("ta.go", ta_go, strlen(ta_go), &o);
    const Diag *d = find_diag(an, 8, 9, "&User{...} escapes to heap");
    assert_non_null(d);
    assert_string_equal(d->reason, "returned to the caller");
    d = find_diag(an, 12, 2, "moved to heap: x");
    assert_non_null(d);
    assert_string_equal(d->reason, "captured by a closure that escapes");
    d = find_diag(an, 24, 2, "moved to heap: y");
    assert_non_null(d);
    assert_string_equal(d->reason, "assigned to the global g");
    d = find_diag(an, 42, 11, "make([]byte, 1024 * 1024) escapes to heap");
    assert_non_null(d);
    assert_string_equal(d->reason, "too large for the stack: 1 MiB > 64 KiB");
    d = find_diag(an, 37, 17, "42 escapes to heap");
    assert_non_null(d);
    assert_non_null(strstr(d->reason, "interface"));
    assert_non_null(strstr(d->reason, "fmt.Println"));
    analysis_free(an);
}

static const EscVar *find_var(const EscResult *r, const char *fn, const char *name,
                              const EscFuncInfo **fi) {
    for (int i = 0; i < r->nfuncs; i++) {
        if (strcmp(r->funcs[i].name, fn))
            continue;
        *fi = &r->funcs[i];
        for (int j = 0; j < r->funcs[i].nvars; j++)
            if (!strcmp(r->funcs[i].vars[j].name, name))
                return &r->funcs[i].vars[j];
    }
    return NULL;
}

/* The memory picture: frames, heap, pointers. */
static void picture_has_frames_and_pointers(void **state) {
    (void)state;
    AnalyzeOpts o = {0};
    o.m = 1;
    o.noinline = true;
    Analysis *an = analyze_source("t1.go", t1_go, strlen(t1_go), &o);
    const EscResult *r = analysis_escape(an);
    assert_non_null(r);
    const EscFuncInfo *fi = NULL;
    const EscVar *alloc = find_var(r, "NewUser", "&User{...}", &fi);
    assert_non_null(alloc);
    assert_int_equal(alloc->kind, EV_ALLOC);
    assert_true(alloc->heap);
    const EscVar *res = find_var(r, "NewUser", "~r0", &fi);
    assert_non_null(res);
    assert_int_equal(res->npoints_to, 1);
    assert_ptr_equal(&fi->vars[res->points_to[0]], alloc);
    const EscVar *name = find_var(r, "NewUser", "name", &fi);
    assert_non_null(name);
    assert_true(name->leaks);
    const EscVar *w = find_var(r, "main", "w", &fi);
    assert_non_null(w);
    assert_true(w->heap);
    const EscVar *x = find_var(r, "main", "x", &fi);
    assert_non_null(x);
    assert_false(x->heap);
    analysis_free(an);
}

/* Code the analysis cannot see (a syntax error) gives no picture. */
static void no_picture_without_analysis(void **state) {
    (void)state;
    AnalyzeOpts o = {0};
    o.m = 1;
    const char *src = "package main\nfunc main() {\n";
    Analysis *an = analyze_source("bad.go", src, strlen(src), &o);
    assert_null(analysis_escape(an));
    analysis_free(an);
}

int main(void) {
    struct CMUnitTest tests[sizeof cases / sizeof cases[0]];
    char names[sizeof cases / sizeof cases[0]][64];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(names[i], sizeof names[i], "%s %s", cases[i].name, cases[i].flags);
        tests[i] = (struct CMUnitTest){names[i], each_case_matches_gc, NULL, NULL,
                                       (void *)&cases[i]};
    }
    int failed = cmocka_run_group_tests_name("escape", tests, NULL, NULL);
    const struct CMUnitTest more[] = {
        cmocka_unit_test(reasons_follow_the_flow),
        cmocka_unit_test(picture_has_frames_and_pointers),
        cmocka_unit_test(no_picture_without_analysis),
    };
    return failed + cmocka_run_group_tests_name("escape_api", more, NULL, NULL);
}
