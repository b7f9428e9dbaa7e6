/* random/internal.h -- 随机数模块内部共用的声明 */
#ifndef NNI_RANDOM_INTERNAL_H
#define NNI_RANDOM_INTERNAL_H

#include <stdint.h>
#include <string.h>

#include "random/torch.h"

#define NNI__PI 3.141592653589793238462643383279502884
#define NNI__SEEDED 0x5eed5eedu

static inline uint32_t nni__float_bits(float x)
{
    uint32_t u;
    memcpy(&u, &x, sizeof u);
    return u;
}

static inline float nni__bits_float(uint32_t u)
{
    float x;
    memcpy(&x, &u, sizeof x);
    return x;
}

#if defined(__GNUC__)
#define NNI__INLINE static inline __attribute__((always_inline))
#else
#define NNI__INLINE static inline
#endif

nni_status nni__torch_uniform(nni_torch_gen *gen, nni_tensor *t, double from,
                              double to, const char *who);
nni_status nni__torch_normal(nni_torch_gen *gen, nni_tensor *t, double mean,
                             double std, const char *who);
#define NNI__TORCH_ZMAX 8.6     /* PyTorch 的正态采样器给出的 |z| 的上界 */

#endif
