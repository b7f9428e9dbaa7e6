/* random/kernels.h -- 按块生成与变换随机数的核函数：指令集版本与运行时选择 */
#ifndef NNI_RANDOM_KERNELS_H
#define NNI_RANDOM_KERNELS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "random/mt19937.h"
#include "random/xoshiro.h"

typedef struct nni__kernels {
    const char *name;               /* "generic"、"avx2" 或 "avx512" */
    void (*mt_words)(nni_mt19937 *mt, uint32_t *w, size_t n);
    void (*torch_uniform_float)(nni_mt19937 *mt, float *d, size_t n,
                                float from, float to);
    void (*torch_uniform_double)(nni_mt19937 *mt, double *d, size_t n,
                                 double from, double to);
    void (*torch_normal_float)(nni_mt19937 *mt, float *d, size_t n,
                               float mean, float std);      /* n % 16 == 0 */
    void (*torch_normal_double)(nni_mt19937 *mt, double *d, size_t n,
                                double mean, double std);   /* n % 16 == 0 */
    void (*torch_box_muller_float)(float *d, size_t n, float mean,
                                   float std);              /* n % 16 == 0 */
    void (*torch_trunc_float)(float *d, size_t n, float scale, float shift,
                              float lo, float hi);
    void (*torch_trunc_double)(double *d, size_t n, double scale,
                               double shift, double lo, double hi);
    void (*numpy_uniform_float)(nni_mt19937 *mt, float *d, size_t n,
                                double low, double range);
    void (*numpy_uniform_double)(nni_mt19937 *mt, double *d, size_t n,
                                 double low, double range);
    void (*numpy_gauss)(nni_mt19937 *mt, double *d, size_t n, double *cache,
                        bool *has);
    void (*xo_words)(nni_xoshiro_lanes *x, uint32_t *d, size_t n);
    void (*xo_uniform_float)(nni_xoshiro_lanes *x, float *d, size_t n,
                             float from, float range);
    void (*xo_uniform_double)(nni_xoshiro_lanes *x, double *d, size_t n,
                              double from, double range);
    void (*xo_normal_float)(nni_xoshiro_lanes *x, float *d, size_t n,
                            float mean, float std);
    void (*xo_normal_double)(nni_xoshiro_lanes *x, double *d, size_t n,
                             double mean, double std);
    void (*xo_jump)(nni_xoshiro_lanes *x, const uint64_t poly[4]);
} nni__kernels;
const nni__kernels *nni__kernels_best(void);
const nni__kernels *nni__kernels_variant(size_t i);

#endif
