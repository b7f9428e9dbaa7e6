#line 943 "book/appP-performance.nw"
/* random/kernels.c -- 按块生成与变换随机数的核函数（附录“性能”） */
#include <math.h>
#include <string.h>

#include "init/erfinv.h"
#include "random/boxmuller.h"
#include "random/internal.h"
#include "random/kernels.h"

#line 708 "book/appP-performance.nw"
#define NNI__CAT2(a, b) a##_##b
#define NNI__CAT(a, b) NNI__CAT2(a, b)
#define NNI__V(f) NNI__CAT(f, NNI__VARIANT)
#define NNI__STR2(x) #x
#define NNI__STR(x) NNI__STR2(x)
#line 719 "book/appP-performance.nw"
#define NNI__X86_VARIANTS 0
#if defined(__x86_64__) && defined(__GNUC__) && defined(__has_attribute)
#if __has_attribute(target)
#undef NNI__X86_VARIANTS
#define NNI__X86_VARIANTS 1
#endif
#endif
#line 101 "book/appP-performance.nw"
NNI__INLINE uint32_t mt_mix(uint32_t upper, uint32_t lower, uint32_t far)
{
    const uint32_t y = (upper & 0x80000000u) | (lower & 0x7fffffffu);
    return far ^ (y >> 1) ^ ((0u - (y & 1u)) & 0x9908b0dfu);
}

NNI__INLINE void mt_twist(uint32_t *s)
{
    enum { N = NNI_MT19937_N, M = 397 };
    size_t k = 0;
    for (; k < N - M; k++)
        s[k] = mt_mix(s[k], s[k + 1], s[k + M]);
    for (; k < N - 1; k++)
        s[k] = mt_mix(s[k], s[k + 1], s[k + M - N]);
    s[N - 1] = mt_mix(s[N - 1], s[0], s[M - 1]);
}
#line 128 "book/appP-performance.nw"
NNI__INLINE uint32_t mt_temper(uint32_t y)
{
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

NNI__INLINE size_t mt_span(nni_mt19937 *mt, size_t want, const uint32_t **s)
{
    if (mt->index >= NNI_MT19937_N) {
        mt_twist(mt->state);
        mt->index = 0;
    }
    size_t k = NNI_MT19937_N - mt->index;
    k = k < want ? k : want;
    *s = mt->state + mt->index;
    mt->index += (uint32_t)k;
    return k;
}
#line 157 "book/appP-performance.nw"
NNI__INLINE void mt_words_body(nni_mt19937 *mt, uint32_t *restrict w, size_t n)
{
    while (n > 0) {
        const uint32_t *s;
        const size_t k = mt_span(mt, n, &s);
        for (size_t i = 0; i < k; i++)
            w[i] = mt_temper(s[i]);
        w += k;
        n -= k;
    }
}

NNI__INLINE uint32_t mt_next(nni_mt19937 *mt)
{
    const uint32_t *s;
    mt_span(mt, 1, &s);
    return mt_temper(*s);
}
#line 188 "book/appP-performance.nw"
NNI__INLINE float torch_u24(uint32_t raw)
{
    return (float)(int32_t)(mt_temper(raw) & 0xffffffu) * 0x1p-24f;
}

NNI__INLINE void torch_uniform_float_body(nni_mt19937 *mt, float *restrict d,
                                          size_t n, float from, float to)
{
    const float range = to - from;
    while (n > 0) {
        const uint32_t *s;
        const size_t k = mt_span(mt, n, &s);
        for (size_t i = 0; i < k; i++)
            d[i] = fmaf(torch_u24(s[i]), range, from);
        d += k;
        n -= k;
    }
}
#line 216 "book/appP-performance.nw"
NNI__INLINE double torch_u53(uint32_t hi, uint32_t lo)
{
    const double h = (double)(int32_t)(hi & 0x1fffffu);
    const double l = (double)(int32_t)(lo >> 1) * 2.0
                     + (double)(int32_t)(lo & 1u);
    return (h * 0x1p32 + l) * 0x1p-53;
}

NNI__INLINE void torch_uniform_double_body(nni_mt19937 *mt, double *restrict d,
                                           size_t n, double from, double to)
{
    const double range = to - from;
    uint32_t w[512];
    while (n > 0) {
        const size_t k = n < 256 ? n : 256;
        mt_words_body(mt, w, 2 * k);
        for (size_t i = 0; i < k; i++)
            d[i] = fma(torch_u53(w[2 * i], w[2 * i + 1]), range, from);
        d += k;
        n -= k;
    }
}
#line 251 "book/appP-performance.nw"
NNI__INLINE void torch_box_muller_float_body(float *restrict d, size_t n,
                                             float mean, float std)
{
    float u[512], v[512];
    for (size_t done = 0; done < n; done += 1024) {
        float *c = d + done;
        const size_t pairs = (n - done < 1024 ? n - done : 1024) / 2;
        
#line 292 "book/appP-performance.nw"
for (size_t b = 0; b < pairs / 8; b++)
    for (int j = 0; j < 8; j++) {
        u[8 * b + j] = c[16 * b + j];
        v[8 * b + j] = c[16 * b + 8 + j];
    }
#line 259 "book/appP-performance.nw"
        for (size_t i = 0; i < pairs; i++)
            nni__torch_box_muller(u[i], v[i], mean, std, &u[i], &v[i]);
        
#line 300 "book/appP-performance.nw"
for (size_t b = 0; b < pairs / 8; b++)
    for (int j = 0; j < 8; j++) {
        c[16 * b + j] = u[8 * b + j];
        c[16 * b + 8 + j] = v[8 * b + j];
    }
#line 262 "book/appP-performance.nw"
    }
}

NNI__INLINE void torch_normal_float_body(nni_mt19937 *mt, float *restrict d,
                                         size_t n, float mean, float std)
{
    for (size_t done = 0; done < n;) {
        const size_t k = n - done < 1024 ? n - done : 1024;
        float *c = d + done;
        for (size_t got = 0; got < k;) {
            const uint32_t *s;
            const size_t m = mt_span(mt, k - got, &s);
            for (size_t i = 0; i < m; i++)
                c[got + i] = torch_u24(s[i]);
            got += m;
        }
        torch_box_muller_float_body(c, k, mean, std);
        done += k;
    }
}
#line 312 "book/appP-performance.nw"
NNI__INLINE void torch_normal_double_body(nni_mt19937 *mt, double *restrict d,
                                          size_t n, double mean, double std)
{
    for (size_t done = 0; done < n;) {
        const size_t k = n - done < 512 ? n - done : 512;
        torch_uniform_double_body(mt, d + done, k, 0.0, 1.0);
        for (size_t b = 0; b < k; b += 16)
            nni__torch_normal16_double(d + done + b, mean, std);
        done += k;
    }
}
#line 332 "book/appP-performance.nw"
NNI__INLINE double numpy_u53(uint32_t w1, uint32_t w2)
{
    const double a = (double)(int32_t)(w1 >> 5), b = (double)(int32_t)(w2 >> 6);
    return (a * 67108864.0 + b) * 0x1p-53;
}

#define NNI__NUMPY_UNIFORM(T)                                                 \
    uint32_t w[512];                                                      \
    while (n > 0) {                                                       \
        const size_t k = n < 256 ? n : 256;                               \
        mt_words_body(mt, w, 2 * k);                                      \
        for (size_t i = 0; i < k; i++)                                    \
            d[i] = (T)(low + range * numpy_u53(w[2 * i], w[2 * i + 1]));  \
        d += k;                                                           \
        n -= k;                                                           \
    }
#line 353 "book/appP-performance.nw"
NNI__INLINE void numpy_uniform_double_body(nni_mt19937 *mt, double *restrict d,
                                           size_t n, double low, double range)
{
    NNI__NUMPY_UNIFORM(double)
}

NNI__INLINE void numpy_uniform_float_body(nni_mt19937 *mt, float *restrict d,
                                          size_t n, double low, double range)
{
    NNI__NUMPY_UNIFORM(float)
}
#line 371 "book/appP-performance.nw"
NNI__INLINE double numpy_next_double(nni_mt19937 *mt)
{
    const uint32_t a = mt_next(mt);
    const uint32_t b = mt_next(mt);
    return numpy_u53(a, b);
}

NNI__INLINE void numpy_gauss_body(nni_mt19937 *mt, double *restrict d, size_t n,
                                  double *cache, bool *has)
{
    size_t i = 0;
    if (n > 0 && *has) {
        d[i++] = *cache;
        *has = false;
        *cache = 0.0;
    }
    while (i < n) {
        double x1[64], x2[64], f[64];
        const size_t left = (n - i + 1) / 2, pairs = left < 64 ? left : 64;
        
#line 405 "book/appP-performance.nw"
for (size_t p = 0; p < pairs; p++) {
    double r2;
    do {
        x1[p] = 2.0 * numpy_next_double(mt) - 1.0;
        x2[p] = 2.0 * numpy_next_double(mt) - 1.0;
        r2 = x1[p] * x1[p] + x2[p] * x2[p];
    } while (r2 >= 1.0 || r2 == 0.0);
    f[p] = r2;
}
#line 391 "book/appP-performance.nw"
        for (size_t p = 0; p < pairs; p++)
            f[p] = sqrt(-2.0 * log(f[p]) / f[p]);
        
#line 421 "book/appP-performance.nw"
for (size_t p = 0; p < pairs; p++) {
    d[i++] = f[p] * x2[p];
    if (i < n) {
        d[i++] = f[p] * x1[p];
    } else {
        *cache = f[p] * x1[p];
        *has = true;
    }
}
#line 394 "book/appP-performance.nw"
    }
}
#line 444 "book/appP-performance.nw"
#define NNI__TRUNC_BODY(T, ERF, EXP, ERFINV, FINISH)                          \
    T x[256], e[256], g[256];                                             \
    bool refine[256];                                                     \
    for (size_t done = 0; done < n; done += 256) {                        \
        const size_t m = n - done < 256 ? n - done : 256;                 \
        T *y = d + done;                                                  \
        for (size_t i = 0; i < m; i++)                                    \
            x[i] = ERFINV##_start(y[i], &refine[i]);                      \
        for (int step = 0; step < 2; step++) {                            \
            for (size_t i = 0; i < m; i++) {                              \
                e[i] = ERF(x[i]);                                         \
                g[i] = EXP(-x[i] * x[i]);                                 \
            }                                                             \
            for (size_t i = 0; i < m; i++)                                \
                if (refine[i])                                            \
                    x[i] = ERFINV##_newton(x[i], y[i], e[i], g[i]);       \
        }                                                                 \
        for (size_t i = 0; i < m; i++)                                    \
            y[i] = FINISH(x[i], scale, shift, lo, hi);                    \
    }
#line 467 "book/appP-performance.nw"
NNI__INLINE void torch_trunc_float_body(float *restrict d, size_t n,
                                        float scale, float shift, float lo,
                                        float hi)
{
    NNI__TRUNC_BODY(float, erff, expf, nni__erfinv_float,
                    nni__trunc_float_finish)
}

NNI__INLINE void torch_trunc_double_body(double *restrict d, size_t n,
                                         double scale, double shift, double lo,
                                         double hi)
{
    NNI__TRUNC_BODY(double, erf, exp, nni__erfinv_double,
                    nni__trunc_double_finish)
}
#line 495 "book/appP-performance.nw"
enum { L = NNI_XOSHIRO_LANES };

NNI__INLINE uint64_t rotl64(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}
#line 508 "book/appP-performance.nw"
NNI__INLINE uint64_t xo_next(uint64_t s[4][L], int l)
{
    const uint64_t s0 = s[0][l], s1 = s[1][l];
    const uint64_t s2 = s[2][l] ^ s0, s3 = s[3][l] ^ s1;
    const uint64_t r = rotl64(s0 + s[3][l], 23) + s0;
    s[0][l] = s0 ^ s3;
    s[1][l] = s1 ^ s2;
    s[2][l] = s2 ^ (s1 << 17);
    s[3][l] = rotl64(s3, 45);
    return r;
}
#line 527 "book/appP-performance.nw"
NNI__INLINE float xo_float(uint32_t w)
{
    return (float)(int32_t)(w >> 8) * 0x1p-24f;
}

NNI__INLINE double xo_double(uint64_t r)
{
    const uint64_t bits = UINT64_C(0x3ff0000000000000) | (r >> 12);
    double x;
    memcpy(&x, &bits, sizeof x);
    return x - 1.0;
}
#line 548 "book/appP-performance.nw"
NNI__INLINE void xo_words16(uint64_t s[4][L], uint32_t *restrict w)
{
    for (int l = 0; l < L; l++) {
        const uint64_t r = xo_next(s, l);
        w[l] = (uint32_t)r;
        w[L + l] = (uint32_t)(r >> 32);
    }
}

NNI__INLINE void xo_floats16(uint64_t s[4][L], float *restrict u, float from,
                             float range)
{
    for (int l = 0; l < L; l++) {
        const uint64_t r = xo_next(s, l);
        u[l] = from + range * xo_float((uint32_t)r);
        u[L + l] = from + range * xo_float((uint32_t)(r >> 32));
    }
}

NNI__INLINE void xo_doubles8(uint64_t s[4][L], double *restrict u, double from,
                             double range)
{
    for (int l = 0; l < L; l++)
        u[l] = from + range * xo_double(xo_next(s, l));
}
#line 581 "book/appP-performance.nw"
#define NNI__XO_FILL(T, PER, STEP, POST)                                      \
    uint64_t s[4][L];                                                     \
    memcpy(s, x->s, sizeof s);                                            \
    size_t i = 0;                                                         \
    for (; i + (PER) <= n; i += (PER)) {                                  \
        STEP(s, d + i);                                                   \
        POST(d + i);                                                      \
    }                                                                     \
    if (i < n) {                                                          \
        T tail[PER];                                                      \
        STEP(s, tail);                                                    \
        POST(tail);                                                       \
        memcpy(d + i, tail, (n - i) * sizeof *d);                         \
    }                                                                     \
    memcpy(x->s, s, sizeof s);
#line 603 "book/appP-performance.nw"
#define NNI__XO_WORDS(s, p) xo_words16((s), (p))
#define NNI__XO_UF(s, p) xo_floats16((s), (p), from, range)
#define NNI__XO_UD(s, p) xo_doubles8((s), (p), from, range)
#define NNI__XO_ND(s, p) (xo_doubles8((s), (p), 0.0, 1.0),                   \
                          xo_doubles8((s), (p) + L, 0.0, 1.0))
#define NNI__XO_NONE(p) ((void)(p))
#define NNI__XO_BOX_D(p) nni__torch_normal16_double((p), mean, std)
#line 613 "book/appP-performance.nw"
NNI__INLINE void xo_words_body(nni_xoshiro_lanes *x, uint32_t *restrict d,
                               size_t n)
{
    NNI__XO_FILL(uint32_t, 2 * L, NNI__XO_WORDS, NNI__XO_NONE)
}

NNI__INLINE void xo_uniform_float_body(nni_xoshiro_lanes *x, float *restrict d,
                                       size_t n, float from, float range)
{
    NNI__XO_FILL(float, 2 * L, NNI__XO_UF, NNI__XO_NONE)
}

NNI__INLINE void xo_uniform_double_body(nni_xoshiro_lanes *x,
                                        double *restrict d, size_t n,
                                        double from, double range)
{
    NNI__XO_FILL(double, L, NNI__XO_UD, NNI__XO_NONE)
}
#line 640 "book/appP-performance.nw"
NNI__INLINE void xo_normal_float_body(nni_xoshiro_lanes *x, float *restrict d,
                                      size_t n, float mean, float std)
{
    const size_t full = n / 16 * 16;
    for (size_t i = 0; i < full; i += 1024) {
        const size_t k = full - i < 1024 ? full - i : 1024;
        xo_uniform_float_body(x, d + i, k, 0.0f, 1.0f);
        torch_box_muller_float_body(d + i, k, mean, std);
    }
    if (full < n) {
        float tail[16];
        xo_uniform_float_body(x, tail, 16, 0.0f, 1.0f);
        nni__torch_normal16_float(tail, mean, std);
        memcpy(d + full, tail, (n - full) * sizeof *d);
    }
}

NNI__INLINE void xo_normal_double_body(nni_xoshiro_lanes *x,
                                       double *restrict d, size_t n,
                                       double mean, double std)
{
    NNI__XO_FILL(double, 2 * L, NNI__XO_ND, NNI__XO_BOX_D)
}
#line 673 "book/appP-performance.nw"
NNI__INLINE void xo_jump_body(nni_xoshiro_lanes *x, const uint64_t poly[4])
{
    uint64_t s[4][L], acc[4][L] = { { 0 } };
    memcpy(s, x->s, sizeof s);
    for (int w = 0; w < 4; w++)
        for (int b = 0; b < 64; b++) {
            const uint64_t mask = 0 - (poly[w] >> b & 1u);
            for (int l = 0; l < L; l++) {
                for (int k = 0; k < 4; k++)
                    acc[k][l] ^= s[k][l] & mask;
                xo_next(s, l);
            }
        }
    memcpy(x->s, acc, sizeof acc);
}
#line 802 "book/appP-performance.nw"
#define NNI__VARIANT generic
#define NNI__TARGET
#line 732 "book/appP-performance.nw"
#define NNI__ENTRY(name, params, args)                                         \
    NNI__TARGET static void NNI__V(name) params { name##_body args; }
NNI__ENTRY(mt_words, (nni_mt19937 *mt, uint32_t *w, size_t n), (mt, w, n))
NNI__ENTRY(torch_uniform_float, (nni_mt19937 *mt, float *d, size_t n,
           float from, float to), (mt, d, n, from, to))
NNI__ENTRY(torch_uniform_double, (nni_mt19937 *mt, double *d, size_t n,
           double from, double to), (mt, d, n, from, to))
NNI__ENTRY(torch_normal_float, (nni_mt19937 *mt, float *d, size_t n,
           float mean, float std), (mt, d, n, mean, std))
NNI__ENTRY(torch_normal_double, (nni_mt19937 *mt, double *d, size_t n,
           double mean, double std), (mt, d, n, mean, std))
NNI__ENTRY(torch_box_muller_float, (float *d, size_t n, float mean, float std),
           (d, n, mean, std))
NNI__ENTRY(torch_trunc_float, (float *d, size_t n, float scale, float shift,
           float lo, float hi), (d, n, scale, shift, lo, hi))
NNI__ENTRY(torch_trunc_double, (double *d, size_t n, double scale,
           double shift, double lo, double hi), (d, n, scale, shift, lo, hi))
#line 752 "book/appP-performance.nw"
NNI__ENTRY(numpy_uniform_float, (nni_mt19937 *mt, float *d, size_t n,
           double low, double range), (mt, d, n, low, range))
NNI__ENTRY(numpy_uniform_double, (nni_mt19937 *mt, double *d, size_t n,
           double low, double range), (mt, d, n, low, range))
NNI__ENTRY(numpy_gauss, (nni_mt19937 *mt, double *d, size_t n,
           double *cache, bool *has), (mt, d, n, cache, has))
NNI__ENTRY(xo_words, (nni_xoshiro_lanes *x, uint32_t *d, size_t n),
           (x, d, n))
NNI__ENTRY(xo_uniform_float, (nni_xoshiro_lanes *x, float *d, size_t n,
           float from, float range), (x, d, n, from, range))
NNI__ENTRY(xo_uniform_double, (nni_xoshiro_lanes *x, double *d, size_t n,
           double from, double range), (x, d, n, from, range))
NNI__ENTRY(xo_normal_float, (nni_xoshiro_lanes *x, float *d, size_t n,
           float mean, float std), (x, d, n, mean, std))
NNI__ENTRY(xo_normal_double, (nni_xoshiro_lanes *x, double *d, size_t n,
           double mean, double std), (x, d, n, mean, std))
NNI__ENTRY(xo_jump, (nni_xoshiro_lanes *x, const uint64_t poly[4]), (x, poly))
#line 774 "book/appP-performance.nw"
static const nni__kernels NNI__V(kernels) = {
    .name = NNI__STR(NNI__VARIANT),
    .mt_words = NNI__V(mt_words),
    .torch_uniform_float = NNI__V(torch_uniform_float),
    .torch_uniform_double = NNI__V(torch_uniform_double),
    .torch_normal_float = NNI__V(torch_normal_float),
    .torch_normal_double = NNI__V(torch_normal_double),
    .torch_box_muller_float = NNI__V(torch_box_muller_float),
    .torch_trunc_float = NNI__V(torch_trunc_float),
    .torch_trunc_double = NNI__V(torch_trunc_double),
    .numpy_uniform_float = NNI__V(numpy_uniform_float),
    .numpy_uniform_double = NNI__V(numpy_uniform_double),
    .numpy_gauss = NNI__V(numpy_gauss),
    .xo_words = NNI__V(xo_words),
    .xo_uniform_float = NNI__V(xo_uniform_float),
    .xo_uniform_double = NNI__V(xo_uniform_double),
    .xo_normal_float = NNI__V(xo_normal_float),
    .xo_normal_double = NNI__V(xo_normal_double),
    .xo_jump = NNI__V(xo_jump),
};
#undef NNI__ENTRY
#line 805 "book/appP-performance.nw"
#undef NNI__VARIANT
#undef NNI__TARGET
#if NNI__X86_VARIANTS
#define NNI__VARIANT avx2
#define NNI__TARGET __attribute__((target("avx2,fma")))
#line 732 "book/appP-performance.nw"
#define NNI__ENTRY(name, params, args)                                         \
    NNI__TARGET static void NNI__V(name) params { name##_body args; }
NNI__ENTRY(mt_words, (nni_mt19937 *mt, uint32_t *w, size_t n), (mt, w, n))
NNI__ENTRY(torch_uniform_float, (nni_mt19937 *mt, float *d, size_t n,
           float from, float to), (mt, d, n, from, to))
NNI__ENTRY(torch_uniform_double, (nni_mt19937 *mt, double *d, size_t n,
           double from, double to), (mt, d, n, from, to))
NNI__ENTRY(torch_normal_float, (nni_mt19937 *mt, float *d, size_t n,
           float mean, float std), (mt, d, n, mean, std))
NNI__ENTRY(torch_normal_double, (nni_mt19937 *mt, double *d, size_t n,
           double mean, double std), (mt, d, n, mean, std))
NNI__ENTRY(torch_box_muller_float, (float *d, size_t n, float mean, float std),
           (d, n, mean, std))
NNI__ENTRY(torch_trunc_float, (float *d, size_t n, float scale, float shift,
           float lo, float hi), (d, n, scale, shift, lo, hi))
NNI__ENTRY(torch_trunc_double, (double *d, size_t n, double scale,
           double shift, double lo, double hi), (d, n, scale, shift, lo, hi))
#line 752 "book/appP-performance.nw"
NNI__ENTRY(numpy_uniform_float, (nni_mt19937 *mt, float *d, size_t n,
           double low, double range), (mt, d, n, low, range))
NNI__ENTRY(numpy_uniform_double, (nni_mt19937 *mt, double *d, size_t n,
           double low, double range), (mt, d, n, low, range))
NNI__ENTRY(numpy_gauss, (nni_mt19937 *mt, double *d, size_t n,
           double *cache, bool *has), (mt, d, n, cache, has))
NNI__ENTRY(xo_words, (nni_xoshiro_lanes *x, uint32_t *d, size_t n),
           (x, d, n))
NNI__ENTRY(xo_uniform_float, (nni_xoshiro_lanes *x, float *d, size_t n,
           float from, float range), (x, d, n, from, range))
NNI__ENTRY(xo_uniform_double, (nni_xoshiro_lanes *x, double *d, size_t n,
           double from, double range), (x, d, n, from, range))
NNI__ENTRY(xo_normal_float, (nni_xoshiro_lanes *x, float *d, size_t n,
           float mean, float std), (x, d, n, mean, std))
NNI__ENTRY(xo_normal_double, (nni_xoshiro_lanes *x, double *d, size_t n,
           double mean, double std), (x, d, n, mean, std))
NNI__ENTRY(xo_jump, (nni_xoshiro_lanes *x, const uint64_t poly[4]), (x, poly))
#line 774 "book/appP-performance.nw"
static const nni__kernels NNI__V(kernels) = {
    .name = NNI__STR(NNI__VARIANT),
    .mt_words = NNI__V(mt_words),
    .torch_uniform_float = NNI__V(torch_uniform_float),
    .torch_uniform_double = NNI__V(torch_uniform_double),
    .torch_normal_float = NNI__V(torch_normal_float),
    .torch_normal_double = NNI__V(torch_normal_double),
    .torch_box_muller_float = NNI__V(torch_box_muller_float),
    .torch_trunc_float = NNI__V(torch_trunc_float),
    .torch_trunc_double = NNI__V(torch_trunc_double),
    .numpy_uniform_float = NNI__V(numpy_uniform_float),
    .numpy_uniform_double = NNI__V(numpy_uniform_double),
    .numpy_gauss = NNI__V(numpy_gauss),
    .xo_words = NNI__V(xo_words),
    .xo_uniform_float = NNI__V(xo_uniform_float),
    .xo_uniform_double = NNI__V(xo_uniform_double),
    .xo_normal_float = NNI__V(xo_normal_float),
    .xo_normal_double = NNI__V(xo_normal_double),
    .xo_jump = NNI__V(xo_jump),
};
#undef NNI__ENTRY
#line 811 "book/appP-performance.nw"
#undef NNI__VARIANT
#undef NNI__TARGET
#define NNI__VARIANT avx512
#define NNI__TARGET __attribute__((target("avx512f,avx512vl,avx512bw," \
                                          "avx512dq,avx2,fma")))
#line 732 "book/appP-performance.nw"
#define NNI__ENTRY(name, params, args)                                         \
    NNI__TARGET static void NNI__V(name) params { name##_body args; }
NNI__ENTRY(mt_words, (nni_mt19937 *mt, uint32_t *w, size_t n), (mt, w, n))
NNI__ENTRY(torch_uniform_float, (nni_mt19937 *mt, float *d, size_t n,
           float from, float to), (mt, d, n, from, to))
NNI__ENTRY(torch_uniform_double, (nni_mt19937 *mt, double *d, size_t n,
           double from, double to), (mt, d, n, from, to))
NNI__ENTRY(torch_normal_float, (nni_mt19937 *mt, float *d, size_t n,
           float mean, float std), (mt, d, n, mean, std))
NNI__ENTRY(torch_normal_double, (nni_mt19937 *mt, double *d, size_t n,
           double mean, double std), (mt, d, n, mean, std))
NNI__ENTRY(torch_box_muller_float, (float *d, size_t n, float mean, float std),
           (d, n, mean, std))
NNI__ENTRY(torch_trunc_float, (float *d, size_t n, float scale, float shift,
           float lo, float hi), (d, n, scale, shift, lo, hi))
NNI__ENTRY(torch_trunc_double, (double *d, size_t n, double scale,
           double shift, double lo, double hi), (d, n, scale, shift, lo, hi))
#line 752 "book/appP-performance.nw"
NNI__ENTRY(numpy_uniform_float, (nni_mt19937 *mt, float *d, size_t n,
           double low, double range), (mt, d, n, low, range))
NNI__ENTRY(numpy_uniform_double, (nni_mt19937 *mt, double *d, size_t n,
           double low, double range), (mt, d, n, low, range))
NNI__ENTRY(numpy_gauss, (nni_mt19937 *mt, double *d, size_t n,
           double *cache, bool *has), (mt, d, n, cache, has))
NNI__ENTRY(xo_words, (nni_xoshiro_lanes *x, uint32_t *d, size_t n),
           (x, d, n))
NNI__ENTRY(xo_uniform_float, (nni_xoshiro_lanes *x, float *d, size_t n,
           float from, float range), (x, d, n, from, range))
NNI__ENTRY(xo_uniform_double, (nni_xoshiro_lanes *x, double *d, size_t n,
           double from, double range), (x, d, n, from, range))
NNI__ENTRY(xo_normal_float, (nni_xoshiro_lanes *x, float *d, size_t n,
           float mean, float std), (x, d, n, mean, std))
NNI__ENTRY(xo_normal_double, (nni_xoshiro_lanes *x, double *d, size_t n,
           double mean, double std), (x, d, n, mean, std))
NNI__ENTRY(xo_jump, (nni_xoshiro_lanes *x, const uint64_t poly[4]), (x, poly))
#line 774 "book/appP-performance.nw"
static const nni__kernels NNI__V(kernels) = {
    .name = NNI__STR(NNI__VARIANT),
    .mt_words = NNI__V(mt_words),
    .torch_uniform_float = NNI__V(torch_uniform_float),
    .torch_uniform_double = NNI__V(torch_uniform_double),
    .torch_normal_float = NNI__V(torch_normal_float),
    .torch_normal_double = NNI__V(torch_normal_double),
    .torch_box_muller_float = NNI__V(torch_box_muller_float),
    .torch_trunc_float = NNI__V(torch_trunc_float),
    .torch_trunc_double = NNI__V(torch_trunc_double),
    .numpy_uniform_float = NNI__V(numpy_uniform_float),
    .numpy_uniform_double = NNI__V(numpy_uniform_double),
    .numpy_gauss = NNI__V(numpy_gauss),
    .xo_words = NNI__V(xo_words),
    .xo_uniform_float = NNI__V(xo_uniform_float),
    .xo_uniform_double = NNI__V(xo_uniform_double),
    .xo_normal_float = NNI__V(xo_normal_float),
    .xo_normal_double = NNI__V(xo_normal_double),
    .xo_jump = NNI__V(xo_jump),
};
#undef NNI__ENTRY
#line 817 "book/appP-performance.nw"
#undef NNI__VARIANT
#undef NNI__TARGET
#endif
#line 834 "book/appP-performance.nw"
#if NNI__X86_VARIANTS
static bool cpu_avx2(void)
{
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}

static bool cpu_avx512(void)
{
    return cpu_avx2() && __builtin_cpu_supports("avx512f")
           && __builtin_cpu_supports("avx512vl")
           && __builtin_cpu_supports("avx512bw")
           && __builtin_cpu_supports("avx512dq");
}
#endif
#line 856 "book/appP-performance.nw"
const nni__kernels *nni__kernels_variant(size_t i)
{
    const nni__kernels *usable[3];
    size_t n = 0;
#if NNI__X86_VARIANTS
    if (cpu_avx512())
        usable[n++] = &kernels_avx512;
    if (cpu_avx2())
        usable[n++] = &kernels_avx2;
#endif
    usable[n++] = &kernels_generic;
    return i < n ? usable[i] : NULL;
}

const nni__kernels *nni__kernels_best(void)
{
    return nni__kernels_variant(0);
}
