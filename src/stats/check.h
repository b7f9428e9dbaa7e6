/* stats/check.h -- 统计检查：样本、检查与整组检查（由 book/ 生成） */
#ifndef NNI_STATS_CHECK_H
#define NNI_STATS_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "base/status.h"
#include "stats/stats.h"
#include "tensor/tensor.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum nni_check_kind {
    NNI_CHECK_FINITE,       /* 没有 NaN 与无穷 */
    NNI_CHECK_BOUNDS,       /* 每个值都在 [a, b] 内（容差 tol） */
    NNI_CHECK_REACH_LO,     /* 最小值足够接近下端 */
    NNI_CHECK_REACH_HI,     /* 最大值足够接近上端 */
    NNI_CHECK_OUTLIER,      /* 离均值最远的值不太远 */
    NNI_CHECK_ATOMS,        /* 边界上没有堆积 */
    NNI_CHECK_MEAN,         /* 均值 */
    NNI_CHECK_VAR,          /* 关于已知均值的方差 */
    NNI_CHECK_M4,           /* 四阶中心矩 */
    NNI_CHECK_KS,           /* Kolmogorov-Smirnov */
    NNI_CHECK_AD,           /* Anderson-Darling */
    NNI_CHECK_CHI2,         /* 等概率分箱的卡方 */
    NNI_CHECK_LAG1,         /* 相邻两值的相关 */
    NNI_CHECK_DISTINCT,     /* 不同取值的个数（分辨率） */
    NNI_CHECK_KINDS
} nni_check_kind;
typedef struct nni_check_result {
    const char *name;       /* "ks"、"mean"…… */
    bool passed;
    double statistic;
    double lo, hi;          /* 接受域 */
    double pvalue;          /* 算不出时为 NaN */
    double alpha;
    size_t n;
    char line[320];
} nni_check_result;
typedef struct nni_check_options {
    double alpha;           /* 默认 1e-6 */
    double tol;             /* 默认 -1：边界处 4 ulp */
    double resolution;      /* 默认 2^20 */
    size_t bins;            /* 默认 0：round(2 n^0.4) */
} nni_check_options;
typedef struct nni_sample nni_sample;
typedef struct nni_battery {
    size_t count;           /* 运行了几个检查 */
    size_t failed;          /* 其中几个没通过 */
    nni_check_result result[NNI_CHECK_KINDS];
} nni_battery;
void nni_check_options_default(nni_check_options *options);
nni_status nni_sample_new(nni_sample **out, nni_dtype dtype, const void *data,
                          size_t n);
nni_status nni_sample_append(nni_sample *sample, const void *data, size_t n);
nni_status nni_sample_from_tensor(nni_sample **out, const nni_tensor *t);
nni_status nni_sample_append_tensor(nni_sample *sample, const nni_tensor *t);
void nni_sample_free(nni_sample *sample);
size_t nni_sample_size(const nni_sample *sample);
nni_dtype nni_sample_dtype(const nni_sample *sample);
const double *nni_sample_values(const nni_sample *sample);
const char *nni_check_name(nni_check_kind kind);
bool nni_check_applies(nni_check_kind kind, const nni_law *law, size_t n);
nni_status nni_check_run(nni_check_result *result, nni_check_kind kind,
                         const nni_sample *sample, const nni_law *law,
                         const nni_check_options *options);
nni_status nni_check_battery(nni_battery *battery, const nni_sample *sample,
                             const nni_law *law,
                             const nni_check_options *options);
nni_status nni_check_interval(nni_check_result *result, const char *name,
                              const char *symbol, double statistic, double lo,
                              double hi, double pvalue, double alpha, size_t n);

#ifdef __cplusplus
}
#endif

#endif
