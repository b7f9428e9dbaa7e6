/* nn/module.h -- 模块：Linear、ReLU、Tanh、Sequential 与自定义模块 */
#ifndef NNI_NN_MODULE_H
#define NNI_NN_MODULE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "base/status.h"
#include "random/torch.h"
#include "tensor/tensor.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum nni_module_kind {
    NNI_LINEAR,        /* y = x W^T + b */
    NNI_RELU,          /* y = max(x, 0) */
    NNI_TANH,          /* y = tanh(x) */
    NNI_SEQUENTIAL,    /* 依次执行子模块 */
    NNI_CUSTOM         /* 用户定义：子模块有名字，前向传播由回调给出 */
} nni_module_kind;

typedef struct nni_module nni_module;

#define NNI_MAX_NAME 63    /* 模块名、参数名、类型名的最大长度（字节） */
typedef nni_status (*nni_forward_fn)(nni_module *self, const nni_tensor *x,
                                     nni_tensor **y, void *ctx);
#define NNI_MAX_PATH 255
typedef nni_status (*nni_param_visit_fn)(const char *path, nni_tensor *param,
                                         void *ctx);
nni_status nni_linear_new(nni_module **out, size_t in_features,
                          size_t out_features, bool bias, nni_dtype dtype,
                          nni_torch_gen *gen);
nni_status nni_relu_new(nni_module **out);
nni_status nni_tanh_new(nni_module **out);
nni_status nni_sequential_new(nni_module **out);
nni_status nni_custom_new(nni_module **out, const char *type_name,
                          nni_forward_fn forward, void *ctx);
nni_status nni_module_add(nni_module *parent, const char *name,
                          nni_module *child);
void nni_module_free(nni_module *m);
nni_module_kind nni_module_kind_of(const nni_module *m);
const char *nni_module_type_name(const nni_module *m);
size_t nni_module_len(const nni_module *m);
nni_status nni_module_at(const nni_module *m, size_t index, nni_module **out);
nni_status nni_module_get(const nni_module *m, const char *name,
                          nni_module **out);
nni_module *nni_module_child(const nni_module *m, size_t index);
const char *nni_module_child_name(const nni_module *m, size_t index);
nni_module *nni_module_next(const nni_module *root, const nni_module *m);
nni_tensor *nni_module_param(const nni_module *m, const char *name);
size_t nni_module_num_params(const nni_module *m);
nni_tensor *nni_module_param_at(const nni_module *m, size_t index);
const char *nni_module_param_name(const nni_module *m, size_t index);
nni_status nni_module_named_parameters(const nni_module *root,
                                       nni_param_visit_fn visit, void *ctx);
nni_status nni_module_set_param(nni_module *m, const char *name, nni_tensor *t);
nni_status nni_module_forward(nni_module *m, const nni_tensor *x,
                              nni_tensor **y);
nni_status nni_module_repr(char **out, const nni_module *m);
nni_status nni_module_fprint(FILE *stream, const nni_module *m);

#ifdef __cplusplus
}
#endif

#endif
