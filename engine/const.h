/* const.h - exact constant values for Go's untyped constant arithmetic.
 *
 * Go evaluates constant expressions exactly: untyped integers are
 * arbitrary-precision (types2 rejects results over 512 bits), and untyped
 * floats are exact enough that 1/3.0*3 == 1.  We represent every numeric
 * constant as a rational of two big integers (an integer has den == 1), so
 * +, -, *, / are exact; only conversion to float32/float64 rounds.
 *
 * All memory comes from the Arena passed in; values are immutable.
 */
#ifndef ESC_CONST_H
#define ESC_CONST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

/* Magnitude in little-endian 32-bit limbs; n == 0 means zero. */
typedef struct BigInt {
    uint32_t *d;
    int n;
    bool neg;
} BigInt;

typedef struct Rat {
    BigInt num, den;   /* den > 0, gcd(num, den) == 1 */
} Rat;

typedef enum ConstKind {
    CK_UNKNOWN,   /* not a constant, or an error already reported */
    CK_BOOL,
    CK_STRING,
    CK_INT,       /* re is an integer (den == 1) */
    CK_FLOAT,     /* re may be any rational */
    CK_COMPLEX,   /* re + im*i */
} ConstKind;

typedef struct Const {
    ConstKind kind;
    bool b;
    const char *s;     /* CK_STRING: bytes (may hold NULs) */
    size_t slen;
    Rat re, im;
} Const;

/* constructors */
Const const_bool(bool b);
Const const_string(Arena *a, const char *s, size_t n);
Const const_int64(Arena *a, int64_t v);
Const const_uint64(Arena *a, uint64_t v);
Const const_float64(Arena *a, double v);   /* exact value of the double */

/* Literals as the lexer gives them (with underscores, prefixes, quotes).
 * Return false if malformed. */
bool const_parse_int(Arena *a, const char *lit, int len, Const *out);
bool const_parse_float(Arena *a, const char *lit, int len, Const *out);
bool const_parse_imag(Arena *a, const char *lit, int len, Const *out);
bool const_parse_rune(Arena *a, const char *lit, int len, Const *out);
bool const_parse_string(Arena *a, const char *lit, int len, Const *out);

/* Arithmetic.  op is a TokKind (T_ADD, T_SUB, ...).  intdiv: for T_QUO on
 * two integer operands use truncated integer division.  Return false on
 * division by zero (caller reports). */
bool const_binary(Arena *a, int op, Const x, Const y, bool intdiv, Const *out);
bool const_unary(Arena *a, int op, Const x, Const *out);
/* x + y of two string constants, appending to b in place when x is the value
 * b built last.  The values of a chain s + "a" + "b" + ... then share one
 * buffer (each a prefix of the next, so only the last is NUL-terminated at
 * its slen) and a 7,000-term chain costs linear time and memory, where
 * copying at each step would be quadratic.  Start b as {NULL, 0, 0}. */
typedef struct ConstStrBuf {
    char *s;
    size_t len, cap;
} ConstStrBuf;
Const const_concat(Arena *a, ConstStrBuf *b, Const x, Const y);
  /* + - ^ ! */
/* x << s, x >> s (x an integer). */
Const const_shift(Arena *a, int op, Const x, unsigned s);
bool const_compare(int op, Const x, Const y);  /* == != < <= > >= */

/* Conversions between numeric kinds (exact; false if not representable,
 * e.g. 1.5 to int). */
bool const_to_int(Arena *a, Const x, Const *out);
bool const_to_float(Arena *a, Const x, Const *out);
bool const_to_complex(Arena *a, Const x, Const *out);

/* Bits needed for |integer| (0 for zero); sign separately. */
int const_bitlen(Const x);
bool const_is_neg(Const x);
bool const_is_int(Const x);         /* numeric with integral value, im == 0 */
bool const_get_int64(Const x, int64_t *v);
bool const_get_uint64(Const x, uint64_t *v);
double const_float_value(Const x);  /* nearest double (inf if too big) */
double const_imag_value(Const x);
/* Round x to float32 (bits 32) or float64 (64); false on overflow to inf. */
bool const_round_float(Arena *a, Const x, int bits, Const *out);

/* Value in Go syntax as gc prints it in messages: 42, 1.5, "s", true,
 * (1 + 2i).  Result in arena. */
const char *const_string_repr(Arena *a, Const x);

/* BigInt helpers exposed for tests. */
char *bigint_to_dec(Arena *a, const BigInt *x);
int bigint_cmp(const BigInt *x, const BigInt *y);

#endif
