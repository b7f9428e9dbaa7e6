/* support/stat-synth.h -- 合成样本：一个小生成器与几个精确的抽样方法
   （不属于库） */
#ifndef NNI_SUPPORT_STAT_SYNTH_H
#define NNI_SUPPORT_STAT_SYNTH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nninit.h"

typedef struct synth_rng {
    uint64_t state;
    double spare;           /* Box-Muller 的第二个正态数 */
    bool has_spare;
} synth_rng;

void synth_seed(synth_rng *g, uint64_t seed);
uint64_t synth_next(synth_rng *g);
float synth_u24(synth_rng *g);
double synth_u53(synth_rng *g);
double synth_normal(synth_rng *g);
double synth_truncnorm(synth_rng *g, const nni_law *law);
void synth_store(void *out, nni_dtype dtype, size_t i, double v);
void synth_draw(synth_rng *g, const nni_law *law, nni_dtype dtype, void *out,
                size_t n);
void synth_sorted_uniform(synth_rng *g, double *out, size_t n);

#endif
