/* random/boxmuller.h -- PyTorch 块路径的一块：16 个数的 Box--Muller 变换 */
#ifndef NNI_RANDOM_BOXMULLER_H
#define NNI_RANDOM_BOXMULLER_H

#include <math.h>

#include "random/cephes.h"
#include "random/internal.h"

NNI__INLINE void nni__torch_normal16_double(double *d, double mean, double std)
{
    for (int j = 0; j < 8; j++) {
        const double u1 = 1.0 - d[j];
        const double u2 = d[j + 8];
        const double radius = sqrt(-2.0 * log(u1));
        const double theta = 2.0 * NNI__PI * u2;
        d[j] = fma(radius * cos(theta), std, mean);
        d[j + 8] = fma(radius * sin(theta), std, mean);
    }
}
NNI__INLINE void nni__torch_box_muller(float u, float v, float mean, float std,
                                       float *z_cos, float *z_sin)
{
    const float two_pi = (float)(2.0 * NNI__PI);
    const float u1 = 1.0f - u;
    const float u2 = v;
    const float radius = sqrtf(-2.0f * nni__cephes_logf(u1));
    const float theta = two_pi * u2;
    float s, c;
    nni__cephes_sincosf(theta, &s, &c);
    *z_cos = fmaf(radius * c, std, mean);
    *z_sin = fmaf(radius * s, std, mean);
}

NNI__INLINE void nni__torch_normal16_float(float *d, float mean, float std)
{
    for (int j = 0; j < 8; j++)
        nni__torch_box_muller(d[j], d[j + 8], mean, std, &d[j], &d[j + 8]);
}

#endif
