#line 3704 "book/appA-stats.nw"
/* check-stats -- 统计模块的单元测试：与 SciPy 的参考值比较、错误、内存不足 */
#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nninit.h"
#include "support/stat-synth.h"
#include "stat-harness.h"
#include "test-support.h"

#line 3737 "book/appA-stats.nw"
#define GOLDEN "tests/golden/stats/"

static FILE *open_golden(const char *name)
{
    char path[256];
    snprintf(path, sizeof path, GOLDEN "%s", name);
    FILE *f = fopen(path, "r");
    ck_assert_msg(f != NULL,
                  "cannot open %s (run the tests from the top directory)",
                  path);
    return f;
}

/* 读一行数（跳过注释行）；返回读到的个数，文件结束时返回 0 */
static size_t read_numbers(FILE *f, double *v, size_t max)
{
    char line[8192];
    while (fgets(line, sizeof line, f) != NULL) {
        if (line[0] == '#' || line[0] == '\n')
            continue;
        size_t k = 0;
        char *p = line, *end;
        while (*p == ' ' || (*p >= 'a' && *p <= 'z' && strncmp(p, "nan", 3) != 0
                             && strncmp(p, "inf", 3) != 0))
            p++;                        /* 跳过行首的名字，如 law、stats */
        while (k < max && (v[k] = strtod(p, &end), end != p)) {
            p = end;
            k++;
        }
        return k;
    }
    return 0;
}
#line 3776 "book/appA-stats.nw"
#define CLOSE(got, want, rtol, atol, ...)                                      \
    close_enough(__LINE__, got, want, rtol, atol, __VA_ARGS__)

static void close_enough(int line, double got, double want, double rtol,
                         double atol, const char *what, double arg)
{
    if (isnan(want) || isinf(want)) {
        ck_assert_msg(isnan(want) ? isnan(got) : got == want,
                      "line %d: %s(%.17g) = %.17g, want %.17g", line, what, arg,
                      got, want);
        return;
    }
    double err = fabs(got - want);
    ck_assert_msg(err <= atol || err <= rtol * fabs(want),
                  "line %d: %s(%.17g) = %.17g, want %.17g "
                  "(relative error %.3g)", line, what, arg, got, want,
                  want != 0.0 ? err / fabs(want) : err);
}

/* 一个很小的概率 e^-L 由 exp 算出，L 的舍入误差使相对误差约为 L 个 ulp */
static double log_tol(double want)
{
    return want > 0.0 ? 2e-15 * fabs(log(want)) : 0.0;
}

static double golden_threshold(const char *name)
{
    FILE *f = open_golden("thresholds.txt");
    char line[256], key[128];
    double value;
    while (fgets(line, sizeof line, f) != NULL)
        if (line[0] != '#' && sscanf(line, "%127s %lf", key, &value) == 2
            && strcmp(key, name) == 0) {
            fclose(f);
            return value;
        }
    fclose(f);
    ck_abort_msg("no threshold %s", name);
    return NAN;
}
#line 4121 "book/appA-stats.nw"
typedef struct golden_sample {
    nni_law law;
    size_t n;
    double stat[14];        /* n mean var m2 m3 m4 D p A2 bins X2 r1 distinct */
    double *x;
} golden_sample;

static void read_sample(const char *name, golden_sample *g)
{
    double head[5];
    FILE *f = open_golden(name);
    ck_assert_uint_eq(read_numbers(f, head, 5), 5);
    nni_status st =
        head[0] == 0.0 ? nni_law_uniform(&g->law, head[1], head[2])
        : head[0] == 1.0
            ? nni_law_normal(&g->law, head[1], head[2])
            : nni_law_truncnorm(&g->law, head[1], head[2], head[3], head[4]);
    ck_assert_int_eq(st, NNI_OK);
    ck_assert_uint_eq(read_numbers(f, g->stat, 14), 13);
    g->n = (size_t)g->stat[0];
    g->x = malloc(g->n * sizeof *g->x);
    for (size_t i = 0; i < g->n; i++)
        ck_assert_uint_eq(read_numbers(f, &g->x[i], 1), 1);
    fclose(f);
}
#line 3826 "book/appA-stats.nw"
START_TEST(test_normal)
{
    double v[4];
    FILE *f = open_golden("normal.txt");
    while (read_numbers(f, v, 4) == 4) {
        double tol = 1e-15 + 4e-16 * v[0] * v[0];
        CLOSE(nni_normal_cdf(v[0]), v[1], tol, 1e-300, "cdf", v[0]);
        CLOSE(nni_normal_sf(v[0]), v[2], tol, 1e-300, "sf", v[0]);
        CLOSE(nni_normal_pdf(v[0]), v[3], tol, 1e-300, "pdf", v[0]);
    }
    fclose(f);
    f = open_golden("normal-quantile.txt");
    while (read_numbers(f, v, 2) == 2) {
        CLOSE(nni_normal_quantile(v[0]), v[1], 4e-15, 1e-300, "quantile", v[0]);
        if (v[0] < 0.5)
            CLOSE(nni_normal_isf(v[0]), -v[1], 4e-15, 1e-300, "isf", v[0]);
    }
    fclose(f);
    ck_assert(nni_normal_quantile(0.0) == -INFINITY
              && nni_normal_quantile(1.0) == INFINITY);
    ck_assert(isnan(nni_normal_quantile(-0.1))
              && isnan(nni_normal_quantile(NAN)));
    ck_assert(isnan(nni_normal_cdf(NAN)) && nni_normal_cdf(-INFINITY) == 0.0);
    ck_assert(nni_normal_sf(-INFINITY) == 1.0
              && nni_normal_isf(0.0) == INFINITY);
}
END_TEST
#line 3865 "book/appA-stats.nw"
START_TEST(test_gamma)
{
    double v[4];
    FILE *f = open_golden("gamma.txt");
    while (read_numbers(f, v, 4) == 4) {
        double tol = v[0] < 1000.0 ? 1e-13 : 1e-11;
        CLOSE(nni_gamma_p(v[0], v[1]), v[2], tol + log_tol(v[2]), 1e-300, "P",
              v[1]);
        CLOSE(nni_gamma_q(v[0], v[1]), v[3], tol + log_tol(v[3]), 1e-300, "Q",
              v[1]);
    }
    fclose(f);
    ck_assert(isnan(nni_gamma_p(0.0, 1.0)) && isnan(nni_gamma_q(1.0, -1.0)));
    ck_assert(isnan(nni_gamma_p(NAN, 1.0))
              && nni_gamma_q(2.0, INFINITY) == 0.0);
}
END_TEST
#line 3889 "book/appA-stats.nw"
START_TEST(test_chi2)
{
    double v[4];
    FILE *f = open_golden("chi2.txt");
    while (read_numbers(f, v, 4) == 4) {
        double tol = v[0] < 2000.0 ? 1e-13 : 1e-11;
        CLOSE(nni_chi2_cdf(v[1], v[0]), v[2], tol + log_tol(v[2]), 1e-300,
              "chi2 cdf", v[1]);
        CLOSE(nni_chi2_sf(v[1], v[0]), v[3], tol + log_tol(v[3]), 1e-300,
              "chi2 sf", v[1]);
    }
    fclose(f);
    f = open_golden("chi2-quantile.txt");
    while (read_numbers(f, v, 4) == 4) {
        CLOSE(nni_chi2_quantile(v[1], v[0]), v[2], 1e-12, 0.0, "chi2 quantile",
              v[1]);
        CLOSE(nni_chi2_isf(v[1], v[0]), v[3], 1e-12, 0.0, "chi2 isf", v[1]);
    }
    fclose(f);
    ck_assert(nni_chi2_cdf(-1.0, 3.0) == 0.0 && nni_chi2_sf(0.0, 3.0) == 1.0);
    ck_assert(isnan(nni_chi2_cdf(1.0, 0.0)) && isnan(nni_chi2_isf(1.5, 3.0)));
    ck_assert(nni_chi2_isf(0.0, 3.0) == INFINITY
              && nni_chi2_quantile(0.0, 3.0) == 0.0);
}
END_TEST
#line 3927 "book/appA-stats.nw"
START_TEST(test_kolmogorov)
{
    double v[3];
    FILE *f = open_golden("kolmogorov.txt");
    while (read_numbers(f, v, 2) == 2)
        CLOSE(nni_kolmogorov_sf(v[0]), v[1], 1e-13, 1e-16, "kolmogorov sf",
              v[0]);
    fclose(f);
    f = open_golden("kolmogorov-isf.txt");
    while (read_numbers(f, v, 2) == 2)
        CLOSE(nni_kolmogorov_isf(v[0]), v[1], 1e-12, 0.0, "kolmogorov isf",
              v[0]);
    fclose(f);
    f = open_golden("ks-finite.txt");
    while (read_numbers(f, v, 3) == 3)
        CLOSE(nni_ks_pvalue(v[1], (size_t)v[0]), v[2],
              v[0] > 100000 ? 0.01 : 0.05, 0.0, "Stephens p vs exact", v[0]);
    fclose(f);
    ck_assert(nni_kolmogorov_sf(0.0) == 1.0
              && nni_kolmogorov_isf(0.0) == INFINITY);
    ck_assert(isnan(nni_ks_pvalue(0.1, 0)) && isnan(nni_kolmogorov_isf(2.0)));
}
END_TEST
#line 3964 "book/appA-stats.nw"
START_TEST(test_anderson_darling_law)
{
    double v[2];
    FILE *f = open_golden("ad-inf.txt");
    while (read_numbers(f, v, 2) == 2) {
        if (v[0] < 4.0)
            CLOSE(nni_ad_sf(v[0]), v[1], 0.0, 3e-5, "ad sf (ADinf)", v[0]);
        else
            CLOSE(nni_ad_sf(v[0]), v[1], 2e-3, 0.0, "ad sf (tail)", v[0]);
        if (v[0] == 10.86)
            ck_assert(v[1] > 5.0 * (1.0 - exp(-exp(1.0776 - (2.30695
                      - (0.43424 - (0.082433 - (0.008056 - 0.0003146 * 10.86)
                      * 10.86) * 10.86) * 10.86) * 10.86))));
    }
    fclose(f);
    CLOSE(nni_ad_isf(1e-6), golden_threshold("ad_1e-6"), 1e-5, 0.0, "ad isf",
          1e-6);
    CLOSE(nni_ad_isf(1e-4), golden_threshold("ad_1e-4"), 1e-4, 0.0, "ad isf",
          1e-4);
    CLOSE(nni_ad_isf(0.01), golden_threshold("ad_0.01"), 1e-3, 0.0, "ad isf",
          0.01);
    ck_assert(nni_ad_sf(0.0) == 1.0 && isnan(nni_ad_sf(NAN))
              && isnan(nni_ad_isf(-1.0)));
}
END_TEST
#line 4002 "book/appA-stats.nw"
START_TEST(test_law_moments)
{
    double v[17];
    FILE *f = open_golden("law-moments.txt");
    while (read_numbers(f, v, 17) == 17) {
        nni_law law;
        nni_status st = v[0] == 0.0 ? nni_law_uniform(&law, v[1], v[2])
                      : v[0] == 1.0 ? nni_law_normal(&law, v[1], v[2])
                      : nni_law_truncnorm(&law, v[1], v[2], v[3], v[4]);
        ck_assert_int_eq(st, NNI_OK);
        double scale = sqrt(v[6]);
        CLOSE(law.mean, v[5], 1e-14, 1e-15 * scale, "mean", v[1]);
        for (int k = 2; k <= 12; k++)
            CLOSE(law.mu[k], v[4 + k], 1e-12, 1e-13 * pow(scale, k), "moment",
                  (double)k);
    }
    fclose(f);
}
END_TEST
#line 4031 "book/appA-stats.nw"
START_TEST(test_truncnorm)
{
    double v[8];
    nni_law law;
    FILE *f = open_golden("truncnorm.txt");
    while (read_numbers(f, v, 8) == 8) {
        ck_assert_int_eq(nni_law_truncnorm(&law, v[0], v[1], v[2], v[3]),
                         NNI_OK);
        CLOSE(nni_law_cdf(&law, v[4]), v[5], 1e-12, 1e-300, "truncnorm cdf",
              v[4]);
        CLOSE(nni_law_sf(&law, v[4]), v[6], 1e-12, 1e-300, "truncnorm sf",
              v[4]);
        CLOSE(nni_law_pdf(&law, v[4]), v[7], 1e-12, 1e-300, "truncnorm pdf",
              v[4]);
    }
    fclose(f);
    f = open_golden("truncnorm-quantile.txt");
    while (read_numbers(f, v, 6) == 6) {
        ck_assert_int_eq(nni_law_truncnorm(&law, v[0], v[1], v[2], v[3]),
                         NNI_OK);
        CLOSE(nni_law_quantile(&law, v[4]), v[5], 1e-12, 1e-13 * v[1],
              "truncnorm quantile", v[4]);
    }
    fclose(f);
}
END_TEST
#line 4066 "book/appA-stats.nw"
START_TEST(test_law_basics)
{
    nni_law u, g, t = { .kind = NNI_LAW_NORMAL };
    char text[80];
    ck_assert_int_eq(nni_law_uniform(&u, -0.3, 0.7), NNI_OK);
    ck_assert(nni_law_cdf(&u, -0.3) == 0.0 && nni_law_cdf(&u, 0.7) == 1.0);
    ck_assert(nni_law_pdf(&u, 0.0) == 1.0 && nni_law_pdf(&u, 0.8) == 0.0);
    ck_assert(nni_law_quantile(&u, 1.0) == 0.7
              && nni_law_quantile(&u, 0.0) == -0.3);
    CLOSE(nni_law_sf(&u, 0.2), 0.5, 1e-15, 0.0, "uniform sf", 0.2);
    ck_assert_int_eq(nni_law_normal(&g, 1.5, 2.0), NNI_OK);
    ck_assert(nni_law_cdf(&g, 1.5) == 0.5 && nni_law_quantile(&g, 0.5) == 1.5);
    CLOSE(nni_law_sf(&g, 5.5), nni_normal_sf(2.0), 1e-15, 0.0, "normal sf",
          5.5);
    ck_assert_int_eq(nni_law_describe(&u, text, sizeof text), NNI_OK);
    ck_assert_str_eq(text, "uniform(a=-0.3, b=0.7)");
    ck_assert_int_eq(nni_law_describe(&g, text, sizeof text), NNI_OK);
    ck_assert_str_eq(text, "normal(mean=1.5, std=2)");
    
#line 4092 "book/appA-stats.nw"
ck_assert_int_eq(nni_law_uniform(NULL, 0.0, 1.0), NNI_EINVAL);
ck_assert_int_eq(nni_law_uniform(&t, 1.0, 1.0), NNI_EINVAL);
ck_assert_int_eq(nni_law_uniform(&t, 0.0, INFINITY), NNI_EINVAL);
ck_assert_int_eq(nni_law_uniform(&t, NAN, 1.0), NNI_EINVAL);
ck_assert_int_eq(nni_law_normal(&t, 0.0, 0.0), NNI_EINVAL);
ck_assert_int_eq(nni_law_normal(&t, NAN, 1.0), NNI_EINVAL);
ck_assert_int_eq(nni_law_truncnorm(&t, 0.0, 1.0, 2.0, -2.0), NNI_EINVAL);
ck_assert_int_eq(nni_law_truncnorm(&t, 0.0, 1.0, NAN, 2.0), NNI_EINVAL);
ck_assert_int_eq(nni_law_truncnorm(&t, 0.0, -1.0, -2.0, 2.0), NNI_EINVAL);
ck_assert_int_eq(nni_law_truncnorm(&t, 0.0, 1.0, 40.0, 41.0), NNI_EINVAL);
ck_assert(strlen(nni_errmsg()) > 0);
ck_assert_int_eq(t.kind, NNI_LAW_NORMAL);        /* 失败时 *law 不变 */
ck_assert_int_eq(nni_law_describe(&u, NULL, 10), NNI_EINVAL);
#line 4085 "book/appA-stats.nw"
    ck_assert(isnan(nni_law_cdf(NULL, 0.0))
              && isnan(nni_law_quantile(&u, 1.5)));
}
END_TEST
#line 4149 "book/appA-stats.nw"
static const char *const sample_files[] = {
    "sample-uniform.txt", "sample-normal.txt", "sample-truncnorm.txt",
    "sample-ties.txt", "sample-wrong.txt"
};

START_TEST(test_sample_statistics)
{
    golden_sample g;
    read_sample(sample_files[_i], &g);
    const double *e = g.stat;
    double mean, var, m, d, a2, x2, r1;
    size_t u;
    ck_assert_int_eq(nni_stats_mean_var(g.x, g.n, &mean, &var), NNI_OK);
    CLOSE(mean, e[1], 1e-15, 1e-16, "mean", 0.0);
    CLOSE(var, e[2], 1e-14, 0.0, "variance", 0.0);
    for (unsigned k = 2; k <= 4; k++) {
        ck_assert_int_eq(nni_stats_moment(g.x, g.n, g.law.mean, k, &m), NNI_OK);
        CLOSE(m, e[1 + k], 1e-13, 1e-15, "moment", (double)k);
    }
    
#line 4175 "book/appA-stats.nw"
ck_assert_int_eq(nni_stats_ks(g.x, g.n, &g.law, &d), NNI_OK);
CLOSE(d, e[6], 1e-13, 0.0, "ks D", 0.0);
if (g.n >= 1000)
    CLOSE(nni_ks_pvalue(d, g.n), e[7], 0.05, 1e-12, "ks p", 0.0);
ck_assert_int_eq(nni_stats_ad(g.x, g.n, &g.law, &a2), NNI_OK);
CLOSE(a2, e[8], 1e-11, 0.0, "ad A2", 0.0);
ck_assert_int_eq(nni_stats_chi2(g.x, g.n, &g.law, (size_t)e[9], &x2), NNI_OK);
CLOSE(x2, e[10], 1e-12, 0.0, "chi2 X2", e[9]);
ck_assert_int_eq(nni_stats_lag1(g.x, g.n, &r1), NNI_OK);
CLOSE(r1, e[11], 1e-11, 1e-15, "lag1", 0.0);
ck_assert_int_eq(nni_stats_distinct(g.x, g.n, &u), NNI_OK);
ck_assert_uint_eq(u, (size_t)e[12]);
#line 4169 "book/appA-stats.nw"
    free(g.x);
}
END_TEST
#line 4199 "book/appA-stats.nw"
START_TEST(test_variance_offset)
{
    double head[3], mean, var, s = 0.0, s2 = 0.0;
    FILE *f = open_golden("variance-offset.txt");
    ck_assert_uint_eq(read_numbers(f, head, 3), 3);
    size_t n = (size_t)head[0];
    double *x = malloc(n * sizeof *x);
    for (size_t i = 0; i < n; i++) {
        ck_assert_uint_eq(read_numbers(f, &x[i], 1), 1);
        s += x[i];
        s2 += x[i] * x[i];
    }
    fclose(f);
    ck_assert_int_eq(nni_stats_mean_var(x, n, &mean, &var), NNI_OK);
    CLOSE(mean, head[1], 1e-16, 0.0, "mean", 0.0);
    CLOSE(var, head[2], 1e-12, 0.0, "variance", 0.0);
    double naive = (s2 - s * s / (double)n) / (double)(n - 1);
    ck_assert_msg(fabs(naive - head[2]) > 0.1 * head[2], "naive variance %g",
                  naive);
    free(x);
}
END_TEST
#line 4231 "book/appA-stats.nw"
START_TEST(test_statistics_errors)
{
    const double x[4] = { 1.0, 2.0, 3.0, 4.0 }, bad[3] = { 1.0, NAN, 2.0 };
    const double same[3] = { 5.0, 5.0, 5.0 };
    double out = 42.0, out2 = 43.0;
    size_t count = 7;
    nni_law law;
    ck_assert_int_eq(nni_law_uniform(&law, 0.0, 5.0), NNI_OK);
    ck_assert_int_eq(nni_stats_mean_var(NULL, 4, &out, &out2), NNI_EINVAL);
    ck_assert_int_eq(nni_stats_mean_var(x, 1, &out, &out2), NNI_EINVAL);
    ck_assert_int_eq(nni_stats_mean_var(bad, 3, &out, &out2), NNI_EINVAL);
    ck_assert_ptr_nonnull(strstr(nni_errmsg(), "x[1]"));
    ck_assert_int_eq(nni_stats_moment(x, 4, 0.0, 0, &out), NNI_EINVAL);
    ck_assert_int_eq(nni_stats_moment(x, 4, NAN, 2, &out), NNI_EINVAL);
    ck_assert_int_eq(nni_stats_ks(x, 4, NULL, &out), NNI_EINVAL);
    ck_assert_int_eq(nni_stats_ad(x, 4, &law, NULL), NNI_EINVAL);
    ck_assert_int_eq(nni_stats_chi2(x, 4, &law, 1, &out), NNI_EINVAL);
    ck_assert_int_eq(nni_stats_chi2(x, 4, &law, 5, &out), NNI_EINVAL);
    ck_assert_int_eq(nni_stats_lag1(same, 3, &out), NNI_EINVAL);
    ck_assert_int_eq(nni_stats_distinct(bad, 3, &count), NNI_EINVAL);
    ck_assert(out == 42.0 && out2 == 43.0 && count == 7);
    ck_assert_int_eq(nni_stats_moment(x, 4, 2.5, 2, &out), NNI_OK);
    ck_assert(out == 1.25);  /* (2.25 + 0.25 + 0.25 + 2.25) / 4 */
    ck_assert_int_eq(nni_stats_mean_var(x, 4, &out, &out2), NNI_OK);
    ck_assert(out == 2.5 && out2 == 5.0 / 3.0);
}
END_TEST
#line 4272 "book/appA-stats.nw"
static double *quantile_sample(const nni_law *law, size_t n, uint64_t seed)
{
    double *x = malloc(n * sizeof *x);
    synth_rng g;
    synth_seed(&g, seed);
    for (size_t i = 0; i < n; i++)
        x[i] = nni_law_quantile(law, ((double)i + 0.5) / (double)n);
    for (size_t i = n - 1; i > 0; i--) {        /* Fisher-Yates 洗牌 */
        size_t j = (size_t)(synth_next(&g) % (i + 1));
        double v = x[i];
        x[i] = x[j];
        x[j] = v;
    }
    return x;
}

static const nni_check_result *find(const nni_battery *b, const char *name)
{
    for (size_t k = 0; k < b->count; k++)
        if (strcmp(b->result[k].name, name) == 0)
            return &b->result[k];
    ck_abort_msg("no check %s in the battery", name);
    return NULL;
}
#line 4299 "book/appA-stats.nw"
START_TEST(test_check_thresholds)
{
    const size_t n = 131072;
    nni_law law;
    nni_battery b;
    nni_sample *s;
    ck_assert_int_eq(nni_law_normal(&law, 0.0, 1.0), NNI_OK);
    double *x = quantile_sample(&law, n, 1);
    ck_assert_int_eq(nni_sample_new(&s, NNI_FLOAT64, x, n), NNI_OK);
    ck_assert_int_eq(nni_check_battery(&b, s, &law, NULL), NNI_OK);
    ck_assert_uint_eq(b.failed, 0);
    ck_assert_uint_eq(b.count, 12);         /* 正态分布：没有 bounds 与 atoms */
    
#line 4319 "book/appA-stats.nw"
double rn = sqrt((double)n);
CLOSE(find(&b, "mean")->hi, golden_threshold("z_two_sided_1e-6"), 1e-14, 0.0,
      "z", 0.0);
CLOSE(find(&b, "lag1")->lo, -golden_threshold("z_two_sided_1e-6"), 1e-14, 0.0,
      "z", 0.0);
CLOSE(find(&b, "var")->lo, golden_threshold("var_chi2_lo_1e-6_131072"), 1e-11,
      0.0, "var", 0.0);
CLOSE(find(&b, "var")->hi, golden_threshold("var_chi2_hi_1e-6_131072"), 1e-11,
      0.0, "var", 1.0);
CLOSE(find(&b, "ks")->hi * (rn + 0.12 + 0.11 / rn),
      golden_threshold("ks_lambda_1e-6"),
      1e-12, 0.0, "ks", 0.0);
CLOSE(find(&b, "ad")->hi, golden_threshold("ad_1e-6"), 1e-5, 0.0, "ad", 0.0);
CLOSE(find(&b, "chi2")->hi, golden_threshold("chi2_isf_1e-6_222"), 1e-12, 0.0,
      "chi2", 0.0);
CLOSE(find(&b, "reach_lo")->hi, golden_threshold("reach_normal_min_131072"),
      1e-13, 1e-12, "reach", 0.0);
CLOSE(find(&b, "outlier")->hi, golden_threshold("outlier_z_131072"), 1e-12, 0.0,
      "outlier", 0.0);
ck_assert_uint_eq(nni_stats_chi2_bins(n),
                  (size_t)golden_threshold("chi2_bins_131072"));
#line 4312 "book/appA-stats.nw"
    nni_sample_free(s);
    free(x);
}
END_TEST
#line 4351 "book/appA-stats.nw"
START_TEST(test_check_uniform_thresholds)
{
    const size_t n = 131072;
    nni_law law;
    nni_sample *s;
    nni_check_result r;
    nni_check_options o;
    ck_assert_int_eq(nni_law_uniform(&law, 0.0, 1.0), NNI_OK);
    double *x = quantile_sample(&law, n, 2);
    ck_assert_int_eq(nni_sample_new(&s, NNI_FLOAT64, x, n), NNI_OK);
    nni_check_options_default(&o);
    o.tol = 0.0;
    ck_assert_int_eq(nni_check_run(&r, NNI_CHECK_REACH_HI, s, &law, &o),
                     NNI_OK);
    CLOSE(1.0 - r.lo, golden_threshold("reach_p_131072"), 1e-10, 0.0, "reach p",
          0.0);
    o.tol = 0.5 / (2.0 * (double)n);
    ck_assert_int_eq(nni_check_run(&r, NNI_CHECK_ATOMS, s, &law, &o), NNI_OK);
    ck_assert(r.passed
              && r.hi + 1.0 == golden_threshold("poisson_1e-6_lambda_0.5"));
    o.tol = 20.0 / (2.0 * (double)n);
    ck_assert_int_eq(nni_check_run(&r, NNI_CHECK_ATOMS, s, &law, &o), NNI_OK);
    ck_assert(r.passed
              && r.hi + 1.0 == golden_threshold("poisson_1e-6_lambda_20"));
    o.tol = -1.0;
    o.alpha = 0.01;
    ck_assert_int_eq(nni_check_run(&r, NNI_CHECK_MEAN, s, &law, &o), NNI_OK);
    CLOSE(r.hi, golden_threshold("z_two_sided_0.01"), 1e-14, 0.0, "z", 0.01);
    nni_sample_free(s);
    free(x);
}
END_TEST
#line 4411 "book/appA-stats.nw"
typedef struct reference_config {
    int kind;                   /* 0 均匀，1 正态，2 截断正态 */
    double p[4], alpha, first, last;
    nni_dtype dtype;
    size_t n;
    uint64_t seed;
} reference_config;

static bool read_config(FILE *f, reference_config *c)
{
    char line[512], dtype[16];
    unsigned long long n, seed;
    while (fgets(line, sizeof line, f) != NULL) {
        if (line[0] == '#')
            continue;
        const int fields = sscanf(line, "config %d %lf %lf %lf %lf %15s %llu "
                                  "%lf %llu %lf %lf", &c->kind, &c->p[0],
                                  &c->p[1], &c->p[2], &c->p[3], dtype, &n,
                                  &c->alpha, &seed, &c->first, &c->last);
        ck_assert_int_eq(fields, 11);
        c->dtype = strcmp(dtype, "float32") == 0 ? NNI_FLOAT32 : NNI_FLOAT64;
        c->n = (size_t)n;
        c->seed = seed;
        return true;
    }
    return false;
}
#line 4443 "book/appA-stats.nw"
static nni_sample *reference_sample(const reference_config *c, nni_law *law)
{
    nni_torch_gen gen;
    nni_tensor *t;
    nni_sample *s;
    ck_assert_int_eq(nni_tensor_new(&t, c->dtype, 1, &c->n), NNI_OK);
    nni_torch_manual_seed(&gen, c->seed);
    const double *p = c->p;
    nni_status status =
        c->kind == 0 ? nni_torch_uniform_(&gen, t, p[0], p[1])
        : c->kind == 1 ? nni_torch_normal_(&gen, t, p[0], p[1])
        : nni_init_trunc_normal_(&gen, t, p[0], p[1], p[2], p[3]);
    ck_assert_int_eq(status, NNI_OK);
    status = c->kind == 0 ? nni_law_uniform(law, p[0], p[1])
             : c->kind == 1 ? nni_law_normal(law, p[0], p[1])
             : nni_law_truncnorm(law, p[0], p[1], p[2], p[3]);
    ck_assert_int_eq(status, NNI_OK);
    ck_assert_int_eq(nni_sample_from_tensor(&s, t), NNI_OK);
    nni_tensor_free(t);
    ck_assert(nni_sample_values(s)[0] == c->first
              && nni_sample_values(s)[c->n - 1] == c->last);
    return s;
}
#line 4472 "book/appA-stats.nw"
static double reference_tolerance(const char *name, int which)
{
    static const char *const exact[] = { "finite", "bounds", "atoms" };
    for (size_t k = 0; k < sizeof exact / sizeof exact[0]; k++)
        if (strcmp(name, exact[k]) == 0)
            return 0.0;
    if (strcmp(name, "distinct") == 0)
        return which == 0 ? 0.0 : 1e-7;
    if (strcmp(name, "ad") == 0 && which == 2)
        return 1e-4;
    if (strcmp(name, "outlier") == 0 && which == 2)
        return 1e-8;
    return 1e-9;
}

static void compare_battery(FILE *f, const nni_battery *b)
{
    char line[512], name[32];
    double v[3];
    for (size_t k = 0; k < b->count; k++) {
        ck_assert_ptr_nonnull(fgets(line, sizeof line, f));
        const int fields = sscanf(line, "check %31s %lf %lf %lf", name, &v[0],
                                  &v[1], &v[2]);
        ck_assert_int_eq(fields, 4);
        ck_assert_str_eq(b->result[k].name, name);
        const double got[3] = { b->result[k].statistic, b->result[k].lo,
                                b->result[k].hi };
        for (int w = 0; w < 3; w++) {
            const double tol = reference_tolerance(name, w);
            CLOSE(got[w], v[w], tol, tol, name, (double)w);
        }
    }
}
#line 4508 "book/appA-stats.nw"
START_TEST(test_checks_match_reference)
{
    FILE *f = open_golden("check-results.txt");
    reference_config c;
    size_t configs = 0;
    while (read_config(f, &c)) {
        nni_law law;
        nni_battery b;
        nni_check_options o;
        nni_sample *s = reference_sample(&c, &law);
        nni_check_options_default(&o);
        o.alpha = c.alpha;
        ck_assert_int_eq(nni_check_battery(&b, s, &law, &o), NNI_OK);
        compare_battery(f, &b);
        nni_sample_free(s);
        configs++;
    }
    fclose(f);
    ck_assert_uint_ge(configs, 7);
}
END_TEST
#line 4541 "book/appA-stats.nw"
static bool check_fails(const nni_law *law, const double *x, size_t n,
                        const char *name)
{
    nni_sample *s;
    nni_battery b;
    ck_assert_int_eq(nni_sample_new(&s, NNI_FLOAT64, x, n), NNI_OK);
    ck_assert_int_eq(nni_check_battery(&b, s, law, NULL), NNI_OK);
    nni_sample_free(s);
    return !find(&b, name)->passed;
}
#line 4554 "book/appA-stats.nw"
START_TEST(test_checks_can_fail)
{
    const size_t n = 131072;
    nni_law u, g;
    ck_assert_int_eq(nni_law_uniform(&u, 0.0, 1.0), NNI_OK);
    ck_assert_int_eq(nni_law_normal(&g, 0.0, 1.0), NNI_OK);
    double *x = quantile_sample(&u, n, 3), *y = malloc(n * sizeof *y);
    
#line 4572 "book/appA-stats.nw"
ck_assert(!check_fails(&u, x, n, "bounds"));
memcpy(y, x, n * sizeof *y);
y[5] = NAN;
ck_assert(check_fails(&u, y, n, "finite") && check_fails(&u, y, n, "ks"));
y[5] = 1.5;
ck_assert(check_fails(&u, y, n, "bounds"));
for (size_t i = 0; i < n; i++)
    y[i] = 0.999 * x[i];
ck_assert(check_fails(&u, y, n, "reach_hi")
          && !check_fails(&u, y, n, "reach_lo"));
memcpy(y, x, n * sizeof *y);
for (size_t i = 0; i < 10; i++)
    y[i * 1000] = 0.0;
ck_assert(check_fails(&u, y, n, "atoms"));
for (size_t i = 0; i < n; i++)
    y[i] = (floor(x[i] * 1024.0) + 0.5) / 1024.0;
ck_assert(check_fails(&u, y, n, "distinct") && !check_fails(&u, y, n, "ks"));
#line 4562 "book/appA-stats.nw"
    free(x);
    x = quantile_sample(&g, n, 4);
    
#line 4592 "book/appA-stats.nw"
memcpy(y, x, n * sizeof *y);
y[77] = 10.0;
ck_assert(check_fails(&g, y, n, "outlier"));
for (size_t i = 0; i < n; i++)
    y[i] = nni_normal_quantile(((double)i + 0.5) / (double)n);
ck_assert(check_fails(&g, y, n, "lag1") && !check_fails(&g, y, n, "ks"));
for (size_t i = 0; i < n; i++)
    y[i] = x[i] + 0.05;
ck_assert(check_fails(&g, y, n, "mean") && !check_fails(&g, y, n, "var"));
#line 4565 "book/appA-stats.nw"
    free(x);
    free(y);
}
END_TEST
#line 4611 "book/appA-stats.nw"
START_TEST(test_check_interface)
{
    const float f[4] = { 0.25f, 0.5f, 0.75f, NAN };
    const double d[2] = { 0.1, 0.2 };
    const size_t shape[1] = { 3 };
    nni_sample *s = (nni_sample *)&s, *other;
    nni_tensor *t;
    nni_law law;
    nni_check_result r;
    nni_check_options o;
    ck_assert_int_eq(nni_law_normal(&law, 0.0, 1.0), NNI_OK);
    ck_assert_int_eq(nni_sample_new(&s, NNI_FLOAT32, f, 1), NNI_EINVAL);
    ck_assert_ptr_null(s);
    ck_assert_int_eq(nni_sample_new(&s, NNI_FLOAT32, f, 4), NNI_OK);
    ck_assert_uint_eq(nni_sample_size(s), 4);
    ck_assert(nni_sample_values(s)[1] == 0.5 && isnan(nni_sample_values(s)[3]));
    
#line 4636 "book/appA-stats.nw"
ck_assert_int_eq(nni_sample_append(s, f, 2), NNI_OK);
ck_assert_uint_eq(nni_sample_size(s), 6);
ck_assert_int_eq(nni_tensor_new(&t, NNI_FLOAT64, 1, shape), NNI_OK);
ck_assert_int_eq(nni_sample_append_tensor(s, t), NNI_EDTYPE);
ck_assert_uint_eq(nni_sample_size(s), 6);
nni_tensor_free(t);
ck_assert_int_eq(nni_tensor_new(&t, NNI_FLOAT32, 1, shape), NNI_OK);
ck_assert_int_eq(nni_sample_append_tensor(s, t), NNI_OK);
ck_assert_uint_eq(nni_sample_size(s), 9);
ck_assert_int_eq(nni_sample_dtype(s), NNI_FLOAT32);
nni_tensor_free(t);
ck_assert_int_eq(nni_check_run(&r, NNI_CHECK_FINITE, s, &law, NULL), NNI_OK);
ck_assert(!r.passed && r.statistic == 1.0);
ck_assert_int_eq(nni_check_run(&r, NNI_CHECK_MEAN, s, &law, NULL), NNI_OK);
ck_assert(!r.passed && strstr(r.line, "not computed") != NULL);
#line 4628 "book/appA-stats.nw"
    
#line 4654 "book/appA-stats.nw"
ck_assert(!nni_check_applies(NNI_CHECK_BOUNDS, &law, 100));
ck_assert_int_eq(nni_check_run(&r, NNI_CHECK_BOUNDS, s, &law, NULL),
                 NNI_EINVAL);
ck_assert_int_eq(nni_check_run(&r, NNI_CHECK_M4, s, &law, NULL), NNI_EINVAL);
ck_assert_int_eq(nni_check_run(&r, NNI_CHECK_KINDS, s, &law, NULL), NNI_EINVAL);
nni_check_options_default(&o);
o.alpha = 1.0;
ck_assert_int_eq(nni_check_run(&r, NNI_CHECK_MEAN, s, &law, &o), NNI_EINVAL);
nni_check_options_default(&o);
o.bins = 1;
ck_assert_int_eq(nni_check_run(&r, NNI_CHECK_MEAN, s, &law, &o), NNI_EINVAL);
ck_assert_int_eq(nni_check_run(NULL, NNI_CHECK_MEAN, s, &law, NULL),
                 NNI_EINVAL);
ck_assert_int_eq(nni_sample_new(&other, NNI_FLOAT64, NULL, 2), NNI_EINVAL);
ck_assert_ptr_null(other);
ck_assert_int_eq(nni_sample_append(NULL, d, 2), NNI_EINVAL);
ck_assert_str_eq(nni_check_name(NNI_CHECK_DISTINCT), "distinct");
ck_assert_ptr_null(nni_check_name(NNI_CHECK_KINDS));
ck_assert_int_eq(nni_check_interval(&r, "haar", "z", 5.0, -4.9, 4.9, 1e-7, 1e-6,
                                    200),
                 NNI_OK);
ck_assert(!r.passed && strncmp(r.line, "haar      FAIL z = 5 not in", 27) == 0);
ck_assert_int_eq(nni_check_interval(&r, NULL, "z", 0.0, -1.0, 1.0, NAN, 1e-6,
                                    2),
                 NNI_EINVAL);
#line 4629 "book/appA-stats.nw"
    nni_sample_free(s);
    nni_sample_free(NULL);
}
END_TEST
#line 4691 "book/appA-stats.nw"
START_TEST(test_allocation_failures)
{
    const double x[12] = { 0.3,  0.1,  0.2,  0.6,  0.5,  0.4,
                           0.35, 0.15, 0.25, 0.65, 0.55, 0.45 };
    double out = 42.0;
    size_t count = 7;
    nni_law law;
    nni_sample *s;
    nni_battery b;
    ck_assert_int_eq(nni_law_uniform(&law, 0.0, 1.0), NNI_OK);
    nni_set_allocator(&counting_allocator);
    allocations_left = 0;
    ck_assert_int_eq(nni_stats_ks(x, 6, &law, &out), NNI_ENOMEM);
    ck_assert_int_eq(nni_stats_ad(x, 6, &law, &out), NNI_ENOMEM);
    ck_assert_int_eq(nni_stats_chi2(x, 6, &law, 2, &out), NNI_ENOMEM);
    ck_assert_int_eq(nni_stats_distinct(x, 6, &count), NNI_ENOMEM);
    ck_assert(out == 42.0 && count == 7 && live_blocks == 0);
    
#line 4715 "book/appA-stats.nw"
for (long k = 0; k < 3; k++) {
    allocations_left = k;
    ck_assert_int_eq(nni_sample_new(&s, NNI_FLOAT64, x, 12), NNI_ENOMEM);
    ck_assert_ptr_null(s);
    ck_assert_int_eq(live_blocks, 0);
}
allocations_left = -1;
ck_assert_int_eq(nni_sample_new(&s, NNI_FLOAT64, x, 12), NNI_OK);
for (long k = 0; k < 2; k++) {
    allocations_left = k;
    ck_assert_int_eq(nni_sample_append(s, x, 12), NNI_ENOMEM);
    ck_assert_uint_eq(nni_sample_size(s), 12);
    ck_assert_int_eq(live_blocks, 3);
}
allocations_left = 0;                   /* 整组检查只在 chi2 处分配 */
ck_assert_int_eq(nni_check_battery(&b, s, &law, NULL), NNI_ENOMEM);
ck_assert_uint_eq(b.count, 0);
allocations_left = -1;
ck_assert_int_eq(nni_check_battery(&b, s, &law, NULL), NNI_OK);
nni_sample_free(s);
ck_assert_int_eq(live_blocks, 0);
#line 4709 "book/appA-stats.nw"
    nni_set_allocator(NULL);
}
END_TEST
#line 4748 "book/appA-stats.nw"
START_TEST(test_seeds)
{
    uint64_t base = 0;
    ck_assert_uint_eq(nni_test_fnv1a64(""), UINT64_C(0xcbf29ce484222325));
    ck_assert_uint_eq(nni_test_fnv1a64("a"), UINT64_C(0xaf63dc4c8601ec8c));
    ck_assert_uint_eq(nni_test_fnv1a64("foobar"), UINT64_C(0x85944171f73967e8));
    ck_assert_uint_eq(nni_test_seed_from(0, "a", 0),
                      UINT64_C(0xaf63dc4c8601ec8c));
    ck_assert_uint_eq(nni_test_seed_from(1, "", 3),
                      UINT64_C(0xcbf29ce484222325)
                      ^ UINT64_C(0x9E3779B97F4A7C15) ^ 3);
    ck_assert(nni_test_parse_base("0x10", &base) && base == 16);
    ck_assert(nni_test_parse_base("123", &base) && base == 123);
    ck_assert(nni_test_parse_base(NULL, &base)
              && base == NNI_TEST_SEED_DEFAULT);
    ck_assert(nni_test_parse_base("random", &base));
    ck_assert(!nni_test_parse_base("12x", &base)
              && !nni_test_parse_base("-1", &base));
}
END_TEST

#line 3720 "book/appA-stats.nw"
int main(void)
{
    Suite *s = suite_create("stats");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    
#line 3856 "book/appA-stats.nw"
tcase_add_test(tc, test_normal);
#line 3885 "book/appA-stats.nw"
tcase_add_test(tc, test_gamma);
#line 3917 "book/appA-stats.nw"
tcase_add_test(tc, test_chi2);
#line 3953 "book/appA-stats.nw"
tcase_add_test(tc, test_kolmogorov);
#line 3992 "book/appA-stats.nw"
tcase_add_test(tc, test_anderson_darling_law);
#line 4024 "book/appA-stats.nw"
tcase_add_test(tc, test_law_moments);
#line 4060 "book/appA-stats.nw"
tcase_add_test(tc, test_truncnorm);
#line 4108 "book/appA-stats.nw"
tcase_add_test(tc, test_law_basics);
#line 4190 "book/appA-stats.nw"
tcase_add_loop_test(tc, test_sample_statistics, 0, 5);
#line 4224 "book/appA-stats.nw"
tcase_add_test(tc, test_variance_offset);
#line 4261 "book/appA-stats.nw"
tcase_add_test(tc, test_statistics_errors);
#line 4343 "book/appA-stats.nw"
tcase_add_test(tc, test_check_thresholds);
#line 4386 "book/appA-stats.nw"
tcase_add_test(tc, test_check_uniform_thresholds);
#line 4532 "book/appA-stats.nw"
tcase_add_test(tc, test_checks_match_reference);
#line 4604 "book/appA-stats.nw"
tcase_add_test(tc, test_checks_can_fail);
#line 4682 "book/appA-stats.nw"
tcase_add_test(tc, test_check_interface);
#line 4739 "book/appA-stats.nw"
tcase_add_test(tc, test_allocation_failures);
#line 4771 "book/appA-stats.nw"
tcase_add_test(tc, test_seeds);
#line 3726 "book/appA-stats.nw"
    suite_add_tcase(s, tc);
    return run_suite(s);
}
