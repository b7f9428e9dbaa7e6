#line 1585 "book/appA-stats.nw"
/* stats/check.c -- 样本与统计检查 */
#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/internal.h"
#include "stats/check.h"
#include "stats/internal.h"

#line 1610 "book/appA-stats.nw"
struct nni_sample {
    nni_dtype dtype;
    size_t n;               /* 值的个数 */
    size_t finite;          /* 其中有限值的个数 */
    double *values;         /* n 个值，按内存顺序 */
    double *sorted;         /* finite 个有限值，升序 */
};
#line 1623 "book/appA-stats.nw"
static nni_status sample_build(nni_dtype dtype, const double *old, size_t n_old,
                               const void *data, size_t n_add,
                               double **values, double **sorted, size_t *finite,
                               const char *who)
{
    size_t n, bytes;
    if (n_old > SIZE_MAX - n_add
        || !nni__mul_size(n_old + n_add, sizeof(double), &bytes))
        return nni__fail(NNI_EOVERFLOW, "%s: %zu + %zu values overflow",
                         who, n_old, n_add);
    n = n_old + n_add;
    double *v = nni__alloc_array_for(who, n, sizeof *v), *s;
    if (v == NULL)
        return NNI_ENOMEM;
    if ((s = nni__alloc_array_for(who, n, sizeof *s)) == NULL) {
        nni_free(v);
        return NNI_ENOMEM;
    }
    
#line 1649 "book/appA-stats.nw"
for (size_t i = 0; i < n_old; i++)
    v[i] = old[i];
for (size_t i = 0; i < n_add; i++)
    v[n_old + i] = dtype == NNI_FLOAT32 ? (double)((const float *)data)[i]
                                        : ((const double *)data)[i];
size_t f = 0;
for (size_t i = 0; i < n; i++)
    if (isfinite(v[i]))
        s[f++] = v[i];
qsort(s, f, sizeof *s, nni__compare_doubles);
*finite = f;
#line 1642 "book/appA-stats.nw"
    *values = v;
    *sorted = s;
    return NNI_OK;
}
#line 1771 "book/appA-stats.nw"
static const struct check_info {
    const char *name;
    const char *symbol;
} info[NNI_CHECK_KINDS] = {
    [NNI_CHECK_FINITE]   = { "finite",   "non-finite" },
    [NNI_CHECK_BOUNDS]   = { "bounds",   "outside" },
    [NNI_CHECK_REACH_LO] = { "reach_lo", "min" },
    [NNI_CHECK_REACH_HI] = { "reach_hi", "max" },
    [NNI_CHECK_OUTLIER]  = { "outlier",  "max|x-mean|/sd" },
    [NNI_CHECK_ATOMS]    = { "atoms",    "at bounds" },
    [NNI_CHECK_MEAN]     = { "mean",     "z" },
    [NNI_CHECK_VAR]      = { "var",      "z" },
    [NNI_CHECK_M4]       = { "m4",       "z" },
    [NNI_CHECK_KS]       = { "ks",       "D" },
    [NNI_CHECK_AD]       = { "ad",       "A2" },
    [NNI_CHECK_CHI2]     = { "chi2",     "X2" },
    [NNI_CHECK_LAG1]     = { "lag1",     "r1*sqrt(n)" },
    [NNI_CHECK_DISTINCT] = { "distinct", "distinct" },
};
#line 1813 "book/appA-stats.nw"
static nni_status resolve_options(const nni_check_options *in, size_t n,
                                  nni_check_options *out)
{
    nni_check_options_default(out);
    if (in != NULL)
        *out = *in;
    if (!(out->alpha > 0.0 && out->alpha < 1.0) || isnan(out->tol)
        || !(out->resolution >= 2.0 && out->resolution <= 1e15)
        || (out->bins != 0 && (out->bins < 2 || out->bins > n)))
        return nni__fail(NNI_EINVAL,
                         "nni_check: bad options (alpha = %g, tol = %g, "
                         "resolution = %g, bins = %zu, n = %zu)",
                         out->alpha, out->tol, out->resolution, out->bins, n);
    return NNI_OK;
}
#line 1835 "book/appA-stats.nw"
static void append(char *line, size_t size, const char *format, ...)
    NNI__PRINTF(3, 4);

static void append(char *line, size_t size, const char *format, ...)
{
    size_t used = strlen(line);
    if (used + 1 >= size)
        return;
    va_list args;
    va_start(args, format);
    nni__vsnprintf(line + used, size - used, format, args);
    va_end(args);
}

static void finish(nni_check_result *r, const char *name, const char *symbol,
                   double statistic, double lo, double hi, double pvalue,
                   double alpha, size_t n, const char *detail)
{
    r->name = name;
    r->statistic = statistic;
    r->lo = lo;
    r->hi = hi;
    r->pvalue = pvalue;
    r->alpha = alpha;
    r->n = n;
    r->passed = statistic >= lo && statistic <= hi;
    r->line[0] = '\0';
    append(r->line, sizeof r->line, "%-9s %-4s %s = %.6g %s [%.6g, %.6g]", name,
           r->passed ? "ok" : "FAIL", symbol, statistic,
           r->passed ? "in" : "not in", lo, hi);
    if (!isnan(pvalue))
        append(r->line, sizeof r->line, "  p = %.3g", pvalue);
    append(r->line, sizeof r->line, "  alpha = %g  n = %zu", alpha, n);
    if (detail != NULL && detail[0] != '\0')
        append(r->line, sizeof r->line, "  (%s)", detail);
}
#line 1891 "book/appA-stats.nw"
typedef struct check_input {
    const nni_sample *s;
    const nni_law *law;
    nni_check_options o;
    size_t n;
    char detail[160];
} check_input;

static double ulp_at(nni_dtype dtype, double v)
{
    v = fabs(v);
    if (!isfinite(v))
        return 0.0;
    if (dtype == NNI_FLOAT32) {
        if (v >= (double)FLT_MAX)
            return v * (double)FLT_EPSILON;
        float f = (float)v;
        return (double)nextafterf(f, INFINITY) - (double)f;
    }
    return nextafter(v, NNI__INF) - v;
}

static double tolerance(const check_input *in, double at)
{
    return in->o.tol >= 0.0 ? in->o.tol : 4.0 * ulp_at(in->s->dtype, at);
}

static double larger_finite_bound(const nni_law *law)
{
    double m = 0.0;
    if (isfinite(law->a))
        m = fabs(law->a);
    if (isfinite(law->b))
        m = fmax(m, fabs(law->b));
    return m;
}
#line 1933 "book/appA-stats.nw"
static nni_status check_finite(nni_check_result *r, check_input *in)
{
    finish(r, info[NNI_CHECK_FINITE].name, info[NNI_CHECK_FINITE].symbol,
           (double)(in->n - in->s->finite), 0.0, 0.0, NNI__NAN, in->o.alpha,
           in->n, NULL);
    return NNI_OK;
}

static nni_status check_bounds(nni_check_result *r, check_input *in)
{
    const double *x = in->s->sorted;
    size_t f = in->s->finite, outside = 0;
    double tol = tolerance(in, larger_finite_bound(in->law));
    for (size_t i = 0; i < f; i++)
        outside += x[i] < in->law->a - tol || x[i] > in->law->b + tol;
    nni__snprintf(in->detail, sizeof in->detail, "min %.9g, max %.9g, tol %.3g",
                  x[0], x[f - 1], tol);
    finish(r, info[NNI_CHECK_BOUNDS].name, info[NNI_CHECK_BOUNDS].symbol,
           (double)outside, 0.0, 0.0, NNI__NAN, in->o.alpha, in->n, in->detail);
    return NNI_OK;
}
#line 1964 "book/appA-stats.nw"
static nni_status check_reach(nni_check_result *r, check_input *in, bool upper)
{
    const nni_law *law = in->law;
    double n = (double)in->n, p = -expm1(log(in->o.alpha) / n);
    double q = nni_law_quantile(law, upper ? 1.0 - p : p),
           tol = tolerance(in, q);
    nni_check_kind kind = upper ? NNI_CHECK_REACH_HI : NNI_CHECK_REACH_LO;
    double x = upper ? in->s->sorted[in->s->finite - 1] : in->s->sorted[0];
    double pvalue =
        exp(n * log1p(-(upper ? nni_law_sf(law, x) : nni_law_cdf(law, x))));
    nni__snprintf(in->detail, sizeof in->detail,
                  "quantile %.3g of the law is %.9g, tol %.3g",
                  upper ? 1.0 - p : p, q, tol);
    finish(r, info[kind].name, info[kind].symbol, x,
           upper ? q - tol : -NNI__INF, upper ? NNI__INF : q + tol, pvalue,
           in->o.alpha, in->n, in->detail);
    return NNI_OK;
}
#line 2000 "book/appA-stats.nw"
typedef struct outlier_target {
    const nni_law *law;
    double sd, target;
} outlier_target;

static double outlier_tail(const outlier_target *t, double z)
{
    return nni_law_cdf(t->law, t->law->mean - z * t->sd)
           + nni_law_sf(t->law, t->law->mean + z * t->sd);
}

static bool outlier_above(double z, const void *ctx)
{
    return outlier_tail(ctx, z) < ((const outlier_target *)ctx)->target;
}
#line 2018 "book/appA-stats.nw"
static nni_status check_outlier(nni_check_result *r, check_input *in)
{
    const nni_law *law = in->law;
    outlier_target t = { law, sqrt(law->mu[2]), in->o.alpha / (double)in->n };
    double far = fmax(law->mean - law->a, law->b - law->mean) / t.sd;
    double limit =
        nni__bisect(outlier_above, &t, 0.0, isfinite(far) ? far : 60.0);
    if (isfinite(far))
        limit += tolerance(in, larger_finite_bound(law)) / t.sd;
    const double *x = in->s->sorted;
    double z = fmax(law->mean - x[0], x[in->s->finite - 1] - law->mean) / t.sd;
    double pvalue = -expm1((double)in->n * log1p(-outlier_tail(&t, z)));
    finish(r, info[NNI_CHECK_OUTLIER].name, info[NNI_CHECK_OUTLIER].symbol, z,
           0.0, limit, pvalue, in->o.alpha, in->n, NULL);
    return NNI_OK;
}
#line 2043 "book/appA-stats.nw"
static nni_status check_atoms(nni_check_result *r, check_input *in)
{
    const nni_law *law = in->law;
    double tol = tolerance(in, larger_finite_bound(law));
    size_t count = 0;
    for (size_t i = 0; i < in->s->finite; i++) {
        double x = in->s->sorted[i];
        count += (isfinite(law->a) && fabs(x - law->a) <= tol)
                 || (isfinite(law->b) && fabs(x - law->b) <= tol);
    }
    double density = (isfinite(law->a) ? nni_law_pdf(law, law->a) : 0.0)
                     + (isfinite(law->b) ? nni_law_pdf(law, law->b) : 0.0);
    double lambda = (double)in->n * tol * density, k = floor(lambda);
    while (k < 1.0 || nni_gamma_p(k, lambda) > in->o.alpha)
        k += 1.0;
    double pvalue = count == 0 ? 1.0 : nni_gamma_p((double)count, lambda);
    nni__snprintf(in->detail, sizeof in->detail, "expected %.3g, tol %.3g",
                  lambda, tol);
    finish(r, info[NNI_CHECK_ATOMS].name, info[NNI_CHECK_ATOMS].symbol,
           (double)count, 0.0, k - 1.0, pvalue, in->o.alpha, in->n, in->detail);
    return NNI_OK;
}
#line 2072 "book/appA-stats.nw"
static nni_status check_mean(nni_check_result *r, check_input *in)
{
    double mean, var;
    nni_stats_mean_var(in->s->values, in->n, &mean, &var);
    double z = (mean - in->law->mean) * sqrt((double)in->n / in->law->mu[2]);
    double zc = nni_normal_isf(in->o.alpha / 2);
    nni__snprintf(in->detail, sizeof in->detail, "mean %.9g, expected %.9g",
                  mean, in->law->mean);
    finish(r, info[NNI_CHECK_MEAN].name, info[NNI_CHECK_MEAN].symbol, z, -zc,
           zc, fmin(1.0, 2.0 * nni_normal_sf(fabs(z))), in->o.alpha, in->n,
           in->detail);
    return NNI_OK;
}
#line 2113 "book/appA-stats.nw"
static void skewed_region(double zc, double gamma, double *lo, double *hi)
{
    double shift = gamma * (zc * zc - 1.0) / 6.0;
    *lo = -zc + shift;
    *hi = zc + shift;
}

static double skewed_pvalue(double z, double gamma)
{
    double w = z - gamma * (z * z - 1.0) / 6.0;
    return fmin(1.0, 2.0 * nni_normal_sf(fabs(w)));
}
#line 2128 "book/appA-stats.nw"
static nni_status check_var(nni_check_result *r, check_input *in)
{
    const double *mu = in->law->mu;
    double n = (double)in->n, v, lo, hi, stat, pvalue;
    nni_stats_moment(in->s->values, in->n, in->law->mean, 2, &v);
    const char *symbol = "z";
    if (in->law->kind == NNI_LAW_NORMAL) {
        
#line 2154 "book/appA-stats.nw"
symbol = "nV/s^2";
stat = n * v / mu[2];
lo = nni_chi2_quantile(in->o.alpha / 2, n);
hi = nni_chi2_isf(in->o.alpha / 2, n);
pvalue = fmin(1.0, 2.0 * fmin(nni_chi2_cdf(stat, n), nni_chi2_sf(stat, n)));
#line 2136 "book/appA-stats.nw"
    } else {
        double vy = mu[4] - mu[2] * mu[2];
        double gamma =
            (mu[6] - 3.0 * mu[4] * mu[2] + 2.0 * mu[2] * mu[2] * mu[2])
            / (vy * sqrt(vy) * sqrt(n));
        stat = (v - mu[2]) / sqrt(vy / n);
        skewed_region(nni_normal_isf(in->o.alpha / 2), gamma, &lo, &hi);
        pvalue = skewed_pvalue(stat, gamma);
    }
    nni__snprintf(in->detail, sizeof in->detail, "V %.9g, variance %.9g", v,
                  mu[2]);
    finish(r, info[NNI_CHECK_VAR].name, symbol, stat, lo, hi, pvalue,
           in->o.alpha, in->n, in->detail);
    return NNI_OK;
}
#line 2162 "book/appA-stats.nw"
static nni_status check_m4(nni_check_result *r, check_input *in)
{
    const double *mu = in->law->mu;
    double n = (double)in->n, t, lo, hi;
    nni_stats_moment(in->s->values, in->n, in->law->mean, 4, &t);
    double vy = mu[8] - mu[4] * mu[4];
    double gamma = (mu[12] - 3.0 * mu[8] * mu[4] + 2.0 * mu[4] * mu[4] * mu[4])
                   / (vy * sqrt(vy) * sqrt(n));
    double z = (t - mu[4]) / sqrt(vy / n);
    skewed_region(nni_normal_isf(in->o.alpha / 2), gamma, &lo, &hi);
    nni__snprintf(in->detail, sizeof in->detail,
                  "m4 %.9g, mu4 %.9g, skewness %.3g", t, mu[4], gamma);
    finish(r, info[NNI_CHECK_M4].name, info[NNI_CHECK_M4].symbol, z, lo, hi,
           skewed_pvalue(z, gamma), in->o.alpha, in->n, in->detail);
    return NNI_OK;
}
#line 2186 "book/appA-stats.nw"
static nni_status check_ks(nni_check_result *r, check_input *in)
{
    double d;
    nni_status status = nni_stats_ks(in->s->sorted, in->n, in->law, &d);
    if (status != NNI_OK)
        return status;
    double rn = sqrt((double)in->n);
    nni__snprintf(in->detail, sizeof in->detail, "Stephens' lambda %.4g",
             d * (rn + 0.12 + 0.11 / rn));
    finish(r, info[NNI_CHECK_KS].name, info[NNI_CHECK_KS].symbol, d, 0.0,
           nni_ks_critical(in->o.alpha, in->n), nni_ks_pvalue(d, in->n),
           in->o.alpha, in->n, in->detail);
    return NNI_OK;
}

static nni_status check_ad(nni_check_result *r, check_input *in)
{
    double a2;
    nni_status status = nni_stats_ad(in->s->sorted, in->n, in->law, &a2);
    if (status != NNI_OK)
        return status;
    finish(r, info[NNI_CHECK_AD].name, info[NNI_CHECK_AD].symbol, a2, 0.0,
           nni_ad_isf(in->o.alpha), nni_ad_sf(a2), in->o.alpha, in->n, NULL);
    return NNI_OK;
}
#line 2214 "book/appA-stats.nw"
static nni_status check_chi2(nni_check_result *r, check_input *in)
{
    size_t k = in->o.bins != 0 ? in->o.bins : nni_stats_chi2_bins(in->n);
    double x2, nu = (double)(k - 1);
    nni_status status = nni_stats_chi2(in->s->sorted, in->n, in->law, k, &x2);
    if (status != NNI_OK)
        return status;
    nni__snprintf(in->detail, sizeof in->detail, "%zu equiprobable bins", k);
    finish(r, info[NNI_CHECK_CHI2].name, info[NNI_CHECK_CHI2].symbol, x2, 0.0,
           nni_chi2_isf(in->o.alpha, nu), nni_chi2_sf(x2, nu), in->o.alpha,
           in->n, in->detail);
    return NNI_OK;
}
#line 2235 "book/appA-stats.nw"
static nni_status check_lag1(nni_check_result *r, check_input *in)
{
    double r1 = NNI__NAN, zc = nni_normal_isf(in->o.alpha / 2);
    nni_status status = nni_stats_lag1(in->s->values, in->n, &r1);
    if (status == NNI_ENOMEM)
        return status;
    double z = r1 * sqrt((double)in->n);
    nni__snprintf(in->detail, sizeof in->detail, "r1 %.3g%s", r1,
             status == NNI_OK ? "" : ", all values equal");
    finish(r, info[NNI_CHECK_LAG1].name, info[NNI_CHECK_LAG1].symbol, z, -zc,
           zc, fmin(1.0, 2.0 * nni_normal_sf(fabs(z))), in->o.alpha, in->n,
           in->detail);
    return NNI_OK;
}
#line 2264 "book/appA-stats.nw"
static nni_status check_distinct(nni_check_result *r, check_input *in)
{
    size_t u;
    nni_status status = nni_stats_distinct(in->s->sorted, in->n, &u);
    if (status != NNI_OK)
        return status;
    double n = (double)in->n, m = in->o.resolution;
    double a = exp(n * log1p(-1.0 / m)), b = exp(n * log1p(-2.0 / m));
    double mean = m * -expm1(n * log1p(-1.0 / m));
    double sd = sqrt(fmax(m * (m - 1.0) * b + m * a - m * m * a * a, 0.0));
    double limit = mean - nni_normal_isf(in->o.alpha) * sd;
    nni__snprintf(in->detail, sizeof in->detail, "%.0f +- %.0f expected from "
                  "%.0f equiprobable cells", mean, sd, m);
    finish(r, info[NNI_CHECK_DISTINCT].name, info[NNI_CHECK_DISTINCT].symbol,
           (double)u, limit, NNI__INF,
           sd > 0.0 ? nni_normal_cdf(((double)u - mean) / sd) : NNI__NAN,
           in->o.alpha, in->n, in->detail);
    return NNI_OK;
}
#line 1663 "book/appA-stats.nw"
nni_status nni_sample_new(nni_sample **out, nni_dtype dtype, const void *data,
                          size_t n)
{
    if (out == NULL)
        return nni__fail(NNI_EINVAL, "nni_sample_new: out is NULL");
    *out = NULL;
    if (data == NULL || n < 2 || nni_dtype_size(dtype) == 0)
        return nni__fail(NNI_EINVAL,
                         "nni_sample_new: need data, n >= 2 and a known "
                         "dtype (n = %zu)", n);
    nni_sample *s = nni__alloc(sizeof *s);
    if (s == NULL)
        return NNI_ENOMEM;
    s->dtype = dtype;
    s->n = n;
    nni_status status = sample_build(dtype, NULL, 0, data, n, &s->values,
                                     &s->sorted, &s->finite, "nni_sample_new");
    if (status != NNI_OK) {
        nni_free(s);
        return status;
    }
    *out = s;
    return NNI_OK;
}
#line 1690 "book/appA-stats.nw"
nni_status nni_sample_append(nni_sample *sample, const void *data, size_t n)
{
    if (sample == NULL || (data == NULL && n > 0))
        return nni__fail(NNI_EINVAL,
                         "nni_sample_append: sample or data is NULL");
    if (n == 0)
        return NNI_OK;
    double *values = NULL, *sorted = NULL;  /* 初值只为 gcc -O3 的告警 */
    size_t finite = 0;
    nni_status status =
        sample_build(sample->dtype, sample->values, sample->n, data, n, &values,
                     &sorted, &finite, "nni_sample_append");
    if (status != NNI_OK)
        return status;
    nni_free(sample->values);
    nni_free(sample->sorted);
    sample->values = values;
    sample->sorted = sorted;
    sample->finite = finite;
    sample->n += n;
    return NNI_OK;
}
#line 1715 "book/appA-stats.nw"
nni_status nni_sample_from_tensor(nni_sample **out, const nni_tensor *t)
{
    if (t == NULL) {
        if (out != NULL)
            *out = NULL;
        return nni__fail(NNI_EINVAL, "nni_sample_from_tensor: tensor is NULL");
    }
    return nni_sample_new(out, nni_tensor_dtype(t), nni_tensor_data_const(t),
                          nni_tensor_numel(t));
}

nni_status nni_sample_append_tensor(nni_sample *sample, const nni_tensor *t)
{
    if (sample == NULL || t == NULL)
        return nni__fail(NNI_EINVAL, "nni_sample_append_tensor: NULL argument");
    if (nni_tensor_dtype(t) != sample->dtype)
        return nni__fail(NNI_EDTYPE,
                         "nni_sample_append_tensor: tensor is %s, sample is %s",
                         nni_dtype_name(nni_tensor_dtype(t)),
                         nni_dtype_name(sample->dtype));
    return nni_sample_append(sample, nni_tensor_data_const(t),
                             nni_tensor_numel(t));
}
#line 1741 "book/appA-stats.nw"
void nni_sample_free(nni_sample *sample)
{
    if (sample == NULL)
        return;
    nni_free(sample->values);
    nni_free(sample->sorted);
    nni_free(sample);
}

size_t nni_sample_size(const nni_sample *sample)
{
    return sample != NULL ? sample->n : 0;
}

nni_dtype nni_sample_dtype(const nni_sample *sample)
{
    return sample != NULL ? sample->dtype : NNI_FLOAT32;
}

const double *nni_sample_values(const nni_sample *sample)
{
    return sample != NULL ? sample->values : NULL;
}
#line 1793 "book/appA-stats.nw"
const char *nni_check_name(nni_check_kind kind)
{
    return (unsigned)kind < NNI_CHECK_KINDS ? info[kind].name : NULL;
}

void nni_check_options_default(nni_check_options *options)
{
    if (options == NULL)
        return;
    options->alpha = 1e-6;
    options->tol = -1.0;
    options->resolution = 1048576.0;
    options->bins = 0;
}
#line 1874 "book/appA-stats.nw"
nni_status nni_check_interval(nni_check_result *result, const char *name,
                              const char *symbol, double statistic, double lo,
                              double hi, double pvalue, double alpha, size_t n)
{
    if (result == NULL || name == NULL || symbol == NULL)
        return nni__fail(NNI_EINVAL, "nni_check_interval: NULL argument");
    finish(result, name, symbol, statistic, lo, hi, pvalue, alpha, n, NULL);
    return NNI_OK;
}
#line 2290 "book/appA-stats.nw"
bool nni_check_applies(nni_check_kind kind, const nni_law *law, size_t n)
{
    if (law == NULL || n < 2 || (unsigned)kind >= NNI_CHECK_KINDS)
        return false;
    switch (kind) {
    case NNI_CHECK_BOUNDS:
    case NNI_CHECK_ATOMS:
        return isfinite(law->a) || isfinite(law->b);
    case NNI_CHECK_OUTLIER:
        return law->kind != NNI_LAW_UNIFORM;
    case NNI_CHECK_M4:
        return n >= 10000;
    case NNI_CHECK_CHI2:
        return n >= 10;
    default:
        return true;
    }
}
#line 2313 "book/appA-stats.nw"
nni_status nni_check_run(nni_check_result *result, nni_check_kind kind,
                         const nni_sample *sample, const nni_law *law,
                         const nni_check_options *options)
{
    if (result == NULL || sample == NULL || law == NULL)
        return nni__fail(NNI_EINVAL, "nni_check_run: NULL argument");
    if (!nni_check_applies(kind, law, sample->n))
        return nni__fail(NNI_EINVAL,
                         "nni_check_run: check %d does not apply to this "
                         "law and n = %zu", (int)kind, sample->n);
    check_input in = { sample, law, { 0, 0, 0, 0 }, sample->n, "" };
    nni_status status = resolve_options(options, sample->n, &in.o);
    if (status != NNI_OK)
        return status;
    if (kind != NNI_CHECK_FINITE && sample->finite < sample->n) {
        nni__snprintf(in.detail, sizeof in.detail,
                      "not computed: %zu non-finite values",
                      sample->n - sample->finite);
        finish(result, info[kind].name, info[kind].symbol, NNI__NAN, NNI__NAN,
               NNI__NAN, NNI__NAN, in.o.alpha, in.n, in.detail);
        return NNI_OK;
    }
    
#line 2340 "book/appA-stats.nw"
switch (kind) {
case NNI_CHECK_FINITE:   return check_finite(result, &in);
case NNI_CHECK_BOUNDS:   return check_bounds(result, &in);
case NNI_CHECK_REACH_LO: return check_reach(result, &in, false);
case NNI_CHECK_REACH_HI: return check_reach(result, &in, true);
case NNI_CHECK_OUTLIER:  return check_outlier(result, &in);
case NNI_CHECK_ATOMS:    return check_atoms(result, &in);
case NNI_CHECK_MEAN:     return check_mean(result, &in);
case NNI_CHECK_VAR:      return check_var(result, &in);
case NNI_CHECK_M4:       return check_m4(result, &in);
case NNI_CHECK_KS:       return check_ks(result, &in);
case NNI_CHECK_AD:       return check_ad(result, &in);
case NNI_CHECK_CHI2:     return check_chi2(result, &in);
case NNI_CHECK_LAG1:     return check_lag1(result, &in);
case NNI_CHECK_DISTINCT: return check_distinct(result, &in);
case NNI_CHECK_KINDS:    break;
}
return nni__fail(NNI_EINVAL, "nni_check_run: unknown check %d", (int)kind);
#line 2336 "book/appA-stats.nw"
}
#line 2364 "book/appA-stats.nw"
nni_status nni_check_battery(nni_battery *battery, const nni_sample *sample,
                             const nni_law *law,
                             const nni_check_options *options)
{
    if (battery == NULL || sample == NULL || law == NULL)
        return nni__fail(NNI_EINVAL, "nni_check_battery: NULL argument");
    battery->count = battery->failed = 0;
    for (int k = 0; k < NNI_CHECK_KINDS; k++) {
        if (!nni_check_applies((nni_check_kind)k, law, sample->n))
            continue;
        nni_check_result *r = &battery->result[battery->count];
        nni_status status =
            nni_check_run(r, (nni_check_kind)k, sample, law, options);
        if (status != NNI_OK) {
            battery->count = battery->failed = 0;
            return status;
        }
        battery->count++;
        battery->failed += !r->passed;
    }
    return NNI_OK;
}
