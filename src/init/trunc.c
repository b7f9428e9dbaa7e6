#line 359 "book/ch86-init-others.nw"
/* init/trunc.c -- 截断正态分布：逆变换法与 ATen 的 erfinv */
#include <math.h>

#include "init/internal.h"
#include "random/kernels.h"

#line 501 "book/ch86-init-others.nw"
static double norm_cdf(double x)
{
    return (1. + erf(x / sqrt(2.))) / 2.;
}
#line 479 "book/ch86-init-others.nw"
nni_status nni_init_trunc_normal_(nni_torch_gen *gen, nni_tensor *t, double mean, double std,
                                  double a, double b)
{
    const char *who = "nni_init_trunc_normal_";
    nni_status status = nni__init_check(gen, true, t, who);
    if (status != NNI_OK)
        return status;
    
#line 508 "book/ch86-init-others.nw"
if (std == 0.0)
    return nni__fail(NNI_EINVAL, "%s: std is 0 (float division by zero)", who);
if (!(std > 0.0) || !isfinite(std) || !isfinite(mean) || isnan(a) || isnan(b))
    return nni__fail(NNI_EINVAL, "%s: need a finite mean, a finite std > 0 and bounds "
                     "that are not NaN, got mean=%g std=%g a=%g b=%g", who, mean, std, a, b);
if (a > b)
    return nni__fail(NNI_EINVAL, "%s: the interval is empty: a=%g > b=%g", who, a, b);
#line 487 "book/ch86-init-others.nw"
    const double l = norm_cdf((a - mean) / std);
    const double u = norm_cdf((b - mean) / std);
    status = nni_torch_uniform_(gen, t, 2 * l - 1, 2 * u - 1);
    if (status != NNI_OK)
        return status;
    if (t->dtype == NNI_FLOAT32)
        
#line 546 "book/ch86-init-others.nw"
nni__kernels_best()->torch_trunc_float(t->data, t->numel,
                                       (float)(std * sqrt(2.)), (float)mean,
                                       (float)a, (float)b);
#line 494 "book/ch86-init-others.nw"
    else
        
#line 552 "book/ch86-init-others.nw"
nni__kernels_best()->torch_trunc_double(t->data, t->numel, std * sqrt(2.),
                                        mean, a, b);
#line 496 "book/ch86-init-others.nw"
    return NNI_OK;
}
