/* fuzz_analyze.c - libFuzzer target: the whole analyzer on arbitrary bytes.
 *
 * The first input byte picks the mode (syntax only, -m -l, -m, -m=2), so one
 * target covers the lexer+parser alone and the checker, inliner and escape
 * analysis behind it.  Any crash, hang, leak or UB is a bug: bad Go must give
 * diagnostics, never a fault. */
#include <stddef.h>
#include <stdint.h>

#include "analyze.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0)
        return 0;
    AnalyzeOpts opts = {0};
    switch (data[0] & 3) {
    case 0: opts.syntax_only = true; break;
    case 1: opts.m = 1; opts.noinline = true; break;
    case 2: opts.m = 1; break;
    case 3: opts.m = 2; break;
    }
    Analysis *a = analyze_source("fuzz.go", (const char *)data + 1, size - 1, &opts);
    analysis_free(a);
    return 0;
}
