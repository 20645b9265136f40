/* fuzz_parse.c - libFuzzer target: the lexer and parser alone (with the
 * branch, directive and header checks), exprfmt on every declaration.
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -std=c11 \
 *     -D_DEFAULT_SOURCE -Iengine tests/parse/fuzz_parse.c engine/lex.c \
 *     engine/parse*.c engine/exprfmt.c engine/arena.c engine/diag.c -o fuzz_parse
 * Any crash, hang, leak or UB is a bug. */
#include <stddef.h>
#include <stdint.h>

#include "exprfmt.h"
#include "parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 1 << 20)
        return 0;
    Arena a;
    arena_init(&a);
    DiagList dl;
    diag_init(&dl, &a);
    File *f = parse_file(&a, "./fuzz.go", (const char *)data, (int)size, &dl);
    if (f) {
        for (int i = 0; i < f->root->list.len; i++) {
            Node *d = f->root->list.items[i];
            if (d->kind == N_VARDECL || d->kind == N_CONSTDECL)
                for (int j = 0; j < d->values.len; j++) {
                    expr_fmt(&a, d->values.items[j]);
                    expr_fmt_syntax(&a, d->values.items[j]);
                }
            if (d->type_)
                type_fmt(&a, d->type_);
        }
    }
    diag_free(&dl);
    arena_free(&a);
    return 0;
}
