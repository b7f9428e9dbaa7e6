#line 359 "book/ch86-init-others.nw"
/* init/trunc.c -- 截断正态分布：逆变换法与 ATen 的 erfinv */
#include <math.h>

#include "init/internal.h"

#line 391 "book/ch86-init-others.nw"
#define NNI__ERFINV(name, T, F)                                                   \
static T name(T y)                                                                \
{                                                                                 \
    static const T a[4] = { (T)0.886226899, (T)-1.645349621, (T)0.914624893,       \
                            (T)-0.140543331 };                                    \
    static const T b[4] = { (T)-2.118377725, (T)1.442710462, (T)-0.329097515,      \
                            (T)0.012229801 };                                     \
    static const T c[4] = { (T)-1.970840454, (T)-1.624906493, (T)3.429567803,      \
                            (T)1.641345311 };                                     \
    static const T d[2] = { (T)3.543889200, (T)1.637067800 };                      \
    const T y_abs = fabs##F(y);                                                   \
    T x, z, num, dem;                                                             \
    if (y_abs > (T)1.0)                                                           \
        return (T)NAN;                                                            \
    if (y_abs == (T)1.0)                                                          \
        return copysign##F((T)INFINITY, y);                                       \
    if (y_abs <= (T)0.7) {                                                        \
        z = y * y;                                                                \
        num = fma##F(fma##F(fma##F(a[3], z, a[2]), z, a[1]), z, a[0]);            \
        dem = fma##F(fma##F(fma##F(fma##F(b[3], z, b[2]), z, b[1]), z, b[0]),     \
                     z, (T)1.0);                                                  \
        x = y * num / dem;                                                        \
    } else {                                                                      \
        z = sqrt##F(-log##F(((T)1.0 - y_abs) / (T)2.0));                          \
        num = fma##F(fma##F(fma##F(c[3], z, c[2]), z, c[1]), z, c[0]);            \
        dem = fma##F(fma##F(d[1], z, d[0]), z, (T)1.0);                           \
        x = copysign##F(num, y) / dem;                                            \
    }                                                                             \
    const T k = (T)2.0 / (T)sqrt(NNI__PI);                                        \
    x = x - (erf##F(x) - y) / (k * exp##F(-x * x));                               \
    x = x - (erf##F(x) - y) / (k * exp##F(-x * x));                               \
    return x;                                                                     \
}

NNI__ERFINV(erfinv_float, float, f)
NNI__ERFINV(erfinv_double, double, )
#line 463 "book/ch86-init-others.nw"
static double norm_cdf(double x)
{
    return (1. + erf(x / sqrt(2.))) / 2.;
}
#line 441 "book/ch86-init-others.nw"
nni_status nni_init_trunc_normal_(nni_torch_gen *gen, nni_tensor *t, double mean, double std,
                                  double a, double b)
{
    const char *who = "nni_init_trunc_normal_";
    nni_status status = nni__init_check(gen, true, t, who);
    if (status != NNI_OK)
        return status;
    
#line 470 "book/ch86-init-others.nw"
if (std == 0.0)
    return nni__fail(NNI_EINVAL, "%s: std is 0 (float division by zero)", who);
if (!(std > 0.0) || !isfinite(std) || !isfinite(mean) || isnan(a) || isnan(b))
    return nni__fail(NNI_EINVAL, "%s: need a finite mean, a finite std > 0 and bounds "
                     "that are not NaN, got mean=%g std=%g a=%g b=%g", who, mean, std, a, b);
if (a > b)
    return nni__fail(NNI_EINVAL, "%s: the interval is empty: a=%g > b=%g", who, a, b);
#line 449 "book/ch86-init-others.nw"
    const double l = norm_cdf((a - mean) / std);
    const double u = norm_cdf((b - mean) / std);
    status = nni_torch_uniform_(gen, t, 2 * l - 1, 2 * u - 1);
    if (status != NNI_OK)
        return status;
    if (t->dtype == NNI_FLOAT32)
        
#line 480 "book/ch86-init-others.nw"
{
    float *d = t->data;
    const float scale = (float)(std * sqrt(2.)), shift = (float)mean;
    const float lo = (float)a, hi = (float)b;
    for (size_t i = 0; i < t->numel; i++) {
        float x = erfinv_float(d[i]) * scale + shift;
        x = x < lo ? lo : x;
        d[i] = hi < x ? hi : x;
    }
}
#line 456 "book/ch86-init-others.nw"
    else
        
#line 493 "book/ch86-init-others.nw"
{
    double *d = t->data;
    const double scale = std * sqrt(2.);
    for (size_t i = 0; i < t->numel; i++) {
        double x = erfinv_double(d[i]) * scale + mean;
        x = x < a ? a : x;
        d[i] = b < x ? b : x;
    }
}
#line 458 "book/ch86-init-others.nw"
    return NNI_OK;
}
