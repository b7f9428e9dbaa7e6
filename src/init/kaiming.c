#line 701 "book/ch46-init-impl.nw"
/* init/kaiming.c -- Kaiming（He）初始化 */
#include <math.h>

#include "init/internal.h"

#line 723 "book/ch46-init-impl.nw"
static nni_status kaiming_std(const nni_tensor *t, double a, nni_fan_mode mode,
                              nni_nonlinearity nl, const char *who,
                              double *std, bool *empty)
{
    size_t fan_in, fan_out;
    double gain;
    if (nni_fan_mode_name(mode) == NULL)
        return nni__fail(NNI_EINVAL, "%s: unknown mode %d", who, (int)mode);
    nni_status status = nni__init_gain(nl, &a, &gain, who);
    if (status != NNI_OK)
        return status;
    *empty = t->numel == 0 && t->ndim > 0;
    if (*empty)
        return NNI_OK;
    status = nni__init_fans(t->ndim, t->shape, who, &fan_in, &fan_out);
    if (status != NNI_OK)
        return status;
    *std = gain / sqrt((double)(mode == NNI_FAN_IN ? fan_in : fan_out));
    return NNI_OK;
}
#line 750 "book/ch46-init-impl.nw"
nni_status nni_init_kaiming_uniform_(nni_torch_gen *gen, nni_tensor *t,
                                     double a, nni_fan_mode mode,
                                     nni_nonlinearity nl)
{
    const char *who = "nni_init_kaiming_uniform_";
    double std = 0;
    bool empty = false;
    nni_status status = nni__init_check(gen, true, t, who);
    if (status == NNI_OK)
        status = kaiming_std(t, a, mode, nl, who, &std, &empty);
    if (status != NNI_OK || empty)
        return status;
    const double bound = sqrt(3.0) * std;
    return nni__torch_uniform(gen, t, -bound, bound, who);
}

nni_status nni_init_kaiming_normal_(nni_torch_gen *gen, nni_tensor *t, double a,
                                    nni_fan_mode mode, nni_nonlinearity nl)
{
    const char *who = "nni_init_kaiming_normal_";
    double std = 0;
    bool empty = false;
    nni_status status = nni__init_check(gen, true, t, who);
    if (status == NNI_OK)
        status = kaiming_std(t, a, mode, nl, who, &std, &empty);
    if (status != NNI_OK || empty)
        return status;
    return nni__torch_normal(gen, t, 0.0, std, who);
}
