#line 580 "book/ch46-init-impl.nw"
/* init/xavier.c -- Xavier（Glorot）初始化 */
#include <math.h>

#include "init/internal.h"

#line 601 "book/ch46-init-impl.nw"
static nni_status xavier_std(const nni_tensor *t, double gain, const char *who,
                             double *std)
{
    size_t fan_in, fan_out;
    if (!isfinite(gain))
        return nni__fail(NNI_EINVAL, "%s: gain %g is not finite", who, gain);
    nni_status status =
        nni__init_fans(t->ndim, t->shape, who, &fan_in, &fan_out);
    if (status != NNI_OK)
        return status;
    if (fan_in + fan_out == 0)
        return nni__fail(NNI_EINVAL, "%s: fan_in + fan_out is 0 "
                         "(float division by zero)", who);
    *std = gain * sqrt(2.0 / (double)(fan_in + fan_out));
    return NNI_OK;
}
#line 626 "book/ch46-init-impl.nw"
nni_status nni_init_xavier_uniform_(nni_torch_gen *gen, nni_tensor *t,
                                    double gain)
{
    const char *who = "nni_init_xavier_uniform_";
    double std = 0.0;     /* 初值只为让编译器放心 */
    nni_status status = nni__init_check(gen, true, t, who);
    if (status == NNI_OK)
        status = xavier_std(t, gain, who, &std);
    if (status != NNI_OK)
        return status;
    const double a = sqrt(3.0) * std;
    return nni__torch_uniform(gen, t, -a, a, who);
}
#line 645 "book/ch46-init-impl.nw"
nni_status nni_init_xavier_normal_(nni_torch_gen *gen, nni_tensor *t,
                                   double gain)
{
    const char *who = "nni_init_xavier_normal_";
    double std = 0.0;
    nni_status status = nni__init_check(gen, true, t, who);
    if (status == NNI_OK)
        status = xavier_std(t, gain, who, &std);
    if (status != NNI_OK)
        return status;
    return nni__torch_normal(gen, t, 0.0, std, who);
}
