#line 799 "book/ch40-modules.nw"
/* nn/forward.c -- 模块的前向传播 */
#include <math.h>
#include <string.h>

#include "base/internal.h"
#include "nn/internal.h"
#include "tensor/internal.h"

#line 858 "book/ch40-modules.nw"
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
#line 880 "book/ch40-modules.nw"
static double relu(double v)
{
    /* 保留 NaN；负数得 +0 或 -0 与 PyTorch 一致 */
    return v > 0.0 ? v : 0.0 * v;
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
#line 903 "book/ch40-modules.nw"
static nni_status sequential_forward(nni_module *m, const nni_tensor *x,
                                     nni_tensor **y)
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
#line 927 "book/ch40-modules.nw"
static nni_status linear_forward(const nni_module *m, const nni_tensor *x,
                                 nni_tensor **y, const char *who)
{
    const nni_tensor *w = m->params[0].tensor;
    const nni_tensor *b = m->n_params > 1 ? m->params[1].tensor : NULL;
    
#line 946 "book/ch40-modules.nw"
if (x->ndim != 1 && x->ndim != 2)
    return nni__fail(NNI_ESHAPE,
                     "Linear: input must have 1 or 2 dimensions, not %zu",
                     x->ndim);
if (x->shape[x->ndim - 1] != m->in_features)
    return nni__fail(NNI_ESHAPE,
                     "Linear: input width %zu does not match in_features=%zu "
                     "(mat1 and mat2 shapes cannot be multiplied)",
                     x->shape[x->ndim - 1], m->in_features);
if (x->dtype != w->dtype || (b != NULL && b->dtype != w->dtype))
    return nni__fail(NNI_EDTYPE, "Linear: input is %s, weight is %s, "
                     "bias is %s: mat1 and mat2 must have the same dtype; "
                     "convert explicitly with nni_tensor_to",
                     nni_dtype_name(x->dtype), nni_dtype_name(w->dtype),
                     b != NULL ? nni_dtype_name(b->dtype) : "absent");
#line 933 "book/ch40-modules.nw"
    size_t batch = x->ndim == 2 ? x->shape[0] : 1;
    size_t yshape[2] = { batch, m->out_features };
    nni_status status = x->ndim == 2
                            ? nni_tensor_new(y, x->dtype, 2, yshape)
                            : nni_tensor_new(y, x->dtype, 1, &yshape[1]);
    if (status != NNI_OK)
        return status;
    
#line 975 "book/ch40-modules.nw"
status = nni__matmul_nt(*y, nni__mat_of(x, batch, m->in_features),
                        nni__mat_of(w, m->out_features, m->in_features), b,
                        who);
if (status != NNI_OK) {
    nni_tensor_free(*y);
    *y = NULL;
}
#line 941 "book/ch40-modules.nw"
    return status;
}
#line 584 "book/ch42-backward.nw"
static nni_status record(nni_module *m, const nni_tensor *x, bool borrow,
                         const nni_tensor **y);

#line 633 "book/ch42-backward.nw"
static nni_status record_output(nni_module *m)
{
    const nni_tensor *x = m->cache.t[NNI__IN];
    nni_tensor *y = NULL;
    nni_status status;
    switch (m->kind) {
    case NNI_LINEAR:
        status = linear_forward(m, x, &y, "nni_module_forward_cached");
        break;
    case NNI_RELU:   status = elementwise_forward(x, &y, relu); break;
    case NNI_TANH:   status = elementwise_forward(x, &y, tanh); break;
    default:         
#line 653 "book/ch42-backward.nw"
status = m->forward(m, x, &y, m->ctx);
if (status != NNI_OK) {
    nni_tensor_free(y);
    y = NULL;
} else if (y == NULL) {
    status = nni__fail(NNI_EINVAL, "nni_module_forward_cached: the forward "
                       "function of %s returned no output", m->type_name);
}
break;
#line 645 "book/ch42-backward.nw"
    }
    m->cache.t[NNI__OUT] = y;
    m->cache.owned[NNI__OUT] = true;
    return status;
}
#line 668 "book/ch42-backward.nw"
static nni_status record_children(nni_module *m)
{
    const nni_tensor *h = m->cache.t[NNI__IN];
    for (size_t i = 0; i < m->n_children; i++) {
        nni_status status = record(m->children[i].module, h, true, &h);
        if (status != NNI_OK)
            return status;
    }
    m->cache.t[NNI__OUT] = (nni_tensor *)h;
    m->cache.owned[NNI__OUT] = false;
    return NNI_OK;
}

#line 590 "book/ch42-backward.nw"
static nni_status record(nni_module *m, const nni_tensor *x, bool borrow,
                         const nni_tensor **y)
{
    nni_status status = NNI_OK;
    
#line 610 "book/ch42-backward.nw"
if (m->cache.t[NNI__IN] != NULL)
    return nni__fail(NNI_EINVAL, "nni_module_forward_cached: a %s runs "
                     "twice in one forward pass; its cache can hold only "
                     "one run", m->type_name);
#line 595 "book/ch42-backward.nw"
    
#line 620 "book/ch42-backward.nw"
if (borrow) {
    m->cache.t[NNI__IN] = (nni_tensor *)x;
    m->cache.owned[NNI__IN] = false;
} else {
    status = nni_tensor_clone(&m->cache.t[NNI__IN], x);
    m->cache.owned[NNI__IN] = status == NNI_OK;
}
#line 596 "book/ch42-backward.nw"
    if (status == NNI_OK && m->kind == NNI_SEQUENTIAL)
        status = record_children(m);
    else if (status == NNI_OK)
        status = record_output(m);
    if (status == NNI_OK)
        *y = m->cache.t[NNI__OUT];
    return status;
}
#line 686 "book/ch42-backward.nw"
nni_status nni_module_forward_cached(nni_module *m, const nni_tensor *x,
                                     nni_tensor **y)
{
    if (y != NULL)
        *y = NULL;
    if (m == NULL || x == NULL || y == NULL)
        return nni__fail(NNI_EINVAL, "nni_module_forward_cached: module, input "
                         "or output is NULL");
    nni_module *root = nni__tree_root(m);
    if (root->phase != NNI__IDLE)
        return nni__fail(NNI_EINVAL, "nni_module_forward_cached: called "
                         "during a forward or backward pass of the same tree");
    
#line 703 "book/ch42-backward.nw"
const nni_tensor *out = NULL;
nni__tree_clear(root);
nni__tree_set_phase(root, NNI__RECORDING);
nni_status status = record(m, x, false, &out);
if (status == NNI_OK)
    status = nni_tensor_clone(y, out);
nni__tree_set_phase(root, NNI__IDLE);
if (status != NNI_OK)
    nni__tree_clear(root);
return status;
#line 699 "book/ch42-backward.nw"
}
#line 720 "book/ch42-backward.nw"
static nni_status forward_while_recording(nni_module *m, const nni_tensor *x,
                                          nni_tensor **y)
{
    const nni_tensor *out = NULL;
    nni_status status = record(m, x, false, &out);
    return status == NNI_OK ? nni_tensor_clone(y, out) : status;
}
#line 830 "book/ch40-modules.nw"
nni_status nni_module_forward(nni_module *m, const nni_tensor *x,
                              nni_tensor **y)
{
    if (y != NULL)
        *y = NULL;
    if (m == NULL || x == NULL || y == NULL)
        return nni__fail(NNI_EINVAL,
                         "nni_module_forward: module, input or output is NULL");
    if (m->phase == NNI__RECORDING)         /* 第 \ref{ch:backward} 章 */
        return forward_while_recording(m, x, y);
    switch (m->kind) {
    case NNI_LINEAR:     return linear_forward(m, x, y, "nni_module_forward");
    case NNI_RELU:       return elementwise_forward(x, y, relu);
    case NNI_TANH:       return elementwise_forward(x, y, tanh);
    case NNI_SEQUENTIAL: return sequential_forward(m, x, y);
    case NNI_CUSTOM:     return custom_forward(m, x, y);
    }
    return nni__fail(NNI_EINVAL, "nni_module_forward: unknown module kind");
}
