/* stats/internal.h -- 统计模块内部共用的函数 */
#ifndef NNI_STATS_INTERNAL_H
#define NNI_STATS_INTERNAL_H

#include <math.h>
#include <stdbool.h>
#include <stddef.h>

#include "base/status.h"

/* 双精度的无穷与 NaN。C 的 INFINITY 与 NAN 是 float 常量，在 double 的上下文里
   用它们会触发 -Wdouble-promotion。 */
#define NNI__INF ((double)INFINITY)
#define NNI__NAN ((double)NAN)

typedef bool (*nni__above_fn)(double x, const void *ctx);
double nni__bisect(nni__above_fn above, const void *ctx, double lo, double hi);
nni_status nni__stats_data(const double *x, size_t n, const char *who);
int nni__compare_doubles(const void *a, const void *b);
nni_status nni__stats_sorted(const double *x, size_t n, const double **sorted,
                             double **copy, const char *who);

#endif
