/* random/torch.h -- 与 PyTorch 1.13 CPU 生成器逐位相同的随机数 */
#ifndef NNI_RANDOM_TORCH_H
#define NNI_RANDOM_TORCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/status.h"
#include "random/mt19937.h"
#include "tensor/tensor.h"

typedef struct nni_torch_gen {
    nni_mt19937 engine;         /* MT19937 引擎 */
    uint64_t seed;              /* manual_seed 收到的 64 位种子 */
    double next_normal;         /* 标量正态路径缓存的第二个值 */
    bool has_next_normal;       /* 缓存是否有效 */
    uint32_t seeded;            /* 库内部使用：播种后为一个固定的标记 */
} nni_torch_gen;
nni_status nni_torch_manual_seed(nni_torch_gen *gen, uint64_t seed);
uint64_t nni_torch_initial_seed(const nni_torch_gen *gen);
uint32_t nni_torch_random(nni_torch_gen *gen);
uint64_t nni_torch_random64(nni_torch_gen *gen);
float nni_torch_uniform_float(nni_torch_gen *gen, float from, float to);
double nni_torch_uniform_double(nni_torch_gen *gen, double from, double to);
double nni_torch_normal_double(nni_torch_gen *gen, double mean, double std);
nni_status nni_torch_uniform_(nni_torch_gen *gen, nni_tensor *t, double from, double to);
nni_status nni_torch_normal_(nni_torch_gen *gen, nni_tensor *t, double mean, double std);
nni_status nni_torch_randperm(nni_torch_gen *gen, size_t n, size_t *perm);

#endif
