#line 2203 "book/appP-performance.nw"
/* check-kernels -- 核函数与规范逐位相同；快速生成器（附录“性能”） */
#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "init/erfinv.h"
#include "nninit.h"
#include "random/boxmuller.h"
#include "random/kernels.h"
#include "test-support.h"

#line 2236 "book/appP-performance.nw"
static const size_t lengths[] = { 0, 1, 2, 15, 16, 17, 33, 311, 623, 624, 625,
                                  1247, 1248, 1249, 5000, 20011 };
static const size_t offsets[] = { 0, 1, 311, 623, 624, 1000 };
enum { NL = sizeof lengths / sizeof lengths[0],
       NO = sizeof offsets / sizeof offsets[0] };

static void *buffer(size_t n, size_t size)
{
    void *p = malloc(n * size + 1);
    ck_assert_ptr_nonnull(p);
    return p;
}
#line 2254 "book/appP-performance.nw"
static void assert_same_engine(const nni_mt19937 *a, const nni_mt19937 *b,
                               const char *what, size_t n)
{
    ck_assert_msg(a->index == b->index
                  && memcmp(a->state, b->state, sizeof a->state) == 0,
                  "%s, n = %zu: the engine states differ", what, n);
}

static void skip_words(nni_mt19937 *mt, size_t k)
{
    for (size_t i = 0; i < k; i++)
        nni_mt19937_next(mt);
}
#line 2274 "book/appP-performance.nw"
typedef void (*fill_ref_fn)(nni_torch_gen *g, void *d, size_t n, int param);
typedef void (*fill_kernel_fn)(const nni__kernels *k, nni_torch_gen *g,
                               void *d, size_t n, int param);

static void compare_fill(const nni__kernels *k, fill_ref_fn ref,
                         fill_kernel_fn fill, size_t elem, size_t n, size_t off,
                         int param)
{
    nni_torch_gen g1, g2;
    nni_torch_manual_seed(&g1, 1000 + off + n);
    nni_torch_manual_seed(&g2, 1000 + off + n);
    skip_words(&g1.engine, off);
    skip_words(&g2.engine, off);
    unsigned char *a = buffer(n, elem), *b = buffer(n, elem);
    ref(&g1, a, n, param);
    fill(k, &g2, b, n, param);
    ck_assert_msg(memcmp(a, b, n * elem) == 0, "%s: n = %zu, offset %zu, "
                  "parameter set %d: values differ", k->name, n, off, param);
    assert_same_engine(&g1.engine, &g2.engine, k->name, n);
    free(a);
    free(b);
}
#line 2302 "book/appP-performance.nw"
static void compare_all(fill_ref_fn ref, fill_kernel_fn fill, size_t elem,
                        int params, bool blocks)
{
    const nni__kernels *k;
    for (size_t v = 0; (k = nni__kernels_variant(v)) != NULL; v++)
        for (size_t i = 0; i < NL; i++)
            for (size_t o = 0; o < NO; o++)
                for (int p = 0; p < params; p++) {
                    const size_t n = blocks ? (lengths[i] + 15) / 16 * 16
                                            : lengths[i];
                    compare_fill(k, ref, fill, elem, n, offsets[o], p);
                }
}
#line 2697 "book/appP-performance.nw"
static uint64_t ref_rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

static void ref_advance(uint64_t s[4])
{
    const uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = ref_rotl(s[3], 45);
}
#line 2715 "book/appP-performance.nw"
static uint64_t ref_plusplus(uint64_t s[4])
{
    const uint64_t r = ref_rotl(s[0] + s[3], 23) + s[0];
    ref_advance(s);
    return r;
}

static uint64_t ref_starstar(uint64_t s[4])
{
    const uint64_t r = ref_rotl(s[1] * 5, 7) * 9;
    ref_advance(s);
    return r;
}
#line 2734 "book/appP-performance.nw"
static const uint64_t REF_JUMP[3][4] = {
    { UINT64_C(0x180ec6d33cfd0aba), UINT64_C(0xd5a61266f0c9392c),
      UINT64_C(0xa9582618e03fc9aa), UINT64_C(0x39abdc4529b1661c) },
    { UINT64_C(0x76e15d3efefdcbbf), UINT64_C(0xc5004e441c522fb3),
      UINT64_C(0x77710069854ee241), UINT64_C(0x39109bb02acbe635) },
    { UINT64_C(0x7e89ac5ca2fbf2c7), UINT64_C(0x92ae7ca370c0bf6b),
      UINT64_C(0xef43beaa06f02fb8), UINT64_C(0xd87f8ce230817a21) },
};
enum { J128, J192, J16 };
#line 2746 "book/appP-performance.nw"
static void ref_jump(uint64_t s[4], const uint64_t poly[4])
{
    uint64_t acc[4] = { 0, 0, 0, 0 };
    for (int w = 0; w < 4; w++)
        for (int b = 0; b < 64; b++) {
            if (poly[w] >> b & 1u)
                for (int k = 0; k < 4; k++)
                    acc[k] ^= s[k];
            ref_advance(s);
        }
    memcpy(s, acc, sizeof acc);
}

static uint64_t ref_splitmix(uint64_t *x)
{
    uint64_t z = (*x += UINT64_C(0x9e3779b97f4a7c15));
    z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
    return z ^ (z >> 31);
}
#line 2855 "book/appP-performance.nw"
static void ref_lanes(uint64_t seed, uint64_t ref[NNI_XOSHIRO_LANES][4])
{
    for (int k = 0; k < 4; k++)
        ref[0][k] = ref_splitmix(&seed);
    for (int l = 1; l < NNI_XOSHIRO_LANES; l++) {
        memcpy(ref[l], ref[l - 1], sizeof ref[l]);
        ref_jump(ref[l], REF_JUMP[J128]);
    }
}

static void ref_step(uint64_t ref[NNI_XOSHIRO_LANES][4], uint64_t r[8])
{
    for (int l = 0; l < NNI_XOSHIRO_LANES; l++)
        r[l] = ref_plusplus(ref[l]);
}
#line 2873 "book/appP-performance.nw"
static void assert_lanes(const nni_xoshiro_lanes *x,
                         uint64_t ref[NNI_XOSHIRO_LANES][4], const char *what)
{
    for (int l = 0; l < NNI_XOSHIRO_LANES; l++)
        for (int k = 0; k < 4; k++)
            ck_assert_msg(x->s[k][l] == ref[l][k], "%s: lane %d word %d", what,
                          l, k);
}
#line 2921 "book/appP-performance.nw"
static float ref_f24(uint32_t w)
{
    return (float)(int32_t)(w >> 8) * 0x1p-24f;
}

static double ref_d52(uint64_t r)
{
    return (double)(r >> 12) * 0x1p-52;
}
#line 2933 "book/appP-performance.nw"
static void ref_block_float(uint64_t ref[NNI_XOSHIRO_LANES][4], float u[16],
                            float from, float range)
{
    uint64_t r[8];
    ref_step(ref, r);
    for (int l = 0; l < 8; l++) {
        u[l] = from + range * ref_f24((uint32_t)r[l]);
        u[8 + l] = from + range * ref_f24((uint32_t)(r[l] >> 32));
    }
}

static void ref_block_double(uint64_t ref[NNI_XOSHIRO_LANES][4], double u[16])
{
    uint64_t r[8];
    for (int half = 0; half < 2; half++) {
        ref_step(ref, r);
        for (int l = 0; l < 8; l++)
            u[8 * half + l] = ref_d52(r[l]);
    }
}
#line 2959 "book/appP-performance.nw"
static void ref_fill(uint64_t ref[NNI_XOSHIRO_LANES][4], int kind, void *out,
                     size_t n)
{
    const size_t per = kind == 1 ? 8 : 16;
    for (size_t i = 0; i < n; i += per) {
        float f[16];
        double d[16], r[8];
        if (kind == 0 || kind == 2)
            ref_block_float(ref, f, kind == 0 ? -0.5f : 0.0f,
                            kind == 0 ? 2.0f : 1.0f);
        if (kind == 2)
            nni__torch_normal16_float(f, 1.5f, 2.0f);
        
#line 2982 "book/appP-performance.nw"
if (kind == 1) {
    uint64_t raw[8];
    ref_step(ref, raw);
    for (int l = 0; l < 8; l++) {
        r[l] = ref_d52(raw[l]);
        d[l] = -0.5 + 2.0 * r[l];
    }
}
if (kind == 3) {
    ref_block_double(ref, d);
    nni__torch_normal16_double(d, 1.5, 2.0);
}
#line 2972 "book/appP-performance.nw"
        const size_t m = n - i < per ? n - i : per;
        if (kind == 0 || kind == 2)
            memcpy((float *)out + i, f, m * sizeof *f);
        else
            memcpy((double *)out + i, d, m * sizeof *d);
    }
}
#line 2997 "book/appP-performance.nw"
static void kernel_fill(const nni__kernels *k, nni_xoshiro_lanes *x, int kind,
                        void *out, size_t n)
{
    if (kind == 0)
        k->xo_uniform_float(x, out, n, -0.5f, 2.0f);
    else if (kind == 1)
        k->xo_uniform_double(x, out, n, -0.5, 2.0);
    else if (kind == 2)
        k->xo_normal_float(x, out, n, 1.5f, 2.0f);
    else
        k->xo_normal_double(x, out, n, 1.5, 2.0);
}
#line 2320 "book/appP-performance.nw"
static void ref_words(nni_torch_gen *g, void *d, size_t n, int p)
{
    (void)p;
    for (size_t i = 0; i < n; i++)
        ((uint32_t *)d)[i] = nni_mt19937_next(&g->engine);
}

static void kernel_words(const nni__kernels *k, nni_torch_gen *g, void *d,
                         size_t n, int p)
{
    (void)p;
    k->mt_words(&g->engine, d, n);
}

START_TEST(test_mt_words)
{
    compare_all(ref_words, kernel_words, sizeof(uint32_t), 1, false);
}
END_TEST
#line 2350 "book/appP-performance.nw"
static const double bounds[][2] = {
    { 0.0, 1.0 }, { -1.0, 1.0 }, { -0.18257418583505536, 0.18257418583505536 },
    { 3.0, 5.0 }, { 1e-3, 2e-3 }, { -123.456, 0.001 },
};
enum { NB = sizeof bounds / sizeof bounds[0] };

static void ref_uniform_f(nni_torch_gen *g, void *d, size_t n, int p)
{
    const float lo = (float)bounds[p][0], hi = (float)bounds[p][1];
    for (size_t i = 0; i < n; i++)
        ((float *)d)[i] = nni_torch_uniform_float(g, lo, hi);
}

static void kernel_uniform_f(const nni__kernels *k, nni_torch_gen *g, void *d,
                             size_t n, int p)
{
    k->torch_uniform_float(&g->engine, d, n, (float)bounds[p][0],
                           (float)bounds[p][1]);
}
#line 2372 "book/appP-performance.nw"
static void ref_uniform_d(nni_torch_gen *g, void *d, size_t n, int p)
{
    for (size_t i = 0; i < n; i++)
        ((double *)d)[i] = nni_torch_uniform_double(g, bounds[p][0],
                                                    bounds[p][1]);
}

static void kernel_uniform_d(const nni__kernels *k, nni_torch_gen *g, void *d,
                             size_t n, int p)
{
    k->torch_uniform_double(&g->engine, d, n, bounds[p][0], bounds[p][1]);
}

START_TEST(test_torch_uniform)
{
    compare_all(ref_uniform_f, kernel_uniform_f, sizeof(float), NB, false);
    compare_all(ref_uniform_d, kernel_uniform_d, sizeof(double), NB, false);
}
END_TEST
#line 2401 "book/appP-performance.nw"
static const double moments[][2] = {
    { 0.0, 1.0 }, { 1.5, 2.0 }, { -3.0, 0.01 }
};
enum { NM = sizeof moments / sizeof moments[0] };

static void ref_normal_f(nni_torch_gen *g, void *d, size_t n, int p)
{
    float *x = d;
    for (size_t i = 0; i < n; i++)
        x[i] = nni_torch_uniform_float(g, 0.0f, 1.0f);
    for (size_t b = 0; b < n; b += 16)
        nni__torch_normal16_float(x + b, (float)moments[p][0],
                                  (float)moments[p][1]);
}

static void kernel_normal_f(const nni__kernels *k, nni_torch_gen *g, void *d,
                            size_t n, int p)
{
    k->torch_normal_float(&g->engine, d, n, (float)moments[p][0],
                          (float)moments[p][1]);
}
#line 2425 "book/appP-performance.nw"
static void ref_normal_d(nni_torch_gen *g, void *d, size_t n, int p)
{
    double *x = d;
    for (size_t i = 0; i < n; i++)
        x[i] = nni_torch_uniform_double(g, 0.0, 1.0);
    for (size_t b = 0; b < n; b += 16)
        nni__torch_normal16_double(x + b, moments[p][0], moments[p][1]);
}

static void kernel_normal_d(const nni__kernels *k, nni_torch_gen *g, void *d,
                            size_t n, int p)
{
    k->torch_normal_double(&g->engine, d, n, moments[p][0], moments[p][1]);
}

START_TEST(test_torch_normal)
{
    compare_all(ref_normal_f, kernel_normal_f, sizeof(float), NM, true);
    compare_all(ref_normal_d, kernel_normal_d, sizeof(double), NM, true);
}
END_TEST
#line 2459 "book/appP-performance.nw"
static void fill_all_uniforms(float *d, uint32_t first, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const uint32_t k = first + (uint32_t)(i / 16 * 8 + i % 8);
        const uint32_t m = i % 16 < 8 ? k : (k * 2654435761u) & 0xffffffu;
        d[i] = (float)(int32_t)m * 0x1p-24f;
    }
}
#line 2470 "book/appP-performance.nw"
START_TEST(test_box_muller_exhaustive)
{
    enum { CHUNK = 1 << 17 };   /* 2^17 个位置 = 2^16 对 */
    float *ref = buffer(CHUNK, sizeof(float));
    float *got = buffer(CHUNK, sizeof(float));
    const nni__kernels *k;
    for (uint32_t first = 0; first < (1u << 24); first += CHUNK / 2) {
        fill_all_uniforms(ref, first, CHUNK);
        for (size_t b = 0; b < CHUNK; b += 16)
            nni__torch_normal16_float(ref + b, 0.25f, 1.5f);
        for (size_t v = 0; (k = nni__kernels_variant(v)) != NULL; v++) {
            fill_all_uniforms(got, first, CHUNK);
            k->torch_box_muller_float(got, CHUNK, 0.25f, 1.5f);
            ck_assert_msg(memcmp(ref, got, CHUNK * sizeof *ref) == 0,
                          "%s: Box-Muller differs near k = %u", k->name, first);
        }
    }
    free(ref);
    free(got);
}
END_TEST
#line 2501 "book/appP-performance.nw"
static const double ranges[][2] = { { -1.0, 2.0 }, { 3.0, 2.0 }, { 0.0, 1.0 },
                                    { 1e-3, 1e5 } };
enum { NR = sizeof ranges / sizeof ranges[0] };

static void ref_numpy_d(nni_torch_gen *g, void *d, size_t n, int p)
{
    nni_numpy_gen ng;
    ng.engine = g->engine;
    for (size_t i = 0; i < n; i++)
        ((double *)d)[i] = ranges[p][0]
                           + ranges[p][1] * nni_numpy_next_double(&ng);
    g->engine = ng.engine;
}

static void kernel_numpy_d(const nni__kernels *k, nni_torch_gen *g, void *d,
                           size_t n, int p)
{
    k->numpy_uniform_double(&g->engine, d, n, ranges[p][0], ranges[p][1]);
}
#line 2523 "book/appP-performance.nw"
static void ref_numpy_f(nni_torch_gen *g, void *d, size_t n, int p)
{
    nni_numpy_gen ng;
    ng.engine = g->engine;
    for (size_t i = 0; i < n; i++)
        ((float *)d)[i] = (float)(ranges[p][0]
                                  + ranges[p][1] * nni_numpy_next_double(&ng));
    g->engine = ng.engine;
}

static void kernel_numpy_f(const nni__kernels *k, nni_torch_gen *g, void *d,
                           size_t n, int p)
{
    k->numpy_uniform_float(&g->engine, d, n, ranges[p][0], ranges[p][1]);
}

START_TEST(test_numpy_uniform)
{
    compare_all(ref_numpy_d, kernel_numpy_d, sizeof(double), NR, false);
    compare_all(ref_numpy_f, kernel_numpy_f, sizeof(float), NR, false);
}
END_TEST
#line 2555 "book/appP-performance.nw"
static double gauss_cache[2];
static bool gauss_has[2];

static void ref_gauss(nni_torch_gen *g, void *d, size_t n, int p)
{
    nni_numpy_gen ng;
    ng.engine = g->engine;
    ng.has_gauss = p == 1;
    ng.gauss = p == 1 ? 0.125 : 0.0;
    for (size_t i = 0; i < n; i++)
        ((double *)d)[i] = nni_numpy_gauss(&ng);
    g->engine = ng.engine;
    gauss_cache[0] = ng.gauss;
    gauss_has[0] = ng.has_gauss;
}
#line 2573 "book/appP-performance.nw"
static void kernel_gauss(const nni__kernels *k, nni_torch_gen *g, void *d,
                         size_t n, int p)
{
    gauss_has[1] = p == 1;
    gauss_cache[1] = p == 1 ? 0.125 : 0.0;
    k->numpy_gauss(&g->engine, d, n, &gauss_cache[1], &gauss_has[1]);
    ck_assert(gauss_has[1] == gauss_has[0]);
    ck_assert(memcmp(&gauss_cache[0], &gauss_cache[1], sizeof(double)) == 0);
}

START_TEST(test_numpy_gauss)
{
    compare_all(ref_gauss, kernel_gauss, sizeof(double), 2, false);
}
END_TEST
#line 2600 "book/appP-performance.nw"
static void trunc_input(double *y, size_t n)
{
    static const double special[] = { 1.0, -1.0, 1.5, -1.5, 0.0, 0.7, -0.7,
                                      1e-30, -0.69999999, NAN };
    nni_torch_gen g;
    nni_torch_manual_seed(&g, 31);
    for (size_t i = 0; i < n; i++)
        y[i] = i % 97 < 10 ? special[i % 97]
                           : nni_torch_uniform_double(&g, -1.0, 1.0);
}

static const double trunc_params[3][4] = {
    { 1.4142135623730951, 0.0, -2.0, 2.0 }, { 0.7071, 0.1, -1.0, 1.0 },
    { 2.8284271247461903, -0.3, -INFINITY, INFINITY },
};
#line 2618 "book/appP-performance.nw"
START_TEST(test_trunc)
{
    enum { N = 5000 };
    double *y = buffer(N, sizeof(double)), *a = buffer(N, sizeof(double));
    double *b = buffer(N, sizeof(double));
    float *fa = buffer(N, sizeof(float)), *fb = buffer(N, sizeof(float));
    const nni__kernels *k;
    trunc_input(y, N);
    for (int p = 0; p < 3; p++) {
        const double *q = trunc_params[p];
        
#line 2643 "book/appP-performance.nw"
for (size_t i = 0; i < N; i++) {
    a[i] = nni__trunc_double(y[i], q[0], q[1], q[2], q[3]);
    fa[i] = nni__trunc_float((float)y[i], (float)q[0], (float)q[1],
                             (float)q[2], (float)q[3]);
}
#line 2629 "book/appP-performance.nw"
        for (size_t v = 0; (k = nni__kernels_variant(v)) != NULL; v++) {
            
#line 2651 "book/appP-performance.nw"
memcpy(b, y, N * sizeof *b);
for (size_t i = 0; i < N; i++)
    fb[i] = (float)y[i];
k->torch_trunc_double(b, N, q[0], q[1], q[2], q[3]);
k->torch_trunc_float(fb, N, (float)q[0], (float)q[1], (float)q[2],
                     (float)q[3]);
ck_assert_msg(memcmp(a, b, N * sizeof *a) == 0, "%s: double, set %d",
              k->name, p);
ck_assert_msg(memcmp(fa, fb, N * sizeof *fa) == 0, "%s: float, set %d",
              k->name, p);
#line 2631 "book/appP-performance.nw"
        }
    }
    free(y);
    free(a);
    free(b);
    free(fa);
    free(fb);
}
END_TEST
#line 2671 "book/appP-performance.nw"
START_TEST(test_variant_list)
{
    size_t n = 0;
    while (nni__kernels_variant(n) != NULL)
        n++;
    ck_assert(n >= 1 && n <= 3);
    ck_assert_ptr_eq(nni__kernels_variant(0), nni__kernels_best());
    ck_assert_str_eq(nni__kernels_variant(n - 1)->name, "generic");
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            ck_assert_str_ne(nni__kernels_variant(i)->name,
                             nni__kernels_variant(j)->name);
}
END_TEST
#line 2783 "book/appP-performance.nw"
START_TEST(test_xoshiro_known_answers)
{
    static const uint64_t rust[10] = {
        UINT64_C(41943041), UINT64_C(58720359), UINT64_C(3588806011781223),
        UINT64_C(3591011842654386), UINT64_C(9228616714210784205),
        UINT64_C(9973669472204895162), UINT64_C(14011001112246962877),
        UINT64_C(12406186145184390807), UINT64_C(15849039046786891736),
        UINT64_C(10450023813501588000),
    };
    uint64_t s[4] = { 1, 2, 3, 4 }, x = 1234;
    for (int k = 0; k < 10; k++)
        ck_assert(ref_plusplus(s) == rust[k]);
    
#line 2802 "book/appP-performance.nw"
for (int k = 0; k < 4; k++)
    s[k] = ref_splitmix(&x);
for (int k = 0; k < 10000; k++)
    ref_starstar(s);
ref_jump(s, REF_JUMP[J128]);
ref_jump(s, REF_JUMP[J192]);
ck_assert(ref_starstar(s) == UINT64_C(0x239196a79c7e191f));
#line 2796 "book/appP-performance.nw"
    
#line 2815 "book/appP-performance.nw"
uint64_t a[4] = { 5, 6, 7, 8 }, b[4] = { 5, 6, 7, 8 };
ref_jump(a, REF_JUMP[J16]);
for (int k = 0; k < 65536; k++)
    ref_advance(b);
ck_assert(memcmp(a, b, sizeof a) == 0);
const nni__kernels *kv;
for (size_t v = 0; (kv = nni__kernels_variant(v)) != NULL; v++) {
    nni_xoshiro_lanes lanes;
    for (int l = 0; l < NNI_XOSHIRO_LANES; l++)
        for (int k = 0; k < 4; k++)
            lanes.s[k][l] = (uint64_t)(l * 4 + k + 1)
                            * UINT64_C(0x9e3779b97f4a7c15);
    nni_xoshiro_lanes stepped = lanes;
    kv->xo_jump(&lanes, REF_JUMP[J16]);
    
#line 2834 "book/appP-performance.nw"
for (int l = 0; l < NNI_XOSHIRO_LANES; l++) {
    uint64_t t[4];
    for (int k = 0; k < 4; k++)
        t[k] = stepped.s[k][l];
    for (int i = 0; i < 65536; i++)
        ref_advance(t);
    for (int k = 0; k < 4; k++)
        ck_assert_msg(t[k] == lanes.s[k][l], "%s: lane %d", kv->name, l);
}
#line 2830 "book/appP-performance.nw"
}
#line 2797 "book/appP-performance.nw"
}
END_TEST
#line 2884 "book/appP-performance.nw"
START_TEST(test_xoshiro_stream)
{
    nni_xoshiro_gen g;
    uint64_t ref[NNI_XOSHIRO_LANES][4], r[8];
    uint32_t *w = buffer(1000, sizeof *w), want[16];
    ck_assert_int_eq(nni_xoshiro_seed(&g, 20240607), NNI_OK);
    ref_lanes(20240607, ref);
    assert_lanes(&g.lanes, ref, "seed");
    for (size_t i = 0; i < NL && lengths[i] <= 1000; i++) {
        ck_assert_int_eq(nni_xoshiro_words(&g, w, lengths[i]), NNI_OK);
        for (size_t t = 0; t * 16 < lengths[i]; t++) {
            ref_step(ref, r);
            for (int l = 0; l < 8; l++) {
                want[l] = (uint32_t)r[l];
                want[8 + l] = (uint32_t)(r[l] >> 32);
            }
            for (size_t j = 0; j < 16 && t * 16 + j < lengths[i]; j++)
                ck_assert(w[t * 16 + j] == want[j]);
        }
        assert_lanes(&g.lanes, ref, "after words");
    }
    free(w);
}
END_TEST
#line 3015 "book/appP-performance.nw"
START_TEST(test_xoshiro_fills)
{
    const nni__kernels *k;
    for (size_t v = 0; (k = nni__kernels_variant(v)) != NULL; v++)
        for (int kind = 0; kind < 4; kind++)
            for (size_t i = 0; i < NL && lengths[i] <= 5000; i++) {
                const size_t n = lengths[i], elem = kind % 2 ? 8 : 4;
                nni_xoshiro_gen g;
                uint64_t ref[NNI_XOSHIRO_LANES][4];
                ck_assert_int_eq(nni_xoshiro_seed(&g, 99 + n), NNI_OK);
                ref_lanes(99 + n, ref);
                
#line 3033 "book/appP-performance.nw"
unsigned char *a = buffer(n, elem), *b = buffer(n, elem);
ref_fill(ref, kind, a, n);
kernel_fill(k, &g.lanes, kind, b, n);
ck_assert_msg(memcmp(a, b, n * elem) == 0, "%s: kind %d, n = %zu", k->name,
              kind, n);
assert_lanes(&g.lanes, ref, k->name);
free(a);
free(b);
#line 3027 "book/appP-performance.nw"
            }
}
END_TEST
#line 3051 "book/appP-performance.nw"
START_TEST(test_xoshiro_public)
{
    const size_t n = 1001;
    for (int kind = 0; kind < 4; kind++) {
        nni_tensor *t;
        nni_xoshiro_gen g;
        uint64_t ref[NNI_XOSHIRO_LANES][4];
        const nni_dtype dt = kind % 2 ? NNI_FLOAT64 : NNI_FLOAT32;
        ck_assert_int_eq(nni_tensor_new(&t, dt, 1, &n), NNI_OK);
        ck_assert_int_eq(nni_xoshiro_seed(&g, 5), NNI_OK);
        ref_lanes(5, ref);
        
#line 3070 "book/appP-performance.nw"
unsigned char *a = buffer(n, 8);
ref_fill(ref, kind, a, n);
if (kind < 2)
    ck_assert_int_eq(nni_xoshiro_uniform_(&g, t, -0.5, 1.5), NNI_OK);
else
    ck_assert_int_eq(nni_xoshiro_normal_(&g, t, 1.5, 2.0), NNI_OK);
ck_assert(memcmp(a, nni_tensor_data(t), n * (kind % 2 ? 8 : 4)) == 0);
assert_lanes(&g.lanes, ref, "public");
free(a);
#line 3063 "book/appP-performance.nw"
        nni_tensor_free(t);
    }
}
END_TEST
#line 3090 "book/appP-performance.nw"
static void threaded_fill(unsigned threads, int kind, size_t n, void *out,
                          uint32_t next[16])
{
    nni_xoshiro_gen g;
    ck_assert_int_eq(nni_xoshiro_seed(&g, 77), NNI_OK);
    ck_assert_int_eq(nni_xoshiro_set_threads(&g, threads), NNI_OK);
    nni_tensor *t = NULL;
    const nni_dtype dt = kind == 1 ? NNI_FLOAT64 : NNI_FLOAT32;
    if (kind != 2)
        ck_assert_int_eq(nni_tensor_new(&t, dt, 1, &n), NNI_OK);
    if (kind == 0)
        ck_assert_int_eq(nni_xoshiro_uniform_(&g, t, -1.0, 1.0), NNI_OK);
    else if (kind == 1)
        ck_assert_int_eq(nni_xoshiro_normal_(&g, t, 0.0, 1.0), NNI_OK);
    else
        ck_assert_int_eq(nni_xoshiro_words(&g, out, n), NNI_OK);
    if (t != NULL)
        memcpy(out, nni_tensor_data(t), n * nni_dtype_size(dt));
    nni_tensor_free(t);
    ck_assert_int_eq(nni_xoshiro_words(&g, next, 16), NNI_OK);
}
#line 3114 "book/appP-performance.nw"
START_TEST(test_xoshiro_threads)
{
    static const size_t n[3] = { (3u << 20) + 5, (1u << 20) + 3,
                                 (2u << 20) + 7 };
    static const size_t elem[3] = { 4, 8, 4 };
    static const unsigned threads[4] = { 2, 3, 4, 64 };
    for (int kind = 0; kind < 3; kind++) {
        void *one = buffer(n[kind], elem[kind]);
        void *many = buffer(n[kind], elem[kind]);
        uint32_t next1[16], next2[16];
        threaded_fill(1, kind, n[kind], one, next1);
        for (int k = 0; k < 4; k++) {
            threaded_fill(threads[k], kind, n[kind], many, next2);
            ck_assert_msg(memcmp(one, many, n[kind] * elem[kind]) == 0 &&
                          memcmp(next1, next2, sizeof next1) == 0,
                          "kind %d: %u threads change the result", kind,
                          threads[k]);
        }
        free(one);
        free(many);
    }
}
END_TEST
#line 3147 "book/appP-performance.nw"
START_TEST(test_xoshiro_errors)
{
    nni_xoshiro_gen g, unseeded, saved;
    nni_tensor *f, *d;
    const size_t n = 5;
    uint32_t w[4];
    memset(&unseeded, 0, sizeof unseeded);
    ck_assert_int_eq(nni_tensor_new(&f, NNI_FLOAT32, 1, &n), NNI_OK);
    ck_assert_int_eq(nni_tensor_new(&d, NNI_FLOAT64, 1, &n), NNI_OK);
    ck_assert_int_eq(nni_xoshiro_seed(&g, 3), NNI_OK);
    memset(nni_tensor_data(f), 0x7f, n * sizeof(float));
    saved = g;
    
#line 3171 "book/appP-performance.nw"
ck_assert_int_eq(nni_xoshiro_seed(NULL, 1), NNI_EINVAL);
ck_assert_int_eq(nni_xoshiro_jump(NULL), NNI_EINVAL);
ck_assert_int_eq(nni_xoshiro_jump(&unseeded), NNI_EINVAL);
ck_assert_int_eq(nni_xoshiro_set_threads(&g, 0), NNI_EINVAL);
ck_assert_int_eq(nni_xoshiro_set_threads(&g, NNI_XOSHIRO_MAX_THREADS + 1),
                 NNI_EINVAL);
ck_assert_int_eq(nni_xoshiro_set_threads(&unseeded, 2), NNI_EINVAL);
ck_assert_int_eq(nni_xoshiro_words(&g, NULL, 3), NNI_EINVAL);
ck_assert_int_eq(nni_xoshiro_words(&unseeded, w, 3), NNI_EINVAL);
ck_assert_int_eq(nni_xoshiro_words(&g, NULL, 0), NNI_OK);
ck_assert_int_eq(nni_xoshiro_uniform_(&g, NULL, 0.0, 1.0), NNI_EINVAL);
ck_assert_int_eq(nni_xoshiro_normal_(&unseeded, f, 0.0, 1.0), NNI_EINVAL);
#line 3160 "book/appP-performance.nw"
    
#line 3186 "book/appP-performance.nw"
ck_assert_int_eq(nni_xoshiro_uniform_(&g, f, 1.0, 0.0), NNI_EINVAL);
ck_assert_int_eq(nni_xoshiro_uniform_(&g, f, NAN, 1.0), NNI_EINVAL);
ck_assert_int_eq(nni_xoshiro_uniform_(&g, f, 0.0, INFINITY), NNI_EINVAL);
ck_assert_int_eq(nni_xoshiro_uniform_(&g, f, -3e38, 3e38), NNI_EINVAL);
ck_assert_int_eq(nni_xoshiro_uniform_(&g, f, -1e39, 0.0), NNI_EINVAL);
ck_assert_int_eq(nni_xoshiro_uniform_(&g, d, -1e308, 1e308), NNI_EINVAL);
ck_assert_int_eq(nni_xoshiro_normal_(&g, f, 0.0, -1.0), NNI_EINVAL);
ck_assert_int_eq(nni_xoshiro_normal_(&g, f, 0.0, NAN), NNI_EINVAL);
ck_assert_int_eq(nni_xoshiro_normal_(&g, f, INFINITY, 1.0), NNI_EINVAL);
ck_assert_int_eq(nni_xoshiro_normal_(&g, d, 0.0, INFINITY), NNI_EINVAL);
ck_assert_int_eq(nni_xoshiro_normal_(&g, f, 1e39, 1.0), NNI_EINVAL);
ck_assert_int_eq(nni_xoshiro_normal_(&g, f, 0.0, 1e38), NNI_EINVAL);
ck_assert_int_eq(nni_xoshiro_normal_(&g, f, 3e38, 1e37), NNI_EINVAL);
ck_assert_int_eq(nni_xoshiro_normal_(&g, d, 0.0, 1e308), NNI_EINVAL);
ck_assert_int_eq(nni_xoshiro_normal_(&g, d, 1.7e308, 1e307), NNI_EINVAL);
#line 3161 "book/appP-performance.nw"
    ck_assert(memcmp(&g, &saved, sizeof g) == 0);
    for (size_t i = 0; i < n; i++)
        ck_assert(((const unsigned char *)nni_tensor_data(f))[i] == 0x7f);
    nni_tensor_free(f);
    nni_tensor_free(d);
}
END_TEST
#line 3212 "book/appP-performance.nw"
START_TEST(test_xoshiro_edges)
{
    nni_xoshiro_gen g;
    nni_tensor *f, *d;
    const size_t n = 40;
    uint64_t ref[NNI_XOSHIRO_LANES][4];
    ck_assert_int_eq(nni_tensor_new(&f, NNI_FLOAT32, 1, &n), NNI_OK);
    ck_assert_int_eq(nni_tensor_new(&d, NNI_FLOAT64, 1, &n), NNI_OK);
    ck_assert_int_eq(nni_xoshiro_seed(&g, 11), NNI_OK);
    ck_assert_int_eq(nni_xoshiro_normal_(&g, f, 0.5, 0.0), NNI_OK);
    for (size_t i = 0; i < n; i++)
        ck_assert(((const float *)nni_tensor_data(f))[i] == 0.5f);
    ck_assert_int_eq(nni_xoshiro_uniform_(&g, d, -3e38, 3e38), NNI_OK);
    ck_assert_int_eq(nni_xoshiro_seed(&g, 12), NNI_OK);
    ref_lanes(12, ref);
    ck_assert_int_eq(nni_xoshiro_jump(&g), NNI_OK);
    for (int l = 0; l < NNI_XOSHIRO_LANES; l++)
        ref_jump(ref[l], REF_JUMP[J192]);
    assert_lanes(&g.lanes, ref, "jump");
    nni_tensor_free(f);
    nni_tensor_free(d);
}
END_TEST

#line 2219 "book/appP-performance.nw"
int main(void)
{
    Suite *s = suite_create("kernels");
    TCase *tc = tcase_create("kernels");
    tcase_set_timeout(tc, 300);
    
#line 2342 "book/appP-performance.nw"
tcase_add_test(tc, test_mt_words);
#line 2394 "book/appP-performance.nw"
tcase_add_test(tc, test_torch_uniform);
#line 2449 "book/appP-performance.nw"
tcase_add_test(tc, test_torch_normal);
#line 2494 "book/appP-performance.nw"
tcase_add_test(tc, test_box_muller_exhaustive);
#line 2548 "book/appP-performance.nw"
tcase_add_test(tc, test_numpy_uniform);
#line 2591 "book/appP-performance.nw"
tcase_add_test(tc, test_numpy_gauss);
#line 2664 "book/appP-performance.nw"
tcase_add_test(tc, test_trunc);
#line 2688 "book/appP-performance.nw"
tcase_add_test(tc, test_variant_list);
#line 2846 "book/appP-performance.nw"
tcase_add_test(tc, test_xoshiro_known_answers);
#line 2911 "book/appP-performance.nw"
tcase_add_test(tc, test_xoshiro_stream);
#line 3044 "book/appP-performance.nw"
tcase_add_test(tc, test_xoshiro_fills);
#line 3082 "book/appP-performance.nw"
tcase_add_test(tc, test_xoshiro_public);
#line 3140 "book/appP-performance.nw"
tcase_add_test(tc, test_xoshiro_threads);
#line 3204 "book/appP-performance.nw"
tcase_add_test(tc, test_xoshiro_errors);
#line 3238 "book/appP-performance.nw"
tcase_add_test(tc, test_xoshiro_edges);
#line 2225 "book/appP-performance.nw"
    suite_add_tcase(s, tc);
    return run_suite(s);
}
