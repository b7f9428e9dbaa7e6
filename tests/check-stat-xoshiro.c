#line 3258 "book/appP-performance.nw"
/* check-stat-xoshiro -- 快速生成器的统计检验与变异体（附录“性能”） */
#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "nninit.h"
#include "stat-harness.h"

#line 3284 "book/appP-performance.nw"
enum test_id { T_UNIFORM, T_NORMAL, T_WORDS, T_CHUNKS };
#define ON(t) (1u << (t))

enum mutant_id {
    M_NONE, M_SAME_LANES, M_16BIT, M_LOW_HALF_TWICE, M_COS_TWICE,
    M_VARIANCE, M_FROM_ZERO, M_COUNT
};
#line 3295 "book/appP-performance.nw"
static const nni_mutant mutants[M_COUNT - 1] = {
    [M_SAME_LANES - 1] = { "the 8 lanes are not jumped apart", false, NULL },
    [M_16BIT - 1] = { "16-bit uniforms", false, NULL },
    [M_LOW_HALF_TWICE - 1] = { "the low half of each output used twice",
                               false, NULL },
    [M_COS_TWICE - 1] = { "Box-Muller with cos for both values", false, NULL },
    [M_VARIANCE - 1] = { "variance used as std", false, NULL },
    [M_FROM_ZERO - 1] = { "uniform on [0, b) instead of [a, b)", false, NULL },
};

static const unsigned targets[M_COUNT - 1] = {
    [M_SAME_LANES - 1] = ON(T_UNIFORM) | ON(T_WORDS),
    [M_16BIT - 1] = ON(T_UNIFORM), [M_LOW_HALF_TWICE - 1] = ON(T_WORDS),
    [M_COS_TWICE - 1] = ON(T_NORMAL), [M_VARIANCE - 1] = ON(T_NORMAL),
    [M_FROM_ZERO - 1] = ON(T_UNIFORM) | ON(T_CHUNKS),
};

static bool skip(const nni_stat_test *t, enum test_id id)
{
    return t->mutant > 0 && (targets[t->mutant - 1] & ON(id)) == 0;
}
#line 3321 "book/appP-performance.nw"
static void store(nni_tensor *t, size_t i, double v)
{
    if (nni_tensor_dtype(t) == NNI_FLOAT32)
        ((float *)nni_tensor_data(t))[i] = (float)v;
    else
        ((double *)nni_tensor_data(t))[i] = v;
}
#line 3335 "book/appP-performance.nw"
static nni_status impl_uniform(int m, nni_xoshiro_gen *g, nni_tensor *w,
                               double a, double b)
{
    if (m == M_SAME_LANES)
        for (int k = 0; k < 4; k++)
            for (int l = 1; l < NNI_XOSHIRO_LANES; l++)
                g->lanes.s[k][l] = g->lanes.s[k][0];
    if (m == M_FROM_ZERO)
        a = 0.0;
    if (m != M_16BIT)
        return nni_xoshiro_uniform_(g, w, a, b);
    
#line 3351 "book/appP-performance.nw"
const size_t n = nni_tensor_numel(w);
uint32_t *r = malloc(n * sizeof *r);
ck_assert_ptr_nonnull(r);
ck_assert_int_eq(nni_xoshiro_words(g, r, n), NNI_OK);
for (size_t i = 0; i < n; i++)
    store(w, i, a + (b - a) * (double)(r[i] >> 16) / 65536.0);
free(r);
return NNI_OK;
#line 3347 "book/appP-performance.nw"
}
#line 3365 "book/appP-performance.nw"
static nni_status impl_normal(int m, nni_xoshiro_gen *g, nni_tensor *w,
                              double mean, double std)
{
    if (m == M_VARIANCE)
        return nni_xoshiro_normal_(g, w, mean, std * std);
    if (m != M_COS_TWICE)
        return nni_xoshiro_normal_(g, w, mean, std);
    const size_t n = nni_tensor_numel(w);
    uint32_t *r = malloc((n + 1) * sizeof *r);
    ck_assert_ptr_nonnull(r);
    ck_assert_int_eq(nni_xoshiro_words(g, r, n + 1), NNI_OK);
    for (size_t i = 0; i + 1 < n; i += 2) {
        const double u1 = 1.0 - (double)(r[i] >> 8) * 0x1p-24;
        const double u2 = (double)(r[i + 1] >> 8) * 0x1p-24;
        const double theta = 2.0 * 3.141592653589793 * u2;
        const double z = sqrt(-2.0 * log(u1)) * cos(theta);
        store(w, i, mean + std * z);
        store(w, i + 1, mean + std * z);
    }
    free(r);
    return NNI_OK;
}
#line 3393 "book/appP-performance.nw"
static void check_fill(const nni_stat_test *t, nni_dtype dt, size_t rows,
                       bool normal, double p0, double p1, const nni_law *law)
{
    nni_xoshiro_gen g;
    nni_tensor *w;
    nni_sample *s;
    const size_t shape[2] = { rows, 256 };
    ck_assert_int_eq(nni_xoshiro_seed(&g, t->seed), NNI_OK);
    ck_assert_int_eq(nni_xoshiro_set_threads(&g, 2), NNI_OK);
    ck_assert_int_eq(nni_tensor_new(&w, dt, 2, shape), NNI_OK);
    ck_assert_int_eq(normal ? impl_normal(t->mutant, &g, w, p0, p1)
                            : impl_uniform(t->mutant, &g, w, p0, p1), NNI_OK);
    ck_assert_int_eq(nni_sample_from_tensor(&s, w), NNI_OK);
    NNI_ASSERT_BATTERY(t, s, law);
    nni_sample_free(s);
    nni_tensor_free(w);
}
#line 3413 "book/appP-performance.nw"
static const nni_dtype dtypes[2] = { NNI_FLOAT32, NNI_FLOAT64 };

START_TEST(test_uniform)
{
    nni_stat_test t = NNI_STAT_BEGIN();
    if (skip(&t, T_UNIFORM))
        return;
    nni_law law;
    ck_assert_int_eq(nni_law_uniform(&law, -0.3, 0.7), NNI_OK);
    check_fill(&t, dtypes[_i], 512, false, -0.3, 0.7, &law);
}
END_TEST

START_TEST(test_normal)
{
    nni_stat_test t = NNI_STAT_BEGIN();
    if (skip(&t, T_NORMAL))
        return;
    nni_law law;
    ck_assert_int_eq(nni_law_normal(&law, 1.5, 2.0), NNI_OK);
    check_fill(&t, dtypes[_i], 512, true, 1.5, 2.0, &law);
}
END_TEST
#line 3448 "book/appP-performance.nw"
START_TEST(test_words)
{
    nni_stat_test t = NNI_STAT_BEGIN();
    if (skip(&t, T_WORDS))
        return;
    enum { N = 131072 };
    nni_xoshiro_gen g;
    uint32_t *w = malloc(N * sizeof *w);
    double *u = malloc(N * sizeof *u);
    ck_assert(w != NULL && u != NULL);
    ck_assert_int_eq(nni_xoshiro_seed(&g, t.seed), NNI_OK);
    if (t.mutant == M_SAME_LANES)
        for (int k = 0; k < 4; k++)
            for (int l = 1; l < NNI_XOSHIRO_LANES; l++)
                g.lanes.s[k][l] = g.lanes.s[k][0];
    ck_assert_int_eq(nni_xoshiro_words(&g, w, N), NNI_OK);
    
#line 3470 "book/appP-performance.nw"
for (size_t i = 0; i < N; i++)
    u[i] = (double)w[t.mutant == M_LOW_HALF_TWICE && i % 16 >= 8 ? i - 8 : i]
           * 0x1p-32;
nni_sample *s;
nni_law law;
ck_assert_int_eq(nni_sample_new(&s, NNI_FLOAT64, u, N), NNI_OK);
ck_assert_int_eq(nni_law_uniform(&law, 0.0, 1.0), NNI_OK);
NNI_ASSERT_BATTERY(&t, s, &law);
nni_sample_free(s);
free(w);
free(u);
#line 3465 "book/appP-performance.nw"
}
END_TEST
#line 3491 "book/appP-performance.nw"
START_TEST(test_chunks)
{
    nni_stat_test t = NNI_STAT_BEGIN();
    if (skip(&t, T_CHUNKS))
        return;
    nni_law law;
    ck_assert_int_eq(nni_law_uniform(&law, -0.3, 0.7), NNI_OK);
    check_fill(&t, NNI_FLOAT32, 8193, false, -0.3, 0.7, &law);
}
END_TEST

#line 3272 "book/appP-performance.nw"
int main(void)
{
    Suite *s = suite_create("stat-xoshiro");
    TCase *tc = tcase_create("stat");
    tcase_set_timeout(tc, 120);
    
#line 3439 "book/appP-performance.nw"
tcase_add_loop_test(tc, test_uniform, 0, 2);
tcase_add_loop_test(tc, test_normal, 0, 2);
#line 3484 "book/appP-performance.nw"
tcase_add_test(tc, test_words);
#line 3504 "book/appP-performance.nw"
tcase_add_test(tc, test_chunks);
#line 3278 "book/appP-performance.nw"
    suite_add_tcase(s, tc);
    return nni_stat_main(s, "stat-xoshiro", mutants, M_COUNT - 1);
}
