/* const.c - exact constant arithmetic: big integers and rationals.
 *
 * Small and simple over fast: constants in Go programs are few and short,
 * so schoolbook multiplication and bitwise long division are plenty. */
#include "const.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"

/* ------------------------------------------------------------- BigInt */

static BigInt big_alloc(Arena *a, int n) {
    BigInt r;
    r.d = n ? arena_alloc(a, sizeof(uint32_t) * (size_t)n) : NULL;
    r.n = n;
    r.neg = false;
    return r;
}

static BigInt big_norm(BigInt x) {
    while (x.n > 0 && x.d[x.n - 1] == 0)
        x.n--;
    if (x.n == 0)
        x.neg = false;
    return x;
}

static BigInt big_u64(Arena *a, uint64_t v) {
    BigInt r = big_alloc(a, 2);
    r.d[0] = (uint32_t)v;
    r.d[1] = (uint32_t)(v >> 32);
    return big_norm(r);
}

static int mag_cmp(const BigInt *x, const BigInt *y) {
    if (x->n != y->n)
        return x->n < y->n ? -1 : 1;
    for (int i = x->n - 1; i >= 0; i--)
        if (x->d[i] != y->d[i])
            return x->d[i] < y->d[i] ? -1 : 1;
    return 0;
}

int bigint_cmp(const BigInt *x, const BigInt *y) {
    if (x->neg != y->neg)
        return x->neg ? -1 : 1;
    int c = mag_cmp(x, y);
    return x->neg ? -c : c;
}

static BigInt mag_add(Arena *a, const BigInt *x, const BigInt *y) {
    int n = (x->n > y->n ? x->n : y->n) + 1;
    BigInt r = big_alloc(a, n);
    uint64_t carry = 0;
    for (int i = 0; i < n; i++) {
        uint64_t s = carry;
        if (i < x->n) s += x->d[i];
        if (i < y->n) s += y->d[i];
        r.d[i] = (uint32_t)s;
        carry = s >> 32;
    }
    return big_norm(r);
}

/* |x| - |y|, requires |x| >= |y| */
static BigInt mag_sub(Arena *a, const BigInt *x, const BigInt *y) {
    BigInt r = big_alloc(a, x->n);
    int64_t borrow = 0;
    for (int i = 0; i < x->n; i++) {
        int64_t s = (int64_t)x->d[i] - borrow - (i < y->n ? (int64_t)y->d[i] : 0);
        borrow = s < 0;
        r.d[i] = (uint32_t)(s + (borrow ? ((int64_t)1 << 32) : 0));
    }
    return big_norm(r);
}

static BigInt big_add(Arena *a, BigInt x, BigInt y) {
    BigInt r;
    if (x.neg == y.neg) {
        r = mag_add(a, &x, &y);
        r.neg = x.neg;
    } else if (mag_cmp(&x, &y) >= 0) {
        r = mag_sub(a, &x, &y);
        r.neg = x.neg;
    } else {
        r = mag_sub(a, &y, &x);
        r.neg = y.neg;
    }
    return big_norm(r);
}

static BigInt big_neg(BigInt x) {
    if (x.n)
        x.neg = !x.neg;
    return x;
}


static BigInt big_mul(Arena *a, BigInt x, BigInt y) {
    if (!x.n || !y.n)
        return big_alloc(a, 0);
    BigInt r = big_alloc(a, x.n + y.n);
    for (int i = 0; i < x.n; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < y.n; j++) {
            uint64_t t = (uint64_t)x.d[i] * y.d[j] + r.d[i + j] + carry;
            r.d[i + j] = (uint32_t)t;
            carry = t >> 32;
        }
        r.d[i + y.n] = (uint32_t)carry;
    }
    r.neg = x.neg != y.neg;
    return big_norm(r);
}

static int big_bitlen(const BigInt *x) {
    if (!x->n)
        return 0;
    uint32_t top = x->d[x->n - 1];
    int b = 0;
    while (top) {
        b++;
        top >>= 1;
    }
    return (x->n - 1) * 32 + b;
}

static int big_bit(const BigInt *x, int i) {
    int w = i / 32;
    return w < x->n ? (x->d[w] >> (i % 32)) & 1 : 0;
}

static BigInt mag_shl(Arena *a, const BigInt *x, unsigned s) {
    if (!x->n)
        return *x;
    int words = (int)(s / 32), bits = (int)(s % 32);
    BigInt r = big_alloc(a, x->n + words + 1);
    for (int i = 0; i < x->n; i++) {
        uint64_t v = (uint64_t)x->d[i] << bits;
        r.d[i + words] |= (uint32_t)v;
        r.d[i + words + 1] |= (uint32_t)(v >> 32);
    }
    r.neg = x->neg;
    return big_norm(r);
}

static BigInt mag_shr(Arena *a, const BigInt *x, unsigned s) {
    int words = (int)(s / 32), bits = (int)(s % 32);
    if (words >= x->n)
        return big_alloc(a, 0);
    BigInt r = big_alloc(a, x->n - words);
    for (int i = 0; i < r.n; i++) {
        uint64_t v = x->d[i + words];
        if (i + words + 1 < x->n)
            v |= (uint64_t)x->d[i + words + 1] << 32;
        r.d[i] = (uint32_t)(v >> bits);
    }
    r.neg = x->neg;
    return big_norm(r);
}

/* Truncated division of magnitudes: q = |x| / |y|, r = |x| % |y|. */
static void mag_divmod(Arena *a, const BigInt *x, const BigInt *y, BigInt *q,
                       BigInt *r) {
    if (mag_cmp(x, y) < 0) {
        *q = big_alloc(a, 0);
        *r = *x;
        r->neg = false;
        return;
    }
    if (y->n == 1) {   /* fast path: one-limb divisor */
        BigInt qq = big_alloc(a, x->n);
        uint64_t rem = 0;
        for (int i = x->n - 1; i >= 0; i--) {
            uint64_t cur = (rem << 32) | x->d[i];
            qq.d[i] = (uint32_t)(cur / y->d[0]);
            rem = cur % y->d[0];
        }
        *q = big_norm(qq);
        *r = big_u64(a, rem);
        return;
    }
    int nb = big_bitlen(x);
    BigInt qq = big_alloc(a, x->n);
    BigInt rem = big_alloc(a, y->n + 1);
    rem.n = 0;
    BigInt ym = *y;
    ym.neg = false;
    for (int i = nb - 1; i >= 0; i--) {
        /* rem = rem*2 + bit */
        uint32_t carry = (uint32_t)big_bit(x, i);
        for (int k = 0; k < rem.n; k++) {
            uint32_t nc = rem.d[k] >> 31;
            rem.d[k] = (rem.d[k] << 1) | carry;
            carry = nc;
        }
        if (carry)
            rem.d[rem.n++] = carry;
        if (mag_cmp(&rem, &ym) >= 0) {
            /* rem -= y in place */
            int64_t borrow = 0;
            for (int k = 0; k < rem.n; k++) {
                int64_t s = (int64_t)rem.d[k] - borrow - (k < ym.n ? (int64_t)ym.d[k] : 0);
                borrow = s < 0;
                rem.d[k] = (uint32_t)(s + (borrow ? ((int64_t)1 << 32) : 0));
            }
            while (rem.n > 0 && rem.d[rem.n - 1] == 0)
                rem.n--;
            qq.d[i / 32] |= 1u << (i % 32);
        }
    }
    *q = big_norm(qq);
    BigInt rr = big_alloc(a, rem.n);
    if (rem.n)
        memcpy(rr.d, rem.d, sizeof(uint32_t) * (size_t)rem.n);
    *r = big_norm(rr);
}

/* truncated quotient and remainder with Go's signs */
static void big_quorem(Arena *a, BigInt x, BigInt y, BigInt *q, BigInt *r) {
    mag_divmod(a, &x, &y, q, r);
    q->neg = q->n && (x.neg != y.neg);
    r->neg = r->n && x.neg;
}

static BigInt big_gcd(Arena *a, BigInt x, BigInt y) {
    x.neg = y.neg = false;
    while (y.n) {
        BigInt q, r;
        mag_divmod(a, &x, &y, &q, &r);
        x = y;
        y = r;
    }
    return x;
}

static bool big_is_one(const BigInt *x) { return x->n == 1 && x->d[0] == 1 && !x->neg; }

char *bigint_to_dec(Arena *a, const BigInt *x) {
    if (!x->n)
        return arena_strdup(a, "0");
    int cap = x->n * 10 + 2;
    char *buf = arena_alloc(a, (size_t)cap + 1);
    int pos = cap;
    buf[pos] = 0;
    BigInt t = *x;
    t.neg = false;
    BigInt ten9 = big_u64(a, 1000000000u);
    while (t.n) {
        BigInt q, r;
        mag_divmod(a, &t, &ten9, &q, &r);
        uint32_t chunk = r.n ? r.d[0] : 0;
        for (int i = 0; i < 9; i++) {
            buf[--pos] = (char)('0' + chunk % 10);
            chunk /= 10;
            if (!q.n && !chunk)
                break;
        }
        t = q;
    }
    while (buf[pos] == '0' && buf[pos + 1])
        pos++;
    if (x->neg)
        buf[--pos] = '-';
    return buf + pos;
}

/* Two's complement bitwise ops on arbitrary-precision ints: extend both to
 * a common width plus a sign word, operate, convert back. */
static void to_twos(const BigInt *x, uint32_t *w, int n) {
    for (int i = 0; i < n; i++)
        w[i] = i < x->n ? x->d[i] : 0;
    if (x->neg) {
        uint64_t carry = 1;
        for (int i = 0; i < n; i++) {
            uint64_t v = (uint64_t)(uint32_t)~w[i] + carry;
            w[i] = (uint32_t)v;
            carry = v >> 32;
        }
    }
}

static BigInt from_twos(Arena *a, uint32_t *w, int n) {
    BigInt r = big_alloc(a, n);
    bool neg = w[n - 1] >> 31;
    if (neg) {
        uint64_t carry = 1;
        for (int i = 0; i < n; i++) {
            uint64_t v = (uint64_t)(uint32_t)~w[i] + carry;
            r.d[i] = (uint32_t)v;
            carry = v >> 32;
        }
    } else {
        memcpy(r.d, w, sizeof(uint32_t) * (size_t)n);
    }
    r.neg = neg;
    return big_norm(r);
}

static BigInt big_bitop(Arena *a, int op, BigInt x, BigInt y) {
    int n = (x.n > y.n ? x.n : y.n) + 1;
    uint32_t *wx = arena_alloc(a, sizeof(uint32_t) * (size_t)n);
    uint32_t *wy = arena_alloc(a, sizeof(uint32_t) * (size_t)n);
    to_twos(&x, wx, n);
    to_twos(&y, wy, n);
    for (int i = 0; i < n; i++) {
        switch (op) {
        case T_AND: wx[i] &= wy[i]; break;
        case T_OR: wx[i] |= wy[i]; break;
        case T_XOR: wx[i] ^= wy[i]; break;
        case T_AND_NOT: wx[i] &= ~wy[i]; break;
        }
    }
    return from_twos(a, wx, n);
}

/* ----------------------------------------------------------- rationals */

static BigInt big_one(Arena *a) { return big_u64(a, 1); }

static Rat rat_make(Arena *a, BigInt num, BigInt den) {
    if (den.neg) {
        den.neg = false;
        num = big_neg(num);
    }
    if (!num.n)
        return (Rat){num, big_one(a)};
    if (!big_is_one(&den)) {
        BigInt g = big_gcd(a, num, den);
        if (!big_is_one(&g)) {
            BigInt q, r;
            bool neg = num.neg;
            mag_divmod(a, &num, &g, &q, &r);
            num = q;
            num.neg = neg && num.n;
            mag_divmod(a, &den, &g, &q, &r);
            den = q;
        }
    }
    return (Rat){num, den};
}

static Rat rat_int(Arena *a, BigInt v) { return (Rat){v, big_one(a)}; }

static Rat rat_add(Arena *a, Rat x, Rat y) {
    if (big_is_one(&x.den) && big_is_one(&y.den))
        return rat_int(a, big_add(a, x.num, y.num));
    return rat_make(a, big_add(a, big_mul(a, x.num, y.den), big_mul(a, y.num, x.den)),
                    big_mul(a, x.den, y.den));
}

static Rat rat_neg(Rat x) {
    x.num = big_neg(x.num);
    return x;
}

static Rat rat_mul(Arena *a, Rat x, Rat y) {
    return rat_make(a, big_mul(a, x.num, y.num), big_mul(a, x.den, y.den));
}

static Rat rat_quo(Arena *a, Rat x, Rat y) {   /* y != 0 */
    return rat_make(a, big_mul(a, x.num, y.den), big_mul(a, x.den, y.num));
}

static int rat_cmp(Arena *a, Rat x, Rat y) {
    BigInt l = big_mul(a, x.num, y.den), r = big_mul(a, y.num, x.den);
    return bigint_cmp(&l, &r);
}

static bool rat_is_zero(const Rat *x) { return x->num.n == 0; }
static bool rat_is_int(const Rat *x) { return big_is_one(&x->den); }

/* Nearest double to num/den, correctly rounded for normal ranges. */
static double rat_to_double(Rat x) {
    if (!x.num.n)
        return 0;
    int nb = big_bitlen(&x.num), db = big_bitlen(&x.den);
    /* scale so the quotient has 64+ significant bits */
    int shift = 66 - (nb - db);
    Arena a;
    arena_init(&a);
    BigInt num = x.num, den = x.den;
    num.neg = false;
    if (shift > 0)
        num = mag_shl(&a, &num, (unsigned)shift);
    else if (shift < 0)
        den = mag_shl(&a, &den, (unsigned)-shift);
    BigInt q, r;
    mag_divmod(&a, &num, &den, &q, &r);
    /* q has ~66-67 bits; fold the remainder into a sticky bit */
    uint64_t hi = 0;
    int qb = big_bitlen(&q);
    int drop = qb > 64 ? qb - 63 : 0;
    BigInt qs = mag_shr(&a, &q, (unsigned)drop);
    hi = (qs.n > 0 ? qs.d[0] : 0) | (qs.n > 1 ? (uint64_t)qs.d[1] << 32 : 0);
    bool sticky = r.n != 0;
    for (int i = 0; i < drop && !sticky; i++)
        sticky = big_bit(&q, i);
    hi |= sticky;   /* lowest bit as sticky: below double's 53 bits */
    double d = ldexp((double)hi, drop - shift);
    arena_free(&a);
    return x.num.neg ? -d : d;
}

/* Exact rational value of a finite double. */
static Rat rat_from_double(Arena *a, double v) {
    if (v == 0)
        return rat_int(a, big_alloc(a, 0));
    int exp;
    double m = frexp(fabs(v), &exp);
    uint64_t mant = (uint64_t)ldexp(m, 53);
    exp -= 53;
    BigInt num = big_u64(a, mant), den = big_one(a);
    if (exp > 0)
        num = mag_shl(a, &num, (unsigned)exp);
    else if (exp < 0)
        den = mag_shl(a, &den, (unsigned)-exp);
    num.neg = v < 0;
    return rat_make(a, num, den);
}

/* ------------------------------------------------------------- Const */

Const const_bool(bool b) {
    Const c;
    memset(&c, 0, sizeof c);
    c.kind = CK_BOOL;
    c.b = b;
    return c;
}

Const const_string(Arena *a, const char *s, size_t n) {
    Const c;
    memset(&c, 0, sizeof c);
    c.kind = CK_STRING;
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    c.s = p;
    c.slen = n;
    return c;
}

static Const make_num(Arena *a, ConstKind k, Rat re) {
    Const c;
    memset(&c, 0, sizeof c);
    c.kind = k;
    c.re = re;
    c.im = rat_int(a, big_alloc(a, 0));
    return c;
}

Const const_uint64(Arena *a, uint64_t v) {
    return make_num(a, CK_INT, rat_int(a, big_u64(a, v)));
}

Const const_int64(Arena *a, int64_t v) {
    BigInt b = big_u64(a, v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v);
    b.neg = v < 0 && b.n;
    return make_num(a, CK_INT, rat_int(a, b));
}

Const const_float64(Arena *a, double v) {
    return make_num(a, CK_FLOAT, rat_from_double(a, v));
}

/* --------------------------------------------------------------- parse */

static int digit_val(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 99;
}

/* Parse digits in base into v; returns digits consumed (skipping '_'). */
static BigInt parse_digits(Arena *a, const char *s, int len, int base, int *used,
                           int *ndigits) {
    /* Most literals fit in 64 bits: accumulate there and only switch to
     * BigInt arithmetic (which allocates per step) when the next digit
     * would overflow. */
    uint64_t acc = 0;
    int i = 0, nd = 0;
    for (; i < len; i++) {
        if (s[i] == '_')
            continue;
        int d = digit_val((unsigned char)s[i]);
        if (d >= base)
            break;
        if (acc > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
            break;
        acc = acc * (uint64_t)base + (uint64_t)d;
        nd++;
    }
    BigInt v = big_u64(a, acc);
    BigInt b = big_u64(a, (uint64_t)base);
    for (; i < len; i++) {
        if (s[i] == '_')
            continue;
        int d = digit_val((unsigned char)s[i]);
        if (d >= base)
            break;
        v = big_add(a, big_mul(a, v, b), big_u64(a, (uint64_t)d));
        nd++;
    }
    *used = i;
    if (ndigits)
        *ndigits = nd;
    return v;
}

bool const_parse_int(Arena *a, const char *lit, int len, Const *out) {
    int base = 10, start = 0;
    if (len >= 2 && lit[0] == '0') {
        char c = lit[1] | 0x20;
        if (c == 'x') base = 16, start = 2;
        else if (c == 'b') base = 2, start = 2;
        else if (c == 'o') base = 8, start = 2;
        else base = 8, start = 1;
    }
    int used, nd;
    BigInt v = parse_digits(a, lit + start, len - start, base, &used, &nd);
    if (start + used != len)
        return false;
    *out = make_num(a, CK_INT, rat_int(a, v));
    return true;
}

static Rat rat_pow(Arena *a, int base, int exp) {  /* base^exp, exp >= 0 */
    BigInt r = big_one(a), b = big_u64(a, (uint64_t)base);
    while (exp > 0) {
        if (exp & 1)
            r = big_mul(a, r, b);
        b = big_mul(a, b, b);
        exp >>= 1;
    }
    return rat_int(a, r);
}

bool const_parse_float(Arena *a, const char *lit, int len, Const *out) {
    bool hex = len >= 2 && lit[0] == '0' && (lit[1] | 0x20) == 'x';
    int base = hex ? 16 : 10, i = hex ? 2 : 0;
    BigInt mant = big_alloc(a, 0), b = big_u64(a, (uint64_t)base);
    int fracdigits = 0;
    bool dot = false;
    for (; i < len; i++) {
        char c = lit[i];
        if (c == '_')
            continue;
        if (c == '.') {
            dot = true;
            continue;
        }
        int d = digit_val((unsigned char)c);
        if (d >= base)
            break;
        mant = big_add(a, big_mul(a, mant, b), big_u64(a, (uint64_t)d));
        if (dot)
            fracdigits++;
    }
    long exp = 0;
    if (i < len && ((lit[i] | 0x20) == 'e' || (lit[i] | 0x20) == 'p')) {
        i++;
        bool neg = false;
        if (i < len && (lit[i] == '+' || lit[i] == '-'))
            neg = lit[i++] == '-';
        for (; i < len; i++) {
            if (lit[i] == '_')
                continue;
            if (lit[i] < '0' || lit[i] > '9')
                return false;
            if (exp < 100000)
                exp = exp * 10 + (lit[i] - '0');
        }
        if (neg)
            exp = -exp;
    }
    if (i != len)
        return false;
    Rat r = rat_int(a, mant);
    if (hex) {
        long e2 = exp - 4L * fracdigits;
        Rat p = rat_pow(a, 2, (int)(e2 < 0 ? -e2 : e2));
        r = e2 < 0 ? rat_quo(a, r, p) : rat_mul(a, r, p);
    } else {
        long e10 = exp - fracdigits;
        if (e10 > 10000 || e10 < -10000)
            return false;
        Rat p = rat_pow(a, 10, (int)(e10 < 0 ? -e10 : e10));
        r = e10 < 0 ? rat_quo(a, r, p) : rat_mul(a, r, p);
    }
    *out = make_num(a, CK_FLOAT, r);
    return true;
}

bool const_parse_imag(Arena *a, const char *lit, int len, Const *out) {
    if (len < 1 || lit[len - 1] != 'i')
        return false;
    Const v;
    /* "0123i" is decimal for imaginary literals (backward compatibility) */
    bool isfloat = false;
    for (int i = 0; i < len - 1; i++)
        if (lit[i] == '.' || (lit[i] | 0x20) == 'e' || (lit[i] | 0x20) == 'p')
            isfloat = true;
    bool hexish = len > 2 && lit[0] == '0' && strchr("xXbBoO", lit[1]);
    if (isfloat || hexish) {
        if (!(isfloat ? const_parse_float(a, lit, len - 1, &v)
                      : const_parse_int(a, lit, len - 1, &v)))
            return false;
    } else {
        int used;
        BigInt b = parse_digits(a, lit, len - 1, 10, &used, NULL);
        if (used != len - 1)
            return false;
        v = make_num(a, CK_INT, rat_int(a, b));
    }
    *out = make_num(a, CK_COMPLEX, rat_int(a, big_alloc(a, 0)));
    out->im = v.re;
    return true;
}

/* Decode one escape or char at s[*i] (inside quotes q); append UTF-8. */
static int utf8_put(char *p, uint32_t c) {
    if (c < 0x80) { p[0] = (char)c; return 1; }
    if (c < 0x800) { p[0] = (char)(0xC0 | (c >> 6)); p[1] = (char)(0x80 | (c & 0x3F)); return 2; }
    if (c >= 0xD800 && c < 0xE000) c = 0xFFFD;
    if (c < 0x10000) {
        p[0] = (char)(0xE0 | (c >> 12)); p[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        p[2] = (char)(0x80 | (c & 0x3F)); return 3;
    }
    if (c > 0x10FFFF) c = 0xFFFD;
    if (c == 0xFFFD) return utf8_put(p, c);
    p[0] = (char)(0xF0 | (c >> 18)); p[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    p[2] = (char)(0x80 | ((c >> 6) & 0x3F)); p[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

static int utf8_get(const unsigned char *s, int n, uint32_t *c) {
    if (n <= 0) { *c = 0; return 0; }
    if (s[0] < 0x80) { *c = s[0]; return 1; }
    int len = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC0 ? 2 : 1;
    if (len > n || len == 1) { *c = 0xFFFD; return 1; }
    uint32_t v = s[0] & (0x7F >> len);
    for (int i = 1; i < len; i++)
        v = (v << 6) | (s[i] & 0x3F);
    *c = v;
    return len;
}

/* Returns false on a bad escape.  *isbyte: \x or octal (a raw byte). */
static bool unescape(const char *s, int n, int *i, uint32_t *c, bool *isbyte) {
    *isbyte = false;
    if (s[*i] != '\\') {
        *i += utf8_get((const unsigned char *)s + *i, n - *i, c);
        return true;
    }
    (*i)++;
    if (*i >= n)
        return false;
    char e = s[(*i)++];
    int digits = 0, base = 16;
    switch (e) {
    case 'a': *c = 7; return true;
    case 'b': *c = 8; return true;
    case 'f': *c = 12; return true;
    case 'n': *c = 10; return true;
    case 'r': *c = 13; return true;
    case 't': *c = 9; return true;
    case 'v': *c = 11; return true;
    case '\\': *c = '\\'; return true;
    case '\'': *c = '\''; return true;
    case '"': *c = '"'; return true;
    case 'x': digits = 2; *isbyte = true; break;
    case 'u': digits = 4; break;
    case 'U': digits = 8; break;
    default:
        if (e >= '0' && e <= '7') {
            (*i)--;
            digits = 3;
            base = 8;
            *isbyte = true;
            break;
        }
        return false;
    }
    uint32_t v = 0;
    for (int k = 0; k < digits; k++) {
        if (*i >= n)
            return false;
        int d = digit_val((unsigned char)s[(*i)++]);
        if (d >= base)
            return false;
        v = v * (uint32_t)base + (uint32_t)d;
    }
    *c = v;
    return true;
}

bool const_parse_rune(Arena *a, const char *lit, int len, Const *out) {
    if (len < 3 || lit[0] != '\'' || lit[len - 1] != '\'')
        return false;
    int i = 1;
    uint32_t c;
    bool isbyte;
    if (!unescape(lit, len - 1, &i, &c, &isbyte) || i != len - 1)
        return false;
    *out = const_int64(a, c);
    return true;
}

bool const_parse_string(Arena *a, const char *lit, int len, Const *out) {
    if (len < 2)
        return false;
    if (lit[0] == '`') {
        /* raw: drop carriage returns */
        char *p = arena_alloc(a, (size_t)len);
        int k = 0;
        for (int i = 1; i < len - 1; i++)
            if (lit[i] != '\r')
                p[k++] = lit[i];
        *out = const_string(a, p, (size_t)k);
        return true;
    }
    char *p = arena_alloc(a, (size_t)len * 4 + 1);
    int k = 0, i = 1;
    while (i < len - 1) {
        uint32_t c;
        bool isbyte;
        if (!unescape(lit, len - 1, &i, &c, &isbyte))
            return false;
        if (isbyte)
            p[k++] = (char)c;
        else
            k += utf8_put(p + k, c);
    }
    *out = const_string(a, p, (size_t)k);
    return true;
}

/* ---------------------------------------------------------- arithmetic */

static int rank(ConstKind k) {
    return k == CK_INT ? 1 : k == CK_FLOAT ? 2 : k == CK_COMPLEX ? 3 : 0;
}

Const const_concat(Arena *a, ConstStrBuf *b, Const x, Const y) {
    if (!b->s || x.s != b->s || x.slen != b->len) {
        /* x is not the value b built last: start b with a copy of x */
        b->cap = x.slen + y.slen;
        b->s = arena_alloc(a, b->cap + 1);
        memcpy(b->s, x.s, x.slen);
        b->len = x.slen;
    } else if (b->len + y.slen > b->cap) {
        /* grow by doubling: the outgrown copies, left in the arena, sum to
         * less than the final string */
        size_t cap = b->cap * 2 > b->len + y.slen ? b->cap * 2 : b->len + y.slen;
        char *s = arena_alloc(a, cap + 1);
        memcpy(s, b->s, b->len);
        b->s = s;
        b->cap = cap;
    }
    memcpy(b->s + b->len, y.s, y.slen);
    b->len += y.slen;
    b->s[b->len] = 0;
    Const c;
    memset(&c, 0, sizeof c);
    c.kind = CK_STRING;
    c.s = b->s;
    c.slen = b->len;
    return c;
}

bool const_binary(Arena *a, int op, Const x, Const y, bool intdiv, Const *out) {
    if (x.kind == CK_BOOL) {
        bool r = op == T_LAND ? (x.b && y.b) : (x.b || y.b);
        *out = const_bool(r);
        return true;
    }
    if (x.kind == CK_STRING) {   /* only + */
        ConstStrBuf b = {NULL, 0, 0};
        *out = const_concat(a, &b, x, y);
        return true;
    }
    ConstKind k = rank(x.kind) >= rank(y.kind) ? x.kind : y.kind;
    Rat zero = rat_int(a, big_alloc(a, 0));
    switch (op) {
    case T_ADD:
        *out = make_num(a, k, rat_add(a, x.re, y.re));
        out->im = rat_add(a, x.im, y.im);
        return true;
    case T_SUB:
        *out = make_num(a, k, rat_add(a, x.re, rat_neg(y.re)));
        out->im = rat_add(a, x.im, rat_neg(y.im));
        return true;
    case T_MUL:
        if (k == CK_COMPLEX) {
            Rat re = rat_add(a, rat_mul(a, x.re, y.re), rat_neg(rat_mul(a, x.im, y.im)));
            Rat im = rat_add(a, rat_mul(a, x.re, y.im), rat_mul(a, x.im, y.re));
            *out = make_num(a, k, re);
            out->im = im;
        } else {
            *out = make_num(a, k, rat_mul(a, x.re, y.re));
        }
        return true;
    case T_QUO:
        if (rat_is_zero(&y.re) && rat_is_zero(&y.im))
            return false;
        if (k == CK_INT && intdiv) {
            BigInt q, r;
            big_quorem(a, x.re.num, y.re.num, &q, &r);
            *out = make_num(a, CK_INT, rat_int(a, q));
            return true;
        }
        if (k == CK_COMPLEX) {
            /* (a+bi)/(c+di) = ((ac+bd) + (bc-ad)i) / (c²+d²) */
            Rat d = rat_add(a, rat_mul(a, y.re, y.re), rat_mul(a, y.im, y.im));
            Rat re = rat_add(a, rat_mul(a, x.re, y.re), rat_mul(a, x.im, y.im));
            Rat im = rat_add(a, rat_mul(a, x.im, y.re), rat_neg(rat_mul(a, x.re, y.im)));
            *out = make_num(a, k, rat_quo(a, re, d));
            out->im = rat_quo(a, im, d);
            return true;
        }
        *out = make_num(a, k == CK_INT ? CK_FLOAT : k, rat_quo(a, x.re, y.re));
        return true;
    case T_REM: {
        if (rat_is_zero(&y.re))
            return false;
        BigInt q, r;
        big_quorem(a, x.re.num, y.re.num, &q, &r);
        *out = make_num(a, CK_INT, rat_int(a, r));
        return true;
    }
    case T_AND: case T_OR: case T_XOR: case T_AND_NOT:
        *out = make_num(a, CK_INT, rat_int(a, big_bitop(a, op, x.re.num, y.re.num)));
        return true;
    }
    (void)zero;
    return false;
}

bool const_unary(Arena *a, int op, Const x, Const *out) {
    switch (op) {
    case T_ADD:
        *out = x;
        return true;
    case T_SUB:
        *out = x;
        out->re = rat_neg(x.re);
        out->im = rat_neg(x.im);
        return true;
    case T_XOR: {   /* ^x = -x - 1 for untyped; typed masking is the caller's */
        BigInt m1 = big_u64(a, 1);
        m1.neg = true;
        *out = make_num(a, CK_INT, rat_int(a, big_add(a, big_neg(x.re.num), m1)));
        return true;
    }
    case T_NOT:
        *out = const_bool(!x.b);
        return true;
    }
    return false;
}

Const const_shift(Arena *a, int op, Const x, unsigned s) {
    BigInt v = x.re.num;
    if (op == T_SHL)
        return make_num(a, CK_INT, rat_int(a, mag_shl(a, &v, s)));
    /* arithmetic shift right: floor division by 2^s */
    if (!v.neg)
        return make_num(a, CK_INT, rat_int(a, mag_shr(a, &v, s)));
    BigInt m = v;
    m.neg = false;
    BigInt one = big_one(a);
    BigInt t = mag_sub(a, &m, &one);              /* |v| - 1 */
    BigInt q = mag_shr(a, &t, s);                 /* (|v|-1) >> s */
    BigInt r = mag_add(a, &q, &one);              /* +1 */
    r.neg = true;
    return make_num(a, CK_INT, rat_int(a, big_norm(r)));
}

bool const_compare(int op, Const x, Const y) {
    int c;
    if (x.kind == CK_BOOL) {
        c = x.b == y.b ? 0 : 1;
    } else if (x.kind == CK_STRING) {
        size_t n = x.slen < y.slen ? x.slen : y.slen;
        c = memcmp(x.s, y.s, n);
        if (!c)
            c = x.slen < y.slen ? -1 : x.slen > y.slen;
    } else {
        Arena a;
        arena_init(&a);
        c = rat_cmp(&a, x.re, y.re);
        if (!c && (op == T_EQL || op == T_NEQ))
            c = rat_cmp(&a, x.im, y.im);
        arena_free(&a);
    }
    switch (op) {
    case T_EQL: return c == 0;
    case T_NEQ: return c != 0;
    case T_LSS: return c < 0;
    case T_LEQ: return c <= 0;
    case T_GTR: return c > 0;
    case T_GEQ: return c >= 0;
    }
    return false;
}

bool const_to_int(Arena *a, Const x, Const *out) {
    (void)a;
    if (x.kind < CK_INT || !rat_is_zero(&x.im) || !rat_is_int(&x.re))
        return false;
    *out = x;
    out->kind = CK_INT;
    return true;
}

bool const_to_float(Arena *a, Const x, Const *out) {
    (void)a;
    if (x.kind < CK_INT || !rat_is_zero(&x.im))
        return false;
    *out = x;
    out->kind = CK_FLOAT;
    return true;
}

bool const_to_complex(Arena *a, Const x, Const *out) {
    (void)a;
    if (x.kind < CK_INT)
        return false;
    *out = x;
    out->kind = CK_COMPLEX;
    return true;
}

int const_bitlen(Const x) { return big_bitlen(&x.re.num); }
bool const_is_neg(Const x) { return x.re.num.neg; }
bool const_is_int(Const x) {
    return x.kind >= CK_INT && rat_is_int(&x.re) && rat_is_zero(&x.im);
}

bool const_get_int64(Const x, int64_t *v) {
    if (!const_is_int(x) || big_bitlen(&x.re.num) > 64)
        return false;
    uint64_t m = 0;
    for (int i = 0; i < x.re.num.n; i++)
        m |= (uint64_t)x.re.num.d[i] << (32 * i);
    if (x.re.num.neg) {
        if (m > (uint64_t)1 << 63)
            return false;
        *v = (int64_t)(0 - m);
    } else {
        if (m > (uint64_t)INT64_MAX)
            return false;
        *v = (int64_t)m;
    }
    return true;
}

bool const_get_uint64(Const x, uint64_t *v) {
    if (!const_is_int(x) || x.re.num.neg || big_bitlen(&x.re.num) > 64)
        return false;
    uint64_t m = 0;
    for (int i = 0; i < x.re.num.n; i++)
        m |= (uint64_t)x.re.num.d[i] << (32 * i);
    *v = m;
    return true;
}

double const_float_value(Const x) { return rat_to_double(x.re); }
double const_imag_value(Const x) { return rat_to_double(x.im); }

bool const_round_float(Arena *a, Const x, int bits, Const *out) {
    double re = rat_to_double(x.re), im = rat_to_double(x.im);
    if (bits == 32) {
        float f = (float)re, g = (float)im;
        if (isinf(f) || isinf(g))
            return false;
        re = f;
        im = g;
    }
    if (isinf(re) || isinf(im))
        return false;
    *out = x;
    out->re = rat_from_double(a, re);
    out->im = rat_from_double(a, im);
    return true;
}

static const char *rat_repr(Arena *a, Rat r) {
    if (rat_is_int(&r))
        return bigint_to_dec(a, &r.num);
    double d = rat_to_double(r);
    char buf[64];
    /* types2 prints floats with %.6g-like shortest form */
    snprintf(buf, sizeof buf, "%.6g", d);
    return arena_strdup(a, buf);
}

const char *const_string_repr(Arena *a, Const x) {
    switch (x.kind) {
    case CK_BOOL: return x.b ? "true" : "false";
    case CK_STRING: {
        char *p = arena_alloc(a, x.slen * 4 + 3);
        int k = 0;
        p[k++] = '"';
        for (size_t i = 0; i < x.slen; i++) {
            unsigned char c = (unsigned char)x.s[i];
            if (c == '"' || c == '\\') { p[k++] = '\\'; p[k++] = (char)c; }
            else if (c == '\n') { p[k++] = '\\'; p[k++] = 'n'; }
            else if (c == '\t') { p[k++] = '\\'; p[k++] = 't'; }
            else if (c < 0x20) k += sprintf(p + k, "\\x%02x", c);
            else p[k++] = (char)c;
        }
        p[k++] = '"';
        p[k] = 0;
        return p;
    }
    case CK_INT: case CK_FLOAT:
        return rat_repr(a, x.re);
    case CK_COMPLEX:
        return arena_printf(a, "(%s + %si)", rat_repr(a, x.re), rat_repr(a, x.im));
    default:
        return "unknown";
    }
}
