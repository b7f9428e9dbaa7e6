#line 1232 "book/appA-stats.nw"
/* stats/stats.c -- 样本统计量：矩、KS、AD、卡方、自相关、不同值的个数 */
#include <math.h>
#include <stdlib.h>

#include "base/internal.h"
#include "stats/stats.h"
#include "stats/internal.h"

#line 1314 "book/appA-stats.nw"
typedef struct compensated_sum {
    double sum, lost;
} compensated_sum;

static void add(compensated_sum *s, double v)
{
    double t = s->sum + v;
    if (fabs(s->sum) >= fabs(v))
        s->lost += (s->sum - t) + v;
    else
        s->lost += (v - t) + s->sum;
    s->sum = t;
}

static double total(const compensated_sum *s)
{
    return s->sum + s->lost;
}
#line 1437 "book/appA-stats.nw"
static double clipped_log(double p)
{
    return p > 0.0 ? fmax(log(p), -700.0) : -700.0;
}
#line 1254 "book/appA-stats.nw"
nni_status nni__stats_data(const double *x, size_t n, const char *who)
{
    if (x == NULL)
        return nni__fail(NNI_EINVAL, "%s: data is NULL", who);
    if (n < 2)
        return nni__fail(NNI_EINVAL, "%s: need at least 2 values, got %zu", who,
                         n);
    for (size_t i = 0; i < n; i++)
        if (!isfinite(x[i]))
            return nni__fail(NNI_EINVAL, "%s: x[%zu] = %g is not finite", who,
                             i, x[i]);
    return NNI_OK;
}
#line 1280 "book/appA-stats.nw"
int nni__compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

nni_status nni__stats_sorted(const double *x, size_t n, const double **sorted,
                             double **copy, const char *who)
{
    size_t i = 1;
    while (i < n && x[i - 1] <= x[i])
        i++;
    *copy = NULL;
    *sorted = x;
    if (i == n)
        return NNI_OK;
    double *c = nni__alloc_array_for(who, n, sizeof *c);
    if (c == NULL)
        return NNI_ENOMEM;
    for (i = 0; i < n; i++)
        c[i] = x[i];
    qsort(c, n, sizeof *c, nni__compare_doubles);
    *copy = c;
    *sorted = c;
    return NNI_OK;
}
#line 1344 "book/appA-stats.nw"
nni_status nni_stats_mean_var(const double *x, size_t n, double *mean,
                              double *var)
{
    nni_status status = nni__stats_data(x, n, "nni_stats_mean_var");
    if (status != NNI_OK)
        return status;
    if (mean == NULL || var == NULL)
        return nni__fail(NNI_EINVAL, "nni_stats_mean_var: output is NULL");
    compensated_sum s = { 0, 0 }, d1 = { 0, 0 }, d2 = { 0, 0 };
    for (size_t i = 0; i < n; i++)
        add(&s, x[i]);
    double m = total(&s) / (double)n;
    for (size_t i = 0; i < n; i++) {
        double d = x[i] - m;
        add(&d1, d);
        add(&d2, d * d);
    }
    double sd = total(&d1);
    *mean = m;
    *var = (total(&d2) - sd * sd / (double)n) / (double)(n - 1);
    return NNI_OK;
}
#line 1372 "book/appA-stats.nw"
nni_status nni_stats_moment(const double *x, size_t n, double center,
                            unsigned k, double *moment)
{
    nni_status status = nni__stats_data(x, n, "nni_stats_moment");
    if (status != NNI_OK)
        return status;
    if (moment == NULL || !isfinite(center) || k == 0 || k > 64)
        return nni__fail(NNI_EINVAL, "nni_stats_moment: need a finite center, "
                         "1 <= k <= 64 and an output (k = %u)", k);
    compensated_sum s = { 0, 0 };
    for (size_t i = 0; i < n; i++) {
        double d = x[i] - center, p = d;
        for (unsigned j = 1; j < k; j++)
            p *= d;
        add(&s, p);
    }
    *moment = total(&s) / (double)n;
    return NNI_OK;
}
#line 1404 "book/appA-stats.nw"
nni_status nni_stats_ks(const double *x, size_t n, const nni_law *law,
                        double *d)
{
    nni_status status = nni__stats_data(x, n, "nni_stats_ks");
    if (status != NNI_OK)
        return status;
    if (law == NULL || d == NULL)
        return nni__fail(NNI_EINVAL, "nni_stats_ks: law or output is NULL");
    const double *s;
    double *copy;
    if ((status = nni__stats_sorted(x, n, &s, &copy, "nni_stats_ks")) != NNI_OK)
        return status;
    double dmax = 0.0;
    for (size_t i = 0; i < n; i++) {
        double f = nni_law_cdf(law, s[i]);
        dmax = fmax(dmax, fmax((double)(i + 1) / (double)n - f,
                               f - (double)i / (double)n));
    }
    nni_free(copy);
    *d = dmax;
    return NNI_OK;
}
#line 1444 "book/appA-stats.nw"
nni_status nni_stats_ad(const double *x, size_t n, const nni_law *law,
                        double *a2)
{
    nni_status status = nni__stats_data(x, n, "nni_stats_ad");
    if (status != NNI_OK)
        return status;
    if (law == NULL || a2 == NULL)
        return nni__fail(NNI_EINVAL, "nni_stats_ad: law or output is NULL");
    const double *s;
    double *copy;
    if ((status = nni__stats_sorted(x, n, &s, &copy, "nni_stats_ad")) != NNI_OK)
        return status;
    compensated_sum sum = { 0, 0 };
    for (size_t i = 0; i < n; i++) {
        double w = (double)(2 * i + 1);
        add(&sum, w * clipped_log(nni_law_cdf(law, s[i])));
        add(&sum, w * clipped_log(nni_law_sf(law, s[n - 1 - i])));
    }
    nni_free(copy);
    *a2 = -(double)n - total(&sum) / (double)n;
    return NNI_OK;
}
#line 1480 "book/appA-stats.nw"
size_t nni_stats_chi2_bins(size_t n)
{
    size_t k = (size_t)floor(2.0 * pow((double)n, 0.4) + 0.5);
    if (k > n / 5)
        k = n / 5;
    return k < 2 ? 2 : k;
}
#line 1490 "book/appA-stats.nw"
nni_status nni_stats_chi2(const double *x, size_t n, const nni_law *law,
                          size_t bins, double *x2)
{
    nni_status status = nni__stats_data(x, n, "nni_stats_chi2");
    if (status != NNI_OK)
        return status;
    if (law == NULL || x2 == NULL || bins < 2 || bins > n)
        return nni__fail(NNI_EINVAL,
                         "nni_stats_chi2: need a law, an output and "
                         "2 <= bins <= n (bins = %zu, n = %zu)", bins, n);
    double *edge = nni__alloc_zeroed(2 * bins, sizeof *edge),
           *count = edge + bins;
    if (edge == NULL)
        return NNI_ENOMEM;
    for (size_t j = 1; j < bins; j++)
        edge[j - 1] = nni_law_quantile(law, (double)j / (double)bins);
    
#line 1521 "book/appA-stats.nw"
for (size_t i = 0; i < n; i++) {
    size_t lo = 0, hi = bins - 1;       /* 箱号在 [lo, hi] 中 */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x[i] >= edge[mid])
            lo = mid + 1;
        else
            hi = mid;
    }
    count[lo] += 1.0;
}
#line 1507 "book/appA-stats.nw"
    double expected = (double)n / (double)bins, sum = 0.0;
    for (size_t j = 0; j < bins; j++)
        sum += (count[j] - expected) * (count[j] - expected);
    nni_free(edge);
    *x2 = sum / expected;
    return NNI_OK;
}
#line 1537 "book/appA-stats.nw"
nni_status nni_stats_lag1(const double *x, size_t n, double *r1)
{
    nni_status status = nni__stats_data(x, n, "nni_stats_lag1");
    if (status != NNI_OK)
        return status;
    if (r1 == NULL)
        return nni__fail(NNI_EINVAL, "nni_stats_lag1: output is NULL");
    double mean, var;
    nni_stats_mean_var(x, n, &mean, &var);
    compensated_sum num = { 0, 0 }, den = { 0, 0 };
    for (size_t i = 0; i < n; i++) {
        double d = x[i] - mean;
        add(&den, d * d);
        if (i + 1 < n)
            add(&num, d * (x[i + 1] - mean));
    }
    if (!(total(&den) > 0.0))
        return nni__fail(NNI_EINVAL, "nni_stats_lag1: all %zu values are equal",
                         n);
    *r1 = total(&num) / total(&den);
    return NNI_OK;
}
#line 1562 "book/appA-stats.nw"
nni_status nni_stats_distinct(const double *x, size_t n, size_t *count)
{
    nni_status status = nni__stats_data(x, n, "nni_stats_distinct");
    if (status != NNI_OK)
        return status;
    if (count == NULL)
        return nni__fail(NNI_EINVAL, "nni_stats_distinct: output is NULL");
    const double *s;
    double *copy;
    status = nni__stats_sorted(x, n, &s, &copy, "nni_stats_distinct");
    if (status != NNI_OK)
        return status;
    size_t u = 1;
    for (size_t i = 1; i < n; i++)
        u += s[i] != s[i - 1];
    nni_free(copy);
    *count = u;
    return NNI_OK;
}
