#line 1022 "book/ch46-init-impl.nw"
/* init/trunc.c -- 截断正态分布：逆变换法与 ATen 的 erfinv */
#include <float.h>
#include <math.h>

#include "init/internal.h"
#include "random/kernels.h"

#line 1197 "book/ch46-init-impl.nw"
static double norm_cdf(double x)
{
    return (1. + erf(x / sqrt(2.))) / 2.;
}
#line 1174 "book/ch46-init-impl.nw"
nni_status nni_init_trunc_normal_(nni_torch_gen *gen, nni_tensor *t,
                                  double mean, double std, double a, double b)
{
    const char *who = "nni_init_trunc_normal_";
    nni_status status = nni__init_check(gen, true, t, who);
    if (status != NNI_OK)
        return status;
    
#line 1204 "book/ch46-init-impl.nw"
if (std == 0.0)
    return nni__fail(NNI_EINVAL, "%s: std is 0 (float division by zero)", who);
if (!(std > 0.0) || !isfinite(std) || !isfinite(mean) || isnan(a) || isnan(b))
    return nni__fail(NNI_EINVAL,
                     "%s: need a finite mean, a finite std > 0 and bounds "
                     "that are not NaN, got mean=%g std=%g a=%g b=%g",
                     who, mean, std, a, b);
if (a > b)
    return nni__fail(NNI_EINVAL, "%s: the interval is empty: a=%g > b=%g", who,
                     a, b);
#line 1226 "book/ch46-init-impl.nw"
const bool f32 = t->dtype == NNI_FLOAT32;
const double max = f32 ? (double)FLT_MAX : DBL_MAX;
if (!(fabs(mean) <= max && std * sqrt(2.) <= max && fabs(a) <= max
      && fabs(b) <= max))
    return nni__fail(NNI_EINVAL, "%s: mean=%g, std*sqrt(2)=%g, a=%g and b=%g "
                     "must be finite in %s", who, mean, std * sqrt(2.), a, b,
                     f32 ? "float32" : "float64");
#line 1182 "book/ch46-init-impl.nw"
    const double l = norm_cdf((a - mean) / std);
    const double u = norm_cdf((b - mean) / std);
    
#line 1243 "book/ch46-init-impl.nw"
const double from = 2 * l - 1, to = 2 * u - 1;
if (a < b && (f32 ? (float)from == (float)to : from == to))
    return nni__fail(NNI_EINVAL, "%s: [%g, %g] lies too far in the tail of "
                     "N(%g, %g^2): 2 Phi(a) - 1 and 2 Phi(b) - 1 are equal "
                     "in %s, so every value would be the same", who, a, b,
                     mean, std, f32 ? "float32" : "float64");
#line 1185 "book/ch46-init-impl.nw"
    status = nni__torch_uniform(gen, t, from, to, who);
    if (status != NNI_OK)
        return status;
    if (t->dtype == NNI_FLOAT32)
        
#line 1280 "book/ch46-init-impl.nw"
nni__kernels_best()->torch_trunc_float(t->data, t->numel,
                                       (float)(std * sqrt(2.)), (float)mean,
                                       (float)a, (float)b);
#line 1190 "book/ch46-init-impl.nw"
    else
        
#line 1286 "book/ch46-init-impl.nw"
nni__kernels_best()->torch_trunc_double(t->data, t->numel, std * sqrt(2.),
                                        mean, a, b);
#line 1192 "book/ch46-init-impl.nw"
    return NNI_OK;
}
