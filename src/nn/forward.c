#line 775 "book/ch60-modules.nw"
/* nn/forward.c -- 模块的前向传播 */
#include <math.h>
#include <string.h>

#include "base/internal.h"
#include "nn/internal.h"
#include "tensor/internal.h"

#line 827 "book/ch60-modules.nw"
static nni_status custom_forward(nni_module *m, const nni_tensor *x,
                                 nni_tensor **y)
{
    nni_status status = m->forward(m, x, y, m->ctx);
    if (status != NNI_OK || *y == NULL || *y == x) {
        if (*y != x)
            nni_tensor_free(*y);
        *y = NULL;
    }
    if (status == NNI_OK && *y == NULL)
        return nni__fail(NNI_EINVAL, "nni_module_forward: the forward "
                         "function of %s returned NNI_OK without a new output "
                         "tensor", m->type_name);
    return status;
}
#line 849 "book/ch60-modules.nw"
static double relu(double v)
{
    return v > 0.0 ? v : 0.0 * v;   /* 保留 NaN；负数得 +0 或 -0 与 PyTorch 一致 */
}

static nni_status elementwise_forward(const nni_tensor *x, nni_tensor **y,
                                      double (*f)(double))
{
    nni_status status = nni_tensor_clone(y, x);
    if (status != NNI_OK)
        return status;
    for (size_t i = 0; i < x->numel; i++)
        nni__tensor_store(*y, i, f(nni__tensor_load(x, i)));
    return NNI_OK;
}
#line 871 "book/ch60-modules.nw"
static nni_status sequential_forward(nni_module *m, const nni_tensor *x, nni_tensor **y)
{
    nni_tensor *current = NULL;
    nni_status status = nni_tensor_clone(&current, x);
    for (size_t i = 0; status == NNI_OK && i < m->n_children; i++) {
        nni_tensor *next;
        status = nni_module_forward(m->children[i].module, current, &next);
        nni_tensor_free(current);
        current = status == NNI_OK ? next : NULL;
    }
    if (status != NNI_OK)
        return status;
    *y = current;
    return NNI_OK;
}
#line 893 "book/ch60-modules.nw"
static nni_status linear_forward(const nni_module *m, const nni_tensor *x, nni_tensor **y)
{
    const nni_tensor *w = m->params[0].tensor;
    const nni_tensor *b = m->n_params > 1 ? m->params[1].tensor : NULL;
    
#line 910 "book/ch60-modules.nw"
if (x->ndim != 1 && x->ndim != 2)
    return nni__fail(NNI_ESHAPE, "Linear: input must have 1 or 2 dimensions, not %zu",
                     x->ndim);
if (x->shape[x->ndim - 1] != m->in_features)
    return nni__fail(NNI_ESHAPE, "Linear: input width %zu does not match in_features=%zu "
                     "(mat1 and mat2 shapes cannot be multiplied)",
                     x->shape[x->ndim - 1], m->in_features);
if (x->dtype != w->dtype || (b != NULL && b->dtype != w->dtype))
    return nni__fail(NNI_EDTYPE, "Linear: input is %s, weight is %s, bias is %s: "
                     "mat1 and mat2 must have the same dtype; convert explicitly "
                     "with nni_tensor_to", nni_dtype_name(x->dtype),
                     nni_dtype_name(w->dtype),
                     b != NULL ? nni_dtype_name(b->dtype) : "absent");
#line 898 "book/ch60-modules.nw"
    size_t batch = x->ndim == 2 ? x->shape[0] : 1;
    size_t yshape[2] = { batch, m->out_features };
    nni_status status = x->ndim == 2 ? nni_tensor_new(y, x->dtype, 2, yshape)
                                     : nni_tensor_new(y, x->dtype, 1, &yshape[1]);
    if (status != NNI_OK)
        return status;
    
#line 931 "book/ch60-modules.nw"
for (size_t r = 0; r < batch; r++)
    for (size_t o = 0; o < m->out_features; o++) {
        double sum = b != NULL ? nni__tensor_load(b, o) : 0.0;
        for (size_t i = 0; i < m->in_features; i++)
            sum += nni__tensor_load(x, r * m->in_features + i)
                 * nni__tensor_load(w, o * m->in_features + i);
        nni__tensor_store(*y, r * m->out_features + o, sum);
    }
#line 905 "book/ch60-modules.nw"
    return NNI_OK;
}
#line 803 "book/ch60-modules.nw"
nni_status nni_module_forward(nni_module *m, const nni_tensor *x, nni_tensor **y)
{
    if (y != NULL)
        *y = NULL;
    if (m == NULL || x == NULL || y == NULL)
        return nni__fail(NNI_EINVAL, "nni_module_forward: module, input or output is NULL");
    switch (m->kind) {
    case NNI_LINEAR:     return linear_forward(m, x, y);
    case NNI_RELU:       return elementwise_forward(x, y, relu);
    case NNI_TANH:       return elementwise_forward(x, y, tanh);
    case NNI_SEQUENTIAL: return sequential_forward(m, x, y);
    case NNI_CUSTOM:     return custom_forward(m, x, y);
    }
    return nni__fail(NNI_EINVAL, "nni_module_forward: unknown module kind");
}
