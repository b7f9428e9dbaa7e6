/* nn/backward.h -- 反向传播：带缓存的前向传播、参数的梯度 */
#ifndef NNI_NN_BACKWARD_H
#define NNI_NN_BACKWARD_H

#include "base/status.h"
#include "nn/module.h"
#include "tensor/tensor.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef nni_status (*nni_backward_fn)(nni_module *self, const nni_tensor *dy,
                                      nni_tensor **dx, void *ctx);
nni_status nni_module_forward_cached(nni_module *m, const nni_tensor *x,
                                     nni_tensor **y);
void nni_module_clear_cache(nni_module *m);
nni_status nni_module_backward(nni_module *m, const nni_tensor *dy,
                               nni_tensor **dx);
nni_tensor *nni_tensor_grad(const nni_tensor *t);
void nni_module_zero_grad(nni_module *root);
const nni_tensor *nni_module_cached_input(const nni_module *m);
const nni_tensor *nni_module_cached_output(const nni_module *m);
const nni_tensor *nni_module_cached_grad_output(const nni_module *m);
nni_status nni_custom_set_backward(nni_module *m, nni_backward_fn backward);

#ifdef __cplusplus
}
#endif

#endif
