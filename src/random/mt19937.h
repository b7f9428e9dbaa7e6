/* random/mt19937.h -- 梅森旋转 MT19937：状态、播种与 32 位输出 */
#ifndef NNI_RANDOM_MT19937_H
#define NNI_RANDOM_MT19937_H

#include <stddef.h>
#include <stdint.h>

#include "base/status.h"

#ifdef __cplusplus
extern "C" {
#endif

#define NNI_MT19937_N 624

typedef struct nni_mt19937 {
    uint32_t state[NNI_MT19937_N];  /* 624 个状态字 */
    uint32_t index;                 /* 下一个输出的下标；>= 624 时先扭转 */
} nni_mt19937;
/* init_genrand */
nni_status nni_mt19937_seed(nni_mt19937 *mt, uint32_t seed);
/* init_by_array */
nni_status nni_mt19937_seed_by_array(nni_mt19937 *mt, const uint32_t *key,
                                     size_t length);
/* genrand_int32：不检查参数 */
uint32_t nni_mt19937_next(nni_mt19937 *mt);

#ifdef __cplusplus
}
#endif

#endif
