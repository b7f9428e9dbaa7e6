/* random/cephes.h -- cephes 的 logf 与 sincosf：PyTorch 的 AVX2 正态分布所用的
   avx_mathfun.h（log256_ps、sincos256_ps）的逐元素标量改写。

   This file is an ALTERED version of avx_mathfun.h: the 8-lane AVX code was
   rewritten as scalar C, with the fused multiply-adds that GCC generates for
   the original made explicit (fmaf), as part of the nninit book.

   The original notice follows.

   AVX implementation of sin, cos, sincos, exp and log

   Based on "sse_mathfun.h", by Julien Pommier
   http://gruntthepeon.free.fr/ssemath/

   Copyright (C) 2012 Giovanni Garberoglio
   Interdisciplinary Laboratory for Computational Science (LISC)
   Fondazione Bruno Kessler and University of Trento
   via Sommarive, 18
   I-38123 Trento (Italy)

  This software is provided 'as-is', without any express or implied
  warranty.  In no event will the authors be held liable for any damages
  arising from the use of this software.

  Permission is granted to anyone to use this software for any purpose,
  including commercial applications, and to alter it and redistribute it
  freely, subject to the following restrictions:

  1. The origin of this software must not be misrepresented; you must not
     claim that you wrote the original software. If you use this software
     in a product, an acknowledgment in the product documentation would be
     appreciated but is not required.
  2. Altered source versions must be plainly marked as such, and must not be
     misrepresented as being the original software.
  3. This notice may not be removed or altered from any source distribution.

  (this is the zlib license)
*/
#ifndef NNI_RANDOM_CEPHES_H
#define NNI_RANDOM_CEPHES_H

#include <float.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>

#include "random/internal.h"

#define F(x) ((float)(x))
static const float SQRTHF = F(0.707106781186547524);
static const float LOG_P[9] = {
    F(7.0376836292E-2), F(-1.1514610310E-1), F(1.1676998740E-1),
    F(-1.2420140846E-1), F(1.4249322787E-1), F(-1.6668057665E-1),
    F(2.0000714765E-1), F(-2.4999993993E-1), F(3.3333331174E-1)
};
static const float LOG_Q1 = F(-2.12194440e-4);
static const float LOG_Q2 = F(0.693359375);
static const float MINUS_DP1 = F(-0.78515625);
static const float MINUS_DP2 = F(-2.4187564849853515625e-4);
static const float MINUS_DP3 = F(-3.77489497744594108e-8);
static const float SINCOF_P0 = F(-1.9515295891E-4);
static const float SINCOF_P1 = F(8.3321608736E-3);
static const float SINCOF_P2 = F(-1.6666654611E-1);
static const float COSCOF_P0 = F(2.443315711809948E-005);
static const float COSCOF_P1 = F(-1.388731625493765E-003);
static const float COSCOF_P2 = F(4.166664568298827E-002);
static const float FOPI = F(1.27323954473516);      /* 4/pi */
#undef F
NNI__INLINE float nni__cephes_logf(float x)
{
    const bool invalid = x <= 0.0f;
    x = x > FLT_MIN ? x : FLT_MIN;                  /* 截掉非规格化数 */
    uint32_t bits = nni__float_bits(x);
    float e = (float)((int32_t)(bits >> 23) - 127) + 1.0f;
    x = nni__bits_float((bits & ~0x7f800000u) | nni__float_bits(0.5f));
    const bool small = x < SQRTHF;
    const float tmp = small ? x : 0.0f;
    x = x - 1.0f;
    e = e - (small ? 1.0f : 0.0f);
    x = x + tmp;
    const float z = x * x;
    float y = LOG_P[0];
    y = fmaf(y, x, LOG_P[1]);
    y = fmaf(y, x, LOG_P[2]);
    y = fmaf(y, x, LOG_P[3]);
    y = fmaf(y, x, LOG_P[4]);
    y = fmaf(y, x, LOG_P[5]);
    y = fmaf(y, x, LOG_P[6]);
    y = fmaf(y, x, LOG_P[7]);
    y = fmaf(y, x, LOG_P[8]);
    y = y * x;
    y = fmaf(y, z, e * LOG_Q1);
    y = fmaf(-z, 0.5f, y);
    x = x + y;
    x = fmaf(e, LOG_Q2, x);
    return invalid ? nni__bits_float(0xffffffffu) : x;
}
NNI__INLINE void nni__cephes_sincosf(float x, float *s, float *c)
{
    uint32_t sign_sin = nni__float_bits(x) & 0x80000000u;
    x = nni__bits_float(nni__float_bits(x) & 0x7fffffffu);
    const float scaled = x * FOPI;
    uint32_t j = scaled < 2147483648.0f ? (uint32_t)(int32_t)scaled : 0x80000000u;
    j = (j + 1u) & ~1u;
    const float y = (float)(int32_t)j;
    const uint32_t swap_sign_sin = (j & 4u) << 29;
    const bool use_cos_poly_for_sin = (j & 2u) != 0;
    const uint32_t sign_cos = (~(j - 2u) & 4u) << 29;
    sign_sin ^= swap_sign_sin;
    x = fmaf(y, MINUS_DP1, x);
    x = fmaf(y, MINUS_DP2, x);
    x = fmaf(y, MINUS_DP3, x);
    const float z = x * x;
    float yc = fmaf(fmaf(COSCOF_P0, z, COSCOF_P1), z, COSCOF_P2);
    yc = yc * z;
    yc = fmaf(yc, z, -(z * 0.5f));
    yc = yc + 1.0f;
    float ys = fmaf(fmaf(SINCOF_P0, z, SINCOF_P1), z, SINCOF_P2);
    ys = ys * z;
    ys = fmaf(ys, x, x);
    const float ysin1 = use_cos_poly_for_sin ? yc : 0.0f;
    const float ysin2 = use_cos_poly_for_sin ? 0.0f : ys;
    yc = yc - ysin1;
    ys = ys - ysin2;
    *s = nni__bits_float(nni__float_bits(ysin1 + ysin2) ^ sign_sin);
    *c = nni__bits_float(nni__float_bits(yc + ys) ^ sign_cos);
}

#endif
