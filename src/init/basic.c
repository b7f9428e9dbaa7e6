#line 790 "book/ch46-init-impl.nw"
/* init/basic.c -- uniform_、normal_、常数、单位矩阵与狄拉克初始化 */
#include <float.h>
#include <math.h>

#include "init/internal.h"

#line 819 "book/ch46-init-impl.nw"
nni_status nni_init_uniform_(nni_torch_gen *gen, nni_tensor *t, double a,
                             double b)
{
    nni_status status = nni__init_check(gen, true, t, "nni_init_uniform_");
    if (status != NNI_OK)
        return status;
    return nni__torch_uniform(gen, t, a, b, "nni_init_uniform_");
}

nni_status nni_init_normal_(nni_torch_gen *gen, nni_tensor *t, double mean,
                            double std)
{
    nni_status status = nni__init_check(gen, true, t, "nni_init_normal_");
    if (status != NNI_OK)
        return status;
    return nni__torch_normal(gen, t, mean, std, "nni_init_normal_");
}
#line 859 "book/ch46-init-impl.nw"
static void set_all(nni_tensor *t, double val)
{
    for (size_t i = 0; i < t->numel; i++)
        nni__tensor_store(t, i, val);
}

static nni_status fill(nni_tensor *t, double val, const char *who)
{
    nni_status status = nni__init_check(NULL, false, t, who);
    if (status != NNI_OK)
        return status;
    if (t->dtype == NNI_FLOAT32 && isfinite(val)
        && (val < -(double)FLT_MAX || val > (double)FLT_MAX))
        return nni__fail(NNI_EINVAL, "%s: value cannot be converted to "
                         "type float without overflow", who);
    set_all(t, val);
    return NNI_OK;
}

nni_status nni_init_constant_(nni_tensor *t, double val)
{
    return fill(t, val, "nni_init_constant_");
}

nni_status nni_init_ones_(nni_tensor *t)
{
    return fill(t, 1.0, "nni_init_ones_");
}

nni_status nni_init_zeros_(nni_tensor *t)
{
    return fill(t, 0.0, "nni_init_zeros_");
}
#line 915 "book/ch46-init-impl.nw"
nni_status nni_init_eye_(nni_tensor *t)
{
    nni_status status = nni__init_check(NULL, false, t, "nni_init_eye_");
    if (status != NNI_OK)
        return status;
    if (t->ndim != 2)
        return nni__fail(NNI_ESHAPE,
                         "nni_init_eye_: Only tensors with 2 dimensions "
                         "are supported");
    set_all(t, 0.0);
    for (size_t i = 0; i < t->shape[0] && i < t->shape[1]; i++)
        nni__tensor_store(t, i * t->stride[0] + i, 1.0);
    return NNI_OK;
}
#line 961 "book/ch46-init-impl.nw"
nni_status nni_init_dirac_(nni_tensor *t, size_t groups)
{
    const char *who = "nni_init_dirac_";
    nni_status status = nni__init_check(NULL, false, t, who);
    if (status != NNI_OK)
        return status;
    
#line 982 "book/ch46-init-impl.nw"
if (t->ndim < 3 || t->ndim > 5)
    return nni__fail(NNI_ESHAPE, "%s: Only tensors with 3, 4, or 5 "
                     "dimensions are supported", who);
if (groups == 0)
    return nni__fail(NNI_EINVAL, "%s: groups is 0 (integer modulo by zero)",
                     who);
if (t->shape[0] % groups != 0)
    return nni__fail(NNI_EINVAL, "%s: dim 0 must be divisible by groups", who);
const size_t per_group = t->shape[0] / groups;
const size_t min_dim = per_group < t->shape[1] ? per_group : t->shape[1];
for (size_t k = 2; min_dim > 0 && k < t->ndim; k++)
    if (t->shape[k] == 0)
        return nni__fail(NNI_EINVAL,
                         "%s: index 0 is out of bounds for dimension %zu "
                         "with size 0", who, k);
#line 968 "book/ch46-init-impl.nw"
    set_all(t, 0.0);
    for (size_t g = 0; g < groups; g++)
        for (size_t d = 0; d < min_dim; d++) {
            size_t offset =
                (g * per_group + d) * t->stride[0] + d * t->stride[1];
            for (size_t k = 2; k < t->ndim; k++)
                offset += t->shape[k] / 2 * t->stride[k];
            nni__tensor_store(t, offset, 1.0);
        }
    return NNI_OK;
}
