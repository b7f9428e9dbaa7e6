#line 880 "book/appA-stats.nw"
/* stats/law.c -- 均匀、正态与截断正态分布 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/internal.h"
#include "stats/stats.h"
#include "stats/internal.h"

#define PI 3.14159265358979323846

static void gauss_legendre(int m, double *x, double *w);
#line 960 "book/appA-stats.nw"
static double normal_mass(double l, double u)   /* Pr(l < Z < u)，l <= u */
{
    if (l >= 0.0)
        return nni_normal_sf(l) - nni_normal_sf(u);
    if (u <= 0.0)
        return nni_normal_cdf(u) - nni_normal_cdf(l);
    return 1.0 - nni_normal_cdf(l) - nni_normal_sf(u);
}
#line 993 "book/appA-stats.nw"
static void truncnorm_moments(nni_law *law)
{
    enum { NODES = 20 };
    double gx[NODES], gw[NODES], sum[NNI_LAW_MOMENTS] = { 0 };
    gauss_legendre(NODES, gx, gw);
    double al = law->alpha, be = law->beta;
    double pa = isfinite(al) ? nni_normal_pdf(al) : 0.0;
    double pb = isfinite(be) ? nni_normal_pdf(be) : 0.0;
    double c = (pa - pb) / law->mass;
    double lo = fmax(al, c - 40.0), hi = fmin(be, c + 40.0);
    int panels = hi - lo > 1.0 ? (int)ceil(hi - lo) : 1;
    double width = (hi - lo) / panels;
    
#line 1015 "book/appA-stats.nw"
for (int p = 0; p < panels; p++) {
    double mid = lo + (p + 0.5) * width;
    for (int i = 0; i < NODES; i++) {
        double xi = mid + 0.5 * width * gx[i], d = xi - c, dk = 1.0;
        double weight = 0.5 * width * gw[i] * nni_normal_pdf(xi);
        for (int k = 0; k < NNI_LAW_MOMENTS; k++, dk *= d)
            sum[k] += weight * dk;
    }
}
#line 1006 "book/appA-stats.nw"
    double sk = 1.0;
    for (int k = 0; k < NNI_LAW_MOMENTS; k++, sk *= law->s)
        law->mu[k] = sk * sum[k] / sum[0];
    law->mu[1] = 0.0;
    law->mean = law->m + law->s * (c + sum[1] / sum[0]);
}
#line 1033 "book/appA-stats.nw"
static void gauss_legendre(int m, double *x, double *w)
{
    for (int i = 0; i < (m + 1) / 2; i++) {
        double t = cos(PI * (i + 0.75) / (m + 0.5)), dp = 1.0;
        for (int iteration = 0; iteration < 100; iteration++) {
            double p0 = 1.0, p1 = t;                    /* P_{k-1}(t), P_k(t) */
            for (int k = 2; k <= m; k++) {
                double p2 = ((2 * k - 1) * t * p1 - (k - 1) * p0) / k;
                p0 = p1;
                p1 = p2;
            }
            dp = m * (t * p1 - p0) / (t * t - 1.0);
            double step = p1 / dp;
            t -= step;
            if (fabs(step) <= 1e-16)
                break;
        }
        x[i] = -t;
        x[m - 1 - i] = t;
        w[i] = w[m - 1 - i] = 2.0 / ((1.0 - t * t) * dp * dp);
    }
}
#line 1168 "book/appA-stats.nw"
static double truncnorm_quantile(const nni_law *t, double p)
{
    double al = t->alpha, be = t->beta, z = t->mass, xi;
    if (al >= 0.0) {            /* 整段在右边：用生存函数 */
        double q = p <= 0.5 ? nni_normal_sf(al) - p * z
                            : nni_normal_sf(be) + (1.0 - p) * z;
        xi = nni_normal_isf(q);
    } else if (be <= 0.0) {     /* 整段在左边：用分布函数 */
        double c = p <= 0.5 ? nni_normal_cdf(al) + p * z
                            : nni_normal_cdf(be) - (1.0 - p) * z;
        xi = nni_normal_quantile(c);
    } else {                    /* 跨过 0 */
        double c = nni_normal_cdf(al) + p * z;
        xi = c <= 0.5 ? nni_normal_quantile(c)
                      : nni_normal_isf(nni_normal_sf(be) + (1.0 - p) * z);
    }
    return fmin(fmax(t->m + t->s * xi, t->a), t->b);
}
#line 903 "book/appA-stats.nw"
nni_status nni_law_uniform(nni_law *law, double a, double b)
{
    if (law == NULL)
        return nni__fail(NNI_EINVAL, "nni_law_uniform: law is NULL");
    if (!isfinite(a) || !isfinite(b) || !(a < b))
        return nni__fail(NNI_EINVAL,
                         "nni_law_uniform: need finite a < b (a = %g, b = %g)",
                         a, b);
    nni_law u;
    memset(&u, 0, sizeof u);
    u.kind = NNI_LAW_UNIFORM;
    u.a = a;
    u.b = b;
    u.m = u.s = u.alpha = u.beta = NNI__NAN;
    u.mass = 1.0;
    u.mean = 0.5 * (a + b);
    double h = 0.5 * (b - a), hk = 1.0;
    for (int k = 0; k < NNI_LAW_MOMENTS; k++, hk *= h)
        u.mu[k] = k % 2 == 0 ? hk / (k + 1) : 0.0;
    *law = u;
    return NNI_OK;
}
#line 928 "book/appA-stats.nw"
nni_status nni_law_normal(nni_law *law, double mean, double std)
{
    if (law == NULL)
        return nni__fail(NNI_EINVAL, "nni_law_normal: law is NULL");
    if (!isfinite(mean) || !isfinite(std) || !(std > 0.0))
        return nni__fail(NNI_EINVAL,
                         "nni_law_normal: need finite mean and std > 0 (mean = "
                         "%g, std = %g)", mean, std);
    nni_law g;
    memset(&g, 0, sizeof g);
    g.kind = NNI_LAW_NORMAL;
    g.a = -NNI__INF;
    g.b = NNI__INF;
    g.m = g.mean = mean;
    g.s = std;
    g.alpha = -NNI__INF;
    g.beta = NNI__INF;
    g.mass = 1.0;
    g.mu[0] = 1.0;
    for (int k = 2; k < NNI_LAW_MOMENTS; k += 2)
        g.mu[k] = g.mu[k - 2] * (k - 1) * std * std;
    *law = g;
    return NNI_OK;
}
#line 1062 "book/appA-stats.nw"
nni_status nni_law_truncnorm(nni_law *law, double mean, double std, double a,
                             double b)
{
    if (law == NULL)
        return nni__fail(NNI_EINVAL, "nni_law_truncnorm: law is NULL");
    if (!isfinite(mean) || !isfinite(std) || !(std > 0.0) || isnan(a)
        || isnan(b) || !(a < b))
        return nni__fail(NNI_EINVAL,
                         "nni_law_truncnorm: need finite mean, std > 0 "
                         "and a < b (mean = %g, std = %g, a = %g, b = %g)",
                         mean, std, a, b);
    nni_law t;
    memset(&t, 0, sizeof t);
    t.kind = NNI_LAW_TRUNCNORM;
    t.a = a;
    t.b = b;
    t.m = mean;
    t.s = std;
    t.alpha = (a - mean) / std;
    t.beta = (b - mean) / std;
    t.mass = normal_mass(t.alpha, t.beta);
    if (!(t.mass > 0.0))
        return nni__fail(NNI_EINVAL,
                         "nni_law_truncnorm: [%g, %g] has no probability "
                         "under N(%g, %g^2) in double precision",
                         a, b, mean, std);
    truncnorm_moments(&t);
    *law = t;
    return NNI_OK;
}
#line 1102 "book/appA-stats.nw"
double nni_law_pdf(const nni_law *law, double x)
{
    if (law == NULL || isnan(x))
        return NNI__NAN;
    switch (law->kind) {
    case NNI_LAW_UNIFORM:
        return x >= law->a && x <= law->b ? 1.0 / (law->b - law->a) : 0.0;
    case NNI_LAW_NORMAL:
        return nni_normal_pdf((x - law->m) / law->s) / law->s;
    case NNI_LAW_TRUNCNORM:
        if (x < law->a || x > law->b)
            return 0.0;
        return nni_normal_pdf((x - law->m) / law->s) / (law->s * law->mass);
    }
    return NNI__NAN;
}
#line 1121 "book/appA-stats.nw"
double nni_law_cdf(const nni_law *law, double x)
{
    if (law == NULL || isnan(x))
        return NNI__NAN;
    if (x <= law->a)
        return 0.0;
    if (x >= law->b)
        return 1.0;
    switch (law->kind) {
    case NNI_LAW_UNIFORM:
        return (x - law->a) / (law->b - law->a);
    case NNI_LAW_NORMAL:
        return nni_normal_cdf((x - law->m) / law->s);
    case NNI_LAW_TRUNCNORM:
        return normal_mass(law->alpha, (x - law->m) / law->s) / law->mass;
    }
    return NNI__NAN;
}

double nni_law_sf(const nni_law *law, double x)
{
    if (law == NULL || isnan(x))
        return NNI__NAN;
    if (x <= law->a)
        return 1.0;
    if (x >= law->b)
        return 0.0;
    switch (law->kind) {
    case NNI_LAW_UNIFORM:
        return (law->b - x) / (law->b - law->a);
    case NNI_LAW_NORMAL:
        return nni_normal_sf((x - law->m) / law->s);
    case NNI_LAW_TRUNCNORM:
        return normal_mass((x - law->m) / law->s, law->beta) / law->mass;
    }
    return NNI__NAN;
}
#line 1189 "book/appA-stats.nw"
double nni_law_quantile(const nni_law *law, double p)
{
    if (law == NULL || !(p >= 0.0 && p <= 1.0))
        return NNI__NAN;
    switch (law->kind) {
    case NNI_LAW_UNIFORM:
        return p == 1.0 ? law->b : fmin(law->a + p * (law->b - law->a), law->b);
    case NNI_LAW_NORMAL:
        return law->m + law->s * nni_normal_quantile(p);
    case NNI_LAW_TRUNCNORM:
        return truncnorm_quantile(law, p);
    }
    return NNI__NAN;
}
#line 1206 "book/appA-stats.nw"
nni_status nni_law_describe(const nni_law *law, char *buffer, size_t size)
{
    if (law == NULL || buffer == NULL || size == 0)
        return nni__fail(NNI_EINVAL,
                         "nni_law_describe: NULL argument or empty buffer");
    switch (law->kind) {
    case NNI_LAW_UNIFORM:
        nni__snprintf(buffer, size, "uniform(a=%.9g, b=%.9g)", law->a,
                      law->b);
        return NNI_OK;
    case NNI_LAW_NORMAL:
        nni__snprintf(buffer, size, "normal(mean=%.9g, std=%.9g)", law->m,
                      law->s);
        return NNI_OK;
    case NNI_LAW_TRUNCNORM:
        nni__snprintf(buffer, size, "truncnorm(mean=%.9g, std=%.9g, a=%.9g, "
                      "b=%.9g)", law->m, law->s, law->a, law->b);
        return NNI_OK;
    }
    return nni__fail(NNI_EINVAL, "nni_law_describe: unknown law kind %d",
                     (int)law->kind);
}
