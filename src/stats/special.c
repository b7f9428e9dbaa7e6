#line 403 "book/appA-stats.nw"
/* stats/special.c -- 正态分布、不完全伽马函数、
   Kolmogorov 与 Anderson-Darling 分布 */
#include <float.h>
#include <math.h>

#include "stats/stats.h"
#include "stats/internal.h"

#define PI          3.14159265358979323846
#define SQRT1_2     0.70710678118654752440  /* 1/sqrt(2) */
#define INV_SQRT2PI 0.39894228040143267794  /* 1/sqrt(2 pi) */
#define SQRT2PI     2.50662827463100050242  /* sqrt(2 pi) */
#define SQRT3       1.73205080756887729353

#line 455 "book/appA-stats.nw"
static double polynomial7(const double c[8], double x)
{
    double r = c[7];
    for (int k = 6; k >= 0; k--)
        r = r * x + c[k];
    return r;
}
#line 553 "book/appA-stats.nw"
static double stirling_remainder(double a)      /* a >= 10 */
{
    double r = 1.0 / a, r2 = r * r;
    return r * (1.0 / 12 - r2 * (1.0 / 360 - r2 * (1.0 / 1260
                - r2 * (1.0 / 1680 - r2 / 1188))));
}

/* ln(x^a e^-x / Gamma(a)) */
static double log_gamma_prefactor(double a, double x)
{
    if (a < 10.0)
        return a * log(x) - x - log(tgamma(a));
    double d = (x - a) / a;
    double core = fabs(d) < 0.5 ? a * (log1p(d) - d) : a * log(x / a) - (x - a);
    return core + 0.5 * log(a / (2.0 * PI)) - stirling_remainder(a);
}
#line 575 "book/appA-stats.nw"
#define GAMMA_ITERATIONS 1000000

static double gamma_series(double a, double x)          /* P(a, x)，x < a + 1 */
{
    double term = 1.0 / a, sum = term;
    for (long j = 1; j < GAMMA_ITERATIONS; j++) {
        term *= x / (a + (double)j);
        sum += term;
        if (term < sum * (DBL_EPSILON / 4))
            break;
    }
    return sum * exp(log_gamma_prefactor(a, x));
}

static double gamma_fraction(double a, double x)  /* Q(a, x)，x >= a + 1 */
{
    const double tiny = DBL_MIN / DBL_EPSILON;
    double b = x + 1.0 - a, c = 1.0 / tiny, d = 1.0 / b, h = d;
    for (long i = 1; i < GAMMA_ITERATIONS; i++) {
        double an = -(double)i * ((double)i - a);
        b += 2.0;
        d = an * d + b;
        if (fabs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (fabs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        double delta = d * c;
        h *= delta;
        if (fabs(delta - 1.0) < DBL_EPSILON / 4)
            break;
    }
    return h * exp(log_gamma_prefactor(a, x));
}
#line 708 "book/appA-stats.nw"
typedef struct chi2_target {
    double nu, p;
    bool upper;             /* 求 sf(x) = p；否则求 cdf(x) = p */
} chi2_target;

static bool chi2_above(double x, const void *ctx)
{
    const chi2_target *t = ctx;
    return t->upper ? nni_chi2_sf(x, t->nu) < t->p
                    : nni_chi2_cdf(x, t->nu) > t->p;
}

static double chi2_solve(double p, double nu, bool upper)
{
    if (!(nu > 0.0) || !isfinite(nu) || !(p >= 0.0 && p <= 1.0))
        return NNI__NAN;
    if (p == 0.0 || p == 1.0)
        return (p == 0.0) == upper ? NNI__INF : 0.0;
    chi2_target t = { nu, p, upper };
    double z = upper ? nni_normal_isf(p) : nni_normal_quantile(p);
    double h = 2.0 / (9.0 * nu), w = 1.0 - h + z * sqrt(h);
    double lo = w > 0.0 ? nu * w * w * w : nu * 1e-3, hi = lo;
    for (int i = 0; i < 2100 && !chi2_above(hi, &t); i++)
        hi *= 2.0;
    for (int i = 0; i < 2100 && lo > 0.0 && chi2_above(lo, &t); i++)
        lo /= 2.0;
    return nni__bisect(chi2_above, &t, lo, hi);
}
#line 790 "book/appA-stats.nw"
static bool kolmogorov_above(double x, const void *ctx)
{
    return nni_kolmogorov_sf(x) < *(const double *)ctx;
}
#line 840 "book/appA-stats.nw"
static double adinf(double z)           /* Marsaglia & Marsaglia (2004) */
{
    if (z < 2.0)
        return exp(-1.2337141 / z) / sqrt(z)
               * (2.00012 + (0.247105 - (0.0649821 - (0.0347962
                  - (0.011672 - 0.00168691 * z) * z) * z) * z) * z);
    return exp(-exp(1.0776 - (2.30695 - (0.43424 - (0.082433
                - (0.008056 - 0.0003146 * z) * z) * z) * z) * z));
}

static bool ad_above(double x, const void *ctx)
{
    return nni_ad_sf(x) < *(const double *)ctx;
}
#line 431 "book/appA-stats.nw"
double nni_normal_pdf(double x)
{
    return INV_SQRT2PI * exp(-0.5 * x * x);
}

double nni_normal_cdf(double x)
{
    return 0.5 * erfc(-x * SQRT1_2);
}

double nni_normal_sf(double x)
{
    return 0.5 * erfc(x * SQRT1_2);
}
#line 465 "book/appA-stats.nw"
double nni_normal_quantile(double p)
{
    
#line 494 "book/appA-stats.nw"
static const double A[8] = {
    3.3871328727963666080e0,  1.3314166789178437745e+2,
    1.9715909503065514427e+3, 1.3731693765509461125e+4,
    4.5921953931549871457e+4, 6.7265770927008700853e+4,
    3.3430575583588128105e+4, 2.5090809287301226727e+3
};
static const double B[8] = {
    1.0, 4.2313330701600911252e+1, 6.8718700749205790830e+2,
    5.3941960214247511077e+3, 2.1213794301586595867e+4,
    3.9307895800092710610e+4, 2.8729085735721942674e+4,
    5.2264952788528545610e+3 };
static const double C[8] = {
    1.42343711074968357734e0,  4.63033784615654529590e0,
    5.76949722146069140550e0,  3.64784832476320460504e0,
    1.27045825245236838258e0,  2.41780725177450611770e-1,
    2.27238449892691845833e-2, 7.74545014278341407640e-4
};
static const double D[8] = {
    1.0, 2.05319162663775882187e0, 1.67638483018380384940e0,
    6.89767334985100004550e-1, 1.48103976427480074590e-1,
    1.51986665636164571966e-2, 5.47593808499534494600e-4,
    1.05075007164441684324e-9 };
static const double E[8] = {
    6.65790464350110377720e0,  5.46378491116411436990e0,
    1.78482653991729133580e0,  2.96560571828504891230e-1,
    2.65321895265761230930e-2, 1.24266094738807843860e-3,
    2.71155556874348757815e-5, 2.01033439929228813265e-7
};
static const double F[8] = {
    1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1,
    1.48753612908506148525e-2, 7.86869131145613259100e-4,
    1.84631831751005468180e-5, 1.42151175831644588870e-7,
    2.04426310338993978564e-15 };
#line 468 "book/appA-stats.nw"
    if (isnan(p) || p < 0.0 || p > 1.0)
        return NNI__NAN;
    if (p == 0.0)
        return -NNI__INF;
    if (p == 1.0)
        return NNI__INF;
    double q = p - 0.5;
    if (fabs(q) <= 0.425) {
        double r = 0.180625 - q * q;
        return q * polynomial7(A, r) / polynomial7(B, r);
    }
    double r = sqrt(-log(q < 0.0 ? p : 1.0 - p));
    double z = r <= 5.0 ? polynomial7(C, r - 1.6) / polynomial7(D, r - 1.6)
                        : polynomial7(E, r - 5.0) / polynomial7(F, r - 5.0);
    return q < 0.0 ? -z : z;
}

double nni_normal_isf(double q)
{
    return -nni_normal_quantile(q);
}
#line 616 "book/appA-stats.nw"
double nni_gamma_p(double a, double x)
{
    if (!(a > 0.0) || !isfinite(a) || !(x >= 0.0))
        return NNI__NAN;
    if (x == 0.0)
        return 0.0;
    if (isinf(x))
        return 1.0;
    return x < a + 1.0 ? gamma_series(a, x) : 1.0 - gamma_fraction(a, x);
}

double nni_gamma_q(double a, double x)
{
    if (!(a > 0.0) || !isfinite(a) || !(x >= 0.0))
        return NNI__NAN;
    if (x == 0.0)
        return 1.0;
    if (isinf(x))
        return 0.0;
    return x < a + 1.0 ? 1.0 - gamma_series(a, x) : gamma_fraction(a, x);
}
#line 640 "book/appA-stats.nw"
double nni_chi2_cdf(double x, double nu)
{
    if (!(nu > 0.0) || isnan(x))
        return NNI__NAN;
    return x <= 0.0 ? 0.0 : nni_gamma_p(nu / 2, x / 2);
}

double nni_chi2_sf(double x, double nu)
{
    if (!(nu > 0.0) || isnan(x))
        return NNI__NAN;
    return x <= 0.0 ? 1.0 : nni_gamma_q(nu / 2, x / 2);
}
#line 687 "book/appA-stats.nw"
double nni__bisect(nni__above_fn above, const void *ctx, double lo, double hi)
{
    for (int i = 0; i < 2200; i++) {
        double mid = lo + (hi - lo) / 2;
        if (!(mid > lo && mid < hi))
            break;
        if (above(mid, ctx))
            hi = mid;
        else
            lo = mid;
    }
    return lo + (hi - lo) / 2;
}
#line 739 "book/appA-stats.nw"
double nni_chi2_quantile(double p, double nu)
{
    return chi2_solve(p, nu, false);
}

double nni_chi2_isf(double q, double nu)
{
    return chi2_solve(q, nu, true);
}
#line 759 "book/appA-stats.nw"
double nni_kolmogorov_sf(double lambda)
{
    if (isnan(lambda))
        return NNI__NAN;
    if (lambda <= 0.0)
        return 1.0;
    double sum = 0.0;
    if (lambda < 1.18) {
        double w = PI * PI / (8.0 * lambda * lambda);
        for (int k = 1; k < 200; k += 2) {
            double term = exp(-(double)(k * k) * w);
            sum += term;
            if (term <= DBL_EPSILON * sum)
                break;
        }
        return 1.0 - SQRT2PI / lambda * sum;
    }
    for (int k = 1; k < 200; k++) {
        double term = exp(-2.0 * (double)(k * k) * lambda * lambda);
        sum += k % 2 == 1 ? term : -term;
        if (term <= DBL_EPSILON * sum)
            break;
    }
    return 2.0 * sum;
}
#line 797 "book/appA-stats.nw"
double nni_kolmogorov_isf(double q)
{
    if (!(q >= 0.0 && q <= 1.0))
        return NNI__NAN;
    if (q == 0.0)
        return NNI__INF;
    return nni__bisect(kolmogorov_above, &q, 0.0, 20.0);
}

static double stephens_factor(size_t n)
{
    double rn = sqrt((double)n);
    return rn + 0.12 + 0.11 / rn;
}

double nni_ks_pvalue(double d, size_t n)
{
    return n == 0 ? NNI__NAN : nni_kolmogorov_sf(stephens_factor(n) * d);
}

double nni_ks_critical(double alpha, size_t n)
{
    return n == 0 ? NNI__NAN : nni_kolmogorov_isf(alpha) / stephens_factor(n);
}
#line 857 "book/appA-stats.nw"
double nni_ad_sf(double a2)
{
    if (isnan(a2))
        return NNI__NAN;
    if (a2 <= 0.0)
        return 1.0;
    if (a2 < 4.0)
        return 1.0 - adinf(a2);
    return SQRT3 * erfc(sqrt(a2)) * (1.0 + 0.3 / a2);
}

double nni_ad_isf(double q)
{
    if (!(q >= 0.0 && q <= 1.0))
        return NNI__NAN;
    if (q == 0.0)
        return NNI__INF;
    return nni__bisect(ad_above, &q, 0.0, 2000.0);
}
