/* random/torch.h -- 与 PyTorch 1.13 CPU 生成器逐位相同的随机数 */
#ifndef NNI_RANDOM_TORCH_H
#define NNI_RANDOM_TORCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/status.h"
#include "random/mt19937.h"
#include "tensor/tensor.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct nni_torch_gen {
    nni_mt19937 engine;         /* MT19937 引擎 */
    uint64_t seed;              /* manual_seed 收到的 64 位种子 */
    double next_normal;         /* 标量正态路径缓存的第二个值 */
    bool has_next_normal;       /* 缓存是否有效 */
    uint32_t seeded;            /* 库内部使用：播种后为一个固定的标记 */
} nni_torch_gen;
/* torch.manual_seed(seed)：引擎用 seed 的低 32 位播种，清空正态缓存 */
nni_status nni_torch_manual_seed(nni_torch_gen *gen, uint64_t seed);
/* torch.initial_seed()：最近一次播种的 64 位种子 */
uint64_t nni_torch_initial_seed(const nni_torch_gen *gen);
/* 单个的数：不检查参数，gen 必须已播种；注释中是用掉的 32 位字数 */
uint32_t nni_torch_random(nni_torch_gen *gen);                  /* 1 */
uint64_t nni_torch_random64(nni_torch_gen *gen);                /* 2 */
float nni_torch_uniform_float(nni_torch_gen *gen, float from,
                              float to);                        /* 1 */
double nni_torch_uniform_double(nni_torch_gen *gen, double from,
                                double to);                     /* 2 */
double nni_torch_normal_double(nni_torch_gen *gen, double mean,
                               double std);                     /* 0 或 4 */
/* t.uniform_(from, to)：按内存顺序，float32 每个元素 1 个字，float64 2 个 */
nni_status nni_torch_uniform_(nni_torch_gen *gen, nni_tensor *t, double from,
                              double to);
/* t.normal_(mean, std)：元素个数 >= 16 走块路径，否则走带缓存的标量路径 */
nni_status nni_torch_normal_(nni_torch_gen *gen, nni_tensor *t, double mean,
                             double std);
/* torch.randperm(n)：写进 perm[0..n-1]，用掉 n - 1 个字 */
nni_status nni_torch_randperm(nni_torch_gen *gen, size_t n, size_t *perm);

#ifdef __cplusplus
}
#endif

#endif
