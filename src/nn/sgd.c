#line 523 "book/ch44-training-impl.nw"
/* nn/sgd.c -- 随机梯度下降：p -= lr * grad */
#include <math.h>

#include "base/internal.h"
#include "nn/internal.h"
#include "nn/train.h"
#include "tensor/internal.h"

#line 537 "book/ch44-training-impl.nw"
static nni_status check_grad(const nni_tensor *p)
{
    if (p->grad == NULL)
        return NNI_OK;
    if (p->grad->dtype != p->dtype)
        return nni__fail(NNI_EDTYPE, "nni_sgd_step: a gradient is %s, its "
                         "parameter is %s", nni_dtype_name(p->grad->dtype),
                         nni_dtype_name(p->dtype));
    if (p->grad->numel != p->numel)
        return nni__fail(NNI_ESHAPE, "nni_sgd_step: a gradient has %zu "
                         "elements, its parameter %zu", p->grad->numel,
                         p->numel);
    return NNI_OK;
}
#line 557 "book/ch44-training-impl.nw"
static void update(nni_tensor *p, double lr)
{
    if (p->dtype == NNI_FLOAT32) {
        float *w = p->data;
        const float *g = p->grad->data, a = (float)-lr;
        for (size_t i = 0; i < p->numel; i++)
            w[i] = fmaf(a, g[i], w[i]);
    } else {
        double *w = p->data;
        const double *g = p->grad->data;
        for (size_t i = 0; i < p->numel; i++)
            w[i] = fma(-lr, g[i], w[i]);
    }
}
#line 576 "book/ch44-training-impl.nw"
nni_status nni_sgd_step(nni_module *root, double lr)
{
    if (root == NULL || !isfinite(lr) || lr < 0.0)
        return nni__fail(NNI_EINVAL, "nni_sgd_step: %s", root == NULL
                         ? "root is NULL" : "the learning rate must be "
                         "finite and >= 0");
    if (nni__tree_root(root)->phase != NNI__IDLE)
        return nni__fail(NNI_EINVAL, "nni_sgd_step: called during a forward "
                         "or backward pass of the same tree");
    
#line 592 "book/ch44-training-impl.nw"
for (nni_module *m = root; m != NULL; m = nni_module_next(root, m))
    for (size_t k = 0; k < m->n_params; k++) {
        const nni_status status = check_grad(m->params[k].tensor);
        if (status != NNI_OK)
            return status;
    }
#line 586 "book/ch44-training-impl.nw"
    
#line 601 "book/ch44-training-impl.nw"
for (nni_module *m = root; m != NULL; m = nni_module_next(root, m))
    for (size_t k = 0; k < m->n_params; k++)
        if (m->params[k].tensor->grad != NULL)
            update(m->params[k].tensor, lr);
#line 587 "book/ch44-training-impl.nw"
    return NNI_OK;
}
