/* init/erfinv.h -- ATen 的 calc_erfinv：有理函数近似与两步牛顿迭代（内联） */
#ifndef NNI_INIT_ERFINV_H
#define NNI_INIT_ERFINV_H

#include <math.h>
#include <stdbool.h>

#include "random/internal.h"

#define NNI__ERFINV(name, T, F)                                                \
NNI__INLINE T name##_start(T y, bool *refine)                                  \
{                                                                              \
    static const T a[4] = { (T)0.886226899, (T)-1.645349621, (T)0.914624893,   \
                            (T)-0.140543331 };                                 \
    static const T b[4] = { (T)-2.118377725, (T)1.442710462, (T)-0.329097515,  \
                            (T)0.012229801 };                                  \
    static const T c[4] = { (T)-1.970840454, (T)-1.624906493, (T)3.429567803,  \
                            (T)1.641345311 };                                  \
    static const T d[2] = { (T)3.543889200, (T)1.637067800 };                  \
    const T y_abs = fabs##F(y);                                                \
    T x, z, num, dem;                                                          \
    *refine = false;                                                           \
    if (y_abs > (T)1.0)                                                        \
        return (T)NAN;                                                         \
    if (y_abs == (T)1.0)                                                       \
        return copysign##F((T)INFINITY, y);                                    \
    *refine = true;                                                            \
    if (y_abs <= (T)0.7) {                                                     \
        z = y * y;                                                             \
        num = fma##F(fma##F(fma##F(a[3], z, a[2]), z, a[1]), z, a[0]);         \
        dem = fma##F(fma##F(fma##F(fma##F(b[3], z, b[2]), z, b[1]), z, b[0]),  \
                     z, (T)1.0);                                               \
        x = y * num / dem;                                                     \
    } else {                                                                   \
        z = sqrt##F(-log##F(((T)1.0 - y_abs) / (T)2.0));                       \
        num = fma##F(fma##F(fma##F(c[3], z, c[2]), z, c[1]), z, c[0]);         \
        dem = fma##F(fma##F(d[1], z, d[0]), z, (T)1.0);                        \
        x = copysign##F(num, y) / dem;                                         \
    }                                                                          \
    return x;                                                                  \
}                                                                              \
NNI__INLINE T name##_newton(T x, T y, T erf_x, T exp_minus_xx)                 \
{                                                                              \
    const T k = (T)2.0 / (T)sqrt(NNI__PI);                                     \
    return x - (erf_x - y) / (k * exp_minus_xx);                               \
}                                                                              \
NNI__INLINE T name(T y)                                                        \
{                                                                              \
    bool refine;                                                               \
    T x = name##_start(y, &refine);                                            \
    for (int step = 0; refine && step < 2; step++)                             \
        x = name##_newton(x, y, erf##F(x), exp##F(-x * x));                    \
    return x;                                                                  \
}

NNI__ERFINV(nni__erfinv_float, float, f)
NNI__ERFINV(nni__erfinv_double, double, )
#define NNI__TRUNC(name, T, ERFINV)                                       \
NNI__INLINE T name##_finish(T x, T scale, T shift, T lo, T hi)            \
{                                                                         \
    x = x * scale + shift;                                                \
    x = x < lo ? lo : x;                                                  \
    return hi < x ? hi : x;                                               \
}                                                                         \
                                                                          \
NNI__INLINE T name(T y, T scale, T shift, T lo, T hi)                     \
{                                                                         \
    return name##_finish(ERFINV(y), scale, shift, lo, hi);                \
}

NNI__TRUNC(nni__trunc_float, float, nni__erfinv_float)
NNI__TRUNC(nni__trunc_double, double, nni__erfinv_double)

#endif
