/* random/xoshiro.h -- 快速生成器：8 条 xoshiro256++ 通道（与 PyTorch 无关） */
#ifndef NNI_RANDOM_XOSHIRO_H
#define NNI_RANDOM_XOSHIRO_H

#include <stddef.h>
#include <stdint.h>

#include "base/status.h"
#include "tensor/tensor.h"

#ifdef __cplusplus
extern "C" {
#endif

#define NNI_XOSHIRO_LANES 8
#define NNI_XOSHIRO_MAX_THREADS 64

typedef struct nni_xoshiro_lanes {
    uint64_t s[4][NNI_XOSHIRO_LANES];   /* 第 l 条通道的第 k 个状态字 */
} nni_xoshiro_lanes;

typedef struct nni_xoshiro_gen {
    nni_xoshiro_lanes lanes;    /* 8 条通道的状态 */
    uint64_t seed;              /* 播种用的 64 位种子 */
    unsigned threads;           /* 大张量最多用几个线程；不影响结果 */
    uint32_t seeded;            /* 库内部使用：播种后为一个固定的标记 */
} nni_xoshiro_gen;
/* 播种：8 条通道由 seed 确定；线程数回到 1 */
nni_status nni_xoshiro_seed(nni_xoshiro_gen *gen, uint64_t seed);
/* 每条通道跳过 2^192 步：与原来互不重叠的下一个生成器 */
nni_status nni_xoshiro_jump(nni_xoshiro_gen *gen);
/* 大张量（超过 2^16 步）最多用 threads 个线程，1 <= threads <= 64 */
nni_status nni_xoshiro_set_threads(nni_xoshiro_gen *gen, unsigned threads);
/* 接下来的 n 个 32 位字 */
nni_status nni_xoshiro_words(nni_xoshiro_gen *gen, uint32_t *out, size_t n);
/* [from, to) 上的均匀分布：float32 取 24 位，float64 取 52 位 */
nni_status nni_xoshiro_uniform_(nni_xoshiro_gen *gen, nni_tensor *t,
                                double from, double to);
/* N(mean, std^2)：Box--Muller，每 16 个元素一块 */
nni_status nni_xoshiro_normal_(nni_xoshiro_gen *gen, nni_tensor *t,
                               double mean, double std);

#ifdef __cplusplus
}
#endif

#endif
