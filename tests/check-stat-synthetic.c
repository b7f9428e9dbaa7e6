#line 2960 "book/appA-stats.nw"
/* check-stat-synthetic -- 合成样本上的整组检查，以及 23 个变异体 */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "nninit.h"
#include "support/stat-synth.h"
#include "stat-harness.h"

#define N 131072

#line 2994 "book/appA-stats.nw"
typedef struct stat_case {
    nni_law_kind kind;
    double p[4];            /* 均匀：a, b；正态：m, s；截断正态：m, s, a, b */
    nni_dtype dtype;
} stat_case;

static const stat_case cases[] = {
    { NNI_LAW_UNIFORM,   { -0.3, 0.7, 0, 0 }, NNI_FLOAT32 },
    { NNI_LAW_UNIFORM,   { -0.08838834764831845, 0.08838834764831845, 0, 0 },
      NNI_FLOAT64 },
    { NNI_LAW_NORMAL,    { 1.5, 2.0, 0, 0 }, NNI_FLOAT32 },
    { NNI_LAW_NORMAL,    { 0.0, 0.05, 0, 0 }, NNI_FLOAT64 },
    { NNI_LAW_TRUNCNORM, { 0.1, 0.5, -0.5, 1.0 }, NNI_FLOAT32 },
    { NNI_LAW_TRUNCNORM, { 0.0, 1.0, -2.0, 2.0 }, NNI_FLOAT32 },
    { NNI_LAW_TRUNCNORM, { 0.0, 1.0, 2.0, 3.0 }, NNI_FLOAT64 },
    { NNI_LAW_TRUNCNORM, { 0.0, 0.001, -2.0, 2.0 }, NNI_FLOAT32 },
};
#define NCASES (sizeof cases / sizeof cases[0])

static void case_law(const stat_case *c, nni_law *law)
{
    nni_status st =
        c->kind == NNI_LAW_UNIFORM ? nni_law_uniform(law, c->p[0], c->p[1])
        : c->kind == NNI_LAW_NORMAL
            ? nni_law_normal(law, c->p[0], c->p[1])
            : nni_law_truncnorm(law, c->p[0], c->p[1], c->p[2], c->p[3]);
    ck_assert_int_eq(st, NNI_OK);
}
#line 3030 "book/appA-stats.nw"
static const nni_mutant mutants[] = {
    { "uniform: b - a scaled by 1.01 (upper bound 1 % too far)", false, NULL },
    { "uniform: b - a scaled by 0.999 (range 0.1 % short)", false, NULL },
    { "uniform: a + b*u instead of a + (b - a)*u", false, NULL },
    { "uniform: [0, b) instead of [a, b)", false, NULL },
    { "uniform: 16-bit resolution, u = k / 65536", false, NULL },
    { "uniform: u = ((rand() % 1000) + 0.5) / 1000", false, NULL },
    { "uniform: every draw used twice", false, NULL },
    { "uniform: range short by 1e-5 (equivalent at this n)", true, NULL },
    { "normal: std x 1.02", false, NULL },
    { "normal: variance used as std", false, NULL },
    { "normal: mean ignored", false, NULL },
    { "normal: mean + 0.03 std", false, NULL },
    { "normal: clamped to mean +- 3 std", false, NULL },
    { "normal: neighbours correlated, AR(1) with rho = 0.03", false, NULL },
    { "normal: 0.1 % of draws multiplied by 5", false, NULL },
    { "normal: Irwin-Hall(12) - 6 (equivalent at this n)", true, NULL },
    { "truncnorm: values clamped to [a, b] instead of redrawn", false, NULL },
    { "truncnorm: upper bound b + 0.05", false, NULL },
    { "truncnorm: bounds taken in std units", false, NULL },
    { "truncnorm: variance used as std", false, NULL },
    { "truncnorm: inverse CDF of 16-bit uniforms", false, NULL },
    { "truncnorm std 0.001: two values clamped to the bounds (torch #155588)",
      false, NULL },
    { "truncnorm(0, 1, -2, 2): uniform on [a, b]", false, NULL },
};

static const size_t target[] = { 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2,
                                 4, 4, 4, 4, 4, 7, 5 };
#line 3065 "book/appA-stats.nw"
static double clamp(double x, double lo, double hi)
{
    return x < lo ? lo : x > hi ? hi : x;
}

static void draw_mutant(int k, synth_rng *g, const nni_law *law, nni_dtype dt,
                        void *out, size_t n)
{
    double a = law->a, b = law->b, m = law->m, s = law->s, z = 0.0;
    nni_law w;
    switch (k) {
    
#line 3086 "book/appA-stats.nw"
case 1:
nni_law_uniform(&w, a, a + 1.01 * (b - a));
synth_draw(g, &w, dt, out, n);
break;
case 2:
nni_law_uniform(&w, a, a + 0.999 * (b - a));
synth_draw(g, &w, dt, out, n);
break;
case 3: nni_law_uniform(&w, a, a + b); synth_draw(g, &w, dt, out, n); break;
case 4: nni_law_uniform(&w, 0.0, b); synth_draw(g, &w, dt, out, n); break;
case 5:
    for (size_t i = 0; i < n; i++)
        synth_store(out, dt, i,
                    a + (b - a) * (double)(synth_next(g) >> 48) / 65536.0);
    break;
case 6:
    for (size_t i = 0; i < n; i++)
        synth_store(out, dt, i, a + (b - a)
                    * ((double)(synth_next(g) % 1000) + 0.5) / 1000.0);
    break;
case 7: {
    size_t size = nni_dtype_size(dt);
    synth_draw(g, law, dt, out, (n + 1) / 2);
    for (size_t i = n; i-- > 0;)        /* 从后往前展开：x0 x0 x1 x1 ... */
        memcpy((char *)out + i * size, (char *)out + (i / 2) * size, size);
    break;
}
case 8:
nni_law_uniform(&w, a, b - 1e-5 * (b - a));
synth_draw(g, &w, dt, out, n);
break;
#line 3077 "book/appA-stats.nw"
    
#line 3120 "book/appA-stats.nw"
case 9:  nni_law_normal(&w, m, 1.02 * s); synth_draw(g, &w, dt, out, n); break;
case 10: nni_law_normal(&w, m, s * s); synth_draw(g, &w, dt, out, n); break;
case 11: nni_law_normal(&w, 0.0, s); synth_draw(g, &w, dt, out, n); break;
case 12:
nni_law_normal(&w, m + 0.03 * s, s);
synth_draw(g, &w, dt, out, n);
break;
case 13:
    for (size_t i = 0; i < n; i++)
        synth_store(out, dt, i, m + s * clamp(synth_normal(g), -3.0, 3.0));
    break;
case 14:
    for (size_t i = 0; i < n; i++) {
        z = 0.03 * z + sqrt(1.0 - 0.03 * 0.03) * synth_normal(g);
        synth_store(out, dt, i, m + s * z);
    }
    break;
case 15:
    for (size_t i = 0; i < n; i++) {
        z = synth_normal(g);
        synth_store(out, dt, i, m + s * (synth_u53(g) < 0.001 ? 5.0 * z : z));
    }
    break;
case 16:
    for (size_t i = 0; i < n; i++) {
        z = -6.0;
        for (int j = 0; j < 12; j++)
            z += synth_u53(g);
        synth_store(out, dt, i, m + s * z);
    }
    break;
#line 3078 "book/appA-stats.nw"
    
#line 3154 "book/appA-stats.nw"
case 17:
    for (size_t i = 0; i < n; i++)
        synth_store(out, dt, i, clamp(m + s * synth_normal(g), a, b));
    break;
case 18:
nni_law_truncnorm(&w, m, s, a, b + 0.05);
synth_draw(g, &w, dt, out, n);
break;
case 19:
nni_law_truncnorm(&w, m, s, m + a * s, m + b * s);
synth_draw(g, &w, dt, out, n);
break;
case 20:
nni_law_truncnorm(&w, m, s *s, a, b);
synth_draw(g, &w, dt, out, n);
break;
case 21:
    for (size_t i = 0; i < n; i++) {
        double u = ((double)(synth_next(g) >> 48) + 0.5) / 65536.0;
        synth_store(out, dt, i, nni_law_quantile(law, u));
    }
    break;
case 22:
    synth_draw(g, law, dt, out, n);
    synth_store(out, dt, 17, a);
    synth_store(out, dt, n / 3, b);
    break;
case 23: nni_law_uniform(&w, a, b); synth_draw(g, &w, dt, out, n); break;
#line 3079 "book/appA-stats.nw"
    default:
        ck_abort_msg("no mutant %d", k);
    }
}
#line 3189 "book/appA-stats.nw"
START_TEST(test_battery)
{
    nni_stat_test t = NNI_STAT_BEGIN();
    if (t.mutant > 0 && target[t.mutant - 1] != (size_t)_i)
        return;
    const stat_case *c = &cases[_i];
    const size_t shape[2] = { 512, 256 };
    nni_law law;
    nni_tensor *w;
    nni_sample *s;
    synth_rng g;
    case_law(c, &law);
    ck_assert_int_eq(nni_tensor_new(&w, c->dtype, 2, shape), NNI_OK);
    synth_seed(&g, t.seed);
    if (t.mutant > 0)
        draw_mutant(t.mutant, &g, &law, c->dtype, nni_tensor_data(w), N);
    else
        synth_draw(&g, &law, c->dtype, nni_tensor_data(w), N);
    ck_assert_int_eq(nni_sample_from_tensor(&s, w), NNI_OK);
    NNI_ASSERT_BATTERY(&t, s, &law);
    nni_sample_free(s);
    nni_tensor_free(w);
}
END_TEST
#line 3223 "book/appA-stats.nw"
START_TEST(test_pooled)
{
    nni_stat_test t = NNI_STAT_BEGIN();
    if (t.mutant > 0)
        return;
    float part[16384];
    nni_law law;
    nni_sample *s = NULL;
    synth_rng g;
    ck_assert_int_eq(nni_law_uniform(&law, -0.3, 0.7), NNI_OK);
    synth_seed(&g, t.seed);
    for (int k = 0; k < 8; k++) {
        synth_draw(&g, &law, NNI_FLOAT32, part, 16384);
        if (k == 0)
            ck_assert_int_eq(nni_sample_new(&s, NNI_FLOAT32, part, 16384),
                             NNI_OK);
        else
            ck_assert_int_eq(nni_sample_append(s, part, 16384), NNI_OK);
    }
    ck_assert_uint_eq(nni_sample_size(s), N);
    NNI_ASSERT_BATTERY(&t, s, &law);
    nni_sample_free(s);
}
END_TEST

#line 2976 "book/appA-stats.nw"
int main(void)
{
    Suite *s = suite_create("stat-synthetic");
    TCase *tc = tcase_create("battery");
    tcase_set_timeout(tc, 60);
    
#line 3216 "book/appA-stats.nw"
tcase_add_loop_test(tc, test_battery, 0, (int)NCASES);
#line 3250 "book/appA-stats.nw"
tcase_add_test(tc, test_pooled);
#line 2982 "book/appA-stats.nw"
    suite_add_tcase(s, tc);
    return nni_stat_main(s, "stat-synthetic", mutants,
                         sizeof mutants / sizeof mutants[0]);
}
