/* random/numpy.h -- 与 NumPy 1.24 的 legacy RandomState 逐位相同的随机数 */
#ifndef NNI_RANDOM_NUMPY_H
#define NNI_RANDOM_NUMPY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/status.h"
#include "random/mt19937.h"
#include "tensor/tensor.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct nni_numpy_gen {
    nni_mt19937 engine;         /* MT19937 引擎 */
    double gauss;               /* 极坐标法缓存的第二个值 */
    bool has_gauss;             /* 缓存是否有效 */
    uint32_t seeded;            /* 库内部使用：播种后为一个固定的标记 */
} nni_numpy_gen;
/* np.random.seed(seed)，0 <= seed <= 2^32 - 1；清空正态缓存 */
nni_status nni_numpy_seed(nni_numpy_gen *gen, uint64_t seed);
/* np.random.seed(key)：init_by_array */
nni_status nni_numpy_seed_by_array(nni_numpy_gen *gen, const uint32_t *key,
                                   size_t length);
/* 单个的数：不检查参数，gen 必须已播种 */
double nni_numpy_next_double(nni_numpy_gen *gen); /* random_sample()：2 个字 */
double nni_numpy_gauss(nni_numpy_gen *gen); /* standard_normal()：极坐标法 */
/* 以 t 的形状为 size 调用同名的 NumPy 函数，按 C 顺序写入 t */
nni_status nni_numpy_random_sample(nni_numpy_gen *gen, nni_tensor *t);
nni_status nni_numpy_uniform(nni_numpy_gen *gen, nni_tensor *t, double low,
                             double high);
nni_status nni_numpy_standard_normal(nni_numpy_gen *gen, nni_tensor *t);
nni_status nni_numpy_normal(nni_numpy_gen *gen, nni_tensor *t, double loc,
                            double scale);

#ifdef __cplusplus
}
#endif

#endif
