#line 156 "book/ch34-random.nw"
/* random/mt19937.c -- 梅森旋转 MT19937（按 Matsumoto 与 Nishimura 的参考实现
   mt19937ar.c） */
#include "base/internal.h"
#include "random/mt19937.h"

#define MT_N NNI_MT19937_N
#define MT_M 397
#define MATRIX_A 0x9908b0dfu        /* 矩阵 A 的最后一行 */
#define UPPER_MASK 0x80000000u      /* 最高 1 位 */
#define LOWER_MASK 0x7fffffffu      /* 低 31 位 */

#line 240 "book/ch34-random.nw"
static void twist(nni_mt19937 *mt)
{
    uint32_t *s = mt->state;
    for (size_t k = 0; k < MT_N; k++) {
        uint32_t y = (s[k] & UPPER_MASK) | (s[(k + 1) % MT_N] & LOWER_MASK);
        s[k] = s[(k + MT_M) % MT_N] ^ (y >> 1) ^ ((y & 1u) ? MATRIX_A : 0u);
    }
    mt->index = 0;
}
#line 176 "book/ch34-random.nw"
nni_status nni_mt19937_seed(nni_mt19937 *mt, uint32_t seed)
{
    if (mt == NULL)
        return nni__fail(NNI_EINVAL, "nni_mt19937_seed: mt is NULL");
    mt->state[0] = seed;
    for (uint32_t j = 1; j < MT_N; j++) {
        uint32_t prev = mt->state[j - 1];
        mt->state[j] = (uint32_t)(1812433253u * (prev ^ (prev >> 30)) + j);
    }
    mt->index = MT_N;
    return NNI_OK;
}
#line 195 "book/ch34-random.nw"
nni_status nni_mt19937_seed_by_array(nni_mt19937 *mt, const uint32_t *key,
                                     size_t length)
{
    if (mt == NULL || key == NULL)
        return nni__fail(NNI_EINVAL, "nni_mt19937_seed_by_array: %s is NULL",
                         mt == NULL ? "mt" : "key");
    if (length == 0)
        return nni__fail(NNI_EINVAL,
                         "nni_mt19937_seed_by_array: the key is empty");
    nni_mt19937_seed(mt, 19650218u);
    uint32_t *s = mt->state;
    size_t i = 1, j = 0;
    for (size_t k = MT_N > length ? MT_N : length; k > 0; k--) {
        s[i] = (uint32_t)((s[i] ^ ((s[i - 1] ^ (s[i - 1] >> 30)) * 1664525u))
                          + key[j] + (uint32_t)j);
        i++;
        j++;
        if (i >= MT_N) {
            s[0] = s[MT_N - 1];
            i = 1;
        }
        if (j >= length)
            j = 0;
    }
    for (size_t k = MT_N - 1; k > 0; k--) {
        s[i] = (uint32_t)((s[i] ^ ((s[i - 1] ^ (s[i - 1] >> 30)) * 1566083941u))
                          - (uint32_t)i);
        i++;
        if (i >= MT_N) {
            s[0] = s[MT_N - 1];
            i = 1;
        }
    }
    s[0] = 0x80000000u;
    mt->index = MT_N;
    return NNI_OK;
}
#line 255 "book/ch34-random.nw"
uint32_t nni_mt19937_next(nni_mt19937 *mt)
{
    if (mt->index >= MT_N)
        twist(mt);
    uint32_t y = mt->state[mt->index++];
    
#line 266 "book/ch34-random.nw"
y ^= y >> 11;
y ^= (y << 7) & 0x9d2c5680u;
y ^= (y << 15) & 0xefc60000u;
y ^= y >> 18;
#line 261 "book/ch34-random.nw"
    return y;
}
