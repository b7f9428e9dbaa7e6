/* stats/stats.h -- 统计：特殊函数、分布与样本统计量（由 book/ 生成） */
#ifndef NNI_STATS_STATS_H
#define NNI_STATS_STATS_H

#include <stdbool.h>
#include <stddef.h>

#include "base/status.h"

#ifdef __cplusplus
extern "C" {
#endif

double nni_normal_pdf(double x);
double nni_normal_cdf(double x);
double nni_normal_sf(double x);         /* 1 - Phi(x)，尾部不损失精度 */
double nni_normal_quantile(double p);   /* Phi^-1(p)，0 <= p <= 1 */
double nni_normal_isf(double q);        /* Phi^-1(1 - q) */
double nni_gamma_p(double a, double x);
double nni_gamma_q(double a, double x);
double nni_chi2_cdf(double x, double nu);
double nni_chi2_sf(double x, double nu);
double nni_chi2_quantile(double p, double nu);
double nni_chi2_isf(double q, double nu);
double nni_kolmogorov_sf(double lambda);
double nni_kolmogorov_isf(double q);
double nni_ks_pvalue(double d, size_t n);
double nni_ks_critical(double alpha, size_t n);
double nni_ad_sf(double a2);
double nni_ad_isf(double q);
typedef enum nni_law_kind {
    NNI_LAW_UNIFORM,        /* U(a, b) */
    NNI_LAW_NORMAL,         /* N(m, s^2) */
    NNI_LAW_TRUNCNORM       /* N(m, s^2) 截断到 [a, b] */
} nni_law_kind;

#define NNI_LAW_MOMENTS 13

typedef struct nni_law {
    nni_law_kind kind;
    double a, b;            /* 支撑集 [a, b]，正态分布为 (-inf, +inf) */
    double m, s;            /* （母）正态分布的均值与标准差；均匀分布为 NaN */
    double mean;            /* E X */
    double mu[NNI_LAW_MOMENTS];     /* 中心矩 mu[k] = E (X - mean)^k */
    /* 派生量（只读）：标准化的边界与母分布落在 [a, b] 内的概率 */
    double alpha, beta;     /* (a - m)/s, (b - m)/s */
    double mass;            /* Z = Phi(beta) - Phi(alpha) */
} nni_law;
nni_status nni_law_uniform(nni_law *law, double a, double b);
nni_status nni_law_normal(nni_law *law, double mean, double std);
nni_status nni_law_truncnorm(nni_law *law, double mean, double std, double a,
                             double b);
double nni_law_pdf(const nni_law *law, double x);
double nni_law_cdf(const nni_law *law, double x);
double nni_law_sf(const nni_law *law, double x);
double nni_law_quantile(const nni_law *law, double p);
nni_status nni_law_describe(const nni_law *law, char *buffer, size_t size);
nni_status nni_stats_mean_var(const double *x, size_t n, double *mean,
                              double *var);
nni_status nni_stats_moment(const double *x, size_t n, double center,
                            unsigned k, double *moment);
nni_status nni_stats_ks(const double *x, size_t n, const nni_law *law,
                        double *d);
nni_status nni_stats_ad(const double *x, size_t n, const nni_law *law,
                        double *a2);
size_t nni_stats_chi2_bins(size_t n);
nni_status nni_stats_chi2(const double *x, size_t n, const nni_law *law,
                          size_t bins, double *x2);
nni_status nni_stats_lag1(const double *x, size_t n, double *r1);
nni_status nni_stats_distinct(const double *x, size_t n, size_t *count);

#ifdef __cplusplus
}
#endif

#endif
